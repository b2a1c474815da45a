"""Multipage apps in the notebook: the menu of ``st.navigation`` as
link-styled buttons (sidebar or a bar above the app, the current page
highlighted), ``st.page_link`` as a link-styled button; clicking either
reruns the app on the new page, in place. The current page is the app's own
(per cell), kept in the kernel."""

from __future__ import annotations

import textwrap
from pathlib import Path

import ipywidgets as w

from support.ui import find_all, front_end_clicks, front_end_sets, session_state, text, walk
from streamlit_cell.notebook import magics as magic

SIDEBAR_APP = """
import streamlit as st

def start():
    st.title("Start page")
    st.checkbox("Keep me", key="keep")
    st.page_link(details, label="Open details")

def details_page():
    st.title("Details page")

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
details = st.Page(details_page, title="Details", icon="🔎")
pg = st.navigation({"Main": [st.Page(start, title="Start")], "More": [details]})
pg.run()
"""


def nav_buttons(app) -> dict[str, w.Button]:
    return {b.description: b for b in walk(app.navigation_view.widget) if isinstance(b, w.Button)}


def current(app) -> list[str]:
    return [d for d, b in nav_buttons(app).items() if "stc-page-current" in b._dom_classes]


def test_the_sidebar_menu_switches_page_in_place(run_cell):
    app = run_cell(SIDEBAR_APP)
    assert app.body.children[0] is app.sidebar_box          # the sidebar shows the menu
    assert "Main" in text(app.sidebar_box) and "More" in text(app.sidebar_box)
    buttons = nav_buttons(app)
    assert list(buttons) == ["Start", "🔎 Details"] and current(app) == ["Start"]
    assert "Start page" in text(app.main_view.widget)
    front_end_sets(find_all(app, w.Checkbox)[0], value=True)
    assert session_state()["keep"] is True

    front_end_clicks(buttons["🔎 Details"])

    assert "Details page" in text(app.main_view.widget)
    assert "Start page" not in text(app.main_view.widget)
    assert current(app) == ["🔎 Details"]
    assert nav_buttons(app) == buttons                       # the same widgets, updated
    assert "keep" not in session_state()                     # not drawn: cleaned up
    assert session_state()["runs"] == 3                      # user state kept
    assert app.runner.pages.current_page_hash == app.result.navigation.current_page_hash


def test_re_executing_the_cell_keeps_its_page(run_cell):
    app = run_cell(SIDEBAR_APP)
    front_end_clicks(nav_buttons(app)["🔎 Details"])
    again = run_cell(SIDEBAR_APP.replace("Details page", "Details, edited"))
    assert again is not app
    assert "Details, edited" in text(again.main_view.widget)
    assert current(again) == ["🔎 Details"]


def test_a_page_link_switches_page(run_cell):
    app = run_cell(SIDEBAR_APP)
    link = next(b for b in find_all(app.main_view.widget, w.Button)
                if b.description == "🔎 Open details")
    assert "stc-page-link" in link._dom_classes
    front_end_clicks(link)
    assert "Details page" in text(app.main_view.widget)
    assert current(app) == ["🔎 Details"]


def test_switch_page_in_a_callback_sees_the_last_runs_pages(run_cell):
    """In a notebook, as under `streamlit run`, the pages stay registered
    between runs (Streamlit's AppTest forgets them: see tests/core)."""
    app = run_cell(textwrap.dedent("""
        import streamlit as st
        def home():
            st.title("Home")
            st.button("Go", on_click=lambda: st.switch_page(other))
        def other_page():
            st.title("Other")
        other = st.Page(other_page)
        st.navigation([home, other]).run()
        """))
    front_end_clicks(next(b for b in find_all(app.main_view.widget, w.Button)
                          if b.description == "Go"))
    assert "Other" in text(app.main_view.widget)
    assert app.result.exception is None


def test_top_and_hidden_menus(run_cell):
    app = run_cell(textwrap.dedent("""
        import streamlit as st
        def a(): st.text("page a")
        def b(): st.text("page b")
        pos = st.session_state.get("pos", "top")
        st.navigation([a, b], position=pos).run()
        """), key="top")
    assert app.top_bar.layout.display is None
    assert app.navigation_view.widget in app.top_bar.children
    assert app.body.children == (app.main_view.widget,)      # no sidebar for a top menu
    front_end_clicks(nav_buttons(app)["b"])
    assert "page b" in text(app.main_view.widget)
    session_state()["pos"] = "hidden"
    app.rerun_clicked()
    assert app.top_bar.layout.display == "none" and nav_buttons(app) == {}
    assert "page b" in text(app.main_view.widget)             # still on page b


