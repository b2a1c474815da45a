"""Views of the text elements (one HTML view), the data frame, the basic
widgets (button, checkbox ... color picker) and the layout blocks (columns,
expanders, tabs)."""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ..runtime.page_tree import Element
from ..runtime.widget_values import InvalidWidgetValue, check_option_labels, log_rejected
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
from .input_view_base import _label_html
from .markdown import escape
from .look import BUTTON_WIDTH_CLASSES, TOGGLE_CLASS, button_width, input_classes, set_look_classes
from ..elements.chart_memo import data_digest
from .data_grid import data_grid_class, frame_header, frame_window, grid_height
from .date_field import DATE as DATE_FIELD, TIME as TIME_FIELD, date_bound, date_field_class
from .slider_widget import DATE_KINDS, NUMBER, OPTIONS, slider_class, to_micros
from .element_html import BUILDERS

if TYPE_CHECKING:
    from .reconciler import Reconciler


# Every element type with an HTML builder is shown by the one HTML view
# (registered first: a view registered below, or in another module, wins).
register_html_views(BUILDERS)


class DataFrameView(View):
    """A DataFrame as Streamlit's fixed-height scrolling grid (``data_grid``):
    only the window of rows in view is ever sent to the browser. (The
    registered view of ``st.dataframe`` is its subclass
    ``ConfiguredDataFrameView``, which applies the column configuration.)"""

    def __init__(self, element: Element, sink: EventSink,
                 reconciler: Reconciler | None = None) -> None:
        super().__init__(element, sink)
        self.widget = data_grid_class()(layout=w.Layout(width="100%"))
        #: What the grid shows, keyed by content (see ``_shown_key``): a
        #: rerun that passes an equal frame formats no cell again.
        self._shown: Any = None
        self.widget.observe(self._scrolled, names="window_start")
        self._render()

    def _scrolled(self, change: dict[str, Any]) -> None:
        self._render()  # the rows the user scrolled to; the script is not rerun

    def _shown_key(self, frame: Any, hide_index: bool, start: int) -> Any:
        """What determines the grid's traits: the frame's content digest (None
        where it cannot be made exactly: such a frame is always formatted
        again), the options and the first row shown."""
        digest = data_digest(frame)
        if digest is None:
            return None
        return (digest, hide_index, start, repr(self.element.props.get("height")))

    def _render(self) -> None:
        props = self.element.props
        frame, hide_index = props["data"], bool(props.get("hide_index", False))
        total = len(frame)
        start = max(0, min(self.widget.window_start, total - 1))
        key = self._shown_key(frame, hide_index, start)
        if key is not None and key == self._shown:
            return  # an unrelated rerun: the same cells, nothing to format or send
        self._shown = key
        columns, numeric, index_columns = frame_header(frame, hide_index)
        set_traits(self.widget, {
            "columns": columns, "numeric": numeric, "index_columns": index_columns,
            "total": total, "rows_start": start, "rows": frame_window(frame, start, hide_index),
            "height": grid_height(props.get("height"), total),
        })

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        self._render()

    def close(self) -> None:
        close_widget(self.widget)


@register_view("button")
class ButtonView(View):
    def __init__(self, element: Element, sink: EventSink,
                 reconciler: Reconciler | None = None) -> None:
        super().__init__(element, sink)
        #: What the widget shows: a person cannot change a button's traits,
        #: so a run that asks for the same ones has nothing to send.
        self.shown = self._traits(element)
        self.widget = w.Button(**self.shown, layout=w.Layout(width="auto"))
        self.widget.add_class(BUTTON_WIDTH_CLASSES[button_width(element.props)])
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
        set_look_classes(self.widget, (BUTTON_WIDTH_CLASSES[button_width(element.props)],))


