"""Every config option of Streamlit 1.67: our table (``runtime/config_options``)
against the installed Streamlit's own, ``st.get_option`` / ``st.set_option``
in a script compared with real Streamlit's AppTest (values, which options a
script may set, the errors), and ``.streamlit/config.toml`` overriding the
defaults."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from streamlit_cell import config as public_config
from streamlit_cell.runtime import config
from streamlit_cell.runtime.config_options import COMPUTED, STREAMLIT_OPTIONS
from support.differential import BACKENDS, app_test_class


def test_the_table_is_streamlit_s() -> None:
    from streamlit import config as streamlit_config

    real = streamlit_config._config_options_template
    assert list(STREAMLIT_OPTIONS) == list(real)
    for name, (default, scriptable) in STREAMLIT_OPTIONS.items():
        option = real[name]
        assert scriptable == option.scriptable, name
        if default is COMPUTED:
            assert option.default_val is None, name  # worked out when asked
        else:
            assert default == option.default_val, name


def test_defaults_are_the_values_streamlit_gives() -> None:
    from streamlit import config as streamlit_config

    streamlit_config.get_config_options()
    for name in STREAMLIT_OPTIONS:
        if name == "server.cookieSecret":  # random, a new one per process
            assert len(config.get_option(name)) == 64
            continue
        assert config.get_option(name) == streamlit_config.get_option(name), name


SCRIPT = """
import json
import streamlit as st
values = {name: st.get_option(name) for name in NAMES if name != "server.cookieSecret"}
st.text(json.dumps(values, sort_keys=True, default=str))
for name, value in [("client.showErrorDetails", "none"), ("client.toolbarMode", "minimal"),
                    ("client.disableDataExport", True), ("client.showSidebarNavigation", False),
                    ("logger.enableRich", True), ("runner.magicEnabled", False),
                    ("theme.primaryColor", "red"), ("nope.x", 1), ("server.port", 1)]:
    try:
        st.set_option(name, value)
        st.text(f"set {name} -> {st.get_option(name)!r}")
    except Exception as error:
        st.text("!" + type(error).__name__ + ": " + str(error))
try:
    st.get_option("nope.y")
except Exception as error:
    st.text("!" + type(error).__name__ + ": " + str(error))
for name, value in [("client.showErrorDetails", "full"), ("client.toolbarMode", "auto"),
                    ("client.disableDataExport", False), ("client.showSidebarNavigation", True),
                    ("logger.enableRich", False)]:
    st.set_option(name, value)
"""


def test_get_and_set_option_in_a_script_as_streamlit() -> None:
    texts = {}
    for backend in BACKENDS:
        at = app_test_class(backend).from_string(
            SCRIPT.replace("NAMES", repr(list(STREAMLIT_OPTIONS))))
        at.run(timeout=30)
        assert not at.exception
        texts[backend] = [node.value for node in at.text]
    assert texts["streamlit_cell"] == texts["streamlit"]
    values = json.loads(texts["streamlit"][0])
    assert len(values) == len(STREAMLIT_OPTIONS) - 1
    assert "set client.showErrorDetails -> 'none'" in texts["streamlit"]
    assert any(t.startswith("!StreamlitAPIException: runner.magicEnabled cannot be set on the fly")
               for t in texts["streamlit"])


def test_the_config_module_sets_any_option_and_st_set_option_only_scriptable_ones() -> None:
    from streamlit_cell import api as st

    with pytest.raises(Exception, match="cannot be set on the fly"):
        st.set_option("runner.magicEnabled", False)
    public_config.set_option("runner.magicEnabled", False)
    try:
        assert st.get_option("runner.magicEnabled") is False
    finally:
        public_config.set_option("runner.magicEnabled", True)
    with pytest.raises(Exception, match="Unrecognized config option: no.such"):
        public_config.set_option("no.such", 1)
    with pytest.raises(Exception, match="takes a bool"):
        public_config.set_option("runner.magicEnabled", "yes")


@pytest.fixture
def project_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    yield tmp_path
    monkeypatch.undo()
    config.reload()


def test_config_toml_overrides_the_defaults(project_folder: Path) -> None:
    home = project_folder / "home" / ".streamlit"
    home.mkdir(parents=True)
    (home / "config.toml").write_text('[theme]\nprimaryColor = "#123456"\nbase = "dark"\n')
    local = project_folder / ".streamlit"
    local.mkdir()
    (local / "config.toml").write_text(
        '[theme]\nbase = "light"\n[server]\nport = 9000\nmaxUploadSize = 5\n'
        '[runner]\nmagicEnabled = false\n')
    config.reload()
    assert config.get_option("theme.primaryColor") == "#123456"  # from the home folder
    assert config.get_option("theme.base") == "light"  # the project's file wins
    assert config.get_option("server.port") == 9000
    assert config.get_option("browser.serverPort") == 9000  # follows server.port
    assert config.get_option("server.maxUploadSize") == 5
    at = app_test_class("streamlit_cell").from_string('import streamlit as st\n"not magic"')
    at.run()
    assert not at.markdown  # runner.magicEnabled = false from the file
    assert config.get_option("secrets.files") == [
        str(home / "secrets.toml"), str(local / "secrets.toml")]
