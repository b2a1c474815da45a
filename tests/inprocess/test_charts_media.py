"""Charts and media in a notebook: what the widgets hold, what a rerun sends.

Vega-Lite and Plotly charts are Output widgets holding the standard MIME
bundle; pyplot figures and image bytes are Image widgets; audio/video bytes
are Audio/Video widgets, or escaped HTML players where those widgets cannot
honour an argument.
"""

from __future__ import annotations

import base64
import io
import wave

import ipywidgets as w
import pytest

from support.ui import find, find_all, front_end_sets, is_closed, session_state, text

VEGA_LITE = "application/vnd.vegalite.v5+json"
PLOTLY = "application/vnd.plotly.v1+json"

DATA = """
import pandas as pd
df = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]})
"""


def bundles(app) -> list[dict]:
    """The MIME bundle shown by each Output widget of the app."""
    found = []
    for output in find_all(app, w.Output):
        if output.outputs:
            (shown,) = output.outputs
            assert shown["output_type"] == "display_data"
            found.append(shown["data"])
    return found


def vega_specs(app) -> list[dict]:
    return [bundle[VEGA_LITE] for bundle in bundles(app) if VEGA_LITE in bundle]


def chart_rows(spec: dict) -> list[dict]:
    """The rows of a spec's single dataset (or its inline values)."""
    if "datasets" in spec:
        (rows,) = spec["datasets"].values()
        return rows
    return spec["data"]["values"]


# -------------------------------------------------------------------- vega
def test_line_chart_is_a_vega_lite_bundle_with_its_data_and_streamlits_encodings(run_cell):
    app = run_cell(DATA + "st.line_chart(df)")
    (spec,) = vega_specs(app)
    assert spec["$schema"] == "https://vega.github.io/schema/vega-lite/v5.json"
    line, detection, highlight = spec["layer"]
    assert line["mark"] == {"type": "line"}
    encoding = line["encoding"]
    assert encoding["x"]["field"] == "index -- streamlit-generated"
    assert encoding["x"]["title"] == ""  # no title for the index, as in Streamlit
    assert encoding["y"]["field"] == "value -- streamlit-generated"
    assert encoding["color"]["field"] == "color -- streamlit-generated"
    assert spec["params"][0]["select"]["nearest"] is True  # the hover layer
    rows = chart_rows(spec)
    assert {"index -- streamlit-generated": 2, "color -- streamlit-generated": "b",
            "value -- streamlit-generated": 6} in rows
    assert len(rows) == 6  # melted: 3 rows x 2 columns
    # Sized for the notebook: a width in pixels (never "container", which
    # makes the front ends' renderer resize in a loop), Streamlit's height.
    # Until the page measured the chart's place: Streamlit's centered content
    # width, 704 px, less the 38 px of vega-embed's actions menu.
    assert (spec["width"], spec["height"]) == (704 - 38, 350)
    assert spec["autosize"] == {"type": "fit", "contains": "padding"}


@pytest.mark.parametrize("call, mark", [
    ('st.bar_chart(df, x="a", y="b")', "bar"),
    ('st.area_chart(df, x="a", y="b")', "area"),
    ('st.scatter_chart(df, x="a", y="b", size="b")', "circle"),
    ('st.altair_chart(alt.Chart(df).mark_tick().encode(x="a", y="b"))', "tick"),
])
def test_every_vega_lite_chart_renders_its_mark_and_data(run_cell, call, mark):
    app = run_cell(DATA + "import altair as alt\n" + call)
    (spec,) = vega_specs(app)
    assert spec["mark"]["type"] == mark
    assert spec["encoding"]["x"]["field"] == "a" and spec["encoding"]["y"]["field"] == "b"
    assert chart_rows(spec) == [{"a": 1, "b": 4}, {"a": 2, "b": 5}, {"a": 3, "b": 6}]


def test_vega_lite_chart_gets_its_data_and_sizes(run_cell):
    app = run_cell(DATA + """
st.vega_lite_chart(df, {"mark": "point", "encoding": {"x": {"field": "a"}}},
                   width=250, height=120, alt="Points of a")
st.bar_chart(df, width="content")
""")
    points, bars = vega_specs(app)
    assert points["data"] == {"values": [{"a": 1, "b": 4}, {"a": 2, "b": 5}, {"a": 3, "b": 6}]}
    assert (points["width"], points["height"]) == (250, 120)
    assert points["description"] == "Points of a"  # Vega-Lite's accessible name
    assert "width" not in bars  # content width: Vega-Lite's own
    assert bundles(app)[0]["text/plain"] == "<Vega-Lite chart: Points of a>"


