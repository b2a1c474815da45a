"""Streamlit's runtime objects as a notebook has them: ``st.set_page_config``,
``st.secrets``, ``st.query_params``, ``st.user``, ``st.get_option`` /
``st.set_option``, ``st.balloons`` / ``st.snow``.

Where Streamlit's AppTest can run the same script, the two are compared
(``tests/support/differential.py``); the rest pins Streamlit's wording, taken
from Streamlit's own functions where it has them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

streamlit = pytest.importorskip("streamlit")

from support.differential import Batch  # noqa: E402

from streamlit_cell import api as st  # noqa: E402
from streamlit_cell.runtime.errors import StreamlitAPIException, StreamlitSecretNotFoundError  # noqa: E402
from streamlit_cell.runtime.query_params import query_params_of  # noqa: E402
from streamlit_cell.runtime.script_runner import ScriptRunner  # noqa: E402
from streamlit_cell.runtime.shared_session import kernel_session  # noqa: E402
from streamlit_cell.runtime.state import SessionState  # noqa: E402
from streamlit_cell.testing import AppTest  # noqa: E402

# ----------------------------------------------------------- differential
BATCH = Batch([
    # st.query_params: Streamlit's API on an in-memory dict.
    """
    st.query_params["a"] = "1"
    st.query_params.b = ["x", 2]
    st.query_params.update({"c": 3}, d="4")
    st.text(repr(st.query_params.to_dict()))
    st.text(repr(st.query_params.get_all("b")) + repr(st.query_params.get_all("zzz")))
    st.text(repr((len(st.query_params), sorted(st.query_params), "a" in st.query_params)))
    st.text(str(st.query_params))
    st.text(st.query_params["b"] + st.query_params.get("nope", "-"))
    """,
    """
    st.query_params.from_dict({"x": "1", "y": ["2", "3"]})
    del st.query_params["x"]
    del st.query_params.y
    st.text(repr(st.query_params.to_dict()))
    st.query_params["k"] = []
    st.text(repr(st.query_params["k"]))
    st.query_params.clear()
    st.text(repr(st.query_params.to_dict()))
    """,
    'st.query_params["embed"] = "true"',
    'st.query_params["Embed_Options"] = "x"',
    'st.query_params["d"] = {"a": 1}',
    'st.query_params.from_dict({"ok": "1", "bad": {"a": 1}})',
    'st.text(st.query_params["missing"])',
    "st.text(st.query_params.missing)",
    "del st.query_params.missing",
    'del st.query_params["missing"]',
    'st.text(repr(st.query_params.get_all("embed")))',
    # st.set_page_config: any number of calls, Streamlit's validation.
    """
    st.set_page_config(page_title="T", page_icon="🧊", layout="wide",
                       initial_sidebar_state="expanded",
                       menu_items={"Get Help": "https://example.com", "About": "# Hi"})
    st.set_page_config(layout="centered")
    st.set_page_config(initial_sidebar_state=300)
    st.text("configured")
    """,
    'st.set_page_config(layout="full")',
    'st.set_page_config(initial_sidebar_state="hidden")',
    "st.set_page_config(initial_sidebar_state=0)",
    'st.set_page_config(menu_items={"Donate": "https://example.com"})',
    'st.set_page_config(menu_items={"Report a bug": "example.com"})',
    'st.set_page_config(menu_items={"get help": "mailto:me@example.com", "report a bug": None})',
    # Celebrations are elements of their own type.
    "st.balloons()\nst.snow()\nst.balloons()",
    # Config options through st.
    'st.text(repr(st.get_option("runner.enforceSerializableSessionState")))',
])


@pytest.mark.parametrize("number", range(len(BATCH.cases)))
def test_same_as_streamlit(number):
    BATCH.assert_case_same(number)


def test_same_page_as_streamlit():
    BATCH.assert_same()


# -------------------------------------------------------- st.set_page_config
def run_script(source: str) -> dict:
    result = ScriptRunner(source, SessionState()).run()
    assert result.exception is None, result.exception
    return result.page_config


def test_page_config_calls_are_additive():
    config = run_script("""
