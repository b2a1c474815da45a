"""``st.grid`` and ``st.skeleton``: a grid container whose elements fill its
cells (:class:`GridContainer`) and a loading placeholder
(:class:`SkeletonPlaceholder`), with Streamlit 1.67's signatures and validation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..runtime.run_context import require_context
from ..runtime.errors import StreamlitIncompatibleParametersError, StreamlitInvalidParameterTypeError, StreamlitValueError, StreamlitValueOutOfRangeError
from ..runtime.page_tree import Block, Element
from .layout import _check_gap
from .widget_helpers import to_key
from .sizing import is_int, validate_height, validate_width
from ..runtime.element_ids import compute_and_register_element_id
from .mixin import ElementMixin

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator


_UINT32_MAX = 2**32 - 1


# ------------------------------------------------------------------- grid
_GRID_COLUMNS_MIN, _GRID_COLUMNS_MAX = 1, 24


def _check_uint32(parameter: str, value: int) -> None:
    if value < 1 or value > _UINT32_MAX:
        raise StreamlitValueOutOfRangeError(parameter, value, 1, _UINT32_MAX)


def _auto_or_positive(parameter: str, value: Any, word: str) -> Any:
    """``"auto"``/``"content"`` (``word``) or a positive int, with Streamlit's errors."""
    if isinstance(value, str) and value == word:
        return value
    if isinstance(value, str):
        raise StreamlitValueError(parameter, [f'"{word}"', "a positive integer"],
                                  detail=f"Got {value!r}.")
    if not is_int(value):
        raise StreamlitInvalidParameterTypeError(parameter, type(value).__name__,
                                                 ["int", f'"{word}"'])
    if value < 1:
        raise StreamlitValueError(parameter, [f'"{word}"', "a positive integer"],
                                  detail=f"Got {value!r}.")
    _check_uint32(parameter, value)
    return int(value)


def _bool_arg(parameter: str, value: Any) -> None:
    if not isinstance(value, bool):
        raise StreamlitInvalidParameterTypeError(parameter, type(value).__name__, ["bool"])


# -------------------------------------------------------------------- mixin
class GridAndSkeletonMixin(ElementMixin):
    """``st.grid``, ``st.skeleton``."""

    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS: tuple[str, ...] = ("grid", "skeleton")

    # -------------------------------------------------------------- grid
    def grid(self: "DeltaGenerator", columns: Any = "auto", *, min_column_width: Any = "auto",
             wrap: bool = True, gap: Any = "small", vertical_alignment: str = "top",
             border: bool = False, row_height: Any = "content", width: Any = "stretch",
             height: Any = "content", key: Any = None, dense: bool = False) -> "GridContainer":

        if not isinstance(wrap, bool):
            raise StreamlitValueError("wrap", ["True", "False"])
        _bool_arg("border", border)
        _bool_arg("dense", dense)
        if isinstance(columns, str) and columns == "auto":
            column_count: Any = "auto"
        elif isinstance(columns, str):
            raise StreamlitValueError("columns", ['"auto"', "an integer from 1 to 24"],
                                      detail=f"Got {columns!r}.")
        elif not is_int(columns):
            raise StreamlitInvalidParameterTypeError("columns", type(columns).__name__,
                                                     ["int", '"auto"'])
        elif not _GRID_COLUMNS_MIN <= columns <= _GRID_COLUMNS_MAX:
            raise StreamlitValueOutOfRangeError("columns", columns, _GRID_COLUMNS_MIN,
                                                _GRID_COLUMNS_MAX)
        else:
            column_count = int(columns)
        if column_count == "auto" and wrap is False:
            raise StreamlitIncompatibleParametersError(
                'columns="auto"', "wrap=False",
                explanation="`wrap=False` requires an explicit column count. Pass an integer, "
                            "such as `st.grid(3, wrap=False)`.")
        min_width = _auto_or_positive("min_column_width", min_column_width, "auto")
        if isinstance(gap, (tuple, list)):
            if len(gap) != 2:
                raise StreamlitValueError(
                    "gap", ["a gap size", "a 2-tuple or 2-list of (row_gap, column_gap)"],
                    detail=f"Got a sequence with {len(gap)} elements.")
            row_gap, column_gap = gap
        else:
            row_gap = column_gap = gap
        if vertical_alignment not in ("top", "center", "bottom"):
            raise StreamlitValueError("vertical_alignment", ["'top'", "'center'", "'bottom'"],
                                      detail=f"Got {vertical_alignment!r}.")
        fixed_row_height = _auto_or_positive("row_height", row_height, "content")
        validate_width(width)
        validate_height(height, allow_content=True)
        _check_gap(row_gap)
        _check_gap(column_gap)
        user_key = to_key(key)
        if user_key:
            # Streamlit registers a keyed grid's id (duplicate keys fail).
            compute_and_register_element_id(require_context(), "grid", user_key=user_key,
                                            key_as_main_identity=False, form_id="",
                                            root=self._active_dg()._root, label="")
        block = Block("grid", {
            "columns": column_count, "min_column_width": min_width, "wrap": wrap,
            "row_gap": row_gap, "column_gap": column_gap,
            "vertical_alignment": vertical_alignment, "border": border,
            "row_height": fixed_row_height, "width": width, "height": height, "dense": dense,
        })
        return GridContainer(self._add_block(block), block)

    # ---------------------------------------------------------- skeleton
    def skeleton(self: "DeltaGenerator", height: Any = None, *,
                 width: Any = "stretch") -> "SkeletonPlaceholder":
        validate_width(width)
        if height is not None:
            validate_height(height)
        return SkeletonPlaceholder(self, {"height": height, "width": width})


