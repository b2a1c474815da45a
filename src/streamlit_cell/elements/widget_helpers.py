"""What every widget command shares: Streamlit's checks before a widget is
created and its key normalisation (``streamlit/elements/lib/policies.py``
and ``utils.to_key``), and the argument rules of labels, ``on_change`` modes
and options (``convert_anything_to_list``)."""

from __future__ import annotations

import array
import enum
import numbers
import re
from collections import UserList, deque
from collections.abc import ItemsView, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, Callable

from ..runtime import config
from ..runtime.run_context import require_context
from ..runtime.errors import (
    StreamlitAPIException,
    StreamlitInvalidFormCallbackError,
    StreamlitNotSupportedInNotebookError,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitValueError,
)
from ..runtime.state import require_valid_user_key
from .dataframe_conversion import convert_anything_to_pandas_df
from .sizing import check_icon, check_width

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator


def check_widget_policies(
    dg: DeltaGenerator,
    key: str | None,
    on_change: Callable[..., Any] | None,
    *,
    default_value: Any = None,
    writes_allowed: bool = True,
    check_callback_rules: bool = True,
) -> None:
    """Streamlit's checks before a widget is created."""
    if check_callback_rules and dg._in_form() and on_change is not None:
        raise StreamlitInvalidFormCallbackError()
    if key is not None:
        require_valid_user_key(key)
        ctx = require_context()
        if ctx.session.is_new_state_value(key) and not writes_allowed:
            raise StreamlitValueAssignmentNotAllowedError(key=key)


def to_key(key: Any) -> str | None:
    """Streamlit's key normalisation: None stays None, anything else is ``str()``."""
    return None if key is None else str(key)


# ------------------------------------------------ arguments of widgets
_ON_CHANGE_MODES = ("rerun", "ignore")
_LABEL_VISIBILITIES = ("visible", "hidden", "collapsed")
HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


def parse_on_change(on_change: Any, param: str = "on_change",
              modes: tuple[str, ...] = _ON_CHANGE_MODES) -> tuple[Callable[..., Any] | None, bool]:
    """Split Streamlit's ``on_change`` (a callable, a mode of ``modes``, or None)
    into (callback, ignore_rerun), with Streamlit's errors for anything else."""
    if on_change is None:
        return None, False
    if callable(on_change):
        return on_change, False
    if isinstance(on_change, str) and on_change in _ON_CHANGE_MODES:
        if on_change in modes:
            return None, on_change == "ignore"
        raise StreamlitAPIException(
            f'`{param}="{on_change}"` is not supported on this widget. '
            f"Pass a callback, or omit `{param}`.", error_id="unsupported-on-change-mode")
    raise StreamlitValueError(param, [repr(m) for m in modes] + ["a callback function"])


def checked_label(label: Any, label_visibility: str) -> str:
    if label_visibility not in _LABEL_VISIBILITIES:
        raise StreamlitValueError("label_visibility", ["'visible'", "'hidden'", "'collapsed'"])
    return "" if label is None else str(label)


def check_no_bind(bind: Any, persist_state: Any) -> None:
    """For the widgets whose ``bind`` streamlit-cell does not support."""
    if bind is not None:
        raise StreamlitNotSupportedInNotebookError(
            f"`bind={bind!r}`", "A notebook has no URL query parameters: leave `bind` unset.")
    check_no_persist_state(persist_state)


def check_no_persist_state(persist_state: Any) -> None:
    if persist_state is not None:
        raise StreamlitNotSupportedInNotebookError(
            f"`persist_state={persist_state!r}`",
            "A notebook has a single page: widget state already persists; leave it unset.")


#: Streamlit's ``is_list_like`` types: taken item by item as they are. Any
#: other collection (numpy arrays, Series, Index, data frames, iterators...) is
#: read as a data frame whose first column gives the options, as Python
#: scalars (``np.array([1, 2])`` offers ``1`` and ``2``, not numpy integers).
_LIST_LIKE = (list, set, tuple, array.ArrayType, deque, enum.EnumMeta, enumerate, frozenset,
              ItemsView, KeysView, map, range, UserList, ValuesView)


def options_list(options: Any) -> list[Any]:
    """Streamlit's ``convert_anything_to_list``: a scalar is one option, a
    mapping gives its keys, an Enum class its members, a list-like its items,
    anything else the first column of it as a data frame."""
    if options is None:
        return []
    if isinstance(options, (str, int, float, bool)):
        return [options]
    if isinstance(options, enum.EnumMeta):
        return [m.value if isinstance(m, str) else m for m in options]
    if isinstance(options, Mapping):
        return list(options.keys())
    if isinstance(options, _LIST_LIKE):
        return list(options)
    try:
        frame = convert_anything_to_pandas_df(options, ensure_copy=True)
    except StreamlitAPIException:
        return [options]
    return [] if frame.empty else list(frame.iloc[:, 0].to_list())


def index_or_raise(options: list[Any], value: Any) -> int:
    """Streamlit's ``index_``: the first option equal to ``value``, else ValueError."""
    index = index_of(options, value)
    if index == -1:
        raise ValueError(f"{value} is not in iterable")
    return index


