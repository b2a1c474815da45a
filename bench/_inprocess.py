"""Helpers for benchmarks that drive apps in-process: a real IPython shell
with the extension loaded, and a counter of the comm messages widgets send."""

from __future__ import annotations

import contextlib
from collections import Counter
from typing import Any, Iterator

import ipywidgets


def shell_with_extension() -> Any:
    from IPython.testing.globalipapp import start_ipython

    shell = start_ipython()
    shell.run_line_magic("load_ext", "streamlit_cell")
    return shell


def run_app(shell: Any, source: str, key: str) -> Any:
    """Run ``source`` as a %%streamlit_cell cell with ``--key key``; return its app."""
    from IPython.utils.capture import capture_output

    from streamlit_cell.notebook import magics as magic

    with capture_output():  # a plain shell would print the root widget's repr
        shell.run_cell_magic("streamlit_cell", f"--key {key}", source)
    return magic.registry().apps[key]


@contextlib.contextmanager
def count_messages() -> Iterator[Counter]:
    """Count what widgets send: 'update' (state), 'custom', and 'open' (new comms)."""
    counts: Counter = Counter()
    original_send = ipywidgets.Widget._send
    original_open = ipywidgets.Widget.open

    def send(self: Any, msg: dict, buffers: Any = None) -> None:
        counts[msg.get("method", "?")] += 1
        return original_send(self, msg, buffers)

    def open_(self: Any) -> None:
        if self.comm is None:
            counts["open"] += 1
        return original_open(self)

    ipywidgets.Widget._send = send
    ipywidgets.Widget.open = open_
    try:
        yield counts
    finally:
        ipywidgets.Widget._send = original_send
        ipywidgets.Widget.open = original_open


def live_widgets() -> int:
    return len(ipywidgets.Widget.widgets)


def find_button(app: Any, label: str) -> Any:
    for view in _views(app.main_view):
        widget = view.widget
        if isinstance(widget, ipywidgets.Button) and widget.description == label:
            return widget
    raise LookupError(label)


def _views(block_view: Any) -> Iterator[Any]:
    for view in block_view.children.values():
        yield view
        if hasattr(view, "children") and isinstance(view.children, dict):
            yield from _views(view)
