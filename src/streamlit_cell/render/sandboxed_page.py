"""A page of its own, in a sandboxed iframe, with its JavaScript library
delivered by the kernel instead of a CDN.

deck.gl (``st.map``, ``st.pydeck_chart``) draws in a page of its own, kept in
an iframe sandboxed to ``allow-scripts`` so its scripts cannot reach the
notebook. Its library (pydeck's bundle, 4 MB) used to come from a CDN: offline,
or in an air-gapped JupyterHub, the frame stayed empty. Now:

* ``LibraryAsset`` holds a library's source in a synced trait. There is one
  per library and kernel, never displayed, so the browser receives the 4 MB
  once, however many maps there are and however often they change.
* ``SandboxedPage`` (an anywidget ES module) puts the page into its iframe's
  ``srcdoc``. The page asks its parent for the library with ``postMessage``;
  the module answers with the asset's source, which the page runs, then draws.
  The iframe has an opaque origin: the library and the page's data reach it
  only as that message.

A page that needs no library (``library`` is None) is shown as it is.
"""

from __future__ import annotations

import functools
from typing import Any

import traitlets

#: What a page posts to its parent to ask for its library, and the answer's type.
LIBRARY_REQUEST = "stc-library-request"
LIBRARY_ANSWER = "stc-library"

_PAGE_MODULE = r"""
const MODEL_PREFIX = "IPY_MODEL_";
export default {
  render({ model, el }) {
    const frame = document.createElement("iframe");
    frame.setAttribute("sandbox", "allow-scripts");
    el.appendChild(frame);
    const onMessage = async (event) => {
      if (event.source !== frame.contentWindow || !event.data
          || event.data.type !== "%(request)s") return;
      const ref = model.get("library");
      if (!ref) return;
      const asset = await model.widget_manager.get_model(ref.slice(MODEL_PREFIX.length));
      frame.contentWindow.postMessage(
        { type: "%(answer)s", source: asset.get("source") }, "*");
    };
    window.addEventListener("message", onMessage);
    const show = () => {
      frame.title = model.get("title");
      frame.style.cssText = `width:${model.get("width")};height:${model.get("height")};border:0;display:block`;
      frame.srcdoc = model.get("page");
    };
    model.on("change:page", show);
    model.on("change:width", show);
    model.on("change:height", show);
    model.on("change:title", show);
    show();
    return () => {
      window.removeEventListener("message", onMessage);
      model.off("change:page", show);
      model.off("change:width", show);
      model.off("change:height", show);
      model.off("change:title", show);
    };
  },
};
""" % {"request": LIBRARY_REQUEST, "answer": LIBRARY_ANSWER}

#: The script a page runs first: ask for the library, run it, then ``start()``.
PAGE_LOADER = """
window.addEventListener("message", function (event) {
  if (event.source !== window.parent || !event.data || event.data.type !== "%(answer)s") return;
  var library = document.createElement("script");
  library.textContent = event.data.source;
  document.head.appendChild(library);
  start();
});
window.parent.postMessage({type: "%(request)s"}, "*");
""" % {"request": LIBRARY_REQUEST, "answer": LIBRARY_ANSWER}


@functools.cache
def _classes() -> tuple[type, type]:
    # anywidget (and psygnal with it) is imported when the first such page is
    # drawn, not at %load_ext.
    import anywidget
    import ipywidgets as w

    class LibraryAsset(anywidget.AnyWidget):
        """A JavaScript library's source, sent to the browser once."""

        _esm = "export default {};"
        name = traitlets.Unicode("").tag(sync=True)
        source = traitlets.Unicode("").tag(sync=True)

    class SandboxedPage(anywidget.AnyWidget):
        """A page in an iframe sandboxed to ``allow-scripts``, fed its library."""

        _esm = _PAGE_MODULE
        page = traitlets.Unicode("").tag(sync=True)
        width = traitlets.Unicode("100%").tag(sync=True)
        height = traitlets.Unicode("400px").tag(sync=True)
        title = traitlets.Unicode("").tag(sync=True)
        library = traitlets.Instance(LibraryAsset, allow_none=True).tag(
            sync=True, **w.widget_serialization)

    return LibraryAsset, SandboxedPage


def sandboxed_page_class() -> type:
    return _classes()[1]


_ASSETS: dict[str, Any] = {}


def library_asset(name: str, read_source: Any) -> Any:
    """The kernel's ``LibraryAsset`` for ``name`` (made, with ``read_source()``,
    on first use; made again if it was closed)."""
    asset = _ASSETS.get(name)
    if asset is None or asset.comm is None:
        asset = _classes()[0](name=name, source=read_source())
        _ASSETS[name] = asset
    return asset


def sandboxed_page(**traits: Any) -> Any:
    return sandboxed_page_class()(**traits)
