"""What a run shows besides elements: sanitised HTML, print()/display()
output, and errors in place."""

from __future__ import annotations

from html.parser import HTMLParser

import ipywidgets as w
import pytest
from IPython.core.error import UsageError

from support.ui import button, find, find_all, html_containing, html_values, is_closed, session_state, text
from streamlit_cell.notebook.magics import registry


class _ActiveContent(HTMLParser):
    """Collects what a browser would execute: script tags, on* handlers, javascript: URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "iframe", "object", "embed"):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag} {name}")
            if value and value.strip().lower().startswith("javascript:"):
                self.found.append(f"{tag} {name}={value}")


def active_content(fragment: str) -> list[str]:
    parser = _ActiveContent()
    parser.feed(fragment)
    return parser.found


def test_markdown_is_sanitised(sanitiser, run_cell):
    app = run_cell("""
st.markdown('<img src=x onerror=alert(1)>')
st.markdown('[link](javascript:alert(2)) <script>alert(3)</script>')
st.caption('<a href="x" onclick="alert(4)">c</a>')
st.write('<img src=y onerror=alert(5)>')
st.title('<img src=z onerror=alert(6)>')
st.error('<img src=w onerror=alert(7)>')
st.markdown('<svg onload=alert(8)></svg> <iframe src="javascript:alert(9)"></iframe>')
""")
    shown = html_values(app)
    assert len(shown) == 7
    assert [active_content(fragment) for fragment in shown] == [[]] * 7


def test_unsafe_allow_html_is_the_scripts_own_html_without_script(sanitiser, run_cell):
    # Markup and styles are the script's own; scripts never run (render/sanitise.py).
    app = run_cell("st.markdown('<img src=x onerror=alert(1) style=\"width: 3px\">', "
                   "unsafe_allow_html=True)")
    shown = html_containing(app, "<img").value
    assert active_content(shown) == [] and 'style="width: 3px"' in shown


def test_print_and_display_go_to_the_output_area_and_are_replaced_each_run(run_cell):
    app = run_cell("""
from IPython.display import display, Markdown
if "count" not in st.session_state:
    st.session_state.count = 0
st.button("Increment", on_click=lambda: st.session_state.__setitem__("count", st.session_state.count + 1))
print("count is", st.session_state.count)
display(Markdown(f"**count {st.session_state.count}**"))
""")
    assert app.output.outputs[0] == {"output_type": "stream", "name": "stdout",
                                     "text": "count is 0\n"}
    assert app.output.outputs[1]["output_type"] == "display_data"
    assert app.output.outputs[1]["data"]["text/markdown"] == "**count 0**"
    button(app, "Increment").click()
    assert len(app.output.outputs) == 2
    assert app.output.outputs[0]["text"] == "count is 1\n"
    assert app.output.outputs[1]["data"]["text/markdown"] == "**count 1**"


def test_unchanged_output_sends_no_message(run_cell, comm_log):
    app = run_cell("""
print("always the same")
st.checkbox("Tick")
""")
    comm_log.clear()
    find(app, w.Checkbox, "Tick").value = True
    assert app.output.outputs[0]["text"] == "always the same\n"
    assert [m for m in comm_log if m.comm_id == app.output.model_id] == []


def test_stderr_is_captured_too(run_cell):
    app = run_cell("import sys\nprint('careful', file=sys.stderr)")
    assert app.output.outputs == ({"output_type": "stream", "name": "stderr",
                                   "text": "careful\n"},)


def test_an_uncaught_exception_shows_in_place_and_the_next_interaction_runs(run_cell):
    app = run_cell("""
st.write("above")
fail = st.checkbox("Fail", value=True)
if fail:
    raise ValueError("the cell broke")
st.write("below")
""")
    checkbox = find(app, w.Checkbox, "Fail")
    error = html_containing(app, "the cell broke")
    assert "ValueError" in error.value
    assert "Traceback" in error.value
    assert 'raise ValueError("the cell broke")' in text(error)  # the cell's own line
    assert "streamlit_cell/" not in error.value  # only the user's frames
    assert "below" not in text(app)
    assert list(app.main_view.widget.children).index(error) == 2  # in place, below the widgets

    checkbox.value = False
    assert find(app, w.Checkbox, "Fail") is checkbox
    assert is_closed(error)
    assert "below" in text(app) and "the cell broke" not in text(app)

    checkbox.value = True
    assert "the cell broke" in text(app)


def test_an_exception_in_a_callback_is_shown_and_a_later_run_recovers(run_cell):
    app = run_cell("""
def explode():
    raise KeyError("from the callback")
st.button("Explode", on_click=explode)
st.write("body ran")
""")
    button(app, "Explode").click()
    # As in Streamlit, the body does not run after a failing callback.
    assert "from the callback" in text(app) and "body ran" not in text(app)
    assert 'raise KeyError("from the callback")' in text(html_containing(app, "KeyError"))
    app.run()
    assert "from the callback" not in text(app) and "body ran" in text(app)


def test_a_syntax_error_raises_usage_error_and_leaves_the_previous_app(shell, run_cell):
    app = run_cell('st.button("Keep me")')
    keep = button(app, "Keep me")
    with pytest.raises(UsageError, match="not valid Python"):
        shell.run_cell_magic("streamlit_cell", "--key cell", "st.button('x'\n")
    assert registry().apps["cell"] is app
    assert not app.closed and not is_closed(keep)
    keep.click()
    assert app.result.exception is None
