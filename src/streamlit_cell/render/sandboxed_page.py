"""A page of its own, in a sandboxed iframe, with its JavaScript library
delivered by the kernel on demand instead of by a CDN.

deck.gl (``st.map``, ``st.pydeck_chart``) draws in a page of its own, kept in
an iframe sandboxed to ``allow-scripts`` so its scripts cannot reach the
notebook. Its library is pydeck's own bundle of deck.gl (4 MB, in the
installed pydeck package): no CDN, so maps draw offline and in an air-gapped
JupyterHub (the base map's tiles still come from the network).

The library is not widget state: 4 MB of state made Voila's widget manager
intermittently lose the models of later apps ("model not found"). Instead:

* ``SandboxedPage`` (an anywidget ES module) puts the page into its iframe's
  ``srcdoc``. The page asks its parent for the library with ``postMessage``.
* The module asks the kernel for it once per browser page with a custom comm
  message; the kernel answers with the library's bytes as a binary buffer
  (read once per kernel from the package). Every later page of the same
  browser tab reuses that answer.
* The module posts the library's source to the page, which runs it, then
  draws. The iframe has an opaque origin: the library and the page's data
  reach it only as that message.
"""

from __future__ import annotations

import functools
from typing import Any, Callable

import traitlets

#: What a page posts to its parent to ask for its library, and the answer's type.
LIBRARY_REQUEST = "stc-library-request"
LIBRARY_ANSWER = "stc-library"

_PAGE_MODULE = r"""
// One answer per library and browser tab, shared by every page that needs it.
const libraries = (window.__stcLibraries = window.__stcLibraries || {});

function requestLibrary(model, name) {
  if (!libraries[name]) {
    libraries[name] = new Promise((resolve, reject) => {
      const onAnswer = (content, buffers) => {
        if (!content || content.type !== "%(answer)s" || content.name !== name) return;
        model.off("msg:custom", onAnswer);
        clearTimeout(timer);
        if (!buffers || !buffers.length) { reject(new Error(content.error || "no library")); return; }
        resolve(new TextDecoder().decode(buffers[0]));
      };
      // Should the model that asked go away unanswered, the next page asks again.
      const timer = setTimeout(() => { model.off("msg:custom", onAnswer);
                                       reject(new Error("no answer")); }, 60000);
      model.on("msg:custom", onAnswer);
      model.send({ type: "%(request)s", name });
    });
    libraries[name].catch(() => { delete libraries[name]; });
  }
  return libraries[name];
}

export default {
  render({ model, el }) {
    const frame = document.createElement("iframe");
    frame.setAttribute("sandbox", "allow-scripts");
    el.appendChild(frame);
    const onMessage = async (event) => {
      if (event.source !== frame.contentWindow || !event.data
          || event.data.type !== "%(request)s") return;
      const name = model.get("library");
      if (!name) return;
      try {
        const source = await requestLibrary(model, name);
        frame.contentWindow.postMessage({ type: "%(answer)s", source }, "*");
      } catch (error) {
        console.warn("streamlit-cell: no " + name + " library:", error);
      }
    };
    window.addEventListener("message", onMessage);
    const show = () => {
      frame.title = model.get("title");
      frame.style.cssText = `width:${model.get("width")};height:${model.get("height")};border:0;display:block`;
      frame.srcdoc = model.get("page");
    };
    const names = ["change:page", "change:width", "change:height", "change:title"];
    for (const name of names) model.on(name, show);
    show();
    return () => {
      window.removeEventListener("message", onMessage);
      for (const name of names) model.off(name, show);
    };
  },
};
""" % {"request": LIBRARY_REQUEST, "answer": LIBRARY_ANSWER}

#: The script a page runs first: ask for the library, run it, then ``start()``.
PAGE_LOADER = """
window.addEventListener("message", function (event) {
  if (event.source !== window.parent || !event.data || event.data.type !== "%(answer)s") return;
  // From a blob: URL, not inline: the browser compiles a script it loads off
  // the page's main thread, an inline one (4 MB of deck.gl) on it.
  var library = document.createElement("script");
  library.src = URL.createObjectURL(new Blob([event.data.source], {type: "text/javascript"}));
  library.onload = start;
  document.head.appendChild(library);
});
window.parent.postMessage({type: "%(request)s"}, "*");
""" % {"request": LIBRARY_REQUEST, "answer": LIBRARY_ANSWER}

#: The libraries a page may ask for: name -> a function reading its source.
LIBRARIES: dict[str, Callable[[], bytes]] = {}


@functools.cache
def library_bytes(name: str) -> bytes:
    """A library's source, read once per kernel."""
    return LIBRARIES[name]()


@functools.cache
def sandboxed_page_class() -> type:
    # anywidget (and psygnal with it) is imported when the first such page is
    # drawn, not at %load_ext.
    import anywidget

    class SandboxedPage(anywidget.AnyWidget):
        """A page in an iframe sandboxed to ``allow-scripts``, fed its library
        (``library``: a name in ``LIBRARIES``) on request."""

        _esm = _PAGE_MODULE
        page = traitlets.Unicode("").tag(sync=True)
        width = traitlets.Unicode("100%").tag(sync=True)
        height = traitlets.Unicode("400px").tag(sync=True)
        title = traitlets.Unicode("").tag(sync=True)
        library = traitlets.Unicode("").tag(sync=True)

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.on_msg(_answer_library_request)

    return SandboxedPage


def _answer_library_request(widget: Any, content: Any, buffers: Any) -> None:
    """A custom message from the front end: only a request for a known
    library is answered (a viewer can send anything; nothing else is read)."""
    if not isinstance(content, dict) or content.get("type") != LIBRARY_REQUEST:
        return
    name = content.get("name")
    if not isinstance(name, str) or name not in LIBRARIES:
        return
    try:
        data = library_bytes(name)
    except (OSError, ImportError) as error:
        widget.send({"type": LIBRARY_ANSWER, "name": name, "error": str(error)[:200]})
        return
    widget.send({"type": LIBRARY_ANSWER, "name": name}, buffers=[data])


def sandboxed_page(**traits: Any) -> Any:
    return sandboxed_page_class()(**traits)


__all__ = ["LIBRARIES", "LIBRARY_ANSWER", "LIBRARY_REQUEST", "PAGE_LOADER", "library_bytes",
           "sandboxed_page", "sandboxed_page_class"]
