"""Make real Streamlit's AppTest cheap to create, for the fuzzer.

Every ``streamlit.testing.v1.AppTest`` scans all installed distributions for
"v2 component" manifests on its first run (~250 ms here: the email-header
parser over ~500 METADATA files); a run itself costs ~5-10 ms. The scan's
answer cannot change during a test session, so it is computed once.
Nothing the fuzzer compares depends on it (no script uses custom components).
"""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Iterator


@contextlib.contextmanager
def fast_streamlit_apptest() -> Iterator[None]:
    from streamlit.components.v2 import manifest_scanner

    original = manifest_scanner.scan_component_manifests
    cached = functools.cache(original)
    manifest_scanner.scan_component_manifests = lambda max_workers=None: list(cached())
    # Streamlit logs "missing ScriptRunContext" (and other bare-mode notes)
    # for every run, and every uncaught script error with its traceback; its
    # loggers reset their own levels, so filter instead.
    quiet = [logging.getLogger(name) for name in _NOISY_LOGGERS]
    for logger in quiet:
        logger.addFilter(_keep_record)
    try:
        yield
    finally:
        manifest_scanner.scan_component_manifests = original
        for logger in quiet:
            logger.removeFilter(_keep_record)


_NOISY_LOGGERS = ("streamlit.runtime.scriptrunner_utils.script_run_context",
                  "streamlit.elements.lib.policies",
                  "streamlit.runtime.state.session_state", "streamlit.error_util")


def _keep_record(record: logging.LogRecord) -> bool:
    # Uncaught script errors are compared on the page, not read in the log.
    return record.levelno >= logging.ERROR and record.name != "streamlit.error_util"
