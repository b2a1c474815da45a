"""Every widget of an app drops a front-end message it cannot take.

ipywidgets applies an ``update`` message with traitlets; a value of the
wrong type raises ``TraitError``, which ipywidgets answers with
``showtraceback``: a traceback published to the page (and, with IPython's
highlighting, ~0.5 s of kernel time per message, a cheap way to keep a
kernel busy). A view's own observer may raise too. Each widget a view makes
gets a ``set_state`` that catches that, writes one line to the kernel's log
(``runtime/widget_values``) and sends the kernel's state of those traits
back, so the front end shows the last good value again. Custom messages
(a button's click) that a widget's handler cannot take are dropped the same way.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from ..runtime.widget_values import log_rejected


def _guarded_set_state(widget: w.Widget) -> Any:
    original = widget.set_state

    def set_state(sync_data: dict[str, Any]) -> None:
        try:
            original(sync_data)
        except Exception as error:  # noqa: BLE001 - any failure drops the message
            log_rejected(type(widget).__name__, widget.model_id or "?", error)
            keys = [name for name in sync_data if name in widget.keys]
            if keys and widget.comm is not None:
                widget.send_state(key=keys)

    return set_state


def _guarded_custom_message(widget: w.Widget) -> Any:
    original = widget._handle_custom_msg

    def handle_custom_msg(content: Any, buffers: Any) -> None:
        if not isinstance(content, dict):
            # ipywidgets' own handlers (a button's, a text box's) call
            # content.get, and their dispatcher publishes what that raises.
            log_rejected(type(widget).__name__, widget.model_id or "?",
                         f"a custom message of {type(content).__name__}, not an object")
            return
        try:
            original(content, buffers)
        except Exception as error:  # noqa: BLE001 - a crafted message is dropped
            log_rejected(type(widget).__name__, widget.model_id or "?", error)

    return handle_custom_msg


def guard_widgets(*roots: Any) -> None:
    """Guard each widget in ``roots`` and the widgets they contain."""
    stack = list(roots)
    while stack:
        item = stack.pop()
        if not isinstance(item, w.Widget) or item.__dict__.get("_stc_guarded"):
            continue
        item.__dict__["_stc_guarded"] = True
        item.set_state = _guarded_set_state(item)  # type: ignore[method-assign]
        # A custom message (a button's click): ipywidgets' handlers assume a
        # dict; anything else raised and was published as a traceback.
        item._handle_custom_msg = _guarded_custom_message(item)  # type: ignore[method-assign]
        stack.extend(getattr(item, "children", ()) or ())


def guard_view(view: Any) -> None:
    """Guard the widgets a view holds (its widget and the parts it keeps)."""
    guard_widgets(*(value for value in vars(view).values() if isinstance(value, w.Widget)))
    for value in vars(view).values():
        if isinstance(value, (list, tuple)):
            guard_widgets(*(item for item in value if isinstance(item, w.Widget)))
            guard_widgets(*(getattr(item, "widget", None) for item in value))


__all__ = ["guard_view", "guard_widgets"]