class ValueView(View):
    """An input widget whose ``value`` trait is the widget's value."""

    trait = "value"

    def __init__(self, element: Element, sink: EventSink,
                 reconciler: Reconciler | None = None) -> None:
        super().__init__(element, sink)
        self._syncing = False
        #: The widget holding the value (``widget``, or inside it: ``wrap``).
        self.control = self.create(element)
        self.widget = self.wrap(self.control)
        self._write(element, NO_OVERRIDE)
        self.control.observe(self._on_trait, names=self.trait)

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

    def wrap(self, control: w.Widget) -> w.Widget:
        """The widget shown for ``control`` (itself, unless a view adds to it)."""
        return control

    def look_classes(self, element: Element) -> tuple[str, ...]:
        """The CSS classes of Streamlit's look (``look.py``): label above."""
        return input_classes(element.props)

    # -- shared machinery
    def _write(self, element: Element, override: Any) -> None:
        value = element.props["value"] if override is NO_OVERRIDE else override
        traits = self.traits(element)
        self._syncing = True
        try:
            try:
                traits[self.trait] = _showable(self.control, self.trait,
                                               self.to_widget(value, element))
                set_traits(self.control, traits)
            except _UNSHOWABLE:
                # A value this widget cannot hold (session state set to one of
                # another type): it keeps what it shows, as Streamlit's front
                # end does when a run sends it no value.
                traits.pop(self.trait, None)
                set_traits(self.control, traits)
            set_look_classes(self.control, self.look_classes(element))
            self.wrote(element)
        finally:
            self._syncing = False

    def wrote(self, element: Element) -> None:
        """After a run's traits were written: what a wrapping view shows."""

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        self._write(element, override)

    def close(self) -> None:
        if self.widget is not self.control:
            for child in self.widget.children:
                close_widget(child)
        close_widget(self.widget)

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

    def look_classes(self, element: Element) -> tuple[str, ...]:
        # Its label is right of the box, as Streamlit's: only its visibility.
        return input_classes(element.props)[1:]


@register_view("toggle")
class ToggleView(CheckboxView):
    """A checkbox drawn as a switch (``.stc-toggle`` in ``look.py``): on and
    off are the box's own checked state, so the switch always shows the value."""

    def create(self, element: Element) -> w.Widget:
        widget = super().create(element)
        widget.add_class(TOGGLE_CLASS)
        return widget


@register_view("number_input")
class NumberView(ValueView):
    """A number box with Streamlit's step buttons (− and +) at its right.

    The box is an IntText/BoundedIntText for an integer shown with ``%d``
    (what the browser's number field shows is then what Streamlit shows);
    any other number is a Text box showing the value through the element's
    ``format`` (``%0.2f`` by default for floats, so 1.5 reads ``1.50`` as in
    Streamlit), and so is a box that can be empty (``value=None``).

    Whether the box is text, and whether it can be empty, is decided when the
    widget is created, not by each run's value: typing a number into an empty
    box must not replace the box (and lose its focus), and the box must stay
    clearable.
    """

    nullable = False
    as_text = False

    @staticmethod
    def _mode(element: Element) -> str:
        props = element.props
        bounded = props.get("min_value") is not None and props.get("max_value") is not None
        kind = "int" if props.get("is_int") and props.get("format", "%d") == "%d" else "text"
        return kind + ("-bounded" if bounded else "")

    def compatible(self, element: Element) -> bool:
        return super().compatible(element) and self._mode(element) == self._mode(self.element) \
            and (self.nullable or element.props["value"] is not None)

    def create(self, element: Element) -> w.Widget:
        self.nullable = element.props["value"] is None
        mode = self._mode(element)
        self.as_text = self.nullable or mode.startswith("text")
        factory = w.Text if self.as_text else {
            "int": w.IntText, "int-bounded": w.BoundedIntText}[mode]
        return factory(continuous_update=False, style=_LABEL_STYLE, layout=_wide())

    def wrap(self, control: w.Widget) -> w.Widget:
        self.minus = w.Button(description="\u2212", tooltip="Decrement")
        self.plus = w.Button(description="+", tooltip="Increment")
        self.minus.add_class("stc-step")
        self.plus.add_class("stc-step")
        self.minus.on_click(lambda _: self._step(-1))
        self.plus.on_click(lambda _: self._step(+1))
        box = w.HBox([control, self.minus, self.plus], layout=w.Layout(width="100%"))
        box.add_class("stc-number")
        return box

    def wrote(self, element: Element) -> None:
        props = element.props
        value, low, high = props["value"], props.get("min_value"), props.get("max_value")
        off = bool(props.get("disabled"))
        # As Streamlit's: − is disabled at the minimum, + at the maximum.
        set_traits(self.minus, {"disabled": off or (value is not None and low is not None
                                                    and value <= low)})
        set_traits(self.plus, {"disabled": off or (value is not None and high is not None
                                                   and value >= high)})
        set_look_classes(self.widget, input_classes(props)[1:])

    def _step(self, direction: int) -> None:
        props = self.element.props
        value = props["value"]
        if value is None:  # an empty box steps from its minimum, else from 0
            start = props.get("min_value")
            new = start if start is not None else 0
        else:
            new = value + direction * props["step"]
        new = self._clamped(new, props)
        self._syncing = True
        try:  # shown at once; the rerun confirms it
            set_traits(self.control, {"value": self.to_widget(new, self.element)})
        finally:
            self._syncing = False
        self.sink.widget_changed(self.element, new)

    def traits(self, element: Element) -> dict[str, Any]:
        traits = super().traits(element)
        props = element.props
        if self.as_text:
            if self.nullable:
                traits["placeholder"] = props.get("placeholder") or "None"
            elif props.get("placeholder"):
                traits["placeholder"] = props["placeholder"]
            return traits
        traits["step"] = props["step"]
        if self._mode(element).endswith("bounded"):
            traits["min"] = props["min_value"]
            traits["max"] = props["max_value"]
        return traits

    def to_widget(self, value: Any, element: Element) -> Any:
        if not self.as_text:
            return value
        if value is None:
            return ""
        try:
            return element.props.get("format", "%s") % value
        except (TypeError, ValueError):
            return str(value)

    def _parse(self, value: Any, element: Element) -> Any:
        """The number typed into a text box: None when empty or not a number."""
        text = str(value).strip().replace(",", "")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            return None
        if not math.isfinite(number):  # "1e400", "inf", "nan": no number a box holds
            raise InvalidWidgetValue(f"{text[:40]!r} is not a finite number")
        if element.props.get("is_int"):
            return int(number)
        return number

    def _typed_nothing(self, value: Any) -> bool:
        try:
            return self._parse(value, self.element) is None
        except InvalidWidgetValue:
            return False  # refused (and logged) by ValueView._on_trait

    def _on_trait(self, change: dict[str, Any]) -> None:
        if self._syncing:
            return
        if self.as_text and not self.nullable and self._typed_nothing(change["new"]):
            # Not a number (or emptied) in a box that must hold one: it shows
            # the value again, as Streamlit's box does on blur; nothing is sent.
            self._write(self.element, NO_OVERRIDE)
            return
        super()._on_trait(change)

    def from_widget(self, value: Any, element: Element) -> Any:
        if self.as_text:
            value = self._parse(value, element)
            if value is None:
                return None
        return self._clamped(value, element.props)

    @staticmethod
    def _clamped(value: Any, props: dict[str, Any]) -> Any:
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


