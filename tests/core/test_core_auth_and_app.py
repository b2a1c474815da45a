"""``st.login`` / ``st.logout`` (Streamlit's configuration checks and
``st.user`` clearing, compared with real Streamlit's AppTest) and ``st.App``."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any, Iterator

import pytest

streamlit = pytest.importorskip("streamlit")

from streamlit.testing.v1 import AppTest as TheirAppTest  # noqa: E402

from streamlit_cell import api  # noqa: E402
from streamlit_cell.testing import AppTest as OurAppTest  # noqa: E402


@pytest.fixture(autouse=True)
def _app_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A working folder of its own; real Streamlit rereads its secrets and is
    told Authlib is there (it checks for Authlib before the configuration;
    a notebook never signs in, so ours does not need it)."""
    from streamlit.runtime.secrets import secrets_singleton
    import streamlit.user_info

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(streamlit.user_info, "is_authlib_installed", lambda: True)
    secrets_singleton._reset()
    yield tmp_path
    secrets_singleton._reset()


def _secrets(text: str) -> None:
    Path(".streamlit").mkdir(exist_ok=True)
    Path(".streamlit/secrets.toml").write_text(textwrap.dedent(text))


def _run(AppTest: Any, script: str, user: dict[str, Any] | None = None) -> Any:
    at = AppTest.from_string(textwrap.dedent(script), default_timeout=30)
    if user is not None:
        at.user = user
    return at.run()


def _errors(at: Any) -> list[str]:
    return [e.message for e in at.exception]


LOGIN = """
    import streamlit as st
    st.text("before")
    st.login(PROVIDER)
    """

_VALID = """
    [auth]
    redirect_uri = "http://localhost:8501/oauth2callback"
    cookie_secret = "s"
    """


@pytest.mark.parametrize("secrets, provider", [
    (None, "None"),
    ("[other]\nx = 1\n", "None"),
    ("[auth]\ncookie_secret = 's'\n", "None"),
    ("[auth]\nredirect_uri = 'http://x/oauth2callback'\n", "None"),
    (_VALID, "None"),
    (_VALID, "'my_idp'"),
    (_VALID, "'okta'"),
    (_VALID + "client_id = 'a'\n", "None"),
    (_VALID + "[auth.okta]\nclient_id = 'a'\n", "'okta'"),
])
def test_login_configuration_errors_are_streamlits(secrets, provider):
    if secrets is not None:
        _secrets(secrets)
    script = LOGIN.replace("PROVIDER", provider)
    theirs = _run(TheirAppTest, script)
    ours = _run(OurAppTest, script)
    assert _errors(ours) == _errors(theirs)
    assert [t.value for t in ours.text] == ["before"]


def test_login_with_a_valid_configuration_explains_the_notebook():
    _secrets(_VALID + "client_id = 'a'\nclient_secret = 'b'\n"
                      "server_metadata_url = 'https://idp.example/.well-known/openid-configuration'\n")
    at = _run(OurAppTest, LOGIN.replace("PROVIDER", "None"))
    assert len(at.exception) == 1
    message = at.exception[0].message
    assert "`st.login('default')`" in message and "is not supported in a notebook" in message
    assert "streamlit run" in message


def test_login_outside_a_run_does_nothing():
    assert api.login() is None and api.logout() is None


LOGOUT = """
    import streamlit as st
    st.text(repr(st.user.to_dict()))
    if st.button("out"):
        st.logout()
        st.text(repr(st.user.to_dict()))
    """


@pytest.mark.parametrize("user", [
    {"email": "test@example.com"},
    {"is_logged_in": True, "name": "Ada", "email": "ada@example.com"},
])
def test_logout_clears_st_user_for_the_run_and_the_next(user):
    results = []
    for AppTest in (TheirAppTest, OurAppTest):
        at = _run(AppTest, LOGOUT, dict(user))
        at.button[0].click().run()
        after_click = [t.value for t in at.text]
        at.run()
        results.append((after_click, [t.value for t in at.text], at.user, _errors(at)))
    assert results[1] == results[0]


@pytest.fixture
def streamlit_config_restored():
    """Real Streamlit's App sets its process-wide config (its main script,
    hence its secrets files) and parses it in this test's folder; later tests
    compare against the defaults, so Streamlit parses it again when next asked."""
    from streamlit import config as streamlit_config

    main_script_path = streamlit_config._main_script_path
    yield
    streamlit_config._main_script_path = main_script_path
    streamlit_config._config_options = None


def test_app_is_real_streamlits_asgi_app(tmp_path, streamlit_config_restored):
    script = tmp_path / "served.py"
    script.write_text("import streamlit as st\nst.title('served')\n")
    app = api.App(script, debug=True)
    from streamlit.starlette import App as StreamlitApp

    assert isinstance(app, StreamlitApp)
    with pytest.raises(TypeError, match="secrets must be a mapping"):
        api.App(script, secrets=["not", "a", "mapping"])


def test_app_without_streamlit_says_to_install_it(monkeypatch, tmp_path):
    import builtins

    real_import = builtins.__import__

    def no_streamlit(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("streamlit.starlette"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_streamlit)
    with pytest.raises(Exception, match="needs Streamlit: `pip install streamlit`"):
        api.App(tmp_path / "app.py")

