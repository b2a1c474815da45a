"""st.map / st.pydeck_chart / st.graphviz_chart / st.mermaid_chart /
st.echarts_chart and st.dialog: the elements (AppTest) and the widgets."""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

import ipywidgets as w
import pytest

from support.ui import button, find_all, front_end_clicks, front_end_sets, text
from streamlit_cell.runtime.errors import StreamlitAPIException, StreamlitNotSupportedInNotebookError
from streamlit_cell.testing import AppTest

MAP_DATA = """
import pandas as pd
df = pd.DataFrame({"lat": [10.0, 12.0], "lon": [20.0, 21.0], "c": ["#ff0000", "#00ff00"]})
"""


def _at(script: str) -> AppTest:
    return AppTest.from_string(script).run()


def _deck_json(at: AppTest) -> dict:
    (node,) = [n for n in _nodes(at) if n.type == "deck_gl_json_chart"]
    return json.loads(node.proto.json)


def _kids(node) -> list:
    children = node.children
    return list(children.values()) if isinstance(children, dict) else list(children)


def _nodes(at: AppTest):
    # Iterating an AppTest yields every node, blocks' children included, as
    # Streamlit's element tree does.
    return list(at)


# ---------------------------------------------------------------------- map
def test_map_builds_streamlits_deck_json():
    at = _at(MAP_DATA + "st.map(df, color='c', size=50)")
    spec = _deck_json(at)
    assert spec["initialViewState"] == {"latitude": 11.0, "longitude": 20.5, "pitch": 0,
                                        "zoom": 7}
    (layer,) = spec["layers"]
    assert layer["getPosition"] == "@@=[lon, lat]"
    assert layer["getFillColor"] == "@@=c" and layer["getRadius"] == 50
    assert layer["data"][0]["c"] == [255, 0, 0, 255]


def test_map_matches_real_streamlit_json():
    from streamlit.elements.map import to_deckgl_json as real

    import pandas as pd
    from streamlit_cell.elements.maps_and_diagrams import to_deckgl_json

    df = pd.DataFrame({"LAT": [1.0, 1.5, 2.0], "longitude": [3.0, 3.2, 3.1], "s": [1, 2, 3]})
    for args in [(None, None, None, None, None), (None, None, "s", (0.5, 0.2, 0.1), 4),
                 (None, None, 7, "#abc", None)]:
        assert json.loads(to_deckgl_json(df, *args)) == json.loads(real(df, *args))
    assert to_deckgl_json(None, None, None, None, None, None) == real(None, None, None, None, None, None)


@pytest.mark.parametrize("script, message", [
    (MAP_DATA + "st.map(df.rename(columns={'lat': 'y'}))", "must contain a latitude column"),
    (MAP_DATA + "df.loc[0, 'lat'] = None\nst.map(df)", "not allowed to contain null values"),
    (MAP_DATA + "st.map(df, color='lat')", 'Column "lat" does not appear to contain valid colors'),
])
def test_map_errors_are_streamlits(script, message):
    at = _at(script)
    assert message in at.exception[0].message


def map_pages(app) -> list:
    from streamlit_cell.render.sandboxed_page import sandboxed_page_class

    return find_all(app, sandboxed_page_class())


def test_map_draws_its_page_with_deck_gl_from_pydeck_and_rerun_sends_nothing(run_cell, comm_log):
    app = run_cell(MAP_DATA + "st.map(df)\nst.map(df, zoom=3)\nst.button('go')")
    first, second = map_pages(app)
    page = first.page
    assert "createDeck" in page and "ScatterplotLayer" in page
    assert "[255, 75, 75, 255]" in page  # "primary" as Streamlit's front end draws it
    assert "https://" not in page.replace("https://basemaps.cartocdn.com", "")  # no CDN script
    assert first.library == second.library == "deck.gl"  # a name, not 4 MB of state
    assert first.height == "500px" and first.width == "100%"
    comm_log.clear()
    front_end_clicks(button(app, "go"))
    assert not [m for m in comm_log.updates()
                if m.comm_id in (first.comm.comm_id, second.comm.comm_id)]


