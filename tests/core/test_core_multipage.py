"""Multipage apps, differential: the same app folder (a main script, page
files, a ``pages/`` folder) runs through real Streamlit's AppTest and ours,
step by step (widget interactions, ``st.switch_page`` from the script,
``AppTest.switch_page``), and the pages, the state and the errors must agree.

Streamlit's AppTest makes a new pages manager for every run (so a ``pages/``
folder makes every run a v1 app, and ``st.switch_page`` in a callback cannot
see the previous run's pages): ours does the same, and these tests pin it.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from tests.support.differential import app_test_class, snapshot

pytest.importorskip("streamlit")

Step = Callable[[Any], Any]


def write_app(folder: Path, files: dict[str, str]) -> Path:
    for name, source in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
    return folder / "app.py"


def observe(at: Any, step_error: str | None) -> dict[str, Any]:
    snap = snapshot(at, step_error)
    return {
        "elements": snap.elements,
        "state": snap.state,
        "step_error": snap.step_error,
        "page_links": [link.value for link in at.page_link],
        # What the run registered with st.navigation (or a pages/ folder),
        # in the menu's order: titles, url paths and icons.
        "pages": [(info.get("page_name"), info.get("url_pathname"), info.get("icon"),
                   Path(info["script_path"]).name if info.get("script_path") else "")
                  for info in at._registered_pages.values()],
    }


def run_steps(backend: str, main_script: Path, steps: Sequence[Step]) -> list[dict[str, Any]]:
    at = app_test_class(backend).from_file(str(main_script))
    at.run()
    observed = [observe(at, None)]
    for step in steps:
        error = None
        try:
            step(at)
        except Exception as raised:
            error = f"{type(raised).__name__}: {raised}"
        else:
            at.run()
        observed.append(observe(at, error))
    return observed


def assert_same(folder: Path, files: dict[str, str], steps: Sequence[Step] = ()) -> list[dict[str, Any]]:
    main_script = write_app(folder, files)
    expected = run_steps("streamlit", main_script, steps)
    actual = run_steps("streamlit_cell", main_script, steps)
    names = ["first run", *(getattr(step, "__name__", repr(step)) for step in steps)]
    for name, theirs, ours in zip(names, expected, actual):
        for part in theirs:
            assert ours[part] == theirs[part], (
                f"backends disagree on {part} after {name}:\n"
                f"  streamlit:      {theirs[part]}\n  streamlit_cell: {ours[part]}")
    return expected


def click(label: str) -> Step:
    def step(at: Any) -> None:
        next(b for b in at.button if b.label == label).click()
    step.__name__ = f"click({label!r})"
    return step


def check(key: str) -> Step:
    def step(at: Any) -> None:
        at.checkbox(key=key).check()
    step.__name__ = f"check({key!r})"
    return step


def type_text(key: str, text: str) -> Step:
    def step(at: Any) -> None:
        at.text_input(key=key).input(text)
    step.__name__ = f"input({key!r}, {text!r})"
    return step


def switch_as_tester(path: str) -> Step:
    def step(at: Any) -> None:
        at.switch_page(path)
    step.__name__ = f"at.switch_page({path!r})"
    return step


def rerun(at: Any) -> None:
    """A run with nothing staged."""


SECTIONS_APP = {
    "app.py": """
        import streamlit as st

        def home():
            st.title("Home")
            st.checkbox("Remember", key="remember")
            st.checkbox("Unkeyed")
            st.page_link(report, label="See the report")
            st.page_link("tools/settings.py")
            st.page_link("https://example.com", label="Docs", icon="📘")
            if st.button("Settings by path"):
                st.switch_page("tools/settings.py")
            if st.button("Report by page"):
                st.switch_page(report)

        def quarterly_report():
            st.header("Report")
            st.text_input("Note", key="note")
            if st.button("Home by page"):
                st.switch_page(home_page)

        st.session_state.setdefault("visits", 0)
        st.session_state.visits += 1
        home_page = st.Page(home, title="Start", icon="🏠", default=True)
        report = st.Page(quarterly_report)
        pg = st.navigation({
            "Main": [home_page, report],
            "Tools": [st.Page("tools/settings.py", icon=":material/settings:"),
                      st.Page("https://example.com/help", title="Help Center")],
        })
        st.sidebar.text(f"on {pg.title} ({pg.url_path!r})")
        pg.run()
        """,
    "tools/settings.py": """
        import streamlit as st
        st.header("Settings " + __name__ + " " + __file__.rsplit("/", 1)[-1])
        st.toggle("Dark", key="dark")
        if st.button("Back home"):
            st.switch_page("app.py")
        """,
}


def test_sections_of_callables_files_and_urls_switch_pages_with_streamlits_state_rules(tmp_path):
    observed = assert_same(tmp_path, SECTIONS_APP, [
        check("remember"),            # widget state on the home page
        click("Report by page"),       # st.switch_page(StreamlitPage)
        type_text("note", "hello"),
        click("Home by page"),         # back: the note's state was cleaned up
        click("Settings by path"),     # st.switch_page("tools/settings.py")
        click("Back home"),            # the main script is no page: an error
        switch_as_tester("app.py"),       # AppTest.switch_page to a non-page: ValueError
        switch_as_tester("tools/settings.py"),
        rerun,                         # the tester's page is sticky
    ])
    first, checked, on_report, typed, home_again, settings, back_error = observed[:7]
    assert ("title", "Home") in first["elements"]
    assert first["page_links"] == ["See the report", "settings", "Docs"]
    assert [page[:2] for page in first["pages"]] == [
        ("Start", ""), ("quarterly report", "quarterly_report"), ("settings", "settings"),
        ("Help Center", "help_center")]
    assert checked["state"]["remember"] == ("bool", True)
    assert ("header", "Report") in on_report["elements"]
    assert "remember" not in on_report["state"]       # not drawn on this page: cleaned up
    assert typed["state"]["note"] == ("str", "hello")
    assert "note" not in home_again["state"]
    assert home_again["state"]["visits"] == ("int", 7)  # user state kept; 2 runs per switch
    assert ("header", "Settings __main__ settings.py") in settings["elements"]
    assert any(e[0] == "exception" and "Could not find page: `app.py`" in e[2]
               for e in back_error["elements"])
    assert observed[7]["step_error"].startswith("ValueError: Could not find a navigation page")


V1_APP = {
    "app.py": """
        import streamlit as st
        st.title("Main page")
        st.page_link("pages/02_second_page.py")
        st.page_link("pages/10_🎈_balloons.py")
        st.page_link("app.py", label="Home")
        st.checkbox("Main option", key="main_option")
        if st.button("Go second"):
            st.switch_page("pages/02_second_page.py")
        """,
    "pages/01_first.py": "import streamlit as st\nst.header('First')\n",
    "pages/02_second_page.py": """
        import streamlit as st
        st.header("Second")
        if st.button("Main"):
            st.switch_page("app.py")
        """,
    "pages/10_🎈_balloons.py": "import streamlit as st\nst.header('Balloons')\n",
    "pages/alpha  beta.py": "import streamlit as st\nst.header('Alpha')\n",
    "pages/3 - third.py": "import streamlit as st\nst.header('Third')\n",
    "pages/__init__.py": "",
    "pages/.hidden.py": "",
    "pages/notes.txt": "not a page",
}


def test_a_pages_folder_is_a_v1_app_ordered_and_titled_as_streamlits(tmp_path):
    observed = assert_same(tmp_path, V1_APP, [
        check("main_option"),
        click("Go second"),
        click("Main"),
        switch_as_tester("pages/3 - third.py"),
        switch_as_tester("pages/missing.py"),
    ])
    assert [page[:3] for page in observed[0]["pages"]] == [
        ("app", "", ""), ("first", "first", ""), ("second page", "second_page", ""),
        ("third", "third", ""), ("balloons", "balloons", "🎈"), ("alpha beta", "alpha_beta", "")]
    assert observed[0]["page_links"] == ["second page", "balloons", "Home"]
    assert ("header", "Second") in observed[2]["elements"]
    assert "main_option" not in observed[2]["state"]
    assert ("title", "Main page") in observed[3]["elements"]
    assert ("header", "Third") in observed[4]["elements"]
    assert observed[5]["step_error"].startswith("ValueError: Could not find page 'pages/missing.py'")


ERRORS = {
    "no_pages": "st.navigation([])",
    "duplicate_callables": "def a(): pass\nst.navigation([st.Page(a), st.Page(a)])",
    "duplicate_across_sections": (
        "st.navigation({'S': [st.Page('one.py')], 'T': [st.Page('one.py', title='X')]})"),
    "duplicate_url_path": (
        "def a(): pass\ndef b(): pass\n"
        "st.navigation([st.Page(a, url_path='same'), st.Page(b, url_path='same')])"),
    "two_defaults": ("def a(): pass\ndef b(): pass\n"
                     "st.navigation([st.Page(a, default=True), st.Page(b, default=True)])"),
    "bad_position": "def a(): pass\nst.navigation([a], position='left')",
    "bad_expanded": "def a(): pass\nst.navigation([a], expanded=-1)",
    "bad_expanded_type": "def a(): pass\nst.navigation([a], expanded='yes')",
    "bad_page_type": "st.navigation([3])",
    "missing_file": "st.Page('nope.py')",
    "external_without_title": "st.Page('https://example.com')",
    "external_default": "st.Page('https://example.com', title='X', default=True)",
    "only_external": "st.navigation([st.Page('https://example.com', title='X')])",
    "empty_title": "st.Page(lambda: None, title='  ')",
    "nested_url_path": "st.Page(lambda: None, title='x', url_path='a/b')",
    "empty_url_path": "def f(): pass\nst.Page(f, url_path='/')",
    "bad_visibility": "def f(): pass\nst.Page(f, visibility='gone')",
    "run_twice": "def f(): st.text('f')\npg = st.navigation([f])\npg.run()\npg.run()",
    "run_another_page": ("def f(): st.text('f')\ndef g(): st.text('g')\n"
                         "page = st.Page(g)\nst.navigation([f, page])\npage.run()"),
    "switch_to_unknown_file": "def f(): st.text('f')\nst.navigation([f]).run()\nst.switch_page('one.py')",
    "switch_to_missing_file": "def f(): st.text('f')\nst.navigation([f]).run()\nst.switch_page('nofile.py')",
    "switch_to_external": ("def f(): st.text('f')\nx = st.Page('https://example.com', title='X')\n"
                           "st.navigation([f, x]).run()\nst.switch_page(x)"),
    "switch_without_navigation": "st.text('main')\nst.switch_page('one.py')",
    "page_link_to_missing_file": "def f(): st.text('f')\nst.navigation([f]).run()\nst.page_link('nofile.py')",
    "page_link_external_without_label": "st.page_link('https://example.com')",
    "page_link_bad_width": "st.page_link('https://example.com', label='x', width='wide')",
    "page_link_source_mismatch": ("def one(): st.text('f')\nst.navigation([one]).run()\n"
                                  "st.page_link(st.Page('one.py'))"),
    "page_link_main_without_navigation": "st.page_link('app.py')",
    "page_link_bad_icon_position": "st.page_link('https://example.com', label='x', icon_position='up')",
}


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_errors_are_streamlits(tmp_path, name):
    observed = assert_same(tmp_path, {
        "app.py": "import streamlit as st\n" + ERRORS[name] + "\n",
        "one.py": "import streamlit as st\nst.text('one')\n",
    })
    assert [e for e in observed[0]["elements"] if e[0] == "exception"], "expected an error"


PAGE_PROPERTIES = {
    "app.py": """
        import streamlit as st

        def first_page():
            st.text("first")

        file_page = st.Page("12_🎈_My page.py", help="  Shows\\n  things")
        callable_page = st.Page(first_page, icon=":material/home:")
        external = st.Page("https://example.com/a", title="Ext Docs")
        hidden = st.Page(lambda: st.text("hidden"), title="Secret", url_path="secret",
                         visibility="hidden")
        pg = st.navigation([callable_page, file_page, external, hidden], position="top",
                           expanded=2)
        for page in (file_page, callable_page, external, hidden):
            st.text(repr((page.title, page.icon, page.url_path, page.is_external,
                          page.external_url, page.visibility, page.help)))
        st.page_link(hidden)
        st.page_link(external, help="elsewhere")
        if st.button("Secret"):
            st.switch_page(hidden)
        pg.run()
        """,
    "12_🎈_My page.py": "import streamlit as st\nst.text('mine')\n",
}


def test_page_titles_icons_url_paths_and_hidden_pages_are_streamlits(tmp_path):
    observed = assert_same(tmp_path, PAGE_PROPERTIES, [click("Secret"), rerun])
    texts = [e[1] for e in observed[0]["elements"] if e[0] == "text"]
    assert "('My page', '🎈', 'My_page', False, None, 'visible', 'Shows\\nthings')" in texts
    assert ("text", "hidden") in observed[1]["elements"]


def test_a_page_switch_by_a_page_the_navigation_lacks_shows_the_default_page(tmp_path):
    assert_same(tmp_path, {"app.py": """
        import streamlit as st
        def f(): st.text("f")
        def g(): st.text("g")
        st.navigation([f]).run()
        if "switched" not in st.session_state:
            st.session_state.switched = True
            st.switch_page(st.Page(g))
        """}, [rerun])


def test_switch_page_query_params_and_callbacks_as_streamlits_apptest(tmp_path):
    assert_same(tmp_path, {
        "app.py": """
            import streamlit as st
            def f():
                st.text("f " + str(st.query_params.to_dict()))
                if st.button("With params"):
                    st.switch_page("one.py", query_params={"a": "1"})
                st.button("In a callback", on_click=lambda: st.switch_page("one.py"))
            st.navigation([f, st.Page("one.py")]).run()
            """,
        "one.py": "import streamlit as st\nst.text('one ' + str(st.query_params.to_dict()))\n",
    }, [click("With params"), rerun, switch_as_tester("app.py")])
    # (In AppTest a callback's switch cannot see the pages: its own error.)
    assert_same(tmp_path / "cb", {
        "app.py": """
            import streamlit as st
            def f():
                st.button("In a callback", on_click=lambda: st.switch_page("one.py"))
            st.navigation([f, st.Page("one.py")]).run()
            """,
        "one.py": "import streamlit as st\nst.text('one')\n",
    }, [click("In a callback")])


def _function_app() -> None:
    import streamlit as st

    def overview() -> None:
        st.title("Overview")
        if st.button("Details"):
            st.switch_page(details)

    def details_page() -> None:
        st.title("Details")
        st.slider("Level", 0, 10, 3, key="level")

    details = st.Page(details_page, title="Details")
    st.navigation({"": [overview], "More": [details]}, position="hidden").run()


def test_from_function_with_a_navigation_of_callables():
    runs = []
    for backend in ("streamlit", "streamlit_cell"):
        at = app_test_class(backend).from_function(_function_app).run()
        seen = [snapshot(at).elements]
        next(b for b in at.button if b.label == "Details").click().run()
        seen.append(snapshot(at).elements)
        at.slider(key="level").set_value(7).run()
        seen.append((snapshot(at).elements, snapshot(at).state))
        runs.append(seen)
    assert runs[1] == runs[0]
    assert ("title", "Details") in runs[0][1]


def test_page_link_node_repr_is_streamlits(tmp_path):
    main_script = write_app(tmp_path, {"app.py": """
        import streamlit as st
        st.page_link("https://example.com", label="Docs")
        """})
    reprs = [repr(app_test_class(backend).from_file(str(main_script)).run().page_link[0])
             for backend in ("streamlit", "streamlit_cell")]
    assert reprs[1] == reprs[0] == "PageLink()"


def test_a_fragment_on_a_page_keeps_its_widgets_in_a_fragment_run(tmp_path):
    assert_same(tmp_path, {"app.py": """
        import streamlit as st

        def counter():
            @st.fragment
            def part():
                st.checkbox("In the fragment")
                if st.button("Fragment button"):
                    st.session_state.clicks = st.session_state.get("clicks", 0) + 1
                st.text(f"clicks {st.session_state.get('clicks', 0)}")
            part()

        def other():
            st.text("other")

        st.navigation([counter, other]).run()
        """}, [check_first_checkbox, click("Fragment button"), click("Fragment button")])


def check_first_checkbox(at):
    at.checkbox[0].check()


def test_streamlit_navigation_page_module_path(tmp_path):
    assert_same(tmp_path, {"app.py": """
        import streamlit as st
        from streamlit.navigation.page import StreamlitPage

        def home():
            st.text("home")

        page = st.Page(home)
        st.text(str(isinstance(page, StreamlitPage)) + " " + str(st.Page is StreamlitPage))
        st.navigation([page]).run()
        """})
