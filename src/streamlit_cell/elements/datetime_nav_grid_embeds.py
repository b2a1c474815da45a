"""``st.datetime_input``, ``st.pagination``, ``st.menu_button``, ``st.grid``,
``st.skeleton``, ``st.iframe`` (and ``st.components.v1.html`` / ``iframe``)
and ``st.pdf``, with Streamlit 1.67's signatures, validation and identity.

Widgets follow Streamlit's steps (policies, id, validation, registration);
the elements carry what a renderer needs: an ``iframe`` element holds either
a ``src`` URL or the user's ``srcdoc`` HTML, a ``pdf`` element a URL or the
file's bytes.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from ..runtime.run_context import require_context
from ..runtime.errors import FORM_DOCS_INFO, StreamlitAPIException, StreamlitIncompatibleParametersError, StreamlitInvalidLayoutContextError, StreamlitInvalidMinMaxError, StreamlitInvalidParameterTypeError, StreamlitMissingRequiredParameterError, StreamlitValueAboveMaxError, StreamlitValueBelowMinError, StreamlitValueError, StreamlitValueOutOfRangeError
from ..runtime.page_tree import Block, Element
from .layout import _check_gap
from .media import deprecation_warning, is_url, normalize_alt
from .widget_helpers import (
    check_no_bind,
    check_state_type,
    check_widget_policies,
    checked_label,
    options_list,
    parse_on_change,
    to_key,
)
from .sizing import is_int, validate_height, validate_width
from .slider_values import validate_date_format
from .icons import validate_icon_or_emoji
from ..runtime.element_ids import compute_and_register_element_id
from .mixin import ElementMixin

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator

_UINT32_MAX = 2**32 - 1

# ------------------------------------------------------------ datetime_input
#: The two strings Streamlit's front end sends for a datetime input.
_DATETIME_ISO_FORMAT = "%Y-%m-%dT%H:%M"
_DATETIME_LEGACY_FORMAT = "%Y/%m/%d, %H:%M"
_DEFAULT_MIN_BOUND_TIME = dt.time(0, 0)
_DEFAULT_MAX_BOUND_TIME = dt.time(23, 59)


def _normalize_time(value: dt.time) -> dt.time:
    return value.replace(second=0, microsecond=0, tzinfo=None)


def _normalize_datetime(value: dt.datetime) -> dt.datetime:
    """Streamlit's datetime input works in whole minutes, without a time zone."""
    return value.replace(tzinfo=None, second=0, microsecond=0)


def _combine(day: dt.date, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, _normalize_time(time))


def to_datetime(value: Any, *, fallback_date: dt.date, fallback_time: dt.time) -> dt.datetime:
    """Streamlit's datetime-like values: "now", datetime, date (at
    ``fallback_time``), time (on ``fallback_date``), or an ISO-like string."""
    if isinstance(value, str) and value == "now":
        return _normalize_datetime(dt.datetime.now())
    if isinstance(value, dt.datetime):
        return _normalize_datetime(value)
    if isinstance(value, dt.date):
        return _combine(value, fallback_time)
    if isinstance(value, dt.time):
        return _combine(fallback_date, value)
    if isinstance(value, str):
        text = value.strip()
        try:
            return _normalize_datetime(dt.datetime.fromisoformat(text))
        except ValueError:
            pass
        for fmt in ("%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"):
            try:
                return _normalize_datetime(dt.datetime.strptime(text, fmt))
            except ValueError:
                continue
        try:
            return _combine(dt.date.fromisoformat(text), fallback_time)
        except ValueError:
            pass
        try:
            return _combine(fallback_date, dt.time.fromisoformat(text))
        except ValueError:
            pass
    raise StreamlitInvalidParameterTypeError(
        "value", type(value).__name__, ["datetime", "date", "time", "ISO string", '"now"'])


