"""The ``streamlit.*`` module paths real apps and component packages import,
differential where Streamlit can be compared (what the script sees), and ours
alone for what a notebook cannot have (Streamlit internals fail naming the
module and the public API to use)."""

from __future__ import annotations

import textwrap

import pytest

from support.differential import app_test_class, assert_same

IMPORTS = {
    "runtime.exists and the run context": """
        import streamlit as st
        from streamlit import runtime
        from streamlit.runtime.scriptrunner import get_script_run_ctx, add_script_run_ctx
        st.text(str(runtime.exists()))
        ctx = get_script_run_ctx()
        st.text(str(bool(ctx)))
        st.text(str(ctx is not None and isinstance(ctx.session_id, str)))
        st.text(str(get_script_run_ctx(suppress_warning=True) is not None))
        """,
    "dotted imports reach submodules through their parents": """
        import streamlit as st
        import streamlit.runtime.scriptrunner
        import streamlit.runtime.scriptrunner as sr
        import streamlit.runtime
        st.text(str(streamlit.runtime.exists()))
        st.text(str(streamlit.runtime.scriptrunner.get_script_run_ctx() is not None))
        st.text(str(sr.add_script_run_ctx is streamlit.runtime.scriptrunner.add_script_run_ctx))
        """,
    "version": """
        import streamlit as st
        from streamlit.version import STREAMLIT_VERSION_STRING
        st.text(st.__version__)
        st.text(str(st.__version__ == STREAMLIT_VERSION_STRING))
        major, minor = (int(part) for part in st.__version__.split(".")[:2])
        st.text(str((major, minor) >= (1, 30)))
        """,
    "errors": """
        import streamlit as st
        import streamlit.errors
        from streamlit.errors import StreamlitAPIException
        try:
            st.columns(0)
        except StreamlitAPIException as error:
            st.text("caught " + type(error).__name__)
        st.text(str(streamlit.errors.StreamlitAPIException is StreamlitAPIException))
        """,
    "components v1": """
        import streamlit as st
        import streamlit.components.v1 as components
        from streamlit.components.v1 import html, iframe, declare_component
        st.text(str(sorted(components.__all__)))
        st.text(str(st.components.v1.html is html))
        """,
    "column_config": """
        import streamlit as st
        from streamlit.column_config import NumberColumn, TextColumn
        import streamlit.column_config as cc
        st.text(str(cc.NumberColumn is NumberColumn is st.column_config.NumberColumn))
        """,
    "delta_generator": """
        import streamlit as st
        from streamlit.delta_generator import DeltaGenerator
        def panel(where: DeltaGenerator) -> None:
            where.text("in panel")
        box = st.container()
        panel(box)
        st.text(str(isinstance(box, DeltaGenerator)))
        st.text(str(isinstance(st.sidebar, DeltaGenerator)))
        """,
    "runtime.state": """
        import streamlit as st
        from streamlit.runtime.state import SessionStateProxy
        st.text(str(isinstance(st.session_state, SessionStateProxy)))
        """,
    "runtime.caching": """
        import streamlit as st
        from streamlit.runtime.caching import cache_data, cache_resource
        @cache_data
        def double(x):
            return 2 * x
        st.text(str(double(21)))
        """,
    "uploaded file type": """
        import streamlit as st
        from streamlit.runtime.uploaded_file_manager import UploadedFile
        files = st.file_uploader("f", accept_multiple_files=True)
        st.text(str(all(isinstance(f, UploadedFile) for f in files)))
        """,
    "scriptrunner_utils, exceptions": """
        import streamlit as st
        from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx
        from streamlit.runtime.scriptrunner_utils.exceptions import StopException
        from streamlit.runtime.scriptrunner import RerunException
        from streamlit.runtime.scriptrunner.script_runner import RerunException as Older
        st.text(str(Older is RerunException))
        st.text(str(get_script_run_ctx() is not None))
        st.text(StopException.__name__ + " " + RerunException.__name__)
        """,
    "logger": """
        import streamlit as st
        from streamlit.logger import get_logger
        LOGGER = get_logger(__name__)
        LOGGER.info("quiet")
        st.text(LOGGER.name)
        """,
    "a thread sees the runtime while the run lasts, the context only if given": """
        import threading
        import streamlit as st
        from streamlit import runtime
        from streamlit.runtime.scriptrunner import get_script_run_ctx
        seen = []
        def work():
            seen.append((runtime.exists(), get_script_run_ctx() is None))
        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
        st.text(str(seen))
        """,
    "a thread given the run writes to it": """
        import threading
        import streamlit as st
        from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx
        def work():
            st.text("thread sees a run: " + str(get_script_run_ctx() is not None))
        thread = threading.Thread(target=work)
        st.text(str(add_script_run_ctx(thread) is thread))
        thread.start()
        thread.join()
        """,
}


