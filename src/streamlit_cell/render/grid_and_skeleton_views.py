"""Views of ``st.grid`` (its cells) and ``st.skeleton``."""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from ..runtime.element_props import GridProps, SkeletonProps
from ..runtime.page_tree import Element
from .html_view import register_html_views
from .base import BlockView, NO_OVERRIDE, register_view, set_traits
from .embed_views import _css_size


# --------------------------------------------------------------------- grid
_GAPS = {"xxsmall": "0.125rem", "xsmall": "0.25rem", "small": "1rem", "medium": "2rem",
         "large": "4rem", "xlarge": "6rem", "xxlarge": "8rem"}


def _gap(gap: Any) -> str:
    if gap is None:
        return "0"
    if isinstance(gap, int) and not isinstance(gap, bool):
        return f"{gap}px"
    return _GAPS.get(str(gap).lower(), "1rem")


def grid_layout_traits(props: GridProps) -> dict[str, Any]:
    """The CSS grid of ``st.grid``'s arguments."""
    columns, min_width = props["columns"], props["min_column_width"]
    cell_min = f"{min_width}px" if min_width != "auto" else "10rem"
    if columns == "auto":
        template = f"repeat(auto-fill, minmax(min({cell_min}, 100%), 1fr))"
    elif props["wrap"]:
        # At most `columns` per row; narrower screens wrap to fewer.
        template = (f"repeat(auto-fill, minmax(max({cell_min if min_width != 'auto' else '0px'}, "
                    f"calc((100% - {columns - 1} * {_gap(props['column_gap'])}) / {columns})), 1fr))")
    else:
        template = f"repeat({columns}, minmax(0, 1fr))"
    row_height = props["row_height"]
    return {
        "grid_template_columns": template,
        "grid_auto_rows": f"{row_height}px" if row_height != "content" else "auto",
        "grid_gap": f"{_gap(props['row_gap'])} {_gap(props['column_gap'])}",
        "align_items": {"top": "flex-start", "center": "center",
                        "bottom": "flex-end"}[props["vertical_alignment"]],
        "width": _css_size(props["width"], default="100%"),
        "height": _css_size(props["height"], default="auto"),
        "grid_auto_flow": "row dense" if props["dense"] else "row",
    }


@register_view("grid")
class GridView(BlockView):
    """``st.grid``: an ipywidgets ``GridBox``; children fill cells in order."""

    def create(self, element: Element) -> w.Box:
        return w.GridBox(layout=w.Layout(**grid_layout_traits(element.props)))

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        set_traits(self.widget.layout, grid_layout_traits(element.props))


@register_view("grid_cell")
class GridCellView(BlockView):
    """``GridContainer.cell``: a container spanning columns and rows."""

    @staticmethod
    def _span(props: dict[str, Any]) -> dict[str, Any]:
        span = props["column_span"]
        return {"grid_column": "1 / -1" if span == "all" else f"span {span}",
                "grid_row": f"span {props['row_span']}", "min_width": "0"}

    def create(self, element: Element) -> w.Box:
        return w.VBox(layout=w.Layout(**self._span(element.props)))

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        set_traits(self.widget.layout, self._span(element.props))


# ------------------------------------------------------------------ HTML ones
_SKELETON_STYLE = (
    "<style>@keyframes stc-skeleton-pulse { 0%, 100% { opacity: 1; } 50% { opacity: .45; } }"
    ".stc-skeleton-box { border-radius: 0.5rem; animation: stc-skeleton-pulse 1.5s "
    "ease-in-out infinite; background: var(--jp-layout-color3, #e0e0e0); }"
    "@media (prefers-reduced-motion: reduce) { .stc-skeleton-box { animation: none; } }"
    "</style>")


def skeleton_html(props: SkeletonProps) -> str:
    height = props.get("height")
    css_height = "2.5rem" if height is None else _css_size(height, default="100%")
    width = _css_size(props.get("width", "stretch"), default="100%")
    return (f'{_SKELETON_STYLE}<div class="stc-skeleton-box" role="progressbar" '
            f'aria-busy="true" aria-label="Loading" '
            f'style="height: {css_height}; width: {width};"></div>')


_FULL_WIDTH = {"width": "100%"}
register_html_views({"skeleton": skeleton_html}, layout=_FULL_WIDTH)


__all__ = ["grid_layout_traits", "skeleton_html"]
