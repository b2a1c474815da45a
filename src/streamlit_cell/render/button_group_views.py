"""Views of ``st.pills``, ``st.segmented_control`` and ``st.feedback`` (see ``elements/button_groups.py``).

Every value a view reports is in the form ``elements/button_groups.py`` documents
for a front end. A view shows its new value at once (a form stages values
without a rerun), then reports it; the rerun's update then changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

import ipywidgets as w

from ..runtime.page_tree import Element
from .base import EventSink, NO_OVERRIDE, close_widget, register_view, set_traits
from .input_view_base import _OwnedView, _label_html, _show

if TYPE_CHECKING:
    from .reconciler import Reconciler


# ==================================== pills, segmented control, feedback
_FEEDBACK_FACES = ("😞", "🙁", "😐", "🙂", "😀")
_FEEDBACK_THUMBS = ("👎", "👍")


@register_view("pills", "segmented_control", "feedback")
class ChoiceRowView(_OwnedView):
    """A row of toggle buttons, one per option.

    A click on option *i* means what it means in Streamlit: choose *i*, or,
    if *i* is the chosen one, clear the choice (unless ``required``); in
    multi mode, add or remove *i*. (ipywidgets' ``ToggleButtons`` cannot
    clear its choice, so each option is its own ``ToggleButton``.) Stars show
    every star up to the chosen one as pressed.
    """

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self._syncing = False
        self.value: Any = None
        self.label = self.own(w.HTML())
        gap = "0" if element.type == "segmented_control" else "0.3em"
        self.row = self.own(w.HBox(layout=w.Layout(grid_gap=gap, flex_flow="row wrap")))
        self.toggles: list[w.ToggleButton] = []
        self.widget = self.own(w.VBox([self.label, self.row]))
        self.update(element)

    # -- what the options look like
    @staticmethod
    def _labels(element: Element) -> list[str]:
        props = element.props
        if element.type != "feedback":
            return list(props["option_labels"])
        if props["options"] == "thumbs":
            return list(_FEEDBACK_THUMBS)
        if props["options"] == "faces":
            return list(_FEEDBACK_FACES)
        return ["☆"] * props["count"]

    def _chosen_indices(self, value: Any) -> set[int]:
        props = self.element.props
        if self.element.type == "feedback":
            if value is None:
                return set()
            return set(range(value + 1)) if props["options"] == "stars" else {value}
        chosen = value if props["multi"] else ([] if value is None else [value])
        return {i for i, option in enumerate(props["options"])
                if any(_same_option(option, c, props) for c in chosen)}

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        props = element.props
        label = _label_html(props) if element.type != "feedback" else ""
        set_traits(self.label, {"value": label})
        _show(self.label, bool(label))
        labels = self._labels(element)
        while len(self.toggles) < len(labels):
            toggle = w.ToggleButton(layout=w.Layout(width="auto"))
            toggle.observe(lambda change, i=len(self.toggles): self._on_toggle(i, change),
                           names="value")
            self.toggles.append(toggle)
        for toggle in self.toggles[len(labels):]:
            close_widget(toggle)
        del self.toggles[len(labels):]
        if tuple(self.row.children) != tuple(self.toggles):
            self.row.children = tuple(self.toggles)
        self._show_value(props["value"] if override is NO_OVERRIDE else self._from_wire(override))

    def _show_value(self, value: Any) -> None:
        self.value = value
        props = self.element.props
        chosen = self._chosen_indices(value)
        stars = self.element.type == "feedback" and props["options"] == "stars"
        self._syncing = True
        try:
            for i, (toggle, text) in enumerate(zip(self.toggles, self._labels(self.element))):
                set_traits(toggle, {
                    "description": ("★" if i in chosen else "☆") if stars else text,
                    "value": i in chosen, "disabled": bool(props["disabled"]),
                    "tooltip": props.get("help") or None,
                })
        finally:
            self._syncing = False

    # -- what a click means
    def _on_toggle(self, index: int, change: dict[str, Any]) -> None:
        if self._syncing:
            return
        before = self._chosen_indices(self.value)
        new_value = self._clicked(index)
        self._show_value(new_value)
        if self._chosen_indices(new_value) == before:
            return  # a required choice clicked again: nothing changes
        self.sink.widget_changed(self.element, self._wire(new_value))

    def _clicked(self, index: int) -> Any:
        props = self.element.props
        if self.element.type == "feedback":
            return None if self.value == index else index
        option = props["options"][index]
        if props["multi"]:
            current = list(self.value or [])
            kept = [v for v in current if not _same_option(option, v, props)]
            return kept if len(kept) != len(current) else [*current, option]
        if self.value is not None and _same_option(option, self.value, props):
            return self.value if props.get("required") else None
        return option

    def _from_wire(self, staged: Any) -> Any:
        """A staged value (sent form, or a default after ``clear_on_submit``) as
        the value the widget shows."""
        if self.element.type == "feedback":
            return None if staged == "" else staged
        if self.element.props["multi"] or not isinstance(staged, list):
            return staged
        return staged[0] if staged else None

    def _wire(self, value: Any) -> Any:
        """The value as a front end sends it (see ``elements/button_groups.py``)."""
        if self.element.type == "feedback":
            return "" if value is None else value
        if self.element.props["multi"]:
            return list(value)
        return [] if value is None else [value]

    def close(self) -> None:
        for toggle in self.toggles:
            close_widget(toggle)
        self.toggles.clear()
        super().close()


def _same_option(option: Any, value: Any, props: dict[str, Any]) -> bool:
    """Options are told apart by label, as Streamlit does."""
    format_func: Callable[[Any], Any] = props["format_func"]
    try:
        return bool(format_func(option) == format_func(value))
    except Exception:
        return False