@pytest.mark.parametrize("name", list(IMPORTS))
def test_module_paths_apps_import_work_as_in_streamlit(name: str) -> None:
    snaps = assert_same(textwrap.dedent(IMPORTS[name]))
    assert not snaps[0].exceptions
    assert snaps[0].texts  # the script got past its imports


def test_the_rerun_recipe_from_before_st_rerun_reruns() -> None:
    # `raise RerunException(RerunData())`: how apps (and helper packages)
    # reran before `st.rerun()`; still in use.
    snaps = assert_same(textwrap.dedent("""
        import streamlit as st
        from streamlit.runtime.scriptrunner import RerunData, RerunException
        from streamlit.runtime.scriptrunner_utils.script_requests import RerunData as Same
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        st.text(f"run {st.session_state.runs} {Same is RerunData}")
        if st.button("again", key="again") or st.session_state.runs < 3:
            if st.session_state.runs % 3:
                raise RerunException(RerunData())
        """), [lambda at: at.button(key="again").click()])
    assert snaps[0].texts == ["run 3 True"] and snaps[1].texts == ["run 5 True"]


def test_from_streamlit_import_runtime_and_magic_both_work() -> None:
    assert_same(textwrap.dedent("""
        import streamlit as st
        from streamlit import runtime
        if runtime.exists():
            "running as an app"
        else:
            "plain python"
        """))


def test_outside_a_run_there_is_no_runtime_and_no_context() -> None:
    from streamlit import runtime as real_runtime

    from streamlit_cell.streamlit_paths import runtime, scriptrunner

    for backend in ("streamlit", "streamlit_cell"):
        app_test_class(backend).from_string("import streamlit as st\nst.text('ran')\n").run()
    # Streamlit's AppTest installs its runtime for the length of a run only.
    assert real_runtime.exists() is False
    assert runtime.exists() is False
    assert scriptrunner.get_script_run_ctx() is None


@pytest.mark.parametrize("statement, module", [
    ("import streamlit.source_util", "streamlit.source_util"),
    ("from streamlit.web import cli", "streamlit.web"),
    ("import streamlit.proto.ForwardMsg_pb2", "streamlit.proto.ForwardMsg_pb2"),
    ("from streamlit.runtime.app_session import AppSession", "streamlit.runtime.app_session"),
])
def test_a_streamlit_internal_fails_naming_it_and_the_public_api(statement: str,
                                                                 module: str) -> None:
    at = app_test_class("streamlit_cell").from_string(
        f"import streamlit as st\ntry:\n    {statement}\nexcept ModuleNotFoundError as e:\n"
        "    st.text(e.name)\n    st.text(str(e))\n").run()
    name, message = (t.value for t in at.text)
    assert name == module
    assert f"`{module}` is a Streamlit internal" in message
    assert "not available in a notebook" in message and "st.*" in message


def test_a_name_missing_from_an_emulated_module_names_the_streamlit_module() -> None:
    at = app_test_class("streamlit_cell").from_string(
        "import streamlit as st\ntry:\n    from streamlit.runtime import get_instance\n"
        "except ImportError as e:\n    st.text(str(e))\n").run()
    message = at.text[0].value
    assert "cannot import name 'get_instance' from 'streamlit.runtime'" in message
    assert "streamlit_cell" not in message


def test_imports_inside_scripts_leave_sys_modules_alone() -> None:
    import sys

    before = {name for name in sys.modules if name.startswith("streamlit.")
              or name == "streamlit"}
    app_test_class("streamlit_cell").from_string(
        textwrap.dedent(IMPORTS["dotted imports reach submodules through their parents"])).run()
    after = {name for name in sys.modules if name.startswith("streamlit.")
             or name == "streamlit"}
    assert after == before