def _slider_kind(element: Element) -> str:
    """The line a slider moves on (``slider_widget``): numbers, dates, times,
    datetimes, or a select slider's options."""
    if element.type == "select_slider":
        return OPTIONS
    kind = element.props["data_type"]
    return kind if kind in DATE_KINDS else NUMBER


class _OwnLabelView(ValueView):
    """An input of our own (an anywidget) that draws its label itself: the
    plain label for tests and ``aria-label``, the sanitised HTML to show."""

    def traits(self, element: Element) -> dict[str, Any]:
        props = element.props
        return {
            "description": str(props.get("label", "")),
            "label_html": _label_html(props),
            "disabled": bool(props.get("disabled", False)),
        }

    def look_classes(self, element: Element) -> tuple[str, ...]:
        return ()  # the label is the widget's own (label_html), not ipywidgets'


class _SliderViewBase(_OwnLabelView):
    """A ``Slider`` of ``slider_widget``: its kind is fixed when it is made
    (its value crosses the wire by it), so an element of another kind, or a
    range where there was one value, gets a new widget."""

    def compatible(self, element: Element) -> bool:
        return super().compatible(element) and _slider_kind(element) == _slider_kind(self.element) \
            and bool(element.props.get("is_range")) == bool(self.element.props.get("is_range"))

    def create(self, element: Element) -> w.Widget:
        return slider_class()(kind=_slider_kind(element), layout=w.Layout(width="100%"))



