"""Streamlit's magic, differential: a bare value on its own line is written
with ``st.write`` exactly where Streamlit's rewrite puts the call, and the
``runner.magicEnabled`` / ``magic.*`` options change it as they do there."""

from __future__ import annotations

import contextlib
import re
import textwrap
from typing import Any

import pytest

from support.differential import (BACKENDS, Step, app_test_class, assert_same, both, click, option,
                           run_backend, set_value, snapshot)

# Each script shows a marker text before and after the statements under test,
# so an element that appears on one backend only cannot hide among others.
WHERE_MAGIC_APPLIES = {
    "module level": """
        import streamlit as st
        x = 41
        "a string"
        x + 1
        x
        [1, 2]
        {"a": 1}
        x, "and", x
        x,
        ()
        """,
    "docstring skipped, later strings written": '''
        """The module docstring."""
        import streamlit as st
        "not a docstring"
        ''',
    "calls are not written": """
        import streamlit as st
        def value():
            return 5
        value()
        print("printed")
        len([1, 2])
        st.text("end")
        """,
    "if elif else, for, while with else": """
        import streamlit as st
        flag = 2
        if flag == 1:
            "one"
        elif flag == 2:
            "two"
        else:
            "other"
        for i in range(2):
            i
        else:
            "for else"
        n = 0
        while n < 1:
            n += 1
            "in while"
        else:
            "while else"
        """,
    "try except else finally": """
        import streamlit as st
        try:
            "try body"
            1 / 0
        except ZeroDivisionError as error:
            "handler"
            error
        else:
            "not reached"
        finally:
            "finally"
        try:
            pass
        except Exception:
            pass
        else:
            "try else"
        """,
    "with, match": """
        import contextlib
        import streamlit as st
        with contextlib.nullcontext():
            "in with"
        match 3:
            case 1:
                "one"
            case 3:
                "three"
        """,
    "functions and methods, not class bodies": '''
        import streamlit as st
        def f():
            """function docstring"""
            "function body"
            return 1
        f()
        class A:
            "class docstring"
            "class body string"
            def method(self):
                "method docstring"
                "method body"
        A().method()
        def g():
            if True:
                "nested in a function"
        g()
        ''',
    "first string of an if block is no docstring": '''
        import streamlit as st
        if True:
            "first in if"
        ''',
    "yield, yield from, await are not written": """
        import asyncio
        import streamlit as st
        def gen():
            yield 1
            yield from [2]
            "after yields"
        list(gen())
        async def ready():
            return None
        async def coro():
            await ready()
            "after await"
        # Driven by hand, not asyncio.run(): the thread running the tests may
        # already run an event loop (as a notebook kernel's does).
        try:
            coro().send(None)
        except StopIteration:
            pass
        """,
    "lambda and comprehension values": """
        import streamlit as st
        [i * 2 for i in range(3)]
        (i for i in range(2)) and "gen is truthy"
        """,
    "constants, f-strings, operators": """
        import streamlit as st
        name = "Ada"
        None
        ...
        True
        3.5
        f"hello **{name}**"
        -len(name)
        name if name else "nobody"
        name.upper
        b"bytes"
        """,
    "a generator is streamed, a set and the session state written": """
        import streamlit as st
        st.session_state.setdefault("seen", 1)
        (f"part {i}" for i in range(2))
        {1, 2}
        st.session_state
        """,
    "into the container of the with block": """
        import streamlit as st
        left, right = st.columns(2)
        with right:
            "in the right column"
        with left:
            "in the left column"
        with st.sidebar:
            "in the sidebar"
        with st.expander("More"):
            "in the expander"
        with st.echo():
            "echoed and written"
        "back in main"
        """,
    "a data frame": """
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
        df
        """,
    "future import stays first": """
        from __future__ import annotations
        import streamlit as st
        "after future"
        """,
    "st.write of no import": """
        "no import of streamlit at all"
        41 + 1
        """,
}


def _framed(script: str) -> str:
    return textwrap.dedent(script)


@pytest.mark.parametrize("name", list(WHERE_MAGIC_APPLIES))
def test_magic_writes_what_streamlit_writes(name: str) -> None:
    assert_same(_framed(WHERE_MAGIC_APPLIES[name]))


def test_magic_values_are_shown_and_kept_across_reruns() -> None:
    snaps = assert_same(textwrap.dedent("""
        import streamlit as st
        if "n" not in st.session_state:
            st.session_state.n = 0
        st.session_state.n
        if st.button("more"):
            st.session_state.n += 1
            "clicked"
        """), [lambda at: at.button[0].click()])
    assert ("markdown", "clicked") in snaps[-1].elements


def _with_options(backend: str, options: dict[str, Any], script: str) -> Any:
    with contextlib.ExitStack() as stack:
        for name, value in options.items():
            stack.enter_context(option(backend, name, value))
        return run_backend(backend, textwrap.dedent(script), [])


OPTION_CASES = [
    ({"runner.magicEnabled": False}, """
        import streamlit as st
        "not written"
        x = 3
        x
        st.text("end")
        """),
    ({"magic.displayRootDocString": True}, '''
        """# The root docstring"""
        import streamlit as st
        def f():
            """not the root's"""
        f()
        '''),
    ({"magic.displayLastExprIfNoSemicolon": True}, """
        import streamlit as st
        def five():
            return 5
        five()
        five()
        """),
    ({"magic.displayLastExprIfNoSemicolon": True}, """
        import streamlit as st
        def five():
            return 5
        five();
        """),
    ({"magic.displayLastExprIfNoSemicolon": True}, """
        import streamlit as st
        print("a call whose result is None")
        """),
    ({"magic.displayLastExprIfNoSemicolon": True}, """
        import streamlit as st
        if True:
            len([1])
        """),
    ({"magic.displayLastExprIfNoSemicolon": True, "magic.displayRootDocString": True},
     '''"""only a docstring"""'''),
]


