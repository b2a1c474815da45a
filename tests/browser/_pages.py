"""Page-level helpers: open a notebook in JupyterLab 4 / Notebook 7 / Voila,
run it, find output areas, measure click latency, check widget-view reuse,
save screenshots.  Plain functions over Playwright's sync API; nothing here
needs pytest, so benchmark scripts can import it too.
"""

from __future__ import annotations

import re
import urllib.parse
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Pattern

from _jupyter_servers import REPO_ROOT, JupyterServer

if TYPE_CHECKING:  # playwright is imported lazily by conftest
    from playwright.sync_api import Locator, Page

ARTIFACTS_DIR = REPO_ROOT / "test-artifacts"

DEFAULT_TIMEOUT_MS = 60_000

# Finds the notebook panel for `name` through window.jupyterapp (needs
# expose_app_in_browser) and reports whether its kernel is connected and idle.
_FIND_PANEL_JS = """
(name) => {
  const app = window.jupyterapp;
  if (!app || !app.shell) return null;
  const isIt = (w) => !!(w && w.context && w.sessionContext && w.content &&
                         w.context.path === name);
  let w = app.shell.currentWidget;
  if (!isIt(w)) {
    w = null;
    if (typeof app.shell.widgets === 'function') {
      for (const x of app.shell.widgets('main')) { if (isIt(x)) { w = x; break; } }
    }
  }
  return w;
}
"""

_KERNEL_IDLE_JS = (
    "(name) => { const find = " + _FIND_PANEL_JS + ";"
    """
  const w = find(name);
  if (!w || !w.context.isReady) return false;
  const sc = w.sessionContext;
  if (!sc.isReady || sc.isDisposed || sc.hasNoKernel) return false;
  const k = sc.session && sc.session.kernel;
  if (!k || k.connectionStatus !== 'connected' || k.status !== 'idle') return false;
  // no cell still queued / running ("[*]")
  for (const cell of w.content.widgets) {
    if (cell.model.type !== 'code') continue;
    if (cell.model.executionState === 'running') return false;
    if (cell.promptNode && cell.promptNode.textContent.includes('*')) return false;
  }
  return true;
}
"""
)

_RUN_ALL_JS = (
    "async ([name, timeoutMs]) => { const find = " + _FIND_PANEL_JS + ";"
    """
  const app = window.jupyterapp;
  const w = find(name);
  if (!w) throw new Error('notebook panel not found: ' + name);
  app.shell.activateById(w.id);
  const run = app.commands.execute('notebook:run-all-cells');
  const timeout = new Promise((_, rej) => setTimeout(
      () => rej(new Error('notebook:run-all-cells did not finish in ' + timeoutMs + ' ms')),
      timeoutMs));
  await Promise.race([run, timeout]);
}
"""
)

_CELL_ERRORS_JS = (
    "(name) => { const find = " + _FIND_PANEL_JS + ";"
    """
  const w = find(name);
  const errs = [];
  w.content.widgets.forEach((cell, i) => {
    if (cell.model.type !== 'code') return;
    for (const o of cell.model.outputs.toJSON()) {
      if (o.output_type === 'error') errs.push(`cell ${i}: ${o.ename}: ${o.evalue}`);
    }
  });
  return errs;
}
"""
)