def test_the_library_is_sent_on_request_as_a_buffer(run_cell, monkeypatch):
    import pydeck

    app = run_cell(MAP_DATA + "st.map(df)")
    (page,) = map_pages(app)
    sent: list = []
    monkeypatch.setattr(page, "send", lambda content, buffers=None: sent.append((content, buffers)))
    for crafted in ({"type": "stc-library-request", "name": "../../etc/passwd"}, {"x": 1}, [1]):
        page._handle_custom_msg(crafted, [])
    assert sent == []  # only a known library is ever read or sent
    page._handle_custom_msg({"type": "stc-library-request", "name": "deck.gl"}, [])
    ((content, buffers),) = sent
    assert content == {"type": "stc-library", "name": "deck.gl"}
    bundle = Path(pydeck.__file__).parent / "nbextension" / "static" / "index.js"
    assert buffers == [bundle.read_bytes()] and b"createDeck" in buffers[0]


def test_a_maps_page_escapes_script_endings_in_its_data(run_cell):
    app = run_cell("""
import pydeck as pdk
st.pydeck_chart(pdk.Deck(layers=[pdk.Layer("TextLayer", data=[{"t": "</script><b>x"}],
                                            get_text="t", get_position=[0, 0])]))
""")
    (page,) = map_pages(app)
    assert "</script><b>" not in page.page and "<\\/script><b>x" in page.page


# ------------------------------------------------------------------ pydeck
def test_pydeck_chart_element_and_selection_not_supported(run_cell):
    script = """
import pydeck as pdk
deck = pdk.Deck(layers=[pdk.Layer("ScatterplotLayer", data=[{"a": 1}], get_position="[a, a]",
                                  id="pts")], tooltip={"text": "hi"})
st.pydeck_chart(deck)
"""
    at = _at(script)
    (node,) = [n for n in _nodes(at) if n.type == "deck_gl_json_chart"]
    assert json.loads(node.proto.json)["layers"][0]["id"] == "pts"
    assert json.loads(node.proto.tooltip) == {"text": "hi"}
    at = _at(script.replace("st.pydeck_chart(deck)", "st.pydeck_chart(deck, on_select='rerun')"))
    assert "not supported in a notebook" in at.exception[0].message
    at = _at(script.replace("st.pydeck_chart(deck)", "st.pydeck_chart(deck, on_select='x')"))
    assert "on_select" in at.exception[0].message
    app = run_cell(script)
    (page,) = map_pages(app)
    assert "pts" in page.page


# ---------------------------------------------------------------- graphviz
def test_graphviz_chart_element_and_type_check():
    at = _at("st.graphviz_chart('digraph { a -> b }')")
    (node,) = [n for n in _nodes(at) if n.type == "graphviz_chart"]
    assert node.proto.spec == "digraph { a -> b }" and node.proto.engine == "dot"
    at = _at("st.graphviz_chart(3)")
    assert "figure_or_dot" in at.exception[0].message


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz's dot is not installed")
def test_graphviz_chart_is_svg_from_dot(run_cell):
    app = run_cell("st.graphviz_chart('digraph { alpha -> beta }')")
    (chart,) = [h for h in find_all(app, w.HTML) if "<svg" in h.value]
    assert "alpha" in chart.value and "beta" in chart.value


