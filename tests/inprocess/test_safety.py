"""One sanitising policy (``render/sanitise.py``) for every renderer that
takes text, HTML, SVG or a URL; bounded work and memory for huge input.

What a script, a data set or a viewer supplies is shown, but nothing of it
runs: no script, event handler, ``javascript:``/``data:text/html`` URL,
``srcdoc``, form action or same-origin page. ``st.html(...,
unsafe_allow_javascript=True)`` is the one way to run script.
"""

from __future__ import annotations

import http.server
import re
import shutil
import threading
import time
from html.parser import HTMLParser

import ipywidgets as w
import pytest

from streamlit_cell.render import html_cleaner
from support.sanitisers import sanitiser_backend

from support.ui import Slider, find, find_all, front_end_sets, session_state, text
from streamlit_cell.elements.media import MediaItem
from streamlit_cell.render import embed_views, maps_views, markdown, media_views
from streamlit_cell.render.chat_views import avatar_html
from streamlit_cell.render.logo_views import logo_html
from streamlit_cell.render.bounded_cache import SizeBoundedMemo
from streamlit_cell.render.sanitise import (clean_markdown_html, clean_svg, clean_url,
                                            clean_user_html)

#: Each would run script if it survived.
PAYLOADS = [
    '<img src=x onerror="alert(1)">',
    '<details open ontoggle="alert(2)"><summary>s</summary></details>',
    '<iframe srcdoc="<script>alert(3)</script>"></iframe>',
    '<a href="javascript:alert(4)">js link</a>',
    '<a href=" JaVa&#x09;script:alert(5)">obfuscated</a>',
    '<svg><animate onbegin="alert(6)" attributeName="x" dur="1s"/></svg>',
    '<a href="data:text/html,<script>alert(7)</script>">data link</a>',
    '<form action="javascript:alert(8)"><button formaction="javascript:alert(9)">go</button></form>',
    "<script>alert(10)</script>",
    '<svg><a xlink:href="javascript:alert(11)"><text>t</text></a></svg>',
    '<object data="javascript:alert(12)"></object><embed src="javascript:alert(13)">',
    '<math><mtext><table><mglyph><style><img src=x onerror="alert(14)">',
    '<svg><use href="data:image/svg+xml,<svg id=x onload=alert(15)>#x"/></svg>',
    '<svg><foreignObject><img src=x onerror="alert(16)"></foreignObject></svg>',
]
_ACTIVE_TAGS = {"script", "iframe", "object", "embed", "form", "use", "animate", "set",
                "foreignobject", "frame", "base", "meta"}
_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href"}


