"""``__file__`` and ``__name__`` as a script sees them, differential: a file
run by ``AppTest.from_file`` sees its path (as given, relative to the calling
test file); a script from a string or a function sees the path of a file
holding it (Streamlit's AppTest writes one); ``__name__`` is ``"__main__"``."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from support.differential import BACKENDS, app_test_class

REPORT = textwrap.dedent("""
    # first line of the script
    import os
    import streamlit as st
    st.text(__name__)
    st.text(str("__file__" in globals()))
    st.text(str(os.path.isfile(__file__)))
    st.text(open(__file__, encoding="utf-8").readline().strip())
    st.text(str(len(os.path.basename(__file__))))
    if __name__ == "__main__":
        st.text("main guard ran")
    """).lstrip()


def _texts(at) -> list[str]:
    return [t.value for t in at.text]


def test_a_script_from_a_string_sees_a_file_holding_it() -> None:
    seen = {backend: _texts(app_test_class(backend).from_string(REPORT).run())
            for backend in BACKENDS}
    assert seen["streamlit_cell"] == seen["streamlit"] == [
        "__main__", "True", "True", "# first line of the script", "32", "main guard ran"]


@pytest.fixture
def app_file(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    path = tmp_path / "proj" / "app.py"
    path.parent.mkdir()
    path.write_text(textwrap.dedent("""
        import pathlib
        import streamlit as st
        st.text(__file__)
        st.text(__name__)
        st.text(pathlib.Path(__file__).with_name("data.txt").read_text())
        """))
    (tmp_path / "proj" / "data.txt").write_text("next to the script")
    return path


def test_a_file_sees_its_path_as_given(app_file: Path) -> None:
    for path in (str(app_file), app_file):
        seen = {backend: _texts(app_test_class(backend).from_file(path).run())
                for backend in BACKENDS}
        assert seen["streamlit_cell"] == seen["streamlit"] == [
            str(app_file), "__main__", "next to the script"]


def test_a_relative_path_is_taken_from_the_calling_file_unnormalised(app_file: Path) -> None:
    here = Path(__file__).parent
    relative = os.path.relpath(app_file, here)
    seen = {backend: _texts(app_test_class(backend).from_file(relative).run())
            for backend in BACKENDS}
    assert seen["streamlit_cell"] == seen["streamlit"]
    assert seen["streamlit"][0] == str(here / relative)


def _script_function() -> None:
    import os

    import streamlit as st

    st.text(__name__)
    st.text(str(os.path.isfile(__file__)))


def test_a_script_from_a_function_sees_a_file_holding_it() -> None:
    seen = {backend: _texts(app_test_class(backend).from_function(_script_function).run())
            for backend in BACKENDS}
    assert seen["streamlit_cell"] == seen["streamlit"] == ["__main__", "True"]


def test_tracebacks_name_the_file_the_script_runs_from(app_file: Path) -> None:
    app_file.write_text("import streamlit as st\nx = 1\n1 / 0\n")
    for backend in BACKENDS:
        at = app_test_class(backend).from_file(app_file).run()
        trace = "".join(at.exception[0].stack_trace)
        assert f'File "{app_file}", line 3' in trace, (backend, trace)