def test_an_unchanged_rerun_sends_nothing_and_changed_data_one_message(run_cell, comm_log):
    app = run_cell(DATA + """
import altair as alt
n = st.number_input("n", value=3)
st.line_chart(df.head(int(n)))
st.altair_chart(alt.Chart(df).mark_point().encode(x="a", y="b"))
""")
    line_output, altair_output = find_all(app, w.Output)[:2]
    comm_log.clear()
    app.run()
    assert list(comm_log) == []
    front_end_sets(find(app, w.IntText), value=2)
    changed = [m for m in comm_log.updates() if m.comm_id == line_output.model_id]
    assert len(changed) == 1 and set(changed[0].state) == {"outputs"}
    assert not [m for m in comm_log if m.comm_id == altair_output.model_id]
    assert len(chart_rows(vega_specs(app)[0])) == 4  # two rows, two series


def chart_probes(app) -> list:
    from streamlit_cell.render.width_probe import width_probe_class

    return find_all(app, width_probe_class())


def test_a_stretched_chart_is_redrawn_at_the_width_its_place_measures(run_cell, comm_log):
    app = run_cell(DATA + """
import altair as alt
st.session_state["runs"] = st.session_state.get("runs", 0) + 1
st.line_chart(df)
st.altair_chart(alt.Chart(df).mark_point().encode(x="a", y="b"))
st.bar_chart(df, width=300)
""")
    line_probe, altair_probe, fixed_probe = chart_probes(app)
    line_output, altair_output, fixed_output = find_all(app, w.Output)[:3]
    comm_log.clear()
    front_end_sets(line_probe, width=1000)  # the browser measured the place
    line, altair, fixed = vega_specs(app)
    assert line["width"] == 1000 - 38
    # One message (ipywidgets' echo of the probe's own update aside): the
    # line chart's new spec; no other chart changes, the script is not rerun.
    changed = [m.comm_id for m in comm_log.updates() if m.comm_id != line_probe.model_id]
    assert changed == [line_output.model_id]
    assert session_state()["runs"] == 1
    # A place measured as 0 is a hidden one (a closed expander): keep drawing.
    front_end_sets(altair_probe, width=0)
    assert vega_specs(app)[1]["width"] == 704 - 38
    front_end_sets(altair_probe, width=480)
    assert vega_specs(app)[1]["width"] == 480 - 38
    front_end_sets(fixed_probe, width=480)  # a chart the user sized keeps its size
    assert vega_specs(app)[2]["width"] == 300
    comm_log.clear()
    app.run()
    assert list(comm_log) == []  # a rerun keeps the measured widths, sends nothing
    assert [spec["width"] for spec in vega_specs(app)] == [962, 442, 300]


def test_a_new_chart_starts_from_the_width_last_measured_in_its_app(run_cell):
    app = run_cell(DATA + """
n = st.number_input("charts", value=1)
for i in range(int(n)):
    st.line_chart(df)
""")
    front_end_sets(chart_probes(app)[0], width=900)
    front_end_sets(find(app, w.IntText), value=2)
    assert [spec["width"] for spec in vega_specs(app)] == [900 - 38, 900 - 38]


def test_a_stretched_plotly_chart_follows_its_measured_place(run_cell):
    app = run_cell("""
import plotly.graph_objects as go
st.plotly_chart(go.Figure(go.Bar(x=["a", "b"], y=[3, 4])))
st.plotly_chart(go.Figure(go.Bar(x=["a", "b"], y=[3, 4])), width=500)
""")
    stretched, fixed = chart_probes(app)
    front_end_sets(stretched, width=820)
    front_end_sets(fixed, width=820)
    widths = [bundle[PLOTLY]["layout"]["width"] for bundle in bundles(app)]
    assert widths == [820, 500]


def test_closing_a_chart_closes_its_probe_and_output(run_cell):
    app = run_cell(DATA + """
show = st.checkbox("show", value=True)
if show:
    st.line_chart(df)
""")
    (probe,) = chart_probes(app)
    output = find_all(app, w.Output)[0]
    front_end_sets(find(app, w.Checkbox), value=False)
    assert is_closed(probe) and is_closed(output)