def test_graphviz_chart_is_drawn_again_only_when_its_source_changes(run_cell, comm_log,
                                                                     monkeypatch):
    from streamlit_cell.render import maps_views

    drawn: list[str] = []
    real_svg = maps_views.graphviz_svg
    monkeypatch.setattr(maps_views, "graphviz_svg",
                        lambda source, engine: drawn.append(source) or real_svg(source, engine))
    app = run_cell("""
if "target" not in st.session_state:
    st.session_state.target = "beta"
st.graphviz_chart("digraph { alpha -> " + st.session_state.target + " }")
st.button("again")
def retarget():
    st.session_state.target = "gamma"
st.button("retarget", on_click=retarget)
""")
    (chart,) = [h for h in find_all(app, w.HTML) if "<svg" in h.value]
    assert len(drawn) == 1
    comm_log.clear()
    front_end_clicks(button(app, "again"))
    assert len(drawn) == 1  # an unchanged graph is not drawn again
    assert not [m for m in comm_log.updates() if m.comm_id == chart.comm.comm_id]
    front_end_clicks(button(app, "retarget"))
    assert len(drawn) == 2 and "gamma" in chart.value


def test_graphviz_without_dot_says_how_to_install(run_cell, monkeypatch):
    from streamlit_cell.render import maps_views

    maps_views.graphviz_svg.cache_clear()
    monkeypatch.setattr(maps_views.shutil, "which", lambda name: None)
    app = run_cell("st.graphviz_chart('digraph { x -> y }')")
    maps_views.graphviz_svg.cache_clear()
    assert "apt-get install graphviz" in text(app)


def test_graphviz_in_the_browser_says_dot_cannot_run_there(run_cell, monkeypatch):
    from streamlit_cell.render import maps_views

    maps_views.graphviz_svg.cache_clear()
    monkeypatch.setattr(maps_views.sys, "platform", "emscripten")
    monkeypatch.setattr(maps_views.subprocess, "run", lambda *a, **k: pytest.fail("ran dot"))
    app = run_cell("st.graphviz_chart('digraph { x -> y }')")
    maps_views.graphviz_svg.cache_clear()
    assert "cannot run in the browser (Pyodide, JupyterLite)" in text(app)


# ----------------------------------------------------------------- mermaid
def test_mermaid_chart_is_markdown_for_apptest_and_mermaid_mime_in_notebook(run_cell):
    at = _at("st.mermaid_chart('graph TD; A-->B', alt='Two boxes')")
    (node,) = at.markdown
    assert node.value == "````mermaid\n%% stAlt: Two boxes\ngraph TD; A-->B\n````"
    app = run_cell("st.mermaid_chart('graph TD; A-->B')")
    (output,) = [o for o in find_all(app, w.Output) if o.outputs]
    assert output.outputs[0]["data"]["text/vnd.mermaid"] == "graph TD; A-->B"


def test_echarts_chart_checks_its_arguments_like_streamlit():
    at = _at("st.echarts_chart({}, renderer='webgl')")
    assert "renderer" in at.exception[0].message
    at = _at("st.echarts_chart('{not json')")
    assert "could not be parsed as JSON" in at.exception[0].message
    at = _at("st.echarts_chart({'series': [{'data': [float('nan')]}]})")
    assert "not JSON-serializable" in at.exception[0].message
    at = _at("st.echarts_chart({'series': []}, on_select='rerun')")
    assert "not supported in a notebook" in at.exception[0].message


def test_echarts_chart_draws_the_option_in_a_sandboxed_iframe(run_cell, comm_log):
    app = run_cell("""
import pandas as pd
frame = pd.DataFrame({"day": ["Mon", "Tue"], "sales": [3, 5]})
st.echarts_chart({"dataset": {"source": frame}, "xAxis": {"type": "category"},
                  "yAxis": {}, "series": [{"type": "bar", "name": "</script>"}]},
                 renderer="svg")
st.button("again")
""")
    (chart,) = [h for h in find_all(app, w.HTML) if "stc-echarts_chart" in h._dom_classes]
    assert chart.value.startswith('<iframe sandbox="allow-scripts" srcdoc=')
    page = html.unescape(chart.value.split('srcdoc="', 1)[1].split('" title=', 1)[0])
    option = json.loads(page.split("chart.setOption(", 1)[1].split(");window", 1)[0]
                        .replace("<\\/", "</"))
    assert option["dataset"]["source"] == [["day", "sales"], ["Mon", 3], ["Tue", 5]]
    assert '{renderer: "svg"}' in page
    assert "</script>" not in page.split("chart.setOption(", 1)[1].split(");window", 1)[0]
    before = len(comm_log)
    front_end_clicks(button(app, "again"))
    assert comm_log[before:] == []  # an unchanged chart sends nothing


