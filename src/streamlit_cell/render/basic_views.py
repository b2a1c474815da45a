"""Views of the text elements (one HTML view), the data frame, the basic
widgets (button, checkbox ... color picker) and the layout blocks (columns,
expanders, tabs)."""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ..runtime.page_tree import Element
from ..runtime.widget_values import InvalidWidgetValue, check_option_indices, log_rejected
from .base import (
    _LABEL_STYLE,
    NO_OVERRIDE,
    BlockView,
    EventSink,
    View,
    _label_traits,
    _UNSHOWABLE,
    _showable,
    _wide,
    close_widget,
    register_view,
    set_traits,
)
from .html_view import register_html_views
from .element_html import BUILDERS, DATAFRAME_PAGE_ROWS, frame_page_html

if TYPE_CHECKING:
    from .reconciler import Reconciler


# Every element type with an HTML builder is shown by the one HTML view
# (registered first: a view registered below, or in another module, wins).
register_html_views(BUILDERS)


class DataFrameView(View):
    """A DataFrame is paged: only one page of rows is ever sent to the browser.
    (The registered view of ``st.dataframe`` is its subclass
    ``ConfiguredDataFrameView``, which applies the column configuration.)"""

    def __init__(self, element: Element, sink: EventSink,
                 reconciler: Reconciler | None = None) -> None:
        super().__init__(element, sink)
        self.start = 0
        self.table = w.HTML()
        self.prev = w.Button(description="◀ Previous", layout=w.Layout(width="auto"))
        self.next = w.Button(description="Next ▶", layout=w.Layout(width="auto"))
        self.prev.on_click(lambda _: self._page(-1))
        self.next.on_click(lambda _: self._page(+1))
        self.pager = w.HBox([self.prev, self.next])
        self.widget = w.VBox([self.table, self.pager])
        self._render()

    def _page(self, direction: int) -> None:
        total = len(self.element.props["data"])
        self.start = max(0, min(self.start + direction * DATAFRAME_PAGE_ROWS,
                                max(0, total - 1) // DATAFRAME_PAGE_ROWS * DATAFRAME_PAGE_ROWS))
        self._render()

    def _render(self) -> None:
        frame = self.element.props["data"]
        total = len(frame)
        if self.start >= total:
            self.start = 0
        html = frame_page_html(frame, self.start, DATAFRAME_PAGE_ROWS,
                               self.element.props.get("hide_index", False))
        if html != self.table.value:
            self.table.value = html
        paged = total > DATAFRAME_PAGE_ROWS
        set_traits(self.pager.layout, {"display": None if paged else "none"})
        set_traits(self.prev, {"disabled": self.start == 0})
        set_traits(self.next, {"disabled": self.start + DATAFRAME_PAGE_ROWS >= total})

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        self._render()

    def close(self) -> None:
        for widget in (self.table, self.prev, self.next, self.pager, self.widget):
            close_widget(widget)


@register_view("button")
class ButtonView(View):
    def __init__(self, element: Element, sink: EventSink,
                 reconciler: Reconciler | None = None) -> None:
        super().__init__(element, sink)
        #: What the widget shows: a person cannot change a button's traits,
        #: so a run that asks for the same ones has nothing to send.
        self.shown = self._traits(element)
        self.widget = w.Button(**self.shown, layout=w.Layout(width="auto"))
        self.widget.on_click(lambda _: self.sink.button_clicked(self.element))

    @staticmethod
    def _traits(element: Element) -> dict[str, Any]:
        props = element.props
        return {
            "description": props["label"],
            "tooltip": props.get("help") or None,
            "disabled": bool(props.get("disabled")),
            "button_style": "primary" if props.get("type") == "primary" else "",
        }

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        self.element = element
        traits = self._traits(element)
        if traits != self.shown:
            set_traits(self.widget, traits)
            self.shown = traits


class ValueView(View):
    """An input widget whose ``value`` trait is the widget's value."""

    trait = "value"

    def __init__(self, element: Element, sink: EventSink,
                 reconciler: Reconciler | None = None) -> None:
        super().__init__(element, sink)
        self._syncing = False
        self.widget = self.create(element)
        self._write(element, NO_OVERRIDE)
        self.widget.observe(self._on_trait, names=self.trait)

    # -- per widget kind
    def create(self, element: Element) -> w.Widget:
        raise NotImplementedError

    def traits(self, element: Element) -> dict[str, Any]:
        """Traits other than the value."""
        return _label_traits(element.props)

    def to_widget(self, value: Any, element: Element) -> Any:
        return value

    def from_widget(self, value: Any, element: Element) -> Any:
        return value

    # -- shared machinery
    def _write(self, element: Element, override: Any) -> None:
        value = element.props["value"] if override is NO_OVERRIDE else override
        traits = self.traits(element)
        self._syncing = True
        try:
            try:
                traits[self.trait] = _showable(self.widget, self.trait,
                                               self.to_widget(value, element))
                set_traits(self.widget, traits)
            except _UNSHOWABLE:
                # A value this widget cannot hold (session state set to one of
                # another type): it keeps what it shows, as Streamlit's front
                # end does when a run sends it no value.
                traits.pop(self.trait, None)
                set_traits(self.widget, traits)
        finally:
            self._syncing = False

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        self._write(element, override)

    def _on_trait(self, change: dict[str, Any]) -> None:
        if self._syncing:
            return
        try:
            value = self.from_widget(change["new"], self.element)
        except (ValueError, TypeError, IndexError, KeyError, OverflowError) as error:
            # A message no front end of ours sends (see runtime/widget_values):
            # dropped, and the widget shows the app's value again.
            log_rejected(self.element.type, self.element.id, error)
            self._write(self.element, self.element.props.get("value"))
            return
        self.sink.widget_changed(self.element, value)


@register_view("checkbox")
class CheckboxView(ValueView):
    def create(self, element: Element) -> w.Widget:
        return w.Checkbox(indent=False, style=_LABEL_STYLE, layout=w.Layout(width="auto"))

    def to_widget(self, value: Any, element: Element) -> Any:
        # Streamlit takes any int set through session state (st.session_state.c = 3).
        return bool(value)


@register_view("toggle")
class ToggleView(CheckboxView):
    def create(self, element: Element) -> w.Widget:
        return w.ToggleButton(icon="toggle-on", layout=w.Layout(width="auto"))


@register_view("number_input")
class NumberView(ValueView):
    """IntText/FloatText (bounded when both bounds are given), or a Text box
    when the number can be empty (``value=None``).

    Whether the box can be empty is decided when the widget is created, not
    by each run's value: typing a number into an empty box must not replace
    the box (and lose its focus), and the box must stay clearable.
    """

    nullable = False

    @staticmethod
    def _mode(element: Element) -> str:
        props = element.props
        bounded = props.get("min_value") is not None and props.get("max_value") is not None
        return ("int" if props.get("is_int") else "float") + ("-bounded" if bounded else "")

    def compatible(self, element: Element) -> bool:
        return super().compatible(element) and self._mode(element) == self._mode(self.element) \
            and (self.nullable or element.props["value"] is not None)

    def create(self, element: Element) -> w.Widget:
        self.nullable = element.props["value"] is None
        factory = w.Text if self.nullable else {
            "int": w.IntText, "float": w.FloatText, "int-bounded": w.BoundedIntText,
            "float-bounded": w.BoundedFloatText,
        }[self._mode(element)]
        return factory(continuous_update=False, style=_LABEL_STYLE, layout=_wide())

    def traits(self, element: Element) -> dict[str, Any]:
        traits = super().traits(element)
        props = element.props
        if self.nullable:
            traits["placeholder"] = props.get("placeholder") or "None"
            return traits
        traits["step"] = props["step"]
        if self._mode(element).endswith("bounded"):
            traits["min"] = props["min_value"]
            traits["max"] = props["max_value"]
        return traits

    def to_widget(self, value: Any, element: Element) -> Any:
        if not self.nullable:
            return value
        if value is None:
            return ""
        try:
            return element.props.get("format", "%s") % value
        except (TypeError, ValueError):
            return str(value)

    def from_widget(self, value: Any, element: Element) -> Any:
        props = element.props
        if self.nullable:
            text = str(value).strip()
            if not text:
                return None
            try:
                number = float(text)
            except ValueError:
                return None
            if not math.isfinite(number):  # "1e400", "inf", "nan"
                raise InvalidWidgetValue(f"{text[:40]!r} is not a finite number")
            value = int(number) if props.get("is_int") else number
        low, high = props.get("min_value"), props.get("max_value")
        if low is not None and value < low:
            value = low
        if high is not None and value > high:
            value = high
        return int(value) if props.get("is_int") else float(value)


@register_view("text_input", "text_area")
class TextView(ValueView):
    def compatible(self, element: Element) -> bool:
        return super().compatible(element) and \
            element.props.get("type") == self.element.props.get("type")

    def create(self, element: Element) -> w.Widget:
        if element.type == "text_area":
            return w.Textarea(continuous_update=False, style=_LABEL_STYLE, layout=_wide())
        factory = w.Password if element.props.get("type") == "password" else w.Text
        return factory(continuous_update=False, style=_LABEL_STYLE, layout=_wide())

    def traits(self, element: Element) -> dict[str, Any]:
        traits = super().traits(element)
        traits["placeholder"] = element.props.get("placeholder") or ""
        return traits

    def to_widget(self, value: Any, element: Element) -> Any:
        return "" if value is None else value

    def from_widget(self, value: Any, element: Element) -> Any:
        max_chars = element.props.get("max_chars")
        return value[:max_chars] if max_chars else value


def _d3_format(printf: str | None, is_int: bool) -> str:
    """Streamlit's printf-style slider format in d3-format, where it maps."""
    if not printf:
        return "d" if is_int else ".2f"
    if printf in ("%d", "%i", "%u"):
        return "d"
    if printf.startswith("%") and printf.endswith("f") and "." in printf:
        return "." + printf.split(".")[-1]
    return "d" if is_int else ".2f"


def _scale(props: dict[str, Any]) -> list[Any]:
    """Every selectable value of a date/time slider."""
    low, high, step = props["min_value"], props["max_value"], props["step"]
    kind = props["data_type"]
    if kind == "time":
        anchor = dt.date(2000, 1, 1)
        current, last = dt.datetime.combine(anchor, low), dt.datetime.combine(anchor, high)
    else:
        current, last = low, high
    values = []
    while current <= last and len(values) < 20000:
        values.append(current.time() if kind == "time" else current)
        current = current + step
    return values


@register_view("slider")
class SliderView(ValueView):
    """Int/Float (range) sliders; date, time and datetime sliders select from a scale."""

    def _kind(self, element: Element) -> str:
        props = element.props
        numeric = props["data_type"] in ("int", "float")
        return ("num-" if numeric else "scale-") + props["data_type"] + \
            ("-range" if props["is_range"] else "")

    def compatible(self, element: Element) -> bool:
        return super().compatible(element) and self._kind(element) == self._kind(self.element)

    def create(self, element: Element) -> w.Widget:
        props = element.props
        common = dict(continuous_update=False, style=_LABEL_STYLE, layout=_wide())
        if props["data_type"] == "int":
            return (w.IntRangeSlider if props["is_range"] else w.IntSlider)(**common)
        if props["data_type"] == "float":
            return (w.FloatRangeSlider if props["is_range"] else w.FloatSlider)(**common)
        self.trait = "index"
        scale = self._scale_labels(props)
        widget = (w.SelectionRangeSlider if props["is_range"] else w.SelectionSlider)(
            options=scale, index=(0, 0) if props["is_range"] else 0, **common)
        return widget

    @staticmethod
    def _scale_labels(props: dict[str, Any]) -> list[str]:
        fmt = {"date": "%Y-%m-%d", "time": "%H:%M", "datetime": "%Y-%m-%d %H:%M"}[props["data_type"]]
        return [v.strftime(fmt) for v in _scale(props)]

    def traits(self, element: Element) -> dict[str, Any]:
        traits = super().traits(element)
        props = element.props
        if props["data_type"] in ("int", "float"):
            traits.update(min=props["min_value"], max=props["max_value"], step=props["step"],
                          readout_format=_d3_format(props.get("format"), props["data_type"] == "int"))
        else:
            traits["options"] = tuple(self._scale_labels(props))
        return traits

    def to_widget(self, value: Any, element: Element) -> Any:
        props = element.props
        if props["data_type"] in ("int", "float"):
            return tuple(value) if props["is_range"] else value
        scale = _scale(props)

        def nearest(v: Any) -> int:
            return min(range(len(scale)), key=lambda i: abs(_ordinal(scale[i]) - _ordinal(v)))
        return tuple(nearest(v) for v in value) if props["is_range"] else nearest(value)

    def from_widget(self, value: Any, element: Element) -> Any:
        props = element.props
        if props["data_type"] in ("int", "float"):
            return tuple(value) if props["is_range"] else value
        scale = _scale(props)
        return tuple(scale[i] for i in value) if props["is_range"] else scale[value]


def _ordinal(value: Any) -> float:
    if isinstance(value, dt.datetime):
        return value.timestamp()
    if isinstance(value, dt.date):
        return float(value.toordinal())
    if isinstance(value, dt.time):
        return value.hour * 3600 + value.minute * 60 + value.second
    return float(value)


@register_view("select_slider", "selectbox", "radio", "multiselect")
class OptionsView(ValueView):
    """selectbox, radio, select_slider, multiselect: options are (label, index)
    pairs, so labels may repeat and any Python object can be an option."""

    def create(self, element: Element) -> w.Widget:
        props = element.props
        common = dict(style=_LABEL_STYLE)
        if element.type == "selectbox":
            return w.Dropdown(options=self._pairs(element), value=None, layout=_wide(), **common)
        if element.type == "radio":
            return w.RadioButtons(options=self._pairs(element), value=None,
                                  layout=w.Layout(width="auto"), **common)
        if element.type == "multiselect":
            return w.SelectMultiple(options=self._pairs(element), value=(),
                                    rows=min(6, max(2, len(props["options"]))), layout=_wide(),
                                    **common)
        # select_slider
        if props["is_range"]:
            self.trait = "index"
            return w.SelectionRangeSlider(options=self._pairs(element), index=(0, 0),
                                          continuous_update=False, layout=_wide(), **common)
        return w.SelectionSlider(options=self._pairs(element), value=0,
                                 continuous_update=False, layout=_wide(), **common)

    def compatible(self, element: Element) -> bool:
        return super().compatible(element) and \
            element.props.get("is_range") == self.element.props.get("is_range")

    @staticmethod
    def _pairs(element: Element) -> tuple[tuple[str, int], ...]:
        return tuple((label, i) for i, label in enumerate(element.props["option_labels"]))

    def traits(self, element: Element) -> dict[str, Any]:
        traits = super().traits(element)
        traits["options"] = self._pairs(element)
        if element.type == "radio":
            traits["orientation"] = "horizontal" if element.props.get("horizontal") else "vertical"
        return traits

    def _index(self, value: Any, element: Element) -> int | None:
        for i, option in enumerate(element.props["options"]):
            try:
                if option == value:
                    return i
            except Exception:
                continue
        return None

    def to_widget(self, value: Any, element: Element) -> Any:
        if element.type == "multiselect":
            return tuple(i for i in (self._index(v, element) for v in value) if i is not None)
        if element.type == "select_slider" and element.props["is_range"]:
            return tuple(self._index(v, element) or 0 for v in value)
        return self._index(value, element)

    def from_widget(self, value: Any, element: Element) -> Any:
        options = element.props["options"]
        if element.type == "multiselect":
            check_option_indices(value, len(options), element.props.get("max_selections"))
            return [options[i] for i in value]
        if element.type == "select_slider" and element.props["is_range"]:
            return tuple(options[i] for i in value)
        return None if value is None else options[value]


@register_view("date_input")
class DateView(ValueView):
    """``st.date_input``: one DatePicker, or two side by side for a range."""

    def compatible(self, element: Element) -> bool:
        return super().compatible(element) and \
            element.props["is_range"] == self.element.props["is_range"]

    def __init__(self, element: Element, sink: EventSink,
                 reconciler: Reconciler | None = None) -> None:
        if not element.props["is_range"]:
            super().__init__(element, sink)
            return
        View.__init__(self, element, sink)
        self._syncing = False
        self.start = w.DatePicker(style=_LABEL_STYLE)
        self.end = w.DatePicker()
        self.widget = w.HBox([self.start, self.end])
        self._write(element, NO_OVERRIDE)
        for picker in (self.start, self.end):
            picker.observe(self._on_range, names="value")

    def create(self, element: Element) -> w.Widget:
        return w.DatePicker(style=_LABEL_STYLE)

    def traits(self, element: Element) -> dict[str, Any]:
        traits = super().traits(element)
        traits["min"] = element.props["min_value"]
        traits["max"] = element.props["max_value"]
        return traits

    def _write(self, element: Element, override: Any) -> None:
        if not element.props["is_range"]:
            super()._write(element, override)
            return
        value = element.props["value"] if override is NO_OVERRIDE else override
        base = self.traits(element)
        self._syncing = True
        try:
            try:
                dates = list(value) + [None] * (2 - len(value))
                set_traits(self.start, {**base, "value": dates[0]})
                set_traits(self.end, {"min": base["min"], "max": base["max"],
                                       "disabled": base["disabled"], "value": dates[1]})
            except _UNSHOWABLE:  # see ValueView._write
                set_traits(self.start, base)
        finally:
            self._syncing = False

    def _on_range(self, change: dict[str, Any]) -> None:
        if self._syncing:
            return
        dates = tuple(d for d in (self.start.value, self.end.value) if d is not None)
        self.sink.widget_changed(self.element, dates)

    def close(self) -> None:
        if self.element.props["is_range"]:
            close_widget(self.start)
            close_widget(self.end)
        close_widget(self.widget)


@register_view("time_input")
class TimeView(ValueView):
    def create(self, element: Element) -> w.Widget:
        return w.TimePicker(style=_LABEL_STYLE)

    def traits(self, element: Element) -> dict[str, Any]:
        traits = super().traits(element)
        traits["step"] = element.props.get("step", 900)
        return traits


@register_view("color_picker")
class ColorView(ValueView):
    def create(self, element: Element) -> w.Widget:
        return w.ColorPicker(concise=False, style=_LABEL_STYLE)


@register_view("columns")
class ColumnsView(BlockView):
    def create(self, element: Element) -> w.Box:
        align = {"top": "flex-start", "center": "center", "bottom": "flex-end"}
        gap = {"small": "1em", "medium": "2em", "large": "4em"}.get(element.props.get("gap"), "1em")
        return w.HBox(layout=w.Layout(width="100%", grid_gap=gap,
                                      align_items=align[element.props.get("vertical_alignment", "top")]))


@register_view("column")
class ColumnView(BlockView):
    def create(self, element: Element) -> w.Box:
        weight = element.props.get("weight", 1)
        return w.VBox(layout=w.Layout(flex=f"{weight} 1 0%", min_width="0"))


@register_view("expander")
class ExpanderView(BlockView):
    def title(self, element: Element) -> str:
        return element.props["label"]

    def create(self, element: Element) -> w.Box:
        self.body = w.VBox()
        accordion = w.Accordion(children=(self.body,), titles=(self.title(element),),
                                selected_index=0 if element.props.get("expanded") else None)
        return accordion

    def set_children(self, widgets: tuple[w.Widget, ...]) -> None:
        if tuple(self.body.children) != widgets:
            self.body.children = widgets

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        was_expanded = self.element.props.get("expanded")
        super().update(element)
        set_traits(self.widget, {"titles": (self.title(element),)})
        if element.props.get("expanded") != was_expanded:
            self.widget.selected_index = 0 if element.props.get("expanded") else None

    def close(self) -> None:
        super().close()
        close_widget(self.body)


@register_view("tabs")
class TabsView(BlockView):
    def create(self, element: Element) -> w.Box:
        # A Tab without children accepts no selected_index: the default tab is
        # selected once the tabs exist (first update), then the person's choice stays.
        self.shown = False
        return w.Tab()

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        traits: dict[str, Any] = {"titles": tuple(element.props["labels"])}
        # A run shown while it goes on (live updates) can show the tabs before
        # their panels exist: select once there is something to select.
        if not self.shown and self.widget.children:
            self.shown = True
            labels, default = element.props["labels"], element.props.get("default")
            traits["selected_index"] = labels.index(default) if default in labels else 0
        set_traits(self.widget, traits)