@register_view("slider")
class SliderView(_SliderViewBase):
    """``st.slider``: ints, floats, dates, times and datetimes, one value or a range."""

    def traits(self, element: Element) -> dict[str, Any]:
        traits = super().traits(element)
        props = element.props
        kind = _slider_kind(element)
        low, high, step = props["min_value"], props["max_value"], props["step"]
        if kind in DATE_KINDS:
            low, high = to_micros(low, kind), to_micros(high, kind)
            step = step // dt.timedelta(microseconds=1)
            traits["tzinfo"] = getattr(props["min_value"], "tzinfo", None)
        traits.update(min=low, max=high, step=step, format=str(props.get("format") or ""))
        return traits

    def to_widget(self, value: Any, element: Element) -> Any:
        return tuple(value) if element.props["is_range"] else value

    def from_widget(self, value: Any, element: Element) -> Any:
        if _slider_kind(element) != NUMBER:
            return value  # dates and times: read by the widget (slider_widget.from_micros)
        is_int = element.props["data_type"] == "int"
        low, high = element.props["min_value"], element.props["max_value"]

        def number(v: Any) -> Any:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                return v  # refused by runtime/widget_values
            # JSON has one kind of number: 3 may come for 3.0, 3.0 for 3.
            if is_int and isinstance(v, float) and v.is_integer():
                v = int(v)
            elif not is_int and isinstance(v, int):
                v = float(v)
            # Our front end never goes past the ends; a value that does is
            # held at the end, as ipywidgets' slider held it.
            return min(max(v, low), high)
        return tuple(number(v) for v in value) if isinstance(value, tuple) else number(value)


@register_view("select_slider")
class SelectSliderView(_SliderViewBase):
    """``st.select_slider``: the handle moves over the options' indices and
    shows each option's label (``format_func``'s text)."""

    def traits(self, element: Element) -> dict[str, Any]:
        traits = super().traits(element)
        labels = [str(label) for label in element.props["option_labels"]]
        traits.update(min=0, max=max(len(labels) - 1, 0), step=1, labels=labels)
        return traits

    def to_widget(self, value: Any, element: Element) -> Any:
        if element.props["is_range"]:
            return tuple(_option_index(v, element) or 0 for v in value)
        return _option_index(value, element) or 0

    def from_widget(self, value: Any, element: Element) -> Any:
        options = element.props["options"]

        def option(index: Any) -> Any:
            if isinstance(index, float) and index.is_integer():
                index = int(index)
            if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(options):
                raise InvalidWidgetValue(f"{index!r} is not an option's index")
            return options[index]
        if element.props["is_range"]:
            if not isinstance(value, tuple):
                raise InvalidWidgetValue("a range select slider sends two indices")
            return tuple(option(i) for i in value)
        return option(value)


def _option_index(value: Any, element: Element) -> int | None:
    """The index of the first option equal to ``value`` (None if none is)."""
    for i, option in enumerate(element.props["options"]):
        try:
            if option == value:
                return i
        except Exception:
            continue
    return None


def max_selections_note(element: Element) -> str:
    """What Streamlit's multiselect says once ``max_selections`` options are
    chosen (its list shows it instead of the options), else ``""``."""
    limit = element.props.get("max_selections")
    value = element.props.get("value")
    if not limit or not isinstance(value, (list, tuple)) or len(value) < limit:
        return ""
    noun = "option" if limit == 1 else "options"
    return f"You can only select up to {limit} {noun}. Remove an option first."


#: What Streamlit's front end shows in an empty selectbox / multiselect
#: given no ``placeholder``.
SELECTBOX_PLACEHOLDER = "Choose an option"
MULTISELECT_PLACEHOLDER = "Choose options"
#: The option of a selectbox without a selection (``index=None``, or its state
#: set to None): its placeholder, shown until an option is chosen.
_NOTHING_CHOSEN = -1


def _placeholder(element: Element, default: str) -> str:
    placeholder = element.props.get("placeholder")
    return default if placeholder is None else str(placeholder)


