"""Charts (st.line_chart ... st.plotly_chart) and media (st.image, st.audio,
st.video) in the core, against Streamlit's AppTest.

Streamlit's AppTest shows charts and players as bare nodes, so the
differential cases compare what it can: the page's node types in order and
every error (class and message). The built-in charts are compared more
closely: the Vega-Lite spec we build must equal the one Streamlit sends to
its front end, and its data the rows Streamlit sends beside it.

Differences kept on purpose (each pinned below):

* ``on_select`` other than "ignore" raises StreamlitNotSupportedInNotebookError
  (Streamlit's chart selections need its front end); invalid values still
  raise Streamlit's StreamlitValueError.
* ``st.image`` of an unsupported type (an int, a file object) raises
  StreamlitInvalidParameterTypeError naming ``image``; Streamlit fails with an
  AttributeError from deep inside.
* ``/app/static/...`` URLs raise StreamlitNotSupportedInNotebookError (no
  static file server in a notebook).
* ``st.pyplot`` does not call ``plt.ioff()`` (the kernel's pyplot state is the
  user's) and drops the shown figure from pyplot's figure list, as the
  notebook's inline backend does with every figure it shows.
* Image values are the image URL, or a data URL of the image's bytes where
  Streamlit's AppTest gives a media-server URL.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
import re
import sys
import textwrap

import numpy as np
import pytest

from support.differential import (
    Batch,
    Snapshot,
    app_test_class,
    assert_same,
    exception_type,
    rerun,
    snapshot,
)

PRELUDE = """
import io, pathlib
import numpy as np
import pandas as pd
import altair as alt
df = pd.DataFrame({"a": [1, 2, 3], "b": [4.5, 5, 6], "c": ["x", "y", "x"], "d.e": [1, 2, 3]})
dates = pd.DataFrame({"when": pd.date_range("2024-01-01", periods=3), "v": [1, 2, 3]})
pixels = np.zeros((4, 6, 3), dtype=np.uint8)
"""


def our_app(script: str):
    from streamlit_cell.testing import AppTest

    return AppTest.from_string(textwrap.dedent(script)).run()


def real_app(script: str):
    from streamlit.testing.v1 import AppTest

    return AppTest.from_string(textwrap.dedent(script)).run(timeout=30)


# -------------------------------------------------------- node types, errors
CASES = [
    # built-in charts
    'st.line_chart(df)',
    'st.line_chart(df, x="a", y=["b", "d.e"], color=["#f00", (0, 0, 255)])',
    'st.bar_chart(df, x="c", y="a", horizontal=True, stack=False, color="c")',
    'st.area_chart(df, x="a", y="b", stack="center")',
    'st.scatter_chart(df, x="a", y="b", size="a", color="c")',
    'st.line_chart(None)',
    'st.line_chart({"x": [1, 2], "y": [3, 4]}, x="x")',
    'st.line_chart(df, x="zz")',
    'st.line_chart(df, y=["a", "zz"])',
    'st.line_chart(df, x=5)',
    'st.bar_chart(df, stack="up")',
    'st.area_chart(df, stack=1)',
    'st.bar_chart(df, sort="-zz")',
    'st.line_chart(df, color=["#f00"])',
    'st.line_chart(df, color="notacolor")',
    'st.scatter_chart(df, size="big")',
    'st.line_chart(df, width="wide")',
    'st.line_chart(df, height=-1)',
    'st.line_chart(df, width=0)',
    'st.line_chart(df, x_label=5)',
    # altair, vega-lite
    'st.altair_chart(alt.Chart(df).mark_point().encode(x="a", y="b"))',
    'st.altair_chart(alt.Chart(df).mark_line(), theme="dark")',
    'st.altair_chart(alt.Chart(df).mark_line(), on_select="bad")',
    'st.altair_chart(alt.Chart(df).mark_line(), height="tall")',
    'st.vega_lite_chart(df, {"mark": "bar", "encoding": {"x": {"field": "a"}}})',
    'st.vega_lite_chart({"mark": "bar", "data": {"values": [{"a": 1}]}})',
    'st.vega_lite_chart(df)',
    'st.vega_lite_chart(df, {})',
    'st.vega_lite_chart(df, {"mark": "bar"}, theme=None, width=300, height=200)',
    'st.vega_lite_chart(df, {"mark": "bar"}, use_container_width=False)',
    # pyplot, plotly
    'st.pyplot(None)',
    'st.pyplot()',
    'st.plotly_chart({"data": [{"type": "bar", "y": [1, 2]}]})',
    'st.plotly_chart({"data": [{"type": "bar", "y": [1]}]}); '
    'st.plotly_chart({"data": [{"type": "bar", "y": [1]}]})',
    'st.plotly_chart({"data": [{"type": "bar", "y": [1]}]}, key="p"); '
    'st.plotly_chart({"data": [{"type": "bar", "y": [2]}]}, key="p")',
    'st.plotly_chart({"data": [{"type": "bar", "y": [1]}]}, theme="x")',
    'st.plotly_chart({"data": [{"type": "bar", "y": [1]}]}, on_select="sometimes")',
    'st.plotly_chart({"data": [{"type": "bar", "y": [1]}]}, width=-5)',
    'st.plotly_chart(5)',
    'st.plotly_chart({"data": []})',
    # images
    'st.image(pixels, caption="c")',
    'st.image([pixels, pixels], caption=["one", "two"])',
    'st.image(np.stack([pixels, pixels]))',
    'st.image("https://example.com/cat.png")',
    'st.image("<svg xmlns=\'http://www.w3.org/2000/svg\'><rect/></svg>")',
    'st.image(pixels, use_column_width=True)',
    'st.image(pixels, use_container_width=True)',
    'st.image(pixels, output_format="BMP")',
    'st.image(pixels, channels="BGR")',
    'st.image(pixels, alt="a black box", link="https://example.com")',
    'st.image(pixels.astype(float) / 2, clamp=True)',
    'st.image("nonexistent.png")',
    'st.image("<svg><rect/></svg>")',
    'st.image(np.zeros((2, 2, 3)) - 1)',
    'st.image(np.zeros((2, 2)) + 300)',
    'st.image(np.zeros((2, 2, 2)))',
    'st.image(np.zeros((2,)))',
    'st.image(np.zeros((2, 2)), channels="BGR")',
    'st.image([pixels] * 2, caption="one")',
    'st.image([pixels] * 2, link="https://example.com")',
    'st.image([pixels] * 2, alt="one")',
    'st.image([pixels] * 2, alt=["one"])',
    'st.image(pixels, width="big")',
    'st.image(pixels, width=True)',
    'st.image()',
    # audio, video
    'st.audio(b"RIFF")',
    'st.audio(np.sin(np.linspace(0, 100, 800)), sample_rate=8000)',
    'st.audio("https://example.com/a.mp3", format="audio/mpeg", start_time="2s")',
    'st.audio(None)',
    'st.audio(b"x", sample_rate=44100)',
    'st.audio(b"x", start_time=5, end_time=2)',
    'st.audio("nonexistent.wav")',
    'st.audio(5)',
    'st.audio(np.zeros(10))',
    'st.audio(np.zeros((2, 2, 2)), sample_rate=10)',
    'st.audio(b"x", width=0)',
    'st.audio(b"x", width="content")',
    'st.audio(b"x", autoplay=True); st.audio(b"x", autoplay=True)',
    'st.audio(b"x", autoplay=True); st.audio(b"y", autoplay=True)',
    'st.video(b"x")',
    'st.video(b"x", start_time=-1)',
    'st.video(b"x", start_time="abc")',
    'st.video(b"x", start_time=None)',
    'st.video(b"x", start_time=5, end_time=3)',
    'st.video(b"x", end_time="zz")',
    'st.video(b"x", start_time=1.7, end_time=datetime.timedelta(seconds=3))',
    'st.video("https://youtu.be/_T8LGqJtuGc", start_time=3)',
    'st.video("https://youtu.be/_T8LGqJtuGc", subtitles="WEBVTT")',
    'st.video(b"x", subtitles="WEBVTT\\n\\n00:00.000 --> 00:01.000\\nhi")',
    'st.video(b"x", subtitles={"English": "1\\n00:00:00,000 --> 00:00:01,000\\nhi", '
    '"French": b"WEBVTT"})',
    'st.video(b"x", subtitles=5)',
    'st.video(b"x", subtitles="garbage")',
    'st.video(b"x", subtitles=pathlib.Path("nonexistent.vtt"))',
    'st.video(b"x", width="content")',
    'st.video(b"x", autoplay=True, muted=True); st.video(b"x", autoplay=True)',
    'st.video(io.BytesIO(b"v"))',
    'st.video(io.BytesIO(b"v"), loop=True, alt="   ")',
]

class SlowBatch(Batch):
    """A batch run once, with time for Streamlit to build a hundred charts
    (its AppTest's default timeout is 3 s)."""

    @functools.cache
    def snapshots(self, backend: str) -> list[Snapshot]:
        at = app_test_class(backend).from_string(self.script, default_timeout=120)
        return [snapshot(at.run())]


BATCH = SlowBatch(CASES, prelude=PRELUDE)


@pytest.mark.parametrize("number", range(len(CASES)), ids=CASES)
def test_charts_and_media_like_streamlit(number):
    BATCH.assert_case_same(number)


def test_the_whole_page_like_streamlit():
    BATCH.assert_same()


def test_an_unchanged_rerun_keeps_every_chart_and_media_element():
    assert_same(PRELUDE + """
import streamlit as st
st.line_chart(df)
st.altair_chart(alt.Chart(df).mark_point().encode(x="a", y="b"))
st.image(pixels)
st.audio(b"x", autoplay=True)
st.plotly_chart({"data": [{"type": "bar", "y": [1]}]}, key="p")
st.button("again")
""", [rerun, rerun])


# -------------------------------------------------- Vega-Lite specs and data
SPEC_CASES = [
    'st.line_chart(df[["a", "b"]])',
    'st.line_chart(df, x="a", y="b")',
    'st.line_chart(df, x="a", y=["b", "d.e"], color=["#f00", (0, 0, 255)])',
    'st.line_chart(df, x="a", y="b", color="blue")',
    'st.line_chart(dates, x="when", y="v", width=300, height=200)',
    'st.line_chart(None)',
    'st.line_chart({"x": [1, 2], "y": [3, 4]})',
    'st.line_chart(pd.Series([3, 1, 2], name="s"))',
    'st.line_chart(np.arange(6).reshape(3, 2))',
    'st.bar_chart(df, x="c", y="a", horizontal=True)',
    'st.bar_chart(df, x="c", y="a", stack=False, color="c")',
    'st.bar_chart(df, x="c", y=["a", "b"], stack="layered")',
    'st.bar_chart(df, x="c", y="a", sort="-b")',
    'st.bar_chart(df, x="c", y="a", sort=False, y_label="A", x_label="C")',
    'st.bar_chart(df.set_index("c")[["a"]])',
    'st.bar_chart(dates, x="when", y="v")',
    'st.area_chart(df, x="a", y=["b"], stack="normalize")',
    'st.area_chart(df, x="a", y=["a", "b"])',
    'st.scatter_chart(df, x="a", y="b", size="a", color="c")',
    'st.scatter_chart(df, x="a", y="b", size=20, color="red", x_label="X", y_label="Y")',
    'st.scatter_chart(df.assign(col=["#f00", "#0f0", "#00f"]), x="a", y="b", color="col")',
    'st.vega_lite_chart(df, {"mark": "bar", "encoding": {"x": {"field": "a", '
    '"type": "quantitative"}, "color": {"field": "c", "title": None}}})',
    'st.vega_lite_chart({"data": {"values": df}, "mark": "point", "facet": {"field": "c"}})',
    'st.altair_chart(alt.Chart(df).mark_point().encode(x="a", y="b").properties(title="t")'
    ' | alt.Chart(df).mark_point().encode(x="a", y="b"))',
    'st.altair_chart(alt.Chart(df).mark_point().encode(x="a", y="b")'
    '.add_params(alt.selection_interval()))',
    'st.altair_chart(alt.Chart(df).mark_point().encode(x="a", y="b"), '
    'use_container_width=True)',
]


def _normalized_spec(spec: str) -> dict:
    """A spec with its dataset names replaced by their order of appearance
    (Streamlit names datasets by their Arrow bytes, Altair by their JSON)."""
    names = list(dict.fromkeys(re.findall(r'"(data-[0-9a-f]+|[0-9a-f]{32})"', spec)))
    for number, name in enumerate(names):
        spec = spec.replace(name, f"dataset-{number}")
    return json.loads(spec)


def _streamlit_rows(proto) -> list[list[dict]]:
    import pyarrow as pa

    def rows(arrow_bytes: bytes) -> list[dict]:
        table = pa.ipc.open_stream(arrow_bytes).read_all()
        # Vega-Lite reads our dates as ISO strings; Streamlit's are Arrow timestamps.
        return [{k: v.isoformat() if isinstance(v, dt.datetime) else v for k, v in row.items()}
                for row in table.to_pylist()]

    datasets = [rows(dataset.data.data) for dataset in proto.datasets]
    return datasets + ([rows(proto.data.data)] if proto.data.data else [])


@pytest.mark.parametrize("case", SPEC_CASES)
def test_the_vega_lite_spec_and_data_are_streamlits(case):
    script = f"import streamlit as st\n{PRELUDE}\n{case}\n"
    real, ours = real_app(script), our_app(script)
    assert not real.exception and not ours.exception
    expected = real.get("vega_lite_chart")[0].proto
    actual = ours.vega_lite_chart[0].proto
    assert _normalized_spec(actual.spec) == _normalized_spec(expected.spec)
    our_rows = list(actual.datasets.values()) + (
        [actual.data_values] if actual.data_values is not None else [])
    assert [[{k: v.removesuffix(".000") if isinstance(v, str) else v for k, v in row.items()}
             for row in rows] for rows in our_rows] == _streamlit_rows(expected)


def test_a_built_in_chart_spec_is_the_same_on_every_rerun():
    # Altair numbers its selections with a process-wide counter; the spec is
    # stabilised so a rerun shows the same chart.
    at = our_app(f"import streamlit as st\n{PRELUDE}\nst.line_chart(df)\nst.line_chart(df)")
    first = [n.proto.spec for n in at.vega_lite_chart]
    at.run()
    assert [n.proto.spec for n in at.vega_lite_chart] == first
    assert '"param_1"' in first[0] and first[0] == first[1]


def test_chart_data_has_no_row_limit():
    # Altair refuses more than 5000 inline rows by default; Streamlit has no limit.
    at = our_app("import streamlit as st\nimport pandas as pd\n"
                 "st.line_chart(pd.DataFrame({'y': range(6000)}))")
    assert not at.exception
    (rows,) = at.vega_lite_chart[0].proto.datasets.values()
    assert len(rows) == 6000


def test_chart_sizes_and_theme_are_kept_for_the_renderer():
    at = our_app(f"""import streamlit as st
{PRELUDE}
st.bar_chart(df, width=300, height=200)
st.vega_lite_chart(df, {{"mark": "bar"}}, theme=None, width="content")
st.vega_lite_chart(df, {{"mark": "bar", "hconcat": []}})
st.line_chart(df, alt="  Two series  ")
""")
    props = [n.proto for n in at.vega_lite_chart]
    assert [(p.width, p.height, p.theme) for p in props] == [
        (300, 200, "streamlit"), ("content", "content", ""), ("content", "content", "streamlit"),
        ("stretch", "content", "streamlit")]
    assert props[3].alt == "Two series"
    assert props[1].data_values[0] == {"a": 1, "b": 4.5, "c": "x", "d.e": 1}


# ------------------------------------------------------------- divergences
@pytest.mark.parametrize("call", [
    'st.altair_chart(alt.Chart(df).mark_point().add_params(alt.selection_point()), '
    'on_select="rerun")',
    'st.vega_lite_chart(df, {"mark": "bar"}, on_select=lambda: None)',
    'st.plotly_chart({"data": [{"type": "bar", "y": [1]}]}, on_select="rerun")',
])
def test_chart_selections_say_what_to_do_instead(call):
    at = our_app(f"import streamlit as st\n{PRELUDE}\n{call}")
    (error,) = at.exception
    assert exception_type(error) == "StreamlitNotSupportedInNotebookError"
    assert "on_select" in error.message and "filters the data" in error.message


def test_an_unsupported_image_type_names_the_argument():
    at = our_app("import streamlit as st\nst.image(5)")
    (error,) = at.exception
    assert exception_type(error) == "StreamlitInvalidParameterTypeError"
    assert "Invalid `image` type" in error.message and "Provided type: int" in error.message


def test_bytes_that_are_not_an_image_name_the_argument():
    # Pillow's class, as in Streamlit, but a message that says what was wrong
    # (Pillow's shows only the address of a buffer).
    at = our_app('import streamlit as st\nst.image(b"not an image")')
    (error,) = at.exception
    assert exception_type(error) == "UnidentifiedImageError"
    assert "`image`" in error.message and "0x" not in error.message


def test_static_file_urls_cannot_be_served_by_a_notebook():
    at = our_app('import streamlit as st\nst.image("/app/static/cat.png")')
    (error,) = at.exception
    assert exception_type(error) == "StreamlitNotSupportedInNotebookError"
    assert "file's path" in error.message


@pytest.mark.parametrize("module, call, install", [
    ("altair", "st.line_chart({'a': [1]})", "pip install altair pandas"),
    ("altair", "st.bar_chart({'a': [1]})", "pip install altair pandas"),
    ("plotly", "st.plotly_chart({'data': []})", "pip install plotly"),
    ("matplotlib", "st.pyplot(object())", "pip install matplotlib"),
    ("PIL", "st.image(b'png')", "pip install pillow"),
])
def test_a_missing_library_names_the_packages_to_install(monkeypatch, module, call, install):
    for name in list(sys.modules):
        if name == module or name.startswith(module + "."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, module, None)  # makes `import module` fail
    at = our_app(f"import streamlit as st\n{call}")
    (error,) = at.exception
    assert exception_type(error) == "StreamlitAPIException"
    # The packages on PyPI: "streamlit-cell[...]" is not on PyPI.
    assert f"`{install}`" in error.message
    assert "streamlit-cell" not in error.message
    assert f"`{module}`" in error.message


# -------------------------------------------------------------------- pyplot
PYPLOT = """
import matplotlib
import matplotlib.pyplot as plt
import streamlit as st
fig, ax = plt.subplots()
ax.plot([1, 2, 3])
st.pyplot(fig, alt="rising")
ax.plot([3, 2, 1])  # the figure is still the user's to use
st.pyplot(fig, clear_figure=True)
st.text(f"{len(fig.axes)} {plt.get_fignums()}")
"""


def test_pyplot_shows_a_png_and_leaves_pyplot_as_it_was():
    import matplotlib

    backend, interactive = matplotlib.get_backend(), matplotlib.is_interactive()
    at = our_app(PYPLOT)
    assert not at.exception
    first, second = at.image
    assert first.proto.imgs[0].data.startswith(b"\x89PNG")
    assert first.proto.imgs[0].alt == "rising" and first.proto.width == "stretch"
    assert first.proto.imgs[0].data != second.proto.imgs[0].data  # drawn again after ax.plot
    assert first.value[0].startswith("data:image/png;base64,")
    # cleared after showing; released from pyplot's figure list (not closed for the user)
    assert at.text[0].value == "0 []"
    assert (matplotlib.get_backend(), matplotlib.is_interactive()) == (backend, interactive)


def test_pyplot_of_a_figure_made_without_pyplot():
    at = our_app("""
import streamlit as st
from matplotlib.figure import Figure
fig = Figure(figsize=(2, 1))
fig.subplots().bar([1, 2], [3, 4])
st.pyplot(fig, width=100)
""")
    (image,) = at.image
    from PIL import Image

    picture = Image.open(io.BytesIO(image.proto.imgs[0].data))
    assert picture.format == "PNG" and picture.width == 100  # scaled to the given width


def test_pyplot_savefig_arguments_warn_as_in_streamlit():
    script = ("import streamlit as st\nfrom matplotlib.figure import Figure\n"
              "fig = Figure()\nfig.subplots()\nst.pyplot(fig, transparent=True)\n")
    snaps = assert_same(script)
    assert [kind[0] for kind in snaps[0].elements] == ["main", "warning", "image", "sidebar"]


def test_pyplot_svg_output():
    at = our_app("import streamlit as st\nfrom matplotlib.figure import Figure\n"
                 "fig = Figure()\nfig.subplots()\nst.pyplot(fig, format='svg')\n")
    item = at.image[0].proto.imgs[0]
    assert item.mimetype == "image/svg+xml" and b"<svg" in item.data


# -------------------------------------------------------------------- plotly
def test_plotly_chart_keeps_the_figure_json_and_config():
    script = """
import streamlit as st
import plotly.graph_objects as go
fig = go.Figure(go.Scatter(x=[1, 2], y=[3, 4], name="line"))
fig.update_layout(width=500)
st.plotly_chart(fig, config={"scrollZoom": False}, width="content")
st.plotly_chart(fig, height=300, key="second")
"""
    real, ours = real_app(script), our_app(script)
    ours_protos = [n.proto for n in ours.plotly_chart]
    real_protos = [n.proto for n in real.get("plotly_chart")]
    assert [json.loads(p.spec) for p in ours_protos] == [json.loads(p.spec) for p in real_protos]
    assert [json.loads(p.config) for p in ours_protos] == [{"scrollZoom": False}, {}]
    assert [(p.width, p.height) for p in ours_protos] == [(500, 450), ("stretch", 300)]


# -------------------------------------------------------------------- images
@pytest.fixture
def image_files(tmp_path):
    from PIL import Image

    png = tmp_path / "dot.png"
    Image.new("RGBA", (3, 2), (255, 0, 0, 128)).save(png)
    gif = tmp_path / "anim.gif"
    Image.new("P", (2, 2)).save(gif)
    svg = tmp_path / "shape.svg"
    svg.write_text("<svg viewBox='0 0 2 2'><circle r='1'/></svg>")
    return {"png": png, "gif": gif, "svg": svg}


def test_images_from_every_kind_of_source(image_files):
    at = our_app(f"""
import io, pathlib
import numpy as np
import streamlit as st
from PIL import Image
st.image(np.full((2, 3), 200, dtype=np.uint8))
st.image(Image.new("RGB", (4, 4), "blue"))
st.image(Image.new("RGBA", (4, 4)))
st.image({str(image_files['png'])!r})
st.image(pathlib.Path({str(image_files['gif'])!r}))
st.image({str(image_files['svg'])!r})
st.image(io.BytesIO(pathlib.Path({str(image_files['png'])!r}).read_bytes()))
st.image("https://example.com/cat.png", caption="a *cat*")
st.image(np.zeros((2, 2, 3)), output_format="png")
""")
    assert not at.exception
    items = [node.proto.imgs[0] for node in at.image]
    assert [item.mimetype for item in items] == [
        "image/jpeg", "image/jpeg", "image/png", "image/png", "image/gif", "image/svg+xml",
        "image/png", "", "image/png"]
    assert items[3].data == image_files["png"].read_bytes()  # already PNG: kept as it is
    assert b'xmlns="http://www.w3.org/2000/svg"' in items[5].data  # added, as Streamlit does
    assert items[7].url == "https://example.com/cat.png" and items[7].data is None
    assert at.image[7].value == ["https://example.com/cat.png"]
    assert at.image[7].captions == ["a *cat*"]


def test_wide_images_are_scaled_to_the_width_they_are_shown_at():
    at = our_app("""
import numpy as np
import streamlit as st
big = np.zeros((10, 2000, 3), dtype=np.uint8)
st.image(big)
st.image(big, width=400)
st.image(np.zeros((10, 300, 3), dtype=np.uint8), width=400)
""")
    from PIL import Image

    widths = [Image.open(io.BytesIO(n.proto.imgs[0].data)).width for n in at.image]
    assert widths == [1460, 400, 300]


def test_bgr_channels_and_clamping():
    at = our_app("""
import numpy as np
import streamlit as st
blue_in_bgr = np.zeros((2, 2, 3), dtype=np.uint8)
blue_in_bgr[..., 0] = 255
st.image(blue_in_bgr, channels="bgr", output_format="PNG")
st.image(np.full((2, 2), 2.0), clamp=True, output_format="PNG")
""")
    from PIL import Image

    bgr, clamped = (Image.open(io.BytesIO(n.proto.imgs[0].data)) for n in at.image)
    assert bgr.getpixel((0, 0)) == (0, 0, 255)
    assert clamped.getpixel((0, 0)) == 255


def test_image_lists_pair_captions_and_alt_texts():
    at = our_app("""
import numpy as np
import streamlit as st
px = np.zeros((2, 2), dtype=np.uint8)
st.image([px, px, px], caption=np.array(["a", "b", "c"]), alt=["first", None, ""])
""")
    (node,) = at.image
    assert node.captions == ["a", "b", "c"]
    assert [item.alt for item in node.proto.imgs] == ["first", None, ""]


# ------------------------------------------------------------ audio / video
def test_audio_sources(tmp_path):
    sound = tmp_path / "s.wav"
    sound.write_bytes(b"RIFFdata")
    at = our_app(f"""
import io, pathlib
import numpy as np
import streamlit as st
st.audio({str(sound)!r})
st.audio(pathlib.Path({str(sound)!r}), format="audio/x-wav", start_time="1m", end_time=90)
st.audio(np.array([[0.0, 1.0], [-1.0, 0.5]]), sample_rate=100, loop=True)
st.audio(open({str(sound)!r}, "rb"))
st.audio("https://example.com/a.ogg", autoplay=True)
""")
    assert not at.exception
    props = [n.proto for n in at.audio]
    assert props[0].media_bytes == b"RIFFdata" and props[0].url is None
    assert (props[1].format, props[1].start_time, props[1].end_time) == ("audio/x-wav", 60, 90)
    import wave

    with wave.open(io.BytesIO(props[2].media_bytes)) as wav:
        assert (wav.getnchannels(), wav.getframerate(), wav.getnframes()) == (2, 100, 2)
        assert np.frombuffer(wav.readframes(2), dtype=np.int16).tolist() == [0, -32767, 32767,
                                                                              16383]
    assert props[2].loop
    assert props[3].media_bytes == b"RIFFdata"
    assert props[4].url == "https://example.com/a.ogg" and props[4].autoplay


def test_video_sources_youtube_and_subtitles():
    at = our_app("""
import streamlit as st
st.video("https://www.youtube.com/watch?v=_T8LGqJtuGc", start_time=5, muted=True)
st.video(b"mp4", subtitles={"English": "1\\n00:00:01,500 --> 00:00:02,000\\nHello",
                            "": b"WEBVTT"})
""")
    youtube, native = (n.proto for n in at.video)
    assert youtube.youtube and youtube.url == "https://www.youtube.com/embed/_T8LGqJtuGc"
    assert youtube.muted and youtube.start_time == 5
    assert native.subtitles == [
        ("English", b"WEBVTT\n\n1\n00:00:01.500 --> 00:00:02.000\nHello"), ("", b"WEBVTT")]


def test_vega_lite_records_are_read_as_a_table():
    # As Streamlit reads data through a DataFrame: a missing key is null and
    # NumPy values are plain numbers, so the rows are JSON for the front end.
    at = our_app("""
import numpy as np
import streamlit as st
st.vega_lite_chart([{"a": np.int64(1), "b": 2.5}, {"a": 2}], {"mark": "point"})
""")
    rows = at.vega_lite_chart[0].proto.data_values
    assert rows == [{"a": 1, "b": 2.5}, {"a": 2, "b": None}]
    assert json.dumps(rows)