def _add_years(day: dt.date, years: int) -> dt.date:
    """Streamlit's ``adjust_years``: clamped to the calendar, 29 February -> 28."""
    year = day.year + years
    if year > dt.date.max.year:
        return dt.date.max
    if year < dt.date.min.year:
        return dt.date.min
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def datetime_iso(value: dt.datetime) -> str:
    """How Streamlit writes a datetime input's value, min and max: whole minutes."""
    return _normalize_datetime(value).strftime(_DATETIME_ISO_FORMAT)


@dataclass(frozen=True)
class DatetimeBounds:
    """The parsed default, min and max of a datetime input (Streamlit's
    ``_DateTimeInputValues``): bounds default to ten years either side."""

    value: dt.datetime | None
    min: dt.datetime
    max: dt.datetime

    @classmethod
    def build(cls, value: Any, min_value: Any, max_value: Any) -> "DatetimeBounds":
        parsed = None if value is None else to_datetime(
            value, fallback_date=dt.date.today(), fallback_time=_DEFAULT_MIN_BOUND_TIME)
        base = parsed.date() if parsed is not None else dt.date.today()
        low = _combine(_add_years(base, -10), _DEFAULT_MIN_BOUND_TIME) if min_value is None \
            else to_datetime(min_value, fallback_date=base, fallback_time=_DEFAULT_MIN_BOUND_TIME)
        high = _combine(_add_years(base, 10), _DEFAULT_MAX_BOUND_TIME) if max_value is None \
            else to_datetime(max_value, fallback_date=base, fallback_time=_DEFAULT_MAX_BOUND_TIME)
        if low > high:
            raise StreamlitInvalidMinMaxError(low, high)
        if parsed is not None:
            if parsed < low:
                raise StreamlitValueBelowMinError(parsed, low)
            if parsed > high:
                raise StreamlitValueAboveMaxError(parsed, high)
        return cls(parsed, low, high)


def _parse_front_end_datetime(value: Any) -> dt.datetime | None:
    """A datetime picker's value (a datetime) or Streamlit's wire strings."""
    if isinstance(value, dt.datetime):
        return _normalize_datetime(value)
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    if isinstance(value, str):
        for fmt in (_DATETIME_ISO_FORMAT, _DATETIME_LEGACY_FORMAT):
            try:
                return _normalize_datetime(dt.datetime.strptime(value, fmt))
            except ValueError:
                continue
    return None


# ----------------------------------------------------------------- iframes
_MAX_PATH_LENGTH = 4096
_HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
_STRING_FILE_PATH_WARNING = (
    "Passing a file path as a string to `st.iframe` is deprecated. Wrap it in "
    "`pathlib.Path` instead, for example `st.iframe(Path('page.html'))`.")


def _is_file(text: str) -> bool:
    if len(text) > _MAX_PATH_LENGTH or "<" in text:
        return False
    try:
        return Path(text).is_file()
    except (TypeError, OSError, ValueError):
        return False


def _validate_tab_index(tab_index: Any) -> None:
    if tab_index is None:
        return
    if isinstance(tab_index, bool) or not isinstance(tab_index, int):
        raise StreamlitInvalidParameterTypeError("tab_index", type(tab_index).__name__, ["int"])
    if tab_index < -1:
        raise StreamlitValueError("tab_index", ["None", "-1", "a non-negative integer"])