class _ActiveContent(HTMLParser):
    """Tags and attributes of a fragment that could run script."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _ACTIVE_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            url = re.sub(r"[\x00-\x20]+", "", value or "").lower()
            if name.startswith("on") or name == "srcdoc" or (
                    name in _URL_ATTRIBUTES
                    and (url.startswith(("javascript:", "vbscript:", "data:text/html")))):
                self.found.append(f"{tag} {name}={value!r}")


def active(fragment: str) -> list[str]:
    parser = _ActiveContent()
    parser.feed(fragment)
    parser.close()
    return parser.found


@pytest.mark.parametrize("backend", html_cleaner.BACKENDS)
@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_policy_drops_what_runs(backend: str, payload: str) -> None:
    with sanitiser_backend(backend):
        for clean in (clean_markdown_html, clean_user_html, clean_svg):
            assert active(clean(payload)) == [], (clean.__name__, clean(payload))


@pytest.mark.parametrize("backend", html_cleaner.BACKENDS)
def test_the_scripts_own_html_keeps_markup_classes_styles_and_drawings(backend: str) -> None:
    styled = ('<div class="card" style="color: red; border: 1px solid"><b>bold</b> '
              '<a href="https://example.com">link</a> <img src="data:image/png;base64,AAAA">'
              '<svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="red"/></svg></div>')
    with sanitiser_backend(backend):
        kept = clean_user_html(styled)
    parts = ['class="card"', "color: red", "<b>bold</b>", 'href="https://example.com"',
             'src="data:image/png;base64,AAAA"']
    if backend == "nh3":  # justhtml (Pyodide) drops inline SVG: nothing of it runs either
        parts += ['viewBox="0 0 10 10"', "<circle"]
    for part in parts:
        assert part in kept, part


def test_unsafe_allow_html_keeps_styling_and_runs_nothing(run_cell) -> None:
    app = run_cell("\n".join(
        [f"st.markdown({p!r}, unsafe_allow_html=True)" for p in PAYLOADS]
        + ["st.caption('<span style=\"color: green\">styled</span>', unsafe_allow_html=True)",
           "st.write('<b class=\"x\">bold</b>', unsafe_allow_html=True)"]))
    shown = " ".join(h.value for h in find_all(app, w.HTML) if "<style" not in h.value)
    assert active(shown) == []
    assert 'style="color: green"' in shown and '<b class="x">bold</b>' in shown
    assert "js link" in shown and "obfuscated" in shown  # the text stays


def test_st_html_runs_script_only_when_javascript_is_allowed(run_cell) -> None:
    app = run_cell("st.html('<p>a</p><script>window.x = 1</script>')\n"
                   "st.html('<p>b</p><script>window.y = 1</script>', unsafe_allow_javascript=True)")
    htmls = " ".join(h.value for h in find_all(app, w.HTML))
    assert "<p>a</p>" in htmls and "window.x" not in htmls
    (output,) = [o for o in find_all(app, w.Output) if o.outputs
                 and "window.y" in str(o.outputs)]
    assert "<script>window.y = 1</script>" in output.outputs[0]["data"]["text/html"]


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz's dot is not installed")
def test_graphviz_svg_keeps_drawing_and_links_but_not_script(run_cell) -> None:
    maps_views.graphviz_svg.cache_clear()
    app = run_cell("st.graphviz_chart('''digraph {"
                   ' a [URL="javascript:alert(1)", tooltip="tip"];'
                   ' b [href="https://example.com/b"];'
                   ' c [label="<img src=x onerror=alert(2)>"];'
                   " a -> b -> c }''')")
    (chart,) = [h for h in find_all(app, w.HTML) if "<svg" in h.value]
    assert active(chart.value) == []
    assert "<ellipse" in chart.value and "<path" in chart.value and "viewBox" in chart.value
    assert 'xlink:href="https://example.com/b"' in chart.value
    assert "&lt;img src=x onerror=alert(2)&gt;" in chart.value  # the label, as text


def test_svg_images_are_drawn_by_an_img_that_cannot_script(run_cell) -> None:
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
           '<script>alert(1)</script><rect width="10" height="10"/></svg>')
    app = run_cell(f"st.image({svg!r})")
    # Not an Image widget (a same-origin blob: URL); an <img> with a data: URL.
    assert not [i for i in find_all(app, w.Image) if i.format == "svg+xml"]
    (shown,) = [h for h in find_all(app, w.HTML) if "<img" in h.value]
    assert 'src="data:image/svg+xml;base64,' in shown.value


class _Files(http.server.SimpleHTTPRequestHandler):
    pages = {"/doc.pdf": b"%PDF-1.4 a document", "/page.html": b"<script>alert(1)</script>"}

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        body = self.pages.get(self.path)
        self.send_response(200 if body else 404)
        self.end_headers()
        self.wfile.write(body or b"")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def file_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Files)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    embed_views.fetch_pdf.cache_clear()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    embed_views.fetch_pdf.cache_clear()


def test_a_pdf_url_is_shown_from_its_bytes_and_a_page_is_not_embedded(run_cell, file_server):
    app = run_cell(f"st.pdf({file_server + '/doc.pdf'!r})\nst.pdf({file_server + '/page.html'!r})")
    shown = [h.value for h in find_all(app, w.HTML) if "PDF" in h.value]
    pdf, page = shown
    assert '<object data="data:application/pdf;base64,' in pdf and file_server not in pdf
    assert "<object" not in page and "did not give a PDF" in page
    assert f'href="{file_server}/page.html"' in page  # a link, opened in a tab of its own


def test_huge_pathological_markdown_renders_in_linear_time() -> None:
    markdown.markdown_to_html.cache_clear()
    small, large = "*a* " * 50_000, "*a* " * 500_000  # 200 KB, 2 MB
    started = time.perf_counter()
    markdown.markdown_to_html(small)
    small_s = time.perf_counter() - started
    started = time.perf_counter()
    shown = markdown.markdown_to_html(large)
    large_s = time.perf_counter() - started
    markdown.markdown_to_html.cache_clear()
    assert shown.count("<em>a</em>") == 500_000
    assert large_s < 30 * small_s + 1.0, (small_s, large_s)  # linear, with slack for load
    assert active(markdown.markdown_to_html("<img src=x onerror=alert(1)>" * 30_000,
                                            True)) == []


def test_large_markdown_is_sanitised_in_both_modes() -> None:
    text = "x " * markdown.LARGE_MARKDOWN_CHARS + "".join(PAYLOADS) + " [j](javascript:alert(1))"
    for unsafe in (False, True):
        assert active(markdown.markdown_to_html(text, unsafe)) == []
    assert active(markdown.inline_markdown_to_html(text)) == []


def test_the_memo_is_bounded_by_size_not_count() -> None:
    memo = SizeBoundedMemo(lambda text: text.upper(), max_chars=1_000_000)
    for n in range(30):
        memo(str(n) * 100_000)  # 30 texts of ~100-200 KB each, in and out
    assert memo.size <= 1_000_000 and 1 <= len(memo) < 30
    memo("x" * 600_000)  # bigger than a quarter of the budget: not kept
    assert "x" * 600_000 not in {args[0] for args in memo._entries}
    assert markdown.markdown_to_html.max_chars <= 16 * 1024 * 1024


def test_the_memo_is_bounded_by_count_too() -> None:
    # A counter's text changes on every run: a new tiny entry each time, which
    # costs far more memory than its characters. The entries stop at the bound.
    memo = SizeBoundedMemo(lambda text: f"<p>{text}</p>", max_chars=1_000_000, max_entries=100)
    for n in range(1_000):
        memo(f"Count = {n}")
    assert len(memo) == 100 and memo("Count = 999") == "<p>Count = 999</p>"
    assert "Count = 0" not in {args[0] for args in memo._entries}  # the oldest went first
    assert markdown.markdown_to_html.max_entries <= 4096


def test_echarts_loads_a_pinned_build_with_an_integrity_hash() -> None:
    page = maps_views.echarts_page_html({"spec": "{}", "renderer": "canvas"})
    assert 'src="https://cdn.jsdelivr.net/npm/echarts@5.6.0/dist/echarts.min.js"' in page
    assert 'integrity="sha384-' in page and 'crossorigin="anonymous"' in page


# ------------------------------------------------------- crafted widget messages
def test_a_multiselect_drops_repeated_and_unlimited_choices(run_cell, caplog) -> None:
    app = run_cell('v = st.multiselect("Pick", ["a", "b", "c"], ["a"], max_selections=2, '
                   'key="pick")\nst.write("Got", repr(v))')
    box = find(app, w.TagsInput, "Pick")
    for crafted in (["a", "a"], ["a"] * 1_000_000, ["a", "b", "c", "c"], [7], "a"):
        front_end_sets(box, value=crafted)
        assert session_state()["pick"] == ["a"], crafted[:5]
        assert list(box.value) == ["a"]  # put back to the last good value
    assert "dropped a" in caplog.text
    front_end_sets(box, value=["c", "b"])
    assert session_state()["pick"] == ["c", "b"]
    # At max_selections the chips allow only the chosen labels (as Streamlit's
    # list offers nothing more): a third is refused, the choice stays.
    front_end_sets(box, value=["a", "b", "c"])
    assert session_state()["pick"] == ["c", "b"] and list(box.value) == ["c", "b"]
    front_end_sets(box, value=["c"])
    front_end_sets(box, value=["a", "b", "c"])  # a chip past max_selections is cut back
    assert session_state()["pick"] == ["a", "b"]


def test_a_nullable_int_number_input_refuses_an_infinite_number(run_cell) -> None:
    app = run_cell('v = st.number_input("Count", value=None, step=1, key="count")\n'
                   'st.write("Got", repr(v))')
    box = find(app, w.Text, "Count")
    front_end_sets(box, value="3")
    assert session_state()["count"] == 3
    for crafted in ("1e400", "-1e400", "inf", "nan"):
        front_end_sets(box, value=crafted)
        assert session_state()["count"] == 3, crafted
        assert box.value == "3"  # the box and the script agree again
    assert "Got 3" in text(app)


def test_a_disabled_widget_and_a_wrong_type_are_dropped(run_cell) -> None:
    app = run_cell('a = st.checkbox("Off", key="off", disabled=True)\n'
                   'b = st.slider("Level", 0, 10, 5, key="level")\nst.write("Got", a, b)')
    off, level = find(app, w.Checkbox, "Off"), find(app, Slider, "Level")
    front_end_sets(off, value=True)
    front_end_sets(level, value="not a number")  # a TraitError in ipywidgets
    front_end_sets(level, value=11)  # past max: ipywidgets clamps it to 10
    assert session_state()["off"] is False and off.value is False
    assert session_state()["level"] == 10


# ------------------------------------------------------------ URLs a renderer emits
@pytest.mark.parametrize("url", ["javascript:alert(1)", " JaVa\tScRiPt:alert(1)",
                                 "vbscript:x", "data:text/html,<script>alert(1)</script>",
                                 "file:///etc/passwd"])
def test_clean_url_blanks_what_could_run_or_read(url: str) -> None:
    assert clean_url(url) == "about:blank"
    assert clean_url(url, data_types=("image/",)) == "about:blank"


def test_clean_url_keeps_web_relative_and_allowed_data_urls() -> None:
    for url in ("https://example.com/a.png", "http://x/y", "mailto:a@b.c", "files/a.png", "/x"):
        assert clean_url(url) == url
    assert clean_url("data:image/png;base64,AAAA", data_types=("image/",)).startswith("data:")
    assert clean_url("data:image/png;base64,AAAA") == "about:blank"


def test_every_url_sink_drops_script_urls() -> None:
    # The elements refuse such URLs (st.logo) or read them as file names
    # (st.image, st.audio, st.video, st.pdf, avatars); the renderers clean
    # each URL they emit all the same.
    bad = "javascript:window.x=1"
    shown = "".join([
        logo_html({"kind": "image", "value": bad, "size": "medium", "link": bad}),
        embed_views.pdf_html({"url": bad, "height": 500, "alt": None}),
        embed_views.iframe_html({"src": bad, "height": 200, "width": "stretch"}),
        media_views.image_html(MediaItem(url=bad, mimetype="image/png"), "content", None),
        media_views.player_html("audio", {"width": "stretch", "url": bad, "loop": False,
                                          "autoplay": False, "start_time": 0}),
        avatar_html({"avatar_type": "image", "avatar": bad, "name": "user"}),
    ])
    assert active(shown) == ["<iframe>"], shown  # the sandboxed frame itself
    assert shown.count('src="about:blank"') >= 5 and shown.count('href="about:blank"') == 2