# ---------------------------------------------------------------------------
# opening notebooks
# ---------------------------------------------------------------------------
def wait_kernel_idle(page: "Page", name: str, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
    """Wait until notebook ``name``'s session is ready and its kernel idle (lab/nb7)."""
    page.wait_for_function(_KERNEL_IDLE_JS, arg=name, polling=100, timeout=timeout_ms)


def run_all_cells(page: "Page", name: str, *, timeout_ms: int = DEFAULT_TIMEOUT_MS,
                  raise_on_error: bool = True) -> None:
    """Run all cells through jupyterapp.commands, then wait for an idle kernel."""
    wait_kernel_idle(page, name, timeout_ms)  # else a "Select Kernel" dialog blocks it
    page.evaluate(_RUN_ALL_JS, [name, timeout_ms])
    wait_kernel_idle(page, name, timeout_ms)
    if raise_on_error:
        errors = page.evaluate(_CELL_ERRORS_JS, name)
        if errors:
            raise AssertionError(f"{name}: cells raised: " + "; ".join(errors))


def _open_jupyter(page: "Page", server: JupyterServer, url: str, name: str, *,
                  run_all: bool, fresh_kernel: bool, timeout_ms: int,
                  raise_on_error: bool) -> None:
    if fresh_kernel:
        server.shutdown_sessions(name)  # the session (kernel) is keyed by path
    page.goto(url, timeout=timeout_ms)
    wait_kernel_idle(page, name, timeout_ms)
    if run_all:
        run_all_cells(page, name, timeout_ms=timeout_ms, raise_on_error=raise_on_error)


def open_notebook_lab(page: "Page", server: JupyterServer, name: str, *, run_all: bool = True,
                      fresh_kernel: bool = True, timeout_ms: int = DEFAULT_TIMEOUT_MS,
                      raise_on_error: bool = True) -> None:
    """Open ``name`` (path relative to the server root) in JupyterLab, wait for an
    idle kernel, run all cells, wait for idle again.

    A fresh, uniquely named workspace is used, so tabs of earlier tests are not
    restored; ``fresh_kernel`` first shuts down any session left on that path.
    """
    assert server.kind == "lab", server.kind
    ws = "t" + uuid.uuid4().hex[:12]
    url = server.url(f"lab/workspaces/{ws}/tree/{urllib.parse.quote(name)}")
    _open_jupyter(page, server, url, name, run_all=run_all, fresh_kernel=fresh_kernel,
                  timeout_ms=timeout_ms, raise_on_error=raise_on_error)


def open_notebook_nb7(page: "Page", server: JupyterServer, name: str, *, run_all: bool = True,
                      fresh_kernel: bool = True, timeout_ms: int = DEFAULT_TIMEOUT_MS,
                      raise_on_error: bool = True) -> None:
    """Same as :func:`open_notebook_lab`, for Notebook 7 (``/notebooks/<name>``)."""
    assert server.kind == "nb7", server.kind
    url = server.url(f"notebooks/{urllib.parse.quote(name)}")
    _open_jupyter(page, server, url, name, run_all=run_all, fresh_kernel=fresh_kernel,
                  timeout_ms=timeout_ms, raise_on_error=raise_on_error)


_VOILA_READY_JS = """
(expectWidgets) => {
  const root = document.querySelector('#rendered_cells');
  if (!root || getComputedStyle(root).display === 'none') return false;
  const loading = document.querySelector('#loading');
  if (loading && getComputedStyle(loading).display !== 'none' && loading.offsetParent !== null) return false;
  // outputs still waiting to be rendered client-side
  if (document.querySelector('script[type="application/vnd.voila.cell-output+json"]')) return false;
  if (expectWidgets) {
    const views = root.querySelectorAll('.jupyter-widgets');
    if (views.length === 0) return false;
  }
  return true;
}
"""


def open_voila(page: "Page", server: JupyterServer, name: str, *, expect_widgets: bool = True,
               timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
    """Load ``/voila/render/<name>`` (Voila executes the notebook while streaming
    the page) and wait until the cells are shown and widget views rendered."""
    assert server.kind == "voila", server.kind
    page.goto(server.url(f"voila/render/{urllib.parse.quote(name)}"), timeout=timeout_ms)
    page.wait_for_function(_VOILA_READY_JS, arg=expect_widgets, polling=100, timeout=timeout_ms)


def open_notebook(page: "Page", server: JupyterServer, name: str, **kwargs) -> None:
    """Dispatch to open_notebook_lab / open_notebook_nb7 / open_voila by server.kind."""
    opener = {"lab": open_notebook_lab, "nb7": open_notebook_nb7, "voila": open_voila}[server.kind]
    opener(page, server, name, **kwargs)


# ---------------------------------------------------------------------------
# locating output
# ---------------------------------------------------------------------------
def is_voila(page: "Page") -> bool:
    return "/voila/" in page.url


def widget_root(page: "Page") -> "Locator":
    """Voila: the container holding every rendered cell."""
    return page.locator("#rendered_cells")


def output_area(page: "Page", cell_index: int) -> "Locator":
    """Lab / NB7: the ``.jp-OutputArea`` of code/markdown cell ``cell_index``
    (0-based, counting every cell).  Voila: the page's widget root
    (``#rendered_cells``), whatever ``cell_index`` is."""
    if is_voila(page):
        return widget_root(page)
    return (page.locator(".jp-NotebookPanel:visible .jp-Notebook .jp-Notebook-cell")
            .nth(cell_index).locator(".jp-OutputArea.jp-Cell-outputArea"))


def cell_output_area(page: "Page", cell_index: int) -> "Locator":
    """Like :func:`output_area` but per cell in Voila too (Voila renders every
    cell into ``div[cell-index=N]``, N 1-based)."""
    if is_voila(page):
        return page.locator(f'#rendered_cells [cell-index="{cell_index + 1}"] .jp-Cell-outputArea')
    return output_area(page, cell_index)


# ---------------------------------------------------------------------------
# artifacts
# ---------------------------------------------------------------------------
def artifact_name(test_name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.=-]+", "_", test_name).strip("_") or "screenshot"


def save_screenshot(page: "Page", test_name: str, *, full_page: bool = True) -> Path:
    """Save ``<repo>/test-artifacts/<test_name>.png`` (name sanitised); return its path."""
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS_DIR / f"{artifact_name(test_name)}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


# ---------------------------------------------------------------------------
# in-page click -> DOM latency
# ---------------------------------------------------------------------------
_ARM_LATENCY_JS = """
(btn, {root, source, flags, timeoutMs, key}) => {
  const re = new RegExp(source, flags);
  if (re.test(root.textContent)) {
    throw new Error('expected text /' + source + '/ already present before the click');
  }
  let t0 = null, done = false, resolveP, rejectP;
  const p = new Promise((res, rej) => { resolveP = res; rejectP = rej; });
  p.catch(() => {});
  const onClick = (ev) => {
    if (t0 === null && ev.target instanceof Node && btn.contains(ev.target)) t0 = performance.now();
  };
  const finish = (fn, v) => {
    done = true; obs.disconnect(); clearTimeout(timer);
    window.removeEventListener('click', onClick, true);
    fn(v);
  };
  const obs = new MutationObserver(() => {
    if (done || t0 === null) return;
    if (re.test(root.textContent)) finish(resolveP, performance.now() - t0);
  });
  window.addEventListener('click', onClick, true);  // capture phase: before any widget handler
  obs.observe(root, {subtree: true, childList: true, characterData: true});
  const timer = setTimeout(() => finish(rejectP, new Error(
      (t0 === null ? 'click never reached the button' : 'expected text /' + source +
       '/ did not appear') + ' within ' + timeoutMs + ' ms')), timeoutMs);
  window[key] = p;
}
"""


def _js_regex(expected: "str | Pattern[str]") -> tuple[str, str]:
    if isinstance(expected, str):
        return expected, ""
    flags = ""
    if expected.flags & re.IGNORECASE:
        flags += "i"
    if expected.flags & re.MULTILINE:
        flags += "m"
    if expected.flags & re.DOTALL:
        flags += "s"
    return expected.pattern, flags


def measure_click_latency(page: "Page", button: "Locator", expected: "str | Pattern[str]", *,
                          scope: "Locator | None" = None, timeout_ms: int = 10_000) -> float:
    """Click ``button`` for real and return milliseconds from the click event
    (capture-phase listener, ``performance.now()``) to the DOM mutation after
    which ``scope``'s text (default: the whole body) matches ``expected``
    (a JS-compatible regex source or compiled ``re`` pattern).

    Raises if the text already matches before the click, or on timeout.
    Measured entirely in the page, so Playwright's round trips are excluded.
    """
    scope = scope if scope is not None else page.locator("body")
    root = scope.element_handle(timeout=timeout_ms)
    source, flags = _js_regex(expected)
    key = "__latency_" + uuid.uuid4().hex
    try:
        button.evaluate(_ARM_LATENCY_JS, {"root": root, "source": source, "flags": flags,
                                          "timeoutMs": timeout_ms, "key": key})
        button.click(timeout=timeout_ms)
        return float(page.evaluate("async (k) => { try { return await window[k]; }"
                                   " finally { delete window[k]; } }", key))
    finally:
        root.dispose()


# ---------------------------------------------------------------------------
# widget-view reuse ("no flicker")
# ---------------------------------------------------------------------------
def widget_view(locator: "Locator") -> "Locator":
    """The ``.jupyter-widgets`` view element at or above ``locator``."""
    return locator.locator("xpath=ancestor-or-self::*[contains(concat(' ', normalize-space(@class), ' '),"
                           " ' jupyter-widgets ')][1]")


def mark_view(locator: "Locator") -> str:
    """Tag the ``.jupyter-widgets`` view element at/above ``locator`` with a JS
    property and a ``data-test-mark`` attribute; keep a reference to it in the
    page.  Returns the token for :func:`view_still_attached`."""
    token = uuid.uuid4().hex
    locator.evaluate(
        """(el, t) => {
             const v = el.closest('.jupyter-widgets') || el;
             v.__testMark = t;
             v.setAttribute('data-test-mark', t);
             (window.__testMarks = window.__testMarks || {})[t] = v;
           }""",
        token,
    )
    return token


def view_still_attached(page: "Page", token: str) -> bool:
    """True if the element marked with ``token`` is still the one in the DOM
    (connected, same JS object, still carrying its mark): i.e. the widget view
    was updated in place, not re-created."""
    return bool(page.evaluate(
        """(t) => {
             const v = (window.__testMarks || {})[t];
             return !!v && v.isConnected && v.__testMark === t &&
                    document.querySelector('[data-test-mark="' + t + '"]') === v;
           }""",
        token,
    ))


# ---------------------------------------------------------------------------
# sliders
# ---------------------------------------------------------------------------
def drag_slider_to(page: "Page", slider: "Locator", value: float, *, steps: int = 12) -> None:
    """Drag a slider's handle with the real mouse to ``value``: an ipywidgets
    (noUiSlider) slider, the ``.widget-slider`` view, or a streamlit-cell one
    (render/slider_widget.py), the ``.stc-slider`` view (or a locator inside
    which exactly one slider is found). Ours sends its value on release.

    Prefer this to arrow keys in Notebook 7: there the notebook's command-mode
    shortcut for ArrowRight/ArrowLeft (heading navigation) runs in the capture
    phase and swallows the key before the focused slider sees it.
    """
    ours = slider.locator(".stc-slider-thumb").count() > 0
    handle = slider.locator(".stc-slider-thumb" if ours else ".noUi-handle").first
    base = slider.locator(".stc-slider-rail" if ours else ".noUi-base").first
    handle.scroll_into_view_if_needed()
    vmin = float(handle.get_attribute("aria-valuemin"))
    vmax = float(handle.get_attribute("aria-valuemax"))
    hb, bb = handle.bounding_box(), base.bounding_box()
    if not hb or not bb:
        raise AssertionError("slider is not visible")
    frac = min(max((value - vmin) / (vmax - vmin), 0.0), 1.0)
    x0, y = hb["x"] + hb["width"] / 2, hb["y"] + hb["height"] / 2
    page.mouse.move(x0, y)
    page.mouse.down()
    page.mouse.move(bb["x"] + frac * bb["width"], y, steps=steps)
    page.mouse.up()


# ---------------------------------------------------------------------------
# streamlit-cell apps
# ---------------------------------------------------------------------------
def notebook_scope(page: "Page") -> "Locator":
    """What holds the notebook's cells: Lab/NB7's visible notebook panel, Voila's cells."""
    return widget_root(page) if is_voila(page) else page.locator(".jp-NotebookPanel:visible")


def streamlit_app_area(page: "Page", title: "str | Pattern[str]") -> "Locator":
    """The cell output area holding the streamlit-cell app (``.stc-app``) whose
    ``st.title`` matches ``title`` (substring, or a regex for an exact match).
    Finds an app by what a person sees, whatever its cell index."""
    return (notebook_scope(page).locator(".jp-Cell-outputArea")
            .filter(has=page.locator(".stc-app h1", has_text=title)))


def save_element_screenshot(locator: "Locator", test_name: str) -> Path:
    """Save ``<repo>/test-artifacts/<test_name>.png`` of one element (scrolled
    into view first, so it works inside JupyterLab's scrolling notebook)."""
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS_DIR / f"{artifact_name(test_name)}.png"
    locator.scroll_into_view_if_needed()
    locator.screenshot(path=str(path))
    return path


def mark_all_views(scope: "Locator") -> str:
    """Mark every ``.jupyter-widgets`` view element inside ``scope``; returns a
    token for :func:`views_still_attached`."""
    token = uuid.uuid4().hex
    scope.evaluate(
        """(root, t) => {
             const views = Array.from(root.querySelectorAll('.jupyter-widgets'));
             // its own property: mark_view's __testMark may be on the same elements
             views.forEach((v) => { (v.__testViewSets = v.__testViewSets || new Set()).add(t); });
             (window.__testViewSets = window.__testViewSets || {})[t] = views;
           }""",
        token,
    )
    return token


def views_still_attached(page: "Page", token: str) -> dict:
    """``{"marked": n, "detached": [descriptions]}`` for the views marked by
    :func:`mark_all_views`."""
    return page.evaluate(
        """(t) => {
             const views = (window.__testViewSets || {})[t] || [];
             const detached = views.filter((v) => !v.isConnected || !v.__testViewSets.has(t))
               .map((v) => v.className + ' ' + JSON.stringify((v.textContent || '').slice(0, 40)));
             return {marked: views.length, detached};
           }""",
        token,
    )
