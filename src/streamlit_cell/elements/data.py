"""Data elements: ``st.dataframe`` and ``st.table``.

The element keeps the frame; a renderer decides how much of it to send.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .dataframe_conversion import convert_anything_to_pandas_df

from ..runtime.errors import StreamlitValueError
from ..runtime.page_tree import Element
from .sizing import check_height, check_width
from .column_config import ButtonColumnResult, process_config_mapping
from ..runtime.errors import StreamlitNotSupportedInNotebookError
from .mixin import ElementMixin

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator


def is_dataframe_like(arg: Any) -> bool:
    """Whether ``st.write`` shows ``arg`` as a table (Streamlit's data frame types)."""
    module = type(arg).__module__ or ""
    return (module.startswith(("pandas", "polars", "pyarrow", "numpy"))
            and type(arg).__name__ in {"DataFrame", "Series", "Table", "ndarray", "Index", "Styler"})


def to_dataframe(data: Any) -> Any:
    """Convert what Streamlit accepts as table data to a pandas DataFrame
    (Streamlit's ``convert_anything_to_pandas_df``)."""
    return convert_anything_to_pandas_df(data)


def _check_table_sizes(width: Any, height: Any, extra_height: tuple[str, ...] = ()) -> None:

    check_width(width, content=True)
    if not (isinstance(height, str) and height in extra_height):
        check_height(height)


class DataMixin(ElementMixin):

    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS = ("dataframe", "table",)
    def dataframe(self: "DeltaGenerator", data: Any = None, width: Any = "stretch",
                  height: Any = "auto", *, use_container_width: bool | None = None,
                  hide_index: bool | None = None, column_order: Any = None,
                  column_config: Any = None, key: Any = None, on_select: Any = "ignore",
                  selection_mode: Any = "multi-row", selection_default: Any = None,
                  row_height: int | None = None, placeholder: str | None = None,
                  lazy: bool | None = None, alt: str | None = None) -> "DeltaGenerator":
        _check_table_sizes(width, height, extra_height=("auto",))
        if row_height is not None and row_height < 0:  # Streamlit: a protobuf uint32
            raise ValueError(f"`row_height` must be 0 or more, not {row_height}.")
        frame = to_dataframe(data)
        if column_order is not None:
            frame = frame[[c for c in column_order if c in frame.columns]]

        if column_config is not None and any(isinstance(config, ButtonColumnResult)
                                             for config in column_config.values()):

            raise StreamlitNotSupportedInNotebookError(
                "Clickable button columns (`st.column_config.ButtonColumn(key=...)`) in "
                "`st.dataframe`",
                "The notebook's table is static HTML. Drop `key`/`on_click` to show the "
                "labels, and act on a row with `st.selectbox` or `st.button` below the table.")
        return self._enqueue(Element("dataframe", {
            "data": frame, "hide_index": bool(hide_index), "height": height,
            # Applied by the view (labels, hidden columns, number formats);
            # the data stays as given, as a tester sees it in Streamlit.
            "column_config": process_config_mapping(column_config),
        }))

    def table(self: "DeltaGenerator", data: Any = None, *, border: Any = True,
              width: Any = "stretch", height: Any = "content",
              hide_index: bool | None = None, hide_header: bool | None = None,
              alt: str | None = None) -> "DeltaGenerator":
        if border not in (True, False, "horizontal"):
            raise StreamlitValueError("border", ["True", "False", "'horizontal'"])
        _check_table_sizes(width, height)
        return self._enqueue(Element("table", {"data": to_dataframe(data),
                                               "hide_index": bool(hide_index)}))