def format_options(options: list[Any], format_func: Callable[[Any], Any]) -> list[str]:
    """The options' labels. Streamlit sends them as strings and fails (with a
    TypeError) when ``format_func`` returns anything else."""
    labels = []
    for option in options:
        label = format_func(option)
        if not isinstance(label, str):
            raise TypeError(
                f"`format_func` must return a string, but it returned {label!r} "
                f"({type(label).__name__}) for the option {option!r}.")
        labels.append(label)
    return labels


def is_among_options(value: Any, labels: list[str], format_func: Callable[[Any], Any]) -> bool:
    """Whether ``value`` is one of the options, compared by label as Streamlit
    does (a value kept from an earlier run may be a copy, or may no longer be
    offered when the options change)."""
    try:
        return format_func(value) in labels
    except Exception:  # format_func cannot handle a stale value
        return False


_FILTER_MODES = ("fuzzy", "contains", "prefix", None)


def check_widget_sizes(width: Any, *, content: bool, icon: Any = None) -> None:
    """Streamlit's checks of ``width`` (``content``: "content" allowed) and ``icon``."""
    check_icon(icon)
    check_width(width, content=content)


def check_filter_mode(filter_mode: Any) -> None:
    if filter_mode not in _FILTER_MODES:
        raise StreamlitValueError("filter_mode", [str(m) for m in _FILTER_MODES])


def check_max_chars(max_chars: Any) -> None:
    """Streamlit stores ``max_chars`` in a protobuf uint32 (TypeError, ValueError)."""
    if max_chars is None:
        return
    if not isinstance(max_chars, numbers.Integral):
        raise TypeError(f"`max_chars` must be an int or None, not "
                        f"{type(max_chars).__name__} ({max_chars!r}).")
    if max_chars < 0:
        raise ValueError(f"`max_chars` must be 0 or more, not {max_chars}.")


def check_state_type(kind: str, key: str | None, value: Any, set_through_state: bool,
                      ok: bool, error: type[Exception], expected: str) -> None:
    """A value set through session state this run (``st.session_state.name =
    0`` for a text input) that the widget cannot show. Streamlit fails while
    serializing it for the front end, with Python's words (``error`` is its
    class); say which key and what it needs."""
    if ok or value is None or key is None or not set_through_state:
        return
    raise error(
        f"st.session_state[{key!r}] holds {value!r} ({type(value).__name__}), but the "
        f"`st.{kind}` with that key needs {expected}. Assign it a value of that type, "
        f"or delete the key to return the widget to its default.")


def index_of(options: list[Any], value: Any) -> int:
    for i, option in enumerate(options):
        try:
            if option == value:
                return i
        except Exception:  # e.g. numpy arrays compared elementwise
            continue
    return -1


# ------------------------------------------------------------ enum coercion
#: The values of ``runner.enumCoercion`` (Streamlit's order, for its error).
ENUM_COERCION_SETTINGS = ("off", "nameOnly", "nameAndValue")


def _common_class(options: list[Any]) -> type | None:
    """The one class all options share, else None."""
    if not options:
        return None
    first = type(options[0])
    return first if all(type(option) is first for option in options[1:]) else None


def _coerce_enum(value: enum.Enum, target: type) -> Any:
    """``value`` as the member of the same name of ``target``, when the
    script redefined its Enum class since the run that chose it (each run
    defines the class afresh), as ``runner.enumCoercion`` allows."""
    if isinstance(value, target):
        return value
    setting = config.get_option("runner.enumCoercion")
    if setting not in ENUM_COERCION_SETTINGS:
        raise StreamlitValueError("runner.enumCoercion",
                                  [f"'{name}'" for name in ENUM_COERCION_SETTINGS])
    if setting == "off":
        return value
    source = type(value)
    if source.__qualname__ != target.__qualname__:
        return value
    if setting == "nameOnly" and set(target._member_names_) != set(source._member_names_):
        return value
    if setting == "nameAndValue" and \
            set(target._value2member_map_) != set(source._value2member_map_):
        return value
    return target[value._name_]


def _coercion_class(options: Any, opts: list[Any]) -> type | None:
    target = options if isinstance(options, enum.EnumMeta) else _common_class(opts)
    return target if isinstance(target, enum.EnumMeta) else None


def maybe_coerce_enum(value: Any, options: Any, opts: list[Any]) -> Any:
    """Streamlit's ``maybe_coerce_enum``: a widget's Enum value made an
    instance of this run's class of the options (``options`` as given,
    ``opts`` the list made from them)."""
    if not isinstance(value, enum.Enum):
        return value
    target = _coercion_class(options, opts)
    return value if target is None else _coerce_enum(value, target)


def maybe_coerce_enum_sequence(values: Any, options: Any, opts: list[Any]) -> Any:
    """The same for a list (multiselect, multi pills) or a range tuple."""
    if not all(isinstance(value, enum.Enum) for value in values):
        return values
    target = _coercion_class(options, opts)
    if target is None:
        return values
    return type(values)(_coerce_enum(value, target) for value in values)