def test_chart_errors_show_in_place(run_cell):
    app = run_cell(DATA + 'st.text("before")\nst.line_chart(df, x="zz")')
    # The message is Markdown: the column name shows as code.
    assert 'Data does not have a column named "zz"' in " ".join(text(app).split(" ."))
    assert "before" in text(app)


# ------------------------------------------------------------------ plotly
def test_plotly_chart_is_a_plotly_bundle_with_an_html_fallback(run_cell, comm_log):
    app = run_cell("""
import plotly.graph_objects as go
fig = go.Figure(go.Bar(x=["a", "b"], y=[3, 4]))
st.plotly_chart(fig, config={"displayModeBar": False}, height=300)
""")
    (bundle,) = bundles(app)
    figure = bundle[PLOTLY]
    assert figure["data"][0]["type"] == "bar" and figure["data"][0]["y"] == [3, 4]
    # Stretched: as wide as its place (before a measurement, Streamlit's 704 px).
    assert figure["layout"]["width"] == 704 and figure["layout"]["height"] == 300
    assert figure["config"] == {"displayModeBar": False}
    html = bundle["text/html"]
    assert "cdn.plot.ly" in html and '"displayModeBar": false' in html
    comm_log.clear()
    app.run()
    assert list(comm_log) == []  # the fallback's div id is the same on a rerun


# ------------------------------------------------------------------ pyplot
PYPLOT = """
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(3, 2))
ax.plot([1, 3, 2])
st.pyplot(fig)
"""


def test_pyplot_is_a_png_image_widget_and_leaves_pyplot_alone(run_cell, comm_log):
    import matplotlib

    backend = matplotlib.get_backend()
    app = run_cell(PYPLOT)
    image = find(app, w.Image)
    assert image.format == "png" and bytes(image.value).startswith(b"\x89PNG")
    assert image.layout.width == "100%"  # width="stretch"
    import matplotlib.pyplot as plt

    # Released from pyplot like the inline backend releases shown figures, so
    # it is not shown a second time below the app, nor kept across reruns.
    assert plt.get_fignums() == []
    assert matplotlib.get_backend() == backend
    comm_log.clear()
    app.run()
    assert list(comm_log) == []  # the same figure draws the same PNG


# ------------------------------------------------------------------ images
def test_image_bytes_are_an_image_widget_with_a_sanitised_caption(run_cell):
    app = run_cell("""
import numpy as np
st.image(np.zeros((4, 6, 3), dtype=np.uint8), caption="<script>alert(1)</script>**cat**",
         width=120)
""")
    image = find(app, w.Image)
    assert image.format == "jpeg" and bytes(image.value).startswith(b"\xff\xd8")
    assert image.layout.width == "120px"
    (caption,) = [h for h in find_all(app, w.HTML) if "cat" in h.value]
    assert "<strong>cat</strong>" in caption.value and "<script" not in caption.value


def test_image_urls_alt_and_links_are_escaped_html(run_cell):
    app = run_cell("""
import numpy as np
st.image('https://example.com/a".png')
st.image(np.zeros((2, 2), dtype=np.uint8), alt='a "dark" square', link="https://example.com")
st.image("https://example.com/b.png", link="javascript:alert(1)")
""")
    url_img, linked, unsafe_link = (h.value for h in find_all(app, w.HTML) if "<img" in h.value)
    assert 'src="https://example.com/a&quot;.png"' in url_img
    assert 'alt="a &quot;dark&quot; square"' in linked
    assert 'src="data:image/jpeg;base64,' in linked
    assert '<a href="https://example.com" target="_blank"' in linked
    assert "javascript" not in unsafe_link and "<a " not in unsafe_link
    assert not find_all(app, w.Image)