def _local_file_frame(path: str) -> dict[str, Any]:
    """``st.iframe(Path(...))``: an HTML file is shown from its text; any
    other file from its bytes (a data URL, where Streamlit serves a media URL)."""
    if Path(path).suffix.lower() in _HTML_EXTENSIONS:
        try:
            with open(path, encoding="utf-8") as f:
                return {"srcdoc": f.read()}
        except (OSError, UnicodeDecodeError) as error:
            raise StreamlitAPIException(f"Unable to read file '{path}': {error}",
                                        error_id="iframe-unable-to-read-html-file") from error
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as error:
        raise StreamlitAPIException(f"Unable to read file '{path}': {error}",
                                    error_id="iframe-unable-to-read-file") from error
    mimetype, _ = mimetypes.guess_type(path)
    return {"data": data, "mimetype": mimetype or "application/octet-stream"}


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
class DatetimeNavGridEmbedsMixin(ElementMixin):
    """``st.datetime_input`` ... ``st.pdf``."""

    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS = ("datetime_input", "pagination", "menu_button", "grid", "skeleton", "iframe",
                "pdf")

    # ---------------------------------------------------------- datetime
    def datetime_input(self: "DeltaGenerator", label: str, value: Any = "now",
                       min_value: Any = None, max_value: Any = None, *, key: Any = None,
                       help: str | None = None, on_change: Any = "rerun", args: Any = None,
                       kwargs: Any = None, format: str = "YYYY/MM/DD",
                       step: Any = dt.timedelta(seconds=900), disabled: bool = False,
                       required: bool = False, label_visibility: str = "visible",
                       width: Any = "stretch", bind: Any = None,
                       persist_state: Any = None) -> dt.datetime | None:

        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        check_widget_policies(self, key, callback,
                              default_value=value if not (isinstance(value, str)
                                                          and value == "now") else None)
        check_no_bind(bind, persist_state)
        label = checked_label(label, label_visibility)
        bounds = DatetimeBounds.build(value, min_value, max_value)
        value_for_id = (None if bounds.value is None else datetime_iso(bounds.value)) \
            if isinstance(value, (dt.datetime, dt.date, dt.time)) else value
        widget_id = self._widget_id("datetime_input", key, label, dict(
            value=value_for_id, min_value=datetime_iso(bounds.min),
            max_value=datetime_iso(bounds.max), help=help, format=format, step=step,
            width=width, required=required), {"format", "step"})
        has_explicit_bounds = min_value is not None or max_value is not None
        validate_date_format(format)
        if isinstance(step, bool) or not isinstance(step, (int, dt.timedelta)):
            raise StreamlitInvalidParameterTypeError("step", type(step).__name__,
                                                     ["int", "timedelta"])
        step_seconds = int(step.total_seconds()) if isinstance(step, dt.timedelta) else step
        if not 60 <= step_seconds <= 23 * 3600:
            raise StreamlitValueOutOfRangeError("step", f"{step_seconds} seconds",
                                                "60 seconds", "23 hours")
        default = bounds.value
        if require_context().session.key_value(key) is None:
            default = None  # the key was set to None: the input starts empty

        def deserialize(v: Any) -> dt.datetime | None:
            parsed = _parse_front_end_datetime(v)
            if parsed is None or not bounds.min <= parsed <= bounds.max:
                return default
            return parsed

        current, from_state = self._register_widget_state(
            widget_id, key=key, deserializer=deserialize, on_change=callback, args=args,
            kwargs=kwargs, disabled=disabled)
        check_state_type("datetime_input", key, current, from_state,
                          isinstance(current, dt.datetime), AttributeError,
                          "a datetime.datetime")
        if current is not None and has_explicit_bounds and \
                not bounds.min <= current <= bounds.max:
            current = bounds.value
            self._reset_widget_value(key, current)
        validate_width(width)  # where Streamlit checks it: building the layout
        self._enqueue(self._widget_element("datetime_input", widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "min": datetime_iso(bounds.min), "max": datetime_iso(bounds.max),
            "min_value": bounds.min, "max_value": bounds.max, "step": step_seconds,
            "format": format, "required": required, "label_visibility": label_visibility,
            "ignore_rerun": ignore,
        }))
        return current

    # -------------------------------------------------------- pagination
    def pagination(self: "DeltaGenerator", num_pages: int, *, default: int = 1,
                   max_visible_pages: int | None = 7, width: Any = "content",
                   key: Any = None, on_change: Any = "rerun", args: Any = None,
                   kwargs: Any = None, disabled: bool = False, bind: Any = None,
                   persist_state: Any = None) -> int:
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        if not isinstance(num_pages, int) or isinstance(num_pages, bool) or num_pages < 1:
            raise StreamlitAPIException(
                f"`num_pages` must be an integer of at least 1. Got {num_pages}.",
                error_id="pagination-invalid-num-pages")
        if isinstance(default, bool) or not isinstance(default, int):
            raise StreamlitInvalidParameterTypeError("default", type(default).__name__, ["int"])
        if not 1 <= default <= num_pages:
            raise StreamlitValueOutOfRangeError("default", default, 1, num_pages)
        if max_visible_pages is not None and (
                not isinstance(max_visible_pages, int) or isinstance(max_visible_pages, bool)
                or max_visible_pages < 0):
            raise StreamlitAPIException(
                "`max_visible_pages` must be a non-negative integer or None. "
                f"Got {max_visible_pages}.", error_id="pagination-invalid-max-visible-pages")
        check_widget_policies(self, key, callback, default_value=default)
        check_no_bind(bind, persist_state)
        widget_id = self._widget_id("pagination", key, "", dict(
            num_pages=num_pages, default=default, max_visible_pages=max_visible_pages,
            width=width), True)

        def deserialize(v: Any) -> int:
            if not is_int(v) or not 1 <= v <= num_pages:
                return default
            return int(v)

        current, _ = self._register_widget_state(
            widget_id, key=key, deserializer=deserialize, on_change=callback, args=args,
            kwargs=kwargs, disabled=disabled)
        if not (is_int(current) and 1 <= current <= num_pages):
            # A page set through session state that the pages do not have.
            current = default
            self._reset_widget_value(key, current)
        validate_width(width, allow_content=True)  # where Streamlit checks it
        self._enqueue(self._widget_element("pagination", widget_id, key, {
            "num_pages": num_pages, "default": default,
            "max_visible_pages": max_visible_pages, "disabled": disabled, "value": current,
            "ignore_rerun": ignore,
        }))
        return current

    # ------------------------------------------------------- menu_button
    def menu_button(self: "DeltaGenerator", label: str, options: Any, *, key: Any = None,
                    help: str | None = None, on_click: Callable[..., Any] | None = None,
                    args: Any = None, kwargs: Any = None, type: str = "secondary",
                    icon: str | None = None, disabled: bool = False, width: Any = "content",
                    format_func: Callable[[Any], str] = str, wrap: bool | None = None) -> Any:

        key = to_key(key)
        label = "" if label is None else str(label)
        callback, _ = parse_on_change(on_click, "on_click", modes=())
        check_widget_policies(self, key, callback, default_value=None, writes_allowed=False)
        if self._in_form():
            raise StreamlitInvalidLayoutContextError(
                f"`st.menu_button()` can't be used in an `st.form()`.{FORM_DOCS_INFO}")
        if type not in ("primary", "secondary", "tertiary"):
            raise StreamlitValueError("type", ["'primary'", "'secondary'", "'tertiary'"])
        validate_width(width, allow_content=True)
        opt = options_list(options)
        if not opt:
            raise StreamlitMissingRequiredParameterError(
                "options", detail="Provide at least one option.")
        labels = [format_func(option) for option in opt]
        index_of_label = {text: index for index, text in enumerate(labels)}
        if len(index_of_label) != len(labels):
            raise StreamlitAPIException(
                "The `format_func` produced duplicate labels for the menu button options. "
                "Each formatted option label must be unique.",
                error_id="menu-button-duplicate-format-labels")
        widget_id = self._widget_id("menu_button", key, label, dict(
            options=labels, help=help, type=type, icon=icon, width=width), True)
        shown_icon = None if icon is None else validate_icon_or_emoji(icon)

        def deserialize(v: Any) -> Any:
            # The front end sends the chosen option's label, for one run.
            if v is None:
                return None
            index = index_of_label.get(v)
            return opt[index] if index is not None else None

        value, _ = self._register_widget_state(
            widget_id, key=key, deserializer=deserialize, on_change=callback, args=args,
            kwargs=kwargs, value_type="string_trigger_value", disabled=disabled)
        require_context().trigger_values[widget_id] = value
        self._enqueue(self._widget_element("menu_button", widget_id, key, {
            "label": label, "options": labels, "option_values": opt,
            "format_func": format_func, "help": help, "type": type, "icon": shown_icon,
            "disabled": disabled, "wrap": wrap, "value": value,
        }))
        return value

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

    # ------------------------------------------------------------ iframe
    def iframe(self: "DeltaGenerator", src: Any, *, width: Any = "stretch",
               height: Any = "content", tab_index: int | None = None,
               alt: str | None = None) -> "DeltaGenerator":
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        text = str(src) if isinstance(src, Path) else src
        if isinstance(src, Path):
            frame = _local_file_frame(text)
        elif is_url(text, ("http", "https", "data")):
            frame = {"src": text}
        elif _is_file(text):
            deprecation_warning(_STRING_FILE_PATH_WARNING, show_in_browser=False)
            frame = {"srcdoc": text}  # as Streamlit does: the string itself
        elif text.startswith("/"):
            frame = {"src": text}
        else:
            frame = {"srcdoc": text}
        _validate_tab_index(tab_index)
        uses_srcdoc = "srcdoc" in frame
        if not uses_srcdoc:
            # A page from elsewhere has no size to fit: Streamlit's defaults.
            width = "stretch" if width == "content" else width
            height = 400 if height == "content" else height
        return self._enqueue(Element("iframe", {
            **frame, "width": width, "height": height, "scrolling": True,
            "tab_index": tab_index, "alt": normalize_alt(alt),
        }))

    def _components_frame(self: "DeltaGenerator", *, src: str | None = None,
                          srcdoc: str | None = None, width: int | None = None,
                          height: int | None = None, scrolling: bool = False,
                          tab_index: int | None = None) -> "DeltaGenerator":
        """``st.components.v1.html`` / ``iframe``: Streamlit's legacy frames,
        150 pixels high unless told otherwise."""
        _validate_tab_index(tab_index)
        frame = {"src": src} if src is not None else {"srcdoc": srcdoc}
        return self._enqueue(Element("iframe", {
            **frame, "width": "stretch" if width is None else width,
            "height": 150 if height is None else height, "scrolling": bool(scrolling),
            "tab_index": tab_index, "alt": None,
        }))

    # --------------------------------------------------------------- pdf
    def pdf(self: "DeltaGenerator", data: Any, *, height: Any = 500, key: str | None = None,
            alt: str | None = None) -> "DeltaGenerator":
        if data is None:
            raise StreamlitMissingRequiredParameterError(
                "data", detail="Please provide a valid PDF file path, URL, bytes data, or "
                               "file-like object.")
        validate_height(height, allow_content=False)
        props: dict[str, Any]
        if isinstance(data, (str, Path)):
            text = str(data).strip()
            if is_url(text, ("http", "https")):
                props = {"url": text}
            else:
                try:
                    with open(text, "rb") as f:
                        props = {"data": f.read()}
                except (FileNotFoundError, PermissionError) as error:
                    raise StreamlitAPIException(f"Unable to read file '{text}': {error}",
                                                error_id="pdf-unable-to-read-file") from None
        elif isinstance(data, (bytes, bytearray)):
            props = {"data": bytes(data)}
        elif hasattr(data, "read") and hasattr(data, "getvalue"):
            props = {"data": data.getvalue()}
        elif hasattr(data, "read"):
            props = {"data": data.read()}
        else:
            raise StreamlitInvalidParameterTypeError(
                "data", type(data).__name__, ["str", "Path", "bytes", "file-like object"],
                detail="A str can be a file path or a URL.")
        if key is not None:
            # Streamlit's PDF viewer is a keyed component: a key used twice fails.

            compute_and_register_element_id(require_context(), "pdf", user_key=to_key(key),
                                            key_as_main_identity=True, form_id="",
                                            root=self._active_dg()._root, label="")
        return self._enqueue(Element("pdf", {**props, "height": height, "key": key,
                                             "alt": normalize_alt(alt)}))


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