import streamlit as st
st.set_page_config(page_title="T", layout="wide", menu_items={"Get Help": "https://a.b"})
st.text("between")
st.set_page_config(page_icon="🧊", menu_items={"about": "Hi"})
st.set_page_config(layout="centered", initial_sidebar_state=300)
""")
    assert config == {"page_title": "T", "page_icon": "🧊", "layout": "centered",
                      "initial_sidebar_state": 300,
                      "menu_items": {"get help": "https://a.b", "about": "Hi"}}


def test_page_config_outside_a_run_validates_only():
    assert st.set_page_config(layout="wide") is None
    with pytest.raises(StreamlitAPIException, match="Invalid `layout` value"):
        st.set_page_config(layout="huge")


# --------------------------------------------------------------- st.secrets
@pytest.fixture
def secrets_dirs(tmp_path, monkeypatch):
    """An empty home and an empty working folder; returns (home, cwd)."""
    home, cwd = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    cwd.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(cwd)
    yield home, cwd
    for name in ("DB_USER", "API_TOKEN", "RETRIES"):
        os.environ.pop(name, None)


def write_secrets(folder: Path, text: str) -> Path:
    (folder / ".streamlit").mkdir(exist_ok=True)
    path = folder / ".streamlit" / "secrets.toml"
    path.write_text(text)
    return path


def test_secrets_read_from_the_working_folder(secrets_dirs):
    _, cwd = secrets_dirs
    write_secrets(cwd, 'API_TOKEN = "abc"\nRETRIES = 3\n[db]\nuser = "me"\nport = 5432\n')
    assert st.secrets["API_TOKEN"] == "abc"
    assert st.secrets.RETRIES == 3
    assert st.secrets.db.user == "me"
    assert st.secrets["db"]["port"] == 5432
    assert st.secrets.to_dict() == {"API_TOKEN": "abc", "RETRIES": 3,
                                    "db": {"user": "me", "port": 5432}}
    assert "db" in st.secrets and len(st.secrets) == 3
    # As Streamlit: top-level strings and numbers are also environment variables.
    assert os.environ["API_TOKEN"] == "abc" and os.environ["RETRIES"] == "3"


def test_project_secrets_override_the_global_ones(secrets_dirs):
    home, cwd = secrets_dirs
    write_secrets(home, 'DB_USER = "global"\nAPI_TOKEN = "global"\n')
    write_secrets(cwd, 'DB_USER = "project"\n')
    assert (st.secrets.DB_USER, st.secrets.API_TOKEN) == ("project", "global")


def test_secrets_are_read_again_when_the_file_changes(secrets_dirs):
    _, cwd = secrets_dirs
    path = write_secrets(cwd, 'API_TOKEN = "old"\n')
    assert st.secrets.API_TOKEN == "old"
    path.write_text('DB_USER = "new"\n')
    os.utime(path, ns=(1, 10**18))  # a different modification time, whatever the clock
    assert st.secrets.DB_USER == "new"
    assert "API_TOKEN" not in st.secrets
    assert "API_TOKEN" not in os.environ  # the old variable is removed with its secret


def test_missing_secrets_use_streamlits_messages(secrets_dirs):
    from streamlit.runtime.secrets import _missing_attr_error_message, _missing_key_error_message

    _, cwd = secrets_dirs
    write_secrets(cwd, '[db]\nuser = "me"\n')
    with pytest.raises(KeyError) as raised:
        st.secrets["nope"]
    assert raised.value.args[0] == _missing_key_error_message("nope")
    with pytest.raises(AttributeError) as raised:
        st.secrets.nope
    assert str(raised.value) == _missing_attr_error_message("nope")
    with pytest.raises(AttributeError) as raised:
        st.secrets.db.nope
    assert str(raised.value) == _missing_attr_error_message("nope")
    assert not hasattr(st.secrets, "nope")


def test_no_secrets_file(secrets_dirs):
    home, cwd = secrets_dirs
    with pytest.raises(StreamlitSecretNotFoundError) as raised:
        st.secrets["x"]
    assert isinstance(raised.value, FileNotFoundError)  # what scripts usually catch
    assert str(raised.value).startswith(
        "No secrets found. Valid paths for a secrets.toml file or secret directories are: "
        f"{home / '.streamlit' / 'secrets.toml'}, {cwd / '.streamlit' / 'secrets.toml'}")
    assert not hasattr(st.secrets, "x")  # attribute access: AttributeError, as Streamlit
    assert st.secrets.load_if_toml_exists() is False


def test_a_broken_secrets_file_names_the_file(secrets_dirs):
    _, cwd = secrets_dirs
    path = write_secrets(cwd, "this is = = not toml\n")
    with pytest.raises(StreamlitSecretNotFoundError, match=f"Error parsing secrets file at {path}"):
        st.secrets["x"]


def test_secrets_cannot_be_changed(secrets_dirs):
    _, cwd = secrets_dirs
    write_secrets(cwd, '[db]\nuser = "me"\n')
    for change in (lambda: st.secrets.__setitem__("a", 1), lambda: setattr(st.secrets, "a", 1),
                   lambda: st.secrets.__delitem__("db"), lambda: st.secrets.db.__setitem__("a", 1),
                   lambda: setattr(st.secrets.db, "a", 1)):
        with pytest.raises(TypeError, match="Secrets does not support"):
            change()


def test_secrets_repr_outside_a_run_hides_the_values(secrets_dirs):
    _, cwd = secrets_dirs
    write_secrets(cwd, 'API_TOKEN = "abc"\n')
    assert repr(st.secrets) == "Secrets"
    at = AppTest.from_string("import streamlit as st\nst.text(repr(st.secrets))").run()
    assert at.text[0].value == "{'API_TOKEN': 'abc'}"


# ---------------------------------------------------------- st.query_params
def test_query_params_belong_to_the_session():
    at = AppTest.from_string("""
        import streamlit as st
        st.query_params.setdefault("visits", "0")
        st.query_params.visits = str(int(st.query_params.visits) + 1)
        st.text(st.query_params.visits)
        """)
    assert at.run().text[0].value == "1"
    assert at.run().text[0].value == "2"  # kept across reruns of the session
    other = AppTest.from_string("import streamlit as st\nst.text(repr(st.query_params.to_dict()))")
    assert other.run().text[0].value == "{}"  # another session starts empty


def test_query_params_outside_a_run_are_the_kernels():
    params = query_params_of(kernel_session())
    params.clear()
    try:
        st.query_params["page"] = "2"
        assert params.to_dict() == {"page": "2"}
    finally:
        params.clear()


# ------------------------------------------------------------------ st.user
def test_user_is_the_signed_out_user(secrets_dirs):
    assert st.user.to_dict() == {}
    assert not hasattr(st.user, "is_logged_in")  # no auth configured: as local Streamlit
    with pytest.raises(KeyError, match='st.user has no key "email"'):
        st.user["email"]
    with pytest.raises(StreamlitAPIException, match="st.user cannot be modified"):
        st.user.email = "me@example.com"
    assert dict(st.user.tokens) == {}


def test_user_is_logged_out_when_auth_is_configured(secrets_dirs):
    _, cwd = secrets_dirs
    write_secrets(cwd, '[auth]\nredirect_uri = "http://localhost:8501/oauth2callback"\n')
    assert st.user.is_logged_in is False
    assert st.user.to_dict() == {"is_logged_in": False}


# ------------------------------------------------------- options, celebrations
def test_get_and_set_option_are_the_config_module_s():
    assert st.get_option("runner.maxConsecutiveReruns") == 100
    st.set_option("runner.maxConsecutiveReruns", 5)
    try:
        assert st.get_option("runner.maxConsecutiveReruns") == 5
    finally:
        st.set_option("runner.maxConsecutiveReruns", 100)


def test_each_celebration_call_is_a_new_effect():
    at = AppTest.from_string("import streamlit as st\nst.balloons()")
    first = at.run().balloons[0].effect
    assert at.run().balloons[0].effect != first  # replays on every run that calls it