class GridContainer:
    """What ``st.grid`` returns: a container whose elements fill the grid's
    cells in order; ``with`` it, call ``st.*`` methods on it, or make a cell
    spanning several columns or rows with :meth:`cell`."""

    def __init__(self, dg: "DeltaGenerator", block: Block) -> None:
        self._dg = dg
        self._block = block

    def __getattr__(self, name: str) -> Any:
        return getattr(self._dg, name)

    def __enter__(self) -> "GridContainer":
        self._dg.__enter__()
        return self

    def __exit__(self, *exc: Any) -> bool:
        return self._dg.__exit__(*exc)

    def cell(self, *, column_span: Any = 1, row_span: int = 1) -> "DeltaGenerator":
        """A container occupying ``column_span`` columns ("all": the whole row)
        and ``row_span`` rows of the grid."""
        declared = self._block.props["columns"]
        if isinstance(column_span, str) and column_span == "all":
            span: Any = "all"
        elif isinstance(column_span, str):
            raise StreamlitValueError("column_span", ['"all"', "a positive integer"],
                                      detail=f"Got {column_span!r}.")
        elif not is_int(column_span):
            raise StreamlitInvalidParameterTypeError("column_span", type(column_span).__name__,
                                                     ["int", '"all"'])
        elif column_span < 1:
            raise StreamlitValueError("column_span", ['"all"', "a positive integer"],
                                      detail=f"Got {column_span!r}.")
        else:
            _check_uint32("column_span", column_span)
            if declared != "auto" and column_span > declared:
                raise StreamlitValueOutOfRangeError("column_span", column_span, 1, declared)
            span = int(column_span)
        if not is_int(row_span):
            raise StreamlitInvalidParameterTypeError("row_span", type(row_span).__name__, ["int"])
        if row_span < 1:
            raise StreamlitValueError("row_span", ["a positive integer"],
                                      detail=f"Got {row_span!r}.")
        _check_uint32("row_span", row_span)
        return self._dg._add_block(Block("grid_cell", {"column_span": span,
                                                       "row_span": int(row_span)}))

    def __repr__(self) -> str:
        return f"GridContainer(columns={self._block.props['columns']!r})"


class SkeletonPlaceholder:
    """What ``st.skeleton`` returns. Standalone, it is a placeholder like
    ``st.empty()``: calling an ``st.*`` method on it replaces the skeleton.
    As a context manager it is shown while the block runs and cleared when
    the block ends; what the block writes goes to the parent container."""

    def __init__(self, parent: "DeltaGenerator", props: dict[str, Any]) -> None:
        self._props = props
        self._in_context_manager = False
        self._dg = parent._enqueue(Element("skeleton", dict(props)))

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
        return getattr(self._dg, name)

    def __enter__(self) -> "SkeletonPlaceholder":
        self._in_context_manager = True
        # Shown while the block runs (a live render shows it), then emptied.
        self._dg._enqueue(Element("skeleton", {**self._props, "transient": True}))
        return self

    def __exit__(self, *exc: Any) -> bool:
        if not self._in_context_manager:
            raise RuntimeError("__exit__ called without __enter__")
        self._in_context_manager = False
        self._dg._enqueue(Element("empty", {}))
        return False


__all__ = ["GridAndSkeletonMixin", "GridContainer", "SkeletonPlaceholder"]
