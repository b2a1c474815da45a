"""Hostile text in every text-bearing element runs no script in JupyterLab.

A notebook (generated here, see ``xss_notebook``) renders a list of XSS
payloads -- img onerror, svg onload, details ontoggle, iframe srcdoc,
javascript: and data: links, <script>, style expressions, mXSS... -- in every
element that shows text: title, headers, markdown, caption, text, code,
write, json, alerts, exception messages, widget labels, help and
placeholders, options, tab and expander labels, table cells, metric, toast...
Each payload, if it ran, would set ``window.__xss`` (or open a dialog).

After the notebook ran (and the payloads had time to fire, links and
details included), the page must have: no ``window.__xss``, no dialog, and
inside the apps no <script>/<iframe>/<object>/<embed>, no ``on*`` attribute,
no javascript:/data:/vbscript: URL. The payloads' text must be on the page
(escaped or sanitised, not dropped wholesale), so the test is not vacuous.
"""

from __future__ import annotations

import json

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from _pages import (is_voila, notebook_scope, open_notebook_lab, open_voila,
                    save_screenshot, widget_root)

pytestmark = pytest.mark.browser

from support.xss_payloads import PAYLOADS  # noqa: E402 -- shared with the unit test

#: Where each payload goes: (element, code with {p} for the payload). One
#: app per element kind; every call is guarded so that an element another
#: engineer has not written yet cannot stop the others.
PLACES = [
    ("title", "st.title({p})"),
    ("header", "st.header({p})"),
    ("subheader", "st.subheader({p})"),
    ("markdown", "st.markdown({p})"),
    ("caption", "st.caption({p})"),
    ("text", "st.text({p})"),
    ("code", "st.code({p})"),
    ("write", "st.write({p})"),
    ("write-many", "st.write('before', {p}, 3)"),
    ("json", "st.json({{'key ' + {p}: {p}}})"),
    ("write-dict", "st.write({{{p}: [{p}]}})"),
    ("error", "st.error({p})"),
    ("warning", "st.warning({p})"),
    ("info", "st.info({p})"),
    ("success", "st.success({p})"),
    ("exception", "st.exception(ValueError({p}))"),
    ("button", "st.button({p}, help={p}, key=f'b{{n}}')"),
    ("checkbox", "st.checkbox({p}, help={p}, key=f'c{{n}}')"),
    ("text_input", "st.text_input({p}, value={p}, placeholder={p}, help={p}, key=f't{{n}}')"),
    ("text_area", "st.text_area({p}, value={p}, key=f'a{{n}}')"),
    ("number_input", "st.number_input({p}, help={p}, key=f'n{{n}}')"),
    ("slider", "st.slider({p}, help={p}, key=f's{{n}}')"),
    ("selectbox", "st.selectbox({p}, [{p}, 'other'], help={p}, key=f'x{{n}}')"),
    ("radio", "st.radio({p}, [{p}, 'other'], key=f'r{{n}}')"),
    ("multiselect", "st.multiselect({p}, [{p}, 'other'], default=[{p}], key=f'm{{n}}')"),
    ("select_slider", "st.select_slider({p}, [{p}, 'other'], key=f'ss{{n}}')"),
    ("tabs", "st.tabs([{p}, 'other'])[0].text('in tab')"),
    ("expander", "st.expander({p}, expanded=True).text('in expander')"),
    ("table", "st.table({{'col ' + {p}: [{p}]}})"),
    ("dataframe", "st.dataframe({{'col ' + {p}: [{p}]}})"),
    ("metric", "st.metric({p}, {p}, {p})"),
    ("toast", "st.toast({p})"),
    ("progress", "st.progress(50, text={p})"),
    ("badge", "st.badge({p})"),
    ("link_button", "st.link_button({p}, 'https://example.com/?q=1')"),
    ("link_button-url", "try:\n    st.link_button('go', 'javascript:window.__xss=99')\n"
                        "except st.errors.StreamlitAPIException:\n    st.text('url rejected')"),
    ("form", "f = st.form(f'f{{n}}')\nf.text_input({p}, key=f'ft{{n}}')\nf.form_submit_button({p})"),
    # The script's own HTML: markup and styles kept, nothing runs.
    ("markdown-raw", "st.markdown({p}, unsafe_allow_html=True)"),
    ("caption-raw", "st.caption({p}, unsafe_allow_html=True)"),
    ("write-raw", "st.write({p}, unsafe_allow_html=True)"),
    ("html", "st.html({p})"),
    ("chat", "st.chat_message({p}).markdown({p})"),
    ("image-caption", "st.image(PIXEL, caption={p})"),
    # Graphviz: the payload as a label, a javascript: URL on a node.
    ("graphviz", "st.graphviz_chart('digraph {{ a [URL=\"javascript:window.__xss=90\", "
                 "label=' + json.dumps({p}) + '] }}')"),
    # SVG given to st.image: drawn by an <img>, where its script cannot run.
    ("image-svg", "st.image('<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" "
                  "height=\"20\"><script>window.__xss=91</script><rect width=\"20\" "
                  "height=\"20\" onclick=\"window.__xss=92\"/></svg>', caption={p})"),
]

