"""``client.showErrorDetails``: what an uncaught exception shows, as real
Streamlit's AppTest shows it for each value (differential), settable with
``set_option`` and in ``.streamlit/config.toml``."""

from __future__ import annotations

import pytest

from support.differential import BACKENDS, app_test_class, config_module, option
from streamlit_cell.runtime import config as runtime_config
from streamlit_cell.runtime.errors import StreamlitAPIException
from streamlit_cell.runtime.exception_element import GENERIC_UNCAUGHT_EXCEPTION_TEXT

CHAINED = '''
import streamlit as st
st.text("before")
class LeakyError(Exception):
    pass
try:
    raise KeyError("inner secret")
except KeyError as error:
    raise LeakyError("outer secret /srv/data.csv") from error
'''


def _shown(backend: str, value: object, script: str = CHAINED) -> dict[str, object]:
    with option(backend, "client.showErrorDetails", value):
        at = app_test_class(backend).from_string(script).run()
    node = at.exception[0]
    # The script's file name differs between backends (a temporary file).
    trace = [row.split(", line")[1] if row.startswith("File ") else row
             for row in node.stack_trace]
    return {"type": node.proto.type, "message": node.message, "trace": trace,
            "markdown": node.is_markdown, "texts": [t.value for t in at.text]}


@pytest.mark.parametrize("value", ["full", "stacktrace", "type", "none", True, False, "odd"])
def test_each_value_shows_what_streamlit_shows(value: object) -> None:
    ours, theirs = (_shown(backend, value) for backend in ("streamlit_cell", "streamlit"))
    assert ours == theirs
    if value in ("none", "odd"):
        assert ours["type"] == "" and ours["trace"] == []
        assert ours["message"] == GENERIC_UNCAUGHT_EXCEPTION_TEXT
    if value in ("stacktrace", False):
        assert "secret" not in " ".join(map(str, ours["trace"])).replace('"inner secret"', "") \
            .replace('"outer secret /srv/data.csv"', "")


def test_st_exception_is_never_redacted() -> None:
    script = "import streamlit as st\nst.exception(ValueError('shown as given'))"
    for backend in BACKENDS:
        with option(backend, "client.showErrorDetails", "none"):
            at = app_test_class(backend).from_string(script).run()
        assert at.exception[0].message == "shown as given", backend


def test_the_withheld_details_go_to_the_kernels_stderr(capfd) -> None:
    with option("streamlit_cell", "client.showErrorDetails", "none"):
        app_test_class("streamlit_cell").from_string(CHAINED).run()
    assert "outer secret /srv/data.csv" in capfd.readouterr().err


def test_config_toml_sets_it_and_set_option_wins(tmp_path, monkeypatch) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(
        '[client]\nshowErrorDetails = "type"\n[server]\nport = 9999\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(runtime_config, "_options", dict(runtime_config._DEFAULTS))
    monkeypatch.setattr(runtime_config, "_files_read", False)
    config = config_module("streamlit_cell")
    assert config.get_option("client.showErrorDetails") == "type"
    at = app_test_class("streamlit_cell").from_string(CHAINED).run()
    assert at.exception[0].stack_trace == [] and at.exception[0].proto.type.endswith("LeakyError")
    config.set_option("client.showErrorDetails", False)
    assert config.get_option("client.showErrorDetails") is False


def test_a_bad_value_type_is_refused() -> None:
    with pytest.raises(StreamlitAPIException, match="client.showErrorDetails"):
        config_module("streamlit_cell").set_option("client.showErrorDetails", 3)
