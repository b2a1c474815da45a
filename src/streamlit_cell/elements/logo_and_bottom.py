"""``st.logo`` and ``st.bottom``: the parts of Streamlit's page around the app.

``st.logo`` shows an image at the top of the sidebar (of the main area when
the app has no sidebar yet), linked if asked; the last call of a run wins, as
in Streamlit. It is an element of the run's tree (type ``"logo"``), kept out
of AppTest's tree as Streamlit's AppTest keeps it out (it is page chrome).

``st.bottom`` is Streamlit's ``BottomContainerProxy``: ``st.bottom.button(...)``
and ``with st.bottom:`` write to the container pinned below the app, the one
a top-level ``st.chat_input`` uses.
"""

from __future__ import annotations

from typing import Any

from ..runtime.run_context import get_run_context
from .icons import is_emoji, validate_material_icon
from .media import deprecation_warning, image_item, is_url
from ..runtime.errors import StreamlitAPIException, StreamlitInvalidLayoutContextError, StreamlitInvalidURLError, StreamlitValueError
from ..runtime.page_tree import Element, walk
from ..runtime.run_context import require_context
from .delta_generator import DeltaGenerator, main_dg


def _invalid_logo_text(field_name: str) -> str:
    return (f"The {field_name} passed to st.logo is invalid - See [documentation]"
            "(https://docs.streamlit.io/develop/api-reference/media/st.logo) for more "
            "information on valid types")


def _logo_image(image: Any) -> dict[str, str]:
    """(kind, value): a Material icon, an emoji, or an image URL (data URL for bytes)."""
    if isinstance(image, str) and image.startswith(":material"):
        return {"kind": "icon", "value": validate_material_icon(image)}
    if isinstance(image, str) and is_emoji(image):
        return {"kind": "emoji", "value": image}
    return {"kind": "image", "value": image_item(image, "content", False, "RGB", "auto").src}


def logo(image: Any, *, size: str = "medium", link: str | None = None,
         icon_image: Any = None) -> None:
    """Show ``image`` as the app's logo (``icon_image`` is what Streamlit shows
    when the sidebar is collapsed; a notebook's sidebar does not collapse)."""
    ctx = get_run_context()
    if ctx is None:
        return  # Streamlit does nothing outside a run
    try:
        shown = _logo_image(image)
    except Exception as error:
        raise StreamlitAPIException(_invalid_logo_text("image"),
                                    error_id="logo-invalid-image") from error
    if link and not is_url(link, ("http", "https")):
        raise StreamlitInvalidURLError(link, ("http", "https"))
    icon = None
    if icon_image:
        try:
            icon = _logo_image(icon_image)
        except Exception as error:
            raise StreamlitAPIException(_invalid_logo_text("icon_image"),
                                        error_id="logo-invalid-icon-image") from error
    if not (isinstance(size, str) and size.lower() in ("small", "medium", "large")):
        raise StreamlitValueError("size", ["'small'", "'medium'", "'large'"])
    props = {**shown, "size": size.lower(), "link": link or None, "icon_image": icon}
    for root in (ctx.main, ctx.sidebar):
        for element in walk(root):
            if element.type == "logo":  # one logo per page: the last call wins
                element.props = props
                if ctx.on_element is not None:
                    ctx.on_element(ctx, element)
                return
    # Appended, not inserted first: slots held by placeholders keep their
    # places. The view shows it first (CSS order).
    block = ctx.sidebar if ctx.sidebar.items else ctx.main
    element = Element("logo", props)
    block.items.append(element)
    if ctx.on_element is not None:
        ctx.on_element(ctx, element)


class BottomContainerProxy:
    """``st.bottom``: the container pinned below the app, usable only from the
    main area (Streamlit's checks and messages)."""

    def __init__(self) -> None:
        object.__setattr__(self, "_entered", [])

    @staticmethod
    def _bottom_dg() -> Any:

        return DeltaGenerator(root="main", block=require_context().bottom)

    @staticmethod
    def _check_context() -> None:
        ctx = get_run_context()
        if ctx is None or not ctx.dg_stack:
            return
        innermost = ctx.dg_stack[-1]
        if innermost._active_dg()._root == "sidebar":
            raise StreamlitInvalidLayoutContextError(
                "`st.bottom` cannot be used inside `st.sidebar`. "
                "The bottom container is only available in the main app area.")

    def __getattr__(self, name: str) -> Any:
        self._check_context()
        return getattr(self._bottom_dg(), name)

    def __dir__(self) -> list[str]:

        return dir(DeltaGenerator)

    def __enter__(self) -> None:
        self._check_context()
        dg = self._bottom_dg()
        self._entered.append(dg)
        dg.__enter__()

    def __exit__(self, *exc: Any) -> bool:
        dg = self._entered.pop() if self._entered else self._bottom_dg()
        return dg.__exit__(*exc)

    def __repr__(self) -> str:
        return "BottomContainerProxy()"


bottom = BottomContainerProxy()


#: Streamlit's message for the old name (``make_deprecated_name_warning``).
_BOTTOM_RENAMED_WARNING = ("Please replace `st._bottom` with `st.bottom`.\n\n"
                           "`st._bottom` will be removed after 2026-07-01.")
#: Whether ``st._bottom``'s warning was shown: once per process (per kernel
#: here), as Streamlit's ``deprecate_obj_name`` wrapper does.
_bottom_renamed_warned: list[bool] = []


class DeprecatedBottomName(BottomContainerProxy):
    """``st._bottom``, the name chat apps used before ``st.bottom`` (``with
    st._bottom: st.chat_input(...)``): the bottom container, and the first
    use in the process shows Streamlit's deprecation warning where an
    ``st.warning`` would go. Streamlit wraps the bare bottom DeltaGenerator,
    so the sidebar check of ``st.bottom`` does not apply."""

    def _check_context(self) -> None:  # type: ignore[override]
        if not _bottom_renamed_warned:
            _bottom_renamed_warned.append(True)
            deprecation_warning(_BOTTOM_RENAMED_WARNING, show_in_browser=True, shown_by=main_dg)

    def __repr__(self) -> str:
        self._check_context()
        return super().__repr__()


deprecated_bottom = DeprecatedBottomName()