#: A 1x1 PNG for the image captions.
PIXEL = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
         "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")

MARKER = "XSS-PAYLOAD-"
CONTROL = "XSS-CONTROL"


def app_cell(element: str, code: str) -> str:
    lines = ["%%streamlit_cell", "import json",
             f"PAYLOADS = json.loads({json.dumps(json.dumps(PAYLOADS))})",
             f"PIXEL = {PIXEL!r}",
             f"st.caption('{MARKER}{element}')",
             "for n, payload in enumerate(PAYLOADS):",
             "    try:"]
    lines += ["        " + line for line in code.format(p="payload").splitlines()]
    lines += ["    except Exception as error:",
              "        st.text(f'CALL-FAILED {type(error).__name__}: {error}'[:200])"]
    return "\n".join(lines)


def xss_notebook(places: list[tuple[str, str]] = PLACES, *,
                 control: bool = True) -> nbformat.NotebookNode:
    cells = [new_code_cell("%load_ext streamlit_cell")]
    cells += [new_code_cell(app_cell(element, code)) for element, code in places]
    # The control: script the author explicitly allowed does run (so the
    # harness can see it); st.html(..., unsafe_allow_javascript=True) is the
    # one way to run script in the page.
    if control:
        cells.append(new_code_cell(
            "%%streamlit_cell\nst.caption('" + CONTROL + "')\n"
            "st.html('<script>window.__xss_control=1</script>', unsafe_allow_javascript=True)"))
    # An uncaught exception whose message is a payload, shown in place.
    cells.append(new_code_cell(
        "%%streamlit_cell\nst.caption('" + MARKER + "raise')\n"
        f"raise RuntimeError({json.dumps(' '.join(PAYLOADS))})"))
    nb = new_notebook(cells=cells, metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)",
                       "language": "python"},
        "language_info": {"name": "python"},
    })
    for i, cell in enumerate(nb.cells):
        cell.id = f"xss-{i}"
    nbformat.validate(nb)
    return nb


_ACTIVE_CONTENT_JS = """
() => {
  const found = [];
  for (const app of document.querySelectorAll('.stc-app')) {
    if (app.textContent.includes('XSS-CONTROL')) continue;  // the author's own HTML
    for (const el of app.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta'].includes(tag)) {
        found.push('<' + tag + '>');
      }
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        const value = (attr.value || '').replace(/[\\s\\u0000-\\u001f]+/g, '').toLowerCase();
        if (name.startsWith('on')) found.push(tag + ' ' + name);
        // An image's data: URL cannot script (an <img> never runs script).
        const imageData = tag === 'img' && name === 'src' && value.startsWith('data:image/');
        if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc'].includes(name)
            && /^(javascript|vbscript|data):/.test(value) && !imageData) {
          found.push(tag + ' ' + name + '=' + value.slice(0, 40));
        }
        if (name === 'style' && /(javascript:|vbscript:|expression\\(|url\\(["']?data:text)/.test(value)) {
          found.push(tag + ' style=' + value.slice(0, 40));
        }
      }
    }
  }
  return found;
}
"""