# ------------------------------------------------------------------ dialog
DIALOG = """
@st.dialog("Vote")
def vote(item):
    st.write(f"Why {item}?")
    reason = st.text_input("Because...")
    if st.button("Submit"):
        st.session_state.vote = {"item": item, "reason": reason}
        st.rerun()

st.write("top")
if "vote" not in st.session_state:
    if st.button("A"):
        vote("A")
else:
    st.write(f"You voted {st.session_state.vote['item']}: {st.session_state.vote['reason']}")
"""


def test_dialog_tree_is_streamlits():
    at = AppTest.from_string(DIALOG).run()
    at.button[0].click().run()
    event = at[2]
    (dialog,) = _kids(event)
    assert dialog.type == "dialog"
    (container,) = _kids(dialog)
    assert container.type == "flex_container"
    assert [n.type for n in _kids(container)] == ["markdown", "text_input", "button"]


@pytest.mark.parametrize("script, message", [
    ("@st.dialog('A')\ndef a(x):\n    st.write(x)\na(1)\na(2)", "multiple `dialog` elements"),
    ("@st.dialog('A')\ndef a():\n    pass\n@st.dialog('B')\ndef b():\n    pass\na()\nb()",
     "Only one dialog is allowed"),
    ("@st.dialog('A')\ndef a():\n    pass\n@st.dialog('B')\ndef b():\n    a()\nb()",
     "Dialogs may not be nested"),
    ("@st.dialog('A', width='huge')\ndef a():\n    pass\na()", "width"),
])
def test_dialog_errors_are_streamlits(script, message):
    at = _at(script)
    assert message in at.exception[0].message


def test_dialog_without_title_raises():
    from streamlit_cell import api as st

    with pytest.raises(StreamlitAPIException, match="title"):
        st.dialog(lambda: None)


def test_dialog_in_notebook_stays_open_across_its_own_runs_and_closes_on_rerun(run_cell):
    app = run_cell(DIALOG)
    front_end_clicks(button(app, "A"))
    assert "Why A?" in text(app.event_view.widget)
    (reason,) = [t for t in find_all(app.event_view.widget, w.Text)]
    front_end_sets(reason, value="fun")  # a fragment run: the dialog stays
    assert "Why A?" in text(app.event_view.widget)
    front_end_clicks(button(app.event_view.widget, "Submit"))
    assert app.event_view.widget.children == ()
    assert "You voted A: fun" in text(app)


def test_dialog_dismiss_ignore_hides_without_a_run_and_rerun_mode_reruns(run_cell):
    app = run_cell(DIALOG)
    front_end_clicks(button(app, "A"))
    runs = app.runner.last_result
    front_end_clicks(button(app.event_view.widget, "✕"))
    (dialog_box,) = app.event_view.widget.children
    assert dialog_box.layout.display == "none" and app.runner.last_result is runs
    app = run_cell("""
st.session_state.setdefault("dismissed", 0)
def on_dismiss():
    st.session_state.dismissed += 1
@st.dialog("D", on_dismiss=on_dismiss)
def d():
    st.write("inside")
if st.session_state.dismissed == 0:
    d()
st.write(f"dismissed {st.session_state.dismissed}")
""", key="cell2")
    assert "inside" in text(app.event_view.widget)
    front_end_clicks(button(app.event_view.widget, "✕"))
    assert "dismissed 1" in text(app) and app.event_view.widget.children == ()
