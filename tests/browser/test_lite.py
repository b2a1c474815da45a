"""The offline JupyterLite site (``./dev lite``, Pyodide kernel) runs a demo
notebook's app in Chromium with every request outside 127.0.0.1 refused:
the app renders, a click reruns it.

The site is (re)built first by lite/build_site.py (downloads cached under
build/lite-cache/, so only the first build needs the network), then served
by ``http.server`` on 127.0.0.1. The first-load and click->update times are
printed (``-s`` shows them).
"""

from __future__ import annotations

import functools
import http.server
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from _pages import _FIND_PANEL_JS, measure_click_latency, output_area, run_all_cells, wait_kernel_idle

pytestmark = [pytest.mark.browser, pytest.mark.lite]

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "build" / "lite"
NOTEBOOK = "02_example1_session_state.ipynb"
APP_CELL = 2  # the %%streamlit_cell counter (cell 0 is prose, 1 is %load_ext)
#: Pyodide's start, preloading the wheels and the first run take a while.
FIRST_LOAD_TIMEOUT_MS = 240_000

#: Runs code in the notebook's kernel; resolves to its stream output and errors.
_EXECUTE_JS = (
    "async ([name, code]) => { const find = " + _FIND_PANEL_JS + ";"
    """
  const kernel = find(name).sessionContext.session.kernel;
  const future = kernel.requestExecute({code, store_history: false});
  const out = [];
  future.onIOPub = (msg) => {
    if (msg.header.msg_type === 'stream') out.push(msg.content.text);
    if (msg.header.msg_type === 'error') out.push(`${msg.content.ename}: ${msg.content.evalue}`);
  };
  await future.done;
  return out.join('');
}
"""
)

_STREAM_SCRIPT = (
    "import asyncio\n"
    "import streamlit as st\n"
    "async def words():\n"
    "    for word in ['one', 'two']:\n"
    "        await asyncio.sleep(0.01)\n"
    "        yield word + ' '\n"
    "st.write(repr(st.write_stream(words)))\n"
)

#: What differs under Pyodide, checked in the page's own kernel.
_PYODIDE_CHECKS = f"""
import importlib.util, sys, threading
from streamlit_cell.render import html_cleaner, maps_views
from streamlit_cell.testing import AppTest
print("platform", sys.platform, "sanitiser", html_cleaner.BACKEND)
print("nh3 installed:", importlib.util.find_spec("nh3") is not None)
print(html_cleaner.Cleaner(html_cleaner.HtmlPolicy(
    tags=frozenset({{"b"}}), attributes={{}}, url_schemes=frozenset())).clean(
    '<b onclick="x()">bold</b><script>gone()</script>'))
at = AppTest.from_string({_STREAM_SCRIPT!r}).run()
print("stream", [e.message for e in at.exception], at.markdown[-1].value,
      "threads", threading.active_count())
try:
    maps_views.graphviz_svg("digraph {{ a -> b }}", "dot")
except maps_views.GraphvizError as error:
    print("graphviz:", error)
"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".mjs": "text/javascript"}

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="session")
def lite_site() -> Iterator[str]:
    """Build the site and serve it on 127.0.0.1; yields its base URL."""
    subprocess.run([sys.executable, str(ROOT / "lite" / "build_site.py")], check=True,
                   cwd=ROOT, timeout=900)
    handler = functools.partial(_QuietHandler, directory=str(SITE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def test_demo_counter_runs_offline_in_pyodide(lite_site, page, screenshot):
    from playwright.sync_api import expect

    refused: list[str] = []
    served: list[str] = []

    def only_localhost(route) -> None:
        url = route.request.url
        served.append(url)
        if url.startswith(("http://127.0.0.1:", "data:", "blob:")):
            route.continue_()
        else:
            refused.append(url)
            route.abort()

    page.context.route("**/*", only_localhost)
    started = time.perf_counter()
    page.goto(f"{lite_site}lab/index.html?path={NOTEBOOK}", timeout=FIRST_LOAD_TIMEOUT_MS)
    wait_kernel_idle(page, NOTEBOOK, FIRST_LOAD_TIMEOUT_MS)
    kernel_ready = time.perf_counter()
    run_all_cells(page, NOTEBOOK, timeout_ms=FIRST_LOAD_TIMEOUT_MS)
    app = output_area(page, APP_CELL)
    expect(app).to_contain_text("Counter with session state", timeout=FIRST_LOAD_TIMEOUT_MS)
    expect(app).to_contain_text(re.compile(r"Count =\s+0\b"))
    rendered = time.perf_counter()

    latencies = []
    increment = app.get_by_role("button", name="Increment")
    for expected in (1, 2, 3):
        latencies.append(measure_click_latency(page, increment, rf"Count =\s+{expected}\b",
                                               scope=app, timeout_ms=30_000))
    decrement = app.get_by_role("button", name="Decrement")
    latencies.append(measure_click_latency(page, decrement, r"Count =\s+2\b", scope=app,
                                           timeout_ms=30_000))
    screenshot()

    report = page.evaluate(_EXECUTE_JS, [NOTEBOOK, _PYODIDE_CHECKS])
    print("\n" + report)
    assert "platform emscripten sanitiser justhtml" in report
    assert "nh3 installed: False" in report
    assert "<b>bold</b>\n" in report  # its handler and the script gone
    assert "stream [] 'one two ' threads 1" in report  # write_stream of an async generator
    assert "cannot run in the browser (Pyodide, JupyterLite)" in report

    print(f"\nJupyterLite: page open -> kernel idle {kernel_ready - started:.1f} s, "
          f"-> first app rendered {rendered - started:.1f} s; click -> update "
          f"{', '.join(f'{ms:.0f}' for ms in latencies)} ms")
    assert refused == [], f"the site asked for something outside 127.0.0.1: {refused[:5]}"
    # The kernel's worker fetched Pyodide and the wheels through the same
    # route (so nothing it loads could have come from elsewhere).
    assert any(url.endswith("/static/pyodide/pyodide.asm.wasm") for url in served)
    assert any("/static/pyodide/streamlit_cell-" in url for url in served)
    assert any("/static/pyodide/justhtml-" in url for url in served)