@pytest.mark.parametrize("options,script", OPTION_CASES,
                         ids=[repr(options) + str(n) for n, (options, _) in enumerate(OPTION_CASES)])
def test_magic_options_change_what_is_written(options: dict[str, Any], script: str) -> None:
    expected = _with_options("streamlit", options, script)
    actual = _with_options("streamlit_cell", options, script)
    assert actual == expected


def test_magic_options_are_get_and_settable_like_the_other_runner_options() -> None:
    import streamlit_cell.config as config

    assert config.get_option("runner.magicEnabled") is True
    assert config.get_option("magic.displayRootDocString") is False
    assert config.get_option("magic.displayLastExprIfNoSemicolon") is False
    with option("streamlit_cell", "runner.magicEnabled", False):
        assert config.get_option("runner.magicEnabled") is False
    at = app_test_class("streamlit_cell").from_string(
        "import streamlit as st\nst.text(st.get_option('runner.magicEnabled'))\n").run()
    assert at.text[0].value == "True"


def test_turning_magic_off_between_runs_takes_effect_on_the_next_run() -> None:
    # Streamlit's AppTest compiles afresh on every run; ours recompiles when
    # a magic option changed since the last compile.
    script = 'import streamlit as st\n"magic"\n'
    for backend in BACKENDS:
        at = app_test_class(backend).from_string(script).run()
        assert [m.value for m in at.markdown] == ["magic"], backend
        with option(backend, "runner.magicEnabled", False):
            at.run()
            assert [m.value for m in at.markdown] == [], backend
        at.run()
        assert [m.value for m in at.markdown] == ["magic"], backend


_LINE = re.compile(r"line (\d+)")


def test_tracebacks_point_at_the_users_lines_after_the_rewrite() -> None:
    script = textwrap.dedent('''
        """docstring"""
        import streamlit as st
        "magic before the error"
        x = 1
        x
        def fails():
            "in function"
            return 1 / 0
        fails()
        ''')
    lines = {}
    for backend in BACKENDS:
        at = app_test_class(backend).from_string(script).run()
        trace = "\n".join(at.exception[0].stack_trace)
        lines[backend] = _LINE.findall(trace)[-2:]
    assert lines["streamlit_cell"] == lines["streamlit"] == ["10", "9"]


def test_magic_rewrites_once_per_runner_not_per_rerun(monkeypatch: pytest.MonkeyPatch) -> None:
    from streamlit_cell.runtime import magic

    parses = []
    real_add_magic = magic.add_magic
    monkeypatch.setattr(magic, "add_magic",
                        lambda *args: parses.append(1) or real_add_magic(*args))
    at = app_test_class("streamlit_cell").from_string(
        'import streamlit as st\n"x"\nst.button("b")\n').run()
    for _ in range(3):
        at.button[0].click().run()
    assert len(parses) == 1
    assert snapshot(at).texts == ["x"]


def test_scripts_compile_without_this_packages_future_imports() -> None:
    # Annotations are evaluated (no `from __future__ import annotations`
    # leaking in from the module that compiles the script), as in Streamlit.
    snaps = assert_same(textwrap.dedent("""
        import streamlit as st
        def f(x: int) -> str:
            return str(x)
        st.text(repr(f.__annotations__["x"]))
        """))
    assert snaps[0].texts == ["<class 'int'>"]


def submit_task(task: str) -> Step:
    """Type ``task`` into the form's text input and submit the form."""
    return both(set_value("text_input", "task", task), click(0))


# Scripts in the style of real apps that lean on magic, driven step by step.
APPS = {
    "sales dashboard": ("""
        import pandas as pd
        import streamlit as st

        \"\"\"# Sales dashboard\"\"\"
        "Pick a region to see its numbers."
        sales = pd.DataFrame({
            "region": ["north", "south", "north", "east"],
            "units": [12, 7, 3, 9],
        })
        region = st.selectbox("Region", ["all", "north", "south", "east"], key="region")
        shown = sales if region == "all" else sales[sales.region == region]
        f"### {len(shown)} orders, {shown.units.sum()} units"
        shown
        if shown.units.sum() > 10:
            "**Above target**"
        else:
            "_Below target_"
        """, [set_value("selectbox", "region", "south"), set_value("selectbox", "region", "all")]),
    "checklist with a form": ("""
        import streamlit as st

        if "done" not in st.session_state:
            st.session_state.done = []
        with st.form("add"):
            "Add a task"
            task = st.text_input("Task", key="task")
            added = st.form_submit_button("Add")
        if added and task:
            st.session_state.done.append(task)
        for number, item in enumerate(st.session_state.done, 1):
            f"{number}. {item}"
        len(st.session_state.done), "tasks"
        """, [submit_task("water plants"), submit_task("call Bo")]),
    "helper functions and a guard": ("""
        import streamlit as st
        from streamlit import runtime

        def section(title):
            \"\"\"Not shown: a docstring.\"\"\"
            f"## {title}"

        if runtime.exists():
            section("Running as an app")
        count = st.number_input("Count", 0, 10, 2, key="count")
        for i in range(int(count)):
            i * i
        try:
            1 / (count - 3)
        except ZeroDivisionError:
            "Count 3 divides by zero"
        """, [set_value("number_input", "count", 3), set_value("number_input", "count", 0)]),
}


@pytest.mark.parametrize("name", list(APPS))
def test_apps_that_lean_on_magic_behave_as_in_streamlit(name: str) -> None:
    script, steps = APPS[name]
    assert_same(textwrap.dedent(script), steps)
