"""What every view shares: the ``View`` and ``BlockView`` bases, the one
registry of views (``register_view``), ``set_traits`` (send only what
changed) and ``close_widget`` (no comm left behind).

The view modules import this one and the reconciler reads the registry; the
package's ``__init__`` imports every view module, so the registry is full
before the first app renders.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Protocol

import ipywidgets as w
from traitlets import TraitError

from ..runtime.page_tree import Element

if TYPE_CHECKING:
    from .reconciler import Reconciler


class EventSink(Protocol):
    """What views report to: the cell's app."""

    def widget_changed(self, element: Element, value: Any) -> None: ...

    def button_clicked(self, element: Element) -> None: ...

    def switch_page(self, page_script_hash: str, query_string: str = "") -> None: ...


class _NoOverride:
    def __repr__(self) -> str:
        return "NO_OVERRIDE"


#: "Show the element's own value". Not None: a staged value may be None
#: (a cleared number, a selectbox with nothing chosen).
NO_OVERRIDE: Any = _NoOverride()


#: What a value a widget cannot hold raises: traitlets' TraitError, or the
#: error of a conversion (to the trait, or to JSON for the front end).
_UNSHOWABLE = (TraitError, TypeError, ValueError, AttributeError)


def _showable(widget: w.Widget, name: str, value: Any) -> Any:
    """``value``, if ``widget.name`` can hold it and send it to the front end;
    else raise one of ``_UNSHOWABLE`` (some traits take any value and only
    fail to serialize it: a TimePicker given an int)."""
    trait = widget.traits().get(name)
    if trait is None or value is None:
        return value
    to_json = trait.metadata.get("to_json")
    if to_json is not None:
        to_json(value, widget)
    return value


def set_traits(widget: w.Widget, traits: dict[str, Any]) -> None:
    """Set only the traits that differ, in one comm message."""
    changed = {}
    for name, value in traits.items():
        try:
            current = getattr(widget, name)
        except AttributeError:
            continue
        if not _same(current, value):
            changed[name] = value
    if not changed:
        return
    if "options" in changed:
        # New options reset a selection widget's choice: send the choice again.
        changed.update({name: traits[name] for name in ("value", "index") if name in traits})
    if len(changed) == 1:
        name, value = next(iter(changed.items()))
        setattr(widget, name, value)
        return
    with widget.hold_sync():
        # Options before the value that must be one of them.
        for name in sorted(changed, key=lambda n: n not in ("options", "min", "max")):
            setattr(widget, name, changed[name])


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(type(a) is type(b) and a == b) or (
            isinstance(a, (tuple, list)) and isinstance(b, (tuple, list)) and tuple(a) == tuple(b))
    except Exception:
        return False


def _label_traits(props: dict[str, Any]) -> dict[str, Any]:
    # A "hidden" label keeps its room (its class hides it, see look.py), as
    # Streamlit's; a "collapsed" one has none.
    shown = props.get("label_visibility", "visible") != "collapsed"
    return {
        "description": props.get("label", "") if shown else "",
        "tooltip": props.get("help") or None,
        "disabled": bool(props.get("disabled", False)),
    }


_LABEL_STYLE = {"description_width": "initial"}


def _wide() -> w.Layout:
    """The layout of text-like inputs; one per widget, since it is closed with it."""
    return w.Layout(width="auto", max_width="40em")


def close_widget(widget: w.Widget) -> None:
    """Close a widget and the widgets it owns through traits (its Layout and
    Style): ipywidgets' ``close()`` leaves those open, one comm each."""
    for name in widget.keys:
        part = getattr(widget, name, None)
        if isinstance(part, w.Widget):
            part.close()
    widget.close()


# --------------------------------------------------------------------- views
class View:
    """One element on screen."""

    widget: w.Widget

    def __init__(self, element: Element, sink: EventSink,
                 reconciler: Reconciler | None = None) -> None:
        self.element = element
        self.sink = sink

    def compatible(self, element: Element) -> bool:
        return element.type == self.element.type

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        self.element = element

    def close(self) -> None:
        close_widget(self.widget)


class BlockView(View):
    """A container whose children are reconciled by element id."""

    def __init__(self, element: Element, sink: EventSink, reconciler: "Reconciler") -> None:
        super().__init__(element, sink)
        self.reconciler = reconciler
        self.children: dict[str, View] = {}
        #: The widgets shown as children (only a run changes them).
        self.shown_children: tuple[w.Widget, ...] = ()
        self.widget = self.create(element)
        self.decorate(element)

    def create(self, element: Element) -> w.Box:
        return w.VBox()

    def decorate(self, element: Element) -> None:
        props = element.props
        if element.type == "form" and props.get("border", True):
            self.widget.add_class("stc-form")
        elif props.get("border"):
            self.widget.add_class("stc-bordered")

    def child_widgets(self, views: list[View]) -> tuple[w.Widget, ...]:
        return tuple([view.widget for view in views])

    def set_children(self, widgets: tuple[w.Widget, ...]) -> None:
        if widgets != self.shown_children:
            self.widget.children = self.shown_children = widgets

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        self.element = element
        if not element.children and not self.children:
            return  # empty and still empty (an unused sidebar, on every rerun)
        views = self.reconciler.reconcile_children(self, element)
        self.set_children(self.child_widgets(views))

    def close(self) -> None:
        for view in self.children.values():
            view.close()
        self.children.clear()
        close_widget(self.widget)



#: element type -> the view class that shows it, constructed as
#: ``cls(element, sink, reconciler)`` (see ``register_view``).
VIEWS: dict[str, type[View]] = {}


def register_view(*element_types: str) -> Callable[[type[View]], type[View]]:
    """Class decorator: show these element types with this view class."""
    def register(view_class: type[View]) -> type[View]:
        for element_type in element_types:
            VIEWS[element_type] = view_class
        return view_class
    return register