def _xss_notebook_path(server, tmp_path, places: list[tuple[str, str]] = PLACES, *,
                       name: str = "xss_payloads", control: bool = True) -> str:
    path = tmp_path / f"{name}.ipynb"
    nbformat.write(xss_notebook(places, control=control), path)
    return server.add_notebook(path)


def _check_nothing_ran(page, request, *, control: bool,
                       places: list[tuple[str, str]] = PLACES) -> None:
    scope = notebook_scope(page) if not is_voila(page) else widget_root(page)
    # Every app rendered (its marker caption is on the page).
    for element, _ in places:
        assert scope.get_by_text(MARKER + element, exact=True).count() == 1, element
    # Give anything that would fire (image errors, autofocus, toggles) time to.
    page.wait_for_timeout(1500)
    # Open every <details> and click every link inside the apps.
    page.evaluate("""() => {
        for (const d of document.querySelectorAll('.stc-app details')) d.open = !d.open;
        for (const a of document.querySelectorAll('.stc-app a')) {
          a.addEventListener('click', (e) => e.preventDefault(), {once: true});
          const href = (a.getAttribute('href') || a.getAttribute('xlink:href') || '')
            .toLowerCase().replace(/\\s+/g, '');
          if (href.startsWith('javascript:')) a.click();  // only reachable if not sanitised
        }
        for (const el of document.querySelectorAll('.stc-app svg *')) {
          el.dispatchEvent(new MouseEvent('click', {bubbles: true}));
        }
    }""")
    page.wait_for_timeout(500)
    save_screenshot(page, request.node.name)

    if control:
        assert page.evaluate("() => window.__xss_control") == 1, "the harness sees no script run"
    assert page.evaluate("() => window.__xss") is None
    assert page.evaluate("() => window.parent.__xss") is None
    assert page.evaluate(_ACTIVE_CONTENT_JS) == []
    # The payloads are shown, as text or sanitised markup, and no call failed.
    shown = " ".join(scope.locator(".stc-app").all_inner_texts())
    assert "window.__xss=7" in shown and "click" in shown
    failed = [line for line in shown.splitlines() if line.startswith("CALL-FAILED")]
    assert failed == [], "calls failed in the apps"
    elements = {element for element, _ in places}
    # Graphviz drew its node; the SVG image is shown by an <img>.
    if "graphviz" in elements:
        assert page.evaluate("() => document.querySelectorAll('.stc-app svg ellipse').length") > 0
    if "image-svg" in elements:
        assert page.evaluate("""() => [...document.querySelectorAll('.stc-app img')]
            .some((img) => img.src.startsWith('data:image/svg+xml'))""")


def test_xss_payloads_run_no_script_in_jupyterlab(page, lab_server, tmp_path, request):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: dialogs.append(dialog.message))
    page.add_init_script("window.__xss = undefined;")
    open_notebook_lab(page, lab_server, _xss_notebook_path(lab_server, tmp_path),
                      timeout_ms=420_000)
    _check_nothing_ran(page, request, control=True)
    assert dialogs == []


#: Apps per Voila page. Voila's front end intermittently shows "model not
#: found" for some apps of a page with many (an upstream race, see the
#: project's notes on issue 14): the places are shown a few pages at a time.
VOILA_APPS_PER_PAGE = 9


def test_xss_payloads_run_no_script_in_voila(page, voila_server, tmp_path, request):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: dialogs.append(dialog.message))
    page.add_init_script("window.__xss = undefined;")
    for start in range(0, len(PLACES), VOILA_APPS_PER_PAGE):
        places = PLACES[start:start + VOILA_APPS_PER_PAGE]
        open_voila(page, voila_server,
                   _xss_notebook_path(voila_server, tmp_path, places,
                                      name=f"xss_payloads_{start}", control=False),
                   timeout_ms=300_000)
        _check_nothing_ran(page, request, control=False, places=places)
    assert dialogs == []