def test_a_list_of_images_wraps_in_a_row(run_cell, comm_log):
    app = run_cell("""
import numpy as np
n = st.number_input("n", value=3)
st.image([np.zeros((2, 2), dtype=np.uint8)] * int(n), caption=[f"#{i}" for i in range(int(n))])
""")
    (row,) = [box for box in find_all(app, w.HBox) if box.layout.flex_flow == "row wrap"]
    images = find_all(app, w.Image)
    assert [item.children[0] for item in row.children] == images and len(images) == 3
    comm_log.clear()
    front_end_sets(find(app, w.IntText), value=2)
    assert find_all(app, w.Image) == images[:2]  # the first two reused in place
    assert is_closed(images[2]) and not is_closed(images[0])
    assert not [m for m in comm_log if m.comm_id in (images[0].model_id, images[1].model_id)]


# ------------------------------------------------------------- audio/video
def test_audio_bytes_and_numpy_are_audio_widgets(run_cell, tmp_path):
    sound = tmp_path / "beep.wav"
    sound.write_bytes(b"RIFF....WAVE")
    app = run_cell(f"""
import numpy as np
st.audio({str(sound)!r})
st.audio(np.sin(np.linspace(0, 6, 80)), sample_rate=8000, loop=True)
""")
    from_file, from_numpy = find_all(app, w.Audio)
    assert bytes(from_file.value) == b"RIFF....WAVE" and from_file.format == "wav"
    assert from_file.autoplay is False and from_file.loop is False and from_file.controls
    with wave.open(io.BytesIO(bytes(from_numpy.value))) as wav:
        assert (wav.getframerate(), wav.getnframes()) == (8000, 80)
    assert from_numpy.loop is True


def test_players_that_need_html(run_cell):
    app = run_cell("""
st.audio(b"RIFF", start_time=2, end_time=5)
st.video("https://example.com/v.mp4", autoplay=True, muted=True, width=320)
st.video("https://youtu.be/_T8LGqJtuGc", start_time=7, loop=True)
st.video(b"mp4", subtitles="1\\n00:00:01,000 --> 00:00:02,000\\nHi", alt="Intro")
""")
    audio, url_video, youtube, subtitled = (h.value for h in find_all(app, w.HTML)
                                            if "controls" in h.value or "<iframe" in h.value)
    assert audio.startswith("<audio controls src=\"data:audio/wav;base64,UklGRg==#t=2,5\"")
    assert 'src="https://example.com/v.mp4"' in url_video
    assert " autoplay muted" in url_video and "width: 320px" in url_video
    assert ('<iframe src="https://www.youtube.com/embed/_T8LGqJtuGc?start=7&amp;loop=1'
            '&amp;playlist=_T8LGqJtuGc"') in youtube
    vtt = base64.b64encode(b"WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nHi").decode()
    assert f'src="data:text/vtt;base64,{vtt}" default>' in subtitled
    assert 'aria-label="Intro"' in subtitled
    assert not find_all(app, (w.Audio, w.Video))


def test_a_player_that_changes_kind_is_replaced(run_cell):
    app = run_cell("""
start = st.number_input("start", value=0)
st.video(b"mp4", start_time=int(start))
""")
    video = find(app, w.Video)
    assert bytes(video.value) == b"mp4" and video.format == "mp4"
    front_end_sets(find(app, w.IntText), value=4)
    assert is_closed(video) and not find_all(app, w.Video)
    assert any("#t=4" in h.value for h in find_all(app, w.HTML))


def test_with_the_inline_backend_the_figure_is_not_shown_again_below_the_app(shell, run_cell,
                                                                              monkeypatch):
    import matplotlib
    import matplotlib.pyplot as plt
    from matplotlib_inline.backend_inline import configure_inline_support, flush_figures

    # What `%matplotlib inline` does in a kernel (a bare shell has no GUI hooks).
    previous, was_interactive = plt.get_backend(), matplotlib.is_interactive()
    inline = "module://matplotlib_inline.backend_inline"
    plt.switch_backend(inline)
    matplotlib.interactive(True)
    configure_inline_support(shell, inline)
    published: list[dict] = []
    monkeypatch.setattr(shell.display_pub, "publish",
                        lambda data, *args, **kwargs: published.append(data))
    try:
        app = run_cell(PYPLOT)  # post_execute runs the inline backend's flush
        app.run()  # a rerun (no cell execution) leaves no figure behind either
        shell.run_cell("1 + 1")
    finally:
        shell.events.unregister("post_execute", flush_figures)
        plt.switch_backend(previous)
        matplotlib.interactive(was_interactive)
    assert find(app, w.Image).format == "png"
    assert not [data for data in published if "image/png" in data]