@register_view("selectbox", "radio", "multiselect")
class OptionsView(ValueView):
    """selectbox, radio, multiselect: options are (label, index)
    pairs, so labels may repeat and any Python object can be an option.

    A multiselect is ipywidgets' ``TagsInput`` restricted to the option
    labels: chips with a remove button and type-to-filter completion, as
    Streamlit's, built into every front end (no module of our own to load in
    Voila or Notebook 7); its value is labels, mapped back to options here.
    """

    def create(self, element: Element) -> w.Widget:
        props = element.props
        common = dict(style=_LABEL_STYLE)
        if element.type == "selectbox":
            return w.Dropdown(options=self._pairs(element), value=None, layout=_wide(), **common)
        if element.type == "radio":
            return w.RadioButtons(options=self._pairs(element), value=None,
                                  layout=w.Layout(width="auto"), **common)
        if element.type == "multiselect":
            self.trait = "value"
            return w.TagsInput(allowed_tags=self._labels(element), allow_duplicates=False,
                               value=[], layout=w.Layout(width="auto"))
        raise ValueError(f"no options view for {element.type}")

    def wrap(self, control: w.Widget) -> w.Widget:
        if not isinstance(control, w.TagsInput):
            return control
        # TagsInput's front end shows no description: the label is ours, above it.
        self.label = w.HTML()
        #: Streamlit's words when max_selections is reached, shown (CSS) while
        #: the chips have the focus, where Streamlit's open list shows them.
        self.limit_note = w.HTML()
        self.limit_note.add_class("stc-limit-note")
        box = w.VBox([self.label, control, self.limit_note], layout=w.Layout(width="100%"))
        box.add_class("stc-multiselect")
        return box

    def wrote(self, element: Element) -> None:
        if self.widget is not self.control:
            set_traits(self.label, {"value": _label_html(element.props)})
            set_traits(self.limit_note, {"value": escape(max_selections_note(element))})
            set_look_classes(self.widget, input_classes(element.props)[1:])

    def look_classes(self, element: Element) -> tuple[str, ...]:
        return () if element.type == "multiselect" else super().look_classes(element)

    def compatible(self, element: Element) -> bool:
        return super().compatible(element) and \
            element.props.get("is_range") == self.element.props.get("is_range")

    @staticmethod
    def _pairs(element: Element) -> tuple[tuple[str, int], ...]:
        pairs = tuple((str(label), i) for i, label in enumerate(element.props["option_labels"]))
        if element.type == "selectbox" and element.props["value"] is None:
            return ((_placeholder(element, SELECTBOX_PLACEHOLDER), _NOTHING_CHOSEN),) + pairs
        return pairs

    @staticmethod
    def _labels(element: Element) -> list[str]:
        return [str(label) for label in element.props["option_labels"]]

    def traits(self, element: Element) -> dict[str, Any]:
        traits = super().traits(element)
        if element.type == "multiselect":
            labels = self._labels(element)
            if max_selections_note(element):
                # At the limit only the chosen labels are allowed: the box
                # offers and takes no other option until one is removed.
                chosen = self.to_widget(element.props["value"], element)
                labels = [label for label in labels if label in chosen]
            traits["allowed_tags"] = labels
            traits["placeholder"] = _placeholder(element, MULTISELECT_PLACEHOLDER)
            return traits
        traits["options"] = self._pairs(element)
        if element.type == "radio":
            traits["orientation"] = "horizontal" if element.props.get("horizontal") else "vertical"
        return traits

    def to_widget(self, value: Any, element: Element) -> Any:
        if element.type == "multiselect":
            labels = self._labels(element)
            return [labels[i] for i in (_option_index(v, element) for v in value) if i is not None]
        index = _option_index(value, element)
        if index is None and element.type == "selectbox" and value is None:
            return _NOTHING_CHOSEN
        return index

    def from_widget(self, value: Any, element: Element) -> Any:
        options = element.props["options"]
        if element.type == "multiselect":
            labels = self._labels(element)
            check_option_labels(value, len(labels))
            # A label names its first option (labels may repeat); a tag that is
            # no option's label (typed in a front end that let it through) is dropped.
            chosen = [options[labels.index(tag)] for tag in value if tag in labels]
            limit = element.props.get("max_selections")
            return chosen[:limit] if limit else chosen
        return None if value is None or value == _NOTHING_CHOSEN else options[value]


def _no_date(value: Any) -> bool:
    """Whether a date/time input shows nothing (``None``, or an empty range)."""
    return value is None or (isinstance(value, (tuple, list)) and not value)


class _FieldView(_OwnLabelView):
    """A ``DateField`` of ``date_field``: the value in Streamlit's format. Its
    kind, whether it is a range and whether it can be emptied are fixed when it
    is made (a box the person is typing in is not replaced by a rerun)."""

    kind = DATE_FIELD

    def compatible(self, element: Element) -> bool:
        return super().compatible(element) \
            and bool(element.props.get("is_range")) == bool(self.element.props.get("is_range")) \
            and (self.clearable or not _no_date(element.props["value"]))

    def create(self, element: Element) -> w.Widget:
        self.clearable = _no_date(element.props["value"])
        return date_field_class()(kind=self.kind, is_range=bool(element.props.get("is_range")),
                                  clearable=self.clearable, layout=w.Layout(width="100%"))