def test_each_cell_keeps_its_own_page(run_cell):
    source = textwrap.dedent("""
        import streamlit as st
        def one(): st.text("one")
        def two(): st.text("two")
        st.navigation([one, two]).run()
        """)
    first = run_cell(source, key="first")
    second = run_cell(source, key="second")
    front_end_clicks(nav_buttons(first)["two"])
    assert "two" in text(first.main_view.widget)
    assert "one" in text(second.main_view.widget)


def test_the_menu_collapses_long_lists_as_streamlits(run_cell):
    """Streamlit's front end: with other elements in the sidebar, more than
    10 + 2 pages show 10 and a "View more" button (``expanded=n``: n + 2, n)."""
    def app_of(count: int, sidebar: bool, expanded: str = "False", key: str = "nav"):
        pages = "\n".join(f"def p{i}(): st.text('page {i}')" for i in range(count))
        return run_cell(f"import streamlit as st\n{pages}\n"
                        + ("st.sidebar.text('filters')\n" if sidebar else "")
                        + f"st.navigation([{', '.join(f'p{i}' for i in range(count))}], "
                        f"expanded={expanded}).run()", key=key)
    assert len(nav_buttons(app_of(13, sidebar=False))) == 13
    assert len(nav_buttons(app_of(12, sidebar=True))) == 12
    assert len(nav_buttons(app_of(13, sidebar=True, expanded="True"))) == 13
    app = app_of(13, sidebar=True)
    more = nav_buttons(app)["View 3 more"]
    assert len(nav_buttons(app)) == 11
    front_end_clicks(more)
    assert len(nav_buttons(app)) == 13 and "p12" in nav_buttons(app)
    assert list(nav_buttons(app_of(6, sidebar=True, expanded="3")))[-1] == "View 3 more"


def test_an_unchanged_rerun_sends_nothing_for_the_menu(run_cell, comm_log):
    app = run_cell(SIDEBAR_APP)
    comm_log.clear()
    app.rerun_clicked()
    menu_ids = {widget.model_id for widget in walk(app.navigation_view.widget)}
    assert not [m for m in comm_log.updates() if m.comm_id in menu_ids]


def test_run_magic_with_a_pages_folder(shell, tmp_path: Path):
    project = tmp_path / "proj"
    (project / "pages").mkdir(parents=True)
    (project / "app.py").write_text(textwrap.dedent("""
        import streamlit as st
        st.title("Main of the project")
        """))
    (project / "pages" / "2_Charts.py").write_text("import streamlit as st\nst.title('Charts')\n")
    (project / "pages" / "1_📊_Data_view.py").write_text(
        "import streamlit as st\nst.title('Data ' + __file__.rsplit('/', 1)[-1])\n")
    shell.run_line_magic("streamlit_cell", f"run {project / 'app.py'}")
    app = list(magic.registry().apps.values())[-1]
    assert list(nav_buttons(app)) == ["app", "📊 Data view", "Charts"]
    assert "Main of the project" in text(app.main_view.widget)
    front_end_clicks(nav_buttons(app)["📊 Data view"])
    assert "Data 1_📊_Data_view.py" in text(app.main_view.widget)
    assert current(app) == ["📊 Data view"]


def test_a_fragment_on_a_page_reruns_alone_and_keeps_its_widgets(run_cell):
    app = run_cell(textwrap.dedent("""
        import streamlit as st
        def page_one():
            @st.fragment
            def part():
                on = st.checkbox("Fragment box")
                st.text(f"box is {on}")
            part()
        def page_two():
            st.text("two")
        st.navigation([page_one, page_two]).run()
        """), key="fragment")
    box = find_all(app.main_view.widget, w.Checkbox)[0]
    front_end_sets(box, value=True)
    assert app.result.fragment_ids                       # only the fragment ran
    assert "box is True" in text(app.main_view.widget)
    front_end_sets(box, value=False)
    assert "box is False" in text(app.main_view.widget)


def test_a_cells_page_files_are_relative_to_the_working_folder(run_cell, tmp_path, monkeypatch):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "report.py").write_text(
        "import streamlit as st\nst.title('Report file ' + __file__.rsplit('/', 1)[-1])\n")
    (tmp_path / "pages" / "other.py").write_text("import streamlit as st\nst.title('Other')\n")
    monkeypatch.chdir(tmp_path)
    app = run_cell(textwrap.dedent("""
        import streamlit as st
        def home():
            st.title("Cell home")
            if st.button("Open report"):
                st.switch_page("pages/report.py")
        st.navigation([home, st.Page("pages/report.py")]).run()
        """), key="files")
    # (a pages/ folder in the working folder does not make a cell a v1 app)
    assert list(nav_buttons(app)) == ["home", "report"]
    front_end_clicks(next(b for b in find_all(app.main_view.widget, w.Button)
                          if b.description == "Open report"))
    assert "Report file report.py" in text(app.main_view.widget)
    assert current(app) == ["report"]