@register_view("date_input")
class DateView(_FieldView):
    """``st.date_input``: one date, or a range in two boxes, in its ``format``."""

    def traits(self, element: Element) -> dict[str, Any]:
        traits = super().traits(element)
        props = element.props
        traits.update(format=str(props.get("format") or "YYYY/MM/DD"),
                      min=date_bound(props.get("min_value")), max=date_bound(props.get("max_value")))
        return traits

    def to_widget(self, value: Any, element: Element) -> Any:
        return tuple(value) if isinstance(value, (tuple, list)) else value

    def from_widget(self, value: Any, element: Element) -> Any:
        if isinstance(value, tuple) and len(value) == 2 and value[0] > value[1]:
            raise InvalidWidgetValue("a date range ends before it starts")
        if element.props["is_range"] and value is not None and not isinstance(value, tuple):
            raise InvalidWidgetValue("a date range input sends a list of dates")
        return value


@register_view("time_input")
class TimeView(_FieldView):
    """``st.time_input``: a time in its ``format`` (24h or 12h), the times at ``step`` offered."""

    kind = TIME_FIELD

    def traits(self, element: Element) -> dict[str, Any]:
        traits = super().traits(element)
        props = element.props
        step = props.get("step", 900)
        if isinstance(step, dt.timedelta):
            step = int(step.total_seconds())
        traits.update(format=str(props.get("format") or "24h"), step=int(step))
        return traits


@register_view("color_picker")
class ColorView(ValueView):
    def create(self, element: Element) -> w.Widget:
        # The swatch alone, as Streamlit's (its hex text only in the picker).
        return w.ColorPicker(concise=True, style=_LABEL_STYLE)


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
    """An Accordion of one section. When the expander is a widget
    (``on_change`` set), the person opening or closing it is a widget event,
    and the run's value opens or closes it; otherwise the person's choice
    stays until the script's ``expanded`` changes."""

    def title(self, element: Element) -> str:
        return element.props["label"]

    def create(self, element: Element) -> w.Box:
        self._syncing = False
        self.body = w.VBox()
        accordion = w.Accordion(children=(self.body,), titles=(self.title(element),),
                                selected_index=0 if element.props.get("expanded") else None)
        accordion.observe(self._on_toggle, names="selected_index")
        return accordion

    def set_children(self, widgets: tuple[w.Widget, ...]) -> None:
        if tuple(self.body.children) != widgets:
            self.body.children = widgets

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        was_expanded = self.element.props.get("expanded")
        super().update(element)
        traits: dict[str, Any] = {"titles": (self.title(element),)}
        expanded = element.props.get("expanded")
        if element.props.get("stateful") or expanded != was_expanded:
            traits["selected_index"] = 0 if expanded else None
        self._syncing = True
        try:
            set_traits(self.widget, traits)
        finally:
            self._syncing = False

    def _on_toggle(self, change: dict[str, Any]) -> None:
        if not self._syncing and self.element.props.get("stateful"):
            self.sink.widget_changed(self.element, change["new"] == 0)

    def close(self) -> None:
        super().close()
        close_widget(self.body)


@register_view("tabs")
class TabsView(BlockView):
    """An ipywidgets Tab. When the tabs are a widget (``on_change`` set), the
    person choosing a tab is a widget event (the tab's label) and the run's
    value picks the open tab; otherwise the person's choice stays."""

    def create(self, element: Element) -> w.Box:
        # A Tab without children accepts no selected_index: the default tab is
        # selected once the tabs exist (first update), then the person's choice stays.
        self.shown = False
        self._syncing = False
        tab = w.Tab()
        tab.observe(self._on_select, names="selected_index")
        return tab

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        self._syncing = True  # (new children may move the selection)
        try:
            super().update(element)
            traits: dict[str, Any] = {"titles": tuple(element.props["labels"])}
            # A run shown while it goes on (live updates) can show the tabs before
            # their panels exist: select once there is something to select.
            if self.widget.children and (not self.shown or element.props.get("stateful")):
                self.shown = True
                traits["selected_index"] = element.props["index"]
            set_traits(self.widget, traits)
        finally:
            self._syncing = False

    def _on_select(self, change: dict[str, Any]) -> None:
        index, labels = change["new"], self.element.props["labels"]
        if (not self._syncing and self.element.props.get("stateful")
                and isinstance(index, int) and 0 <= index < len(labels)):
            self.sink.widget_changed(self.element, labels[index])

