"""A streamlit cell's live app.

``CellApp`` owns one root widget (displayed once) and reruns its script when
one of its widgets fires: on the kernel's main thread, inside the trait
observer ipykernel calls while handling the widget's ``comm_msg``, so output
of the rerun is routed to the right cell.

A click flows one way: view -> ``CellApp`` (``widget_changed``,
``button_clicked``) -> the runner's run -> its ``RunResult`` -> the reconciler
updates the widgets -> the registry (``registry.py``) reruns the other apps
that read a key the result says was changed. The app reads the result, never
the session's internals.
"""

from __future__ import annotations

import io
import linecache
import sys
import time
from typing import Any, Callable

import ipywidgets as w

from ..elements.page_config import main_area_max_width, sidebar_width
from ..render.element_html import STYLESHEET
from ..render.base import BlockView, close_widget, set_traits
from ..render.look import SIDEBAR_WIDTH, app_stylesheet, app_theme_class
from ..render.page_views import NavigationMenuView
from ..render.reconciler import Reconciler
from .kernel_queue import run_later, shell_message_waiting, wake_shell_stream
from ..runtime.run_result import RunResult, is_interrupt
from ..runtime.script_runner import ScriptRunner
from ..runtime.shared_session import kernel_session
from ..runtime.state import WIDGET_DEFAULT
from ..runtime.widget_values import InvalidWidgetValue, check_widget_value, log_rejected
from ..runtime.widget_binding import write_front_end_values
from ..runtime.run_context import RunContext
from ..runtime.page_tree import PAGE_ROOTS, Block, Element, assign_ids, new_root, walk
from .registry import AppRegistry

_HIDDEN_GLOBALS = {"__builtins__", "__name__", "st"}

#: Elements shown as soon as they are added or changed during a run.
_LIVE_TYPES = frozenset({"progress", "spinner", "status", "toast", "write_stream"})
#: A progress bar updated in a tight loop is shown at most this often.
_LIVE_STATUS_INTERVAL = 0.03
#: Other elements are shown live only in runs longer than this, this often.
_LIVE_AFTER = 0.1
_LIVE_INTERVAL = 0.1


class CellApp:
    """The app of one ``%%streamlit_cell`` cell."""

    def __init__(self, registry: "AppRegistry", cell_id: str, source: str, *,
                 label: str, publish: bool = True) -> None:
        self.registry = registry
        self.cell_id = cell_id
        self.label = label
        self.publish = publish
        self.session = kernel_session()
        self.published: dict[str, Any] = {}
        filename = f"<{label}>"
        _register_source(filename, source)
        self.runner = ScriptRunner(
            source, self.session, cell_id=cell_id, filename=filename,
            fallback_namespace=registry.user_namespace,
            hidden_names=lambda: set(self.published),
        )
        self.reconciler = Reconciler(self)
        #: One view per page root (``PAGE_ROOTS``).
        self.root_views = {name: BlockView(new_root(name), self, self.reconciler)
                           for name in PAGE_ROOTS}
        self.main_view = self.root_views["main"]
        self.sidebar_view = self.root_views["sidebar"]
        self.sidebar_view.widget.add_class("stc-sidebar")
        # Streamlit's bottom container (a top-level chat input), below the app.
        self.bottom_view = self.root_views["bottom"]
        self.bottom_view.widget.add_class("stc-bottom")
        # Streamlit's event container (an open `st.dialog`), above the app.
        self.event_view = self.root_views["event"]
        # A multipage app's menu (`st.navigation`): at the top of the sidebar,
        # or in a bar above the app; made on the first run that has one.
        self.navigation_view: NavigationMenuView | None = None
        self.sidebar_box: w.VBox | None = None
        self.top_bar: w.Box | None = None
        self.output = w.Output()
        self.run_output = _RunOutput(registry.shell)
        #: The body's children: the main area, after the sidebar when it has elements.
        self.body_children: tuple[w.Widget, ...] = (self.main_view.widget,)
        self.body = w.HBox(self.body_children, layout=w.Layout(width="100%"))
        self.main_view.widget.layout.flex = "1 1 auto"
        #: The app's `st.set_page_config` settings, kept across runs.
        self.page_config: dict[str, Any] = {}
        self._apply_page_config({})
        #: Streamlit's "Rerun" (its menu, the R key), made the first time a
        #: run ends in an error: that may leave nothing on the page to click.
        self.rerun_button: w.Button | None = None
        self.root = w.VBox([w.HTML(app_stylesheet(STYLESHEET)), self.reconciler.toast_stack,
                            self.event_view.widget, self.body, self.bottom_view.widget, self.output])
        self.root.add_class("stc-app")
        self.root.add_class(app_theme_class())
        #: form id -> widget id -> staged value (sent when the form is submitted).
        self.staged: dict[str, dict[str, Any]] = {}
        #: values of on_change="ignore" widgets, sent with the next rerun.
        self.silent: dict[str, Any] = {}
        self.result: RunResult | None = None
        self.read_keys: set[str] = set()
        self._captured: tuple[Any, ...] = ()
        self._running = False
        self._queued: dict[str, Any] | None = None
        #: Input recorded but not yet run (see ``_event``).
        self._pending: dict[str, Any] = {}
        self._pending_submits: list[str] = []
        self._flush_scheduled = False
        # When the current run started and was last shown (live updates).
        self._run_started = self._last_live = 0.0
        # Progress of a burst, as the fallback timer sees it.
        self._events_seen = 0
        self._events_at_last_check = -1
        self.closed = False

    # -------------------------------------------------------------- running
    def interact(self, widget_values: dict[str, Any]) -> None:
        """A person's input (``{}``: the Rerun button): run, update the
        widgets, then let the registry rerun the apps that read what changed."""
        self.registry.after_run(self, self.run(widget_values))

    def run(self, widget_values: dict[str, Any] | None = None) -> RunResult | None:
        """Run the script and update the widgets. Re-entrant calls (an event
        that arrives while a run is executing) are merged into one more run,
        whose result also holds the input keys of the merged events."""
        if self.closed:
            return None
        if self._running:
            self._queued = {**(self._queued or {}), **(widget_values or {})}
            return None
        self._running = True
        input_keys: set[str] = set()
        try:
            while True:
                result = self._run_once(widget_values)
                input_keys |= result.input_keys
                if self._queued is None or is_interrupt(result):
                    self._queued = None  # an interrupt also drops what queued meanwhile
                    result.input_keys = input_keys
                    return result
                widget_values, self._queued = self._queued, None
        finally:
            self._running = False

    def _run_once(self, widget_values: dict[str, Any] | None) -> RunResult:
        values = {**self.silent, **(widget_values or {})} if (self.silent or widget_values) else None
        if values is not None and len(values) > 1:
            values = self._in_page_order(values)
        self.silent = {}
        if values:
            # The front end's part of bind="query-params": a person's change
            # of a bound widget goes to st.query_params (Streamlit's URL).
            write_front_end_values(self.runner.session, values)
        self._run_started, self._last_live = time.perf_counter(), 0.0
        with self.run_output.capture():
            result = self.runner.run(values, on_element=self._on_element,
                                     changed_widgets=widget_values)
        self.result = result
        self.read_keys = set(result.read_keys)
        if result.navigation is not None or self.navigation_view is not None:
            self._show_navigation(result)
        self._render(result.roots)
        self._show_rerun_button(_offers_rerun(result))
        if result.page_config:  # the settings add up: none this run, nothing changes
            self._apply_page_config(result.page_config)
        self._show_output(self.run_output.outputs)
        if self.publish:
            self._publish(result.globals)
        return result

    def _in_page_order(self, values: dict[str, Any]) -> dict[str, Any]:
        """Streamlit's front end sends a rerun's widget values in page order,
        and the callbacks of the changed widgets run in that order; events
        coalesced here (or staged in a form) come in the order they were made."""
        if self.result is None:
            return values
        order = {element.id: i for i, element in
                 enumerate(e for root in self.result.roots for e in walk(root) if e.is_widget)}
        return dict(sorted(values.items(), key=lambda item: order.get(item[0], len(order))))

    def _on_element(self, ctx: RunContext, element: Element) -> None:
        """Show a run's elements while it is still going, as Streamlit does:
        progress, spinners, status and toasts at once (the work they announce
        is still to come), anything else only in runs that take a while."""
        now = time.perf_counter()
        if element.type in _LIVE_TYPES:
            if now - self._last_live < _LIVE_STATUS_INTERVAL and element.type == "progress":
                return
        elif now - self._run_started < _LIVE_AFTER or now - self._last_live < _LIVE_INTERVAL:
            return
        self._last_live = now
        roots = ctx.roots
        for root in roots:
            assign_ids(root)
        self._render(roots, partial=True)

    def _render(self, roots: tuple[Block, ...], partial: bool = False) -> None:
        """Update the widgets to show ``roots`` (the page roots, in
        ``PAGE_ROOTS`` order), forms showing what is staged in them."""
        staged = {wid: self._display_value(wid, value)
                  for form in self.staged.values() for wid, value in form.items()}
        self.reconciler.render(zip(self.root_views.values(), roots), staged, partial=partial)
        menu_in_sidebar = self.sidebar_box is not None and self.navigation_view is not None \
            and self.navigation_view.menu is not None \
            and self.navigation_view.menu.position == "sidebar"
        sidebar = self.sidebar_box if menu_in_sidebar else self.sidebar_view.widget
        children = (sidebar, self.main_view.widget) \
            if self.sidebar_view.element.items or menu_in_sidebar else (self.main_view.widget,)
        if children != self.body_children:
            self.body.children = self.body_children = children
            self._align_bottom()

    def _show_navigation(self, result: RunResult) -> None:
        """Show the run's navigation menu where its position says: the top of
        the sidebar or a bar above the app (nothing when hidden). A run that
        ended before `st.navigation` keeps the menu shown (Streamlit's front
        end keeps it too)."""
        menu = result.navigation
        if menu is None and not result.completed:
            return  # (a completed run without one: no longer a multipage app)
        if self.navigation_view is None:
            self.navigation_view = NavigationMenuView(self.switch_page)
            self.sidebar_box = w.VBox([self.navigation_view.widget, self.sidebar_view.widget])
            self.sidebar_box.add_class("stc-sidebar")
            self.sidebar_view.widget.remove_class("stc-sidebar")
            self.sidebar_box.layout.flex = "0 0 auto"
            # The sidebar's width (`st.set_page_config`) goes to the box around it.
            self.sidebar_box.layout.width = self.sidebar_view.widget.layout.width
            self.sidebar_view.widget.layout.width = None
            self.top_bar = w.HBox([])
            self.top_bar.add_class("stc-nav-top")
            children = list(self.root.children)
            self.root.children = (*children[:2], self.top_bar, *children[2:])  # above the body
        self.navigation_view.show(menu, bool(result.sidebar.items))
        top = menu is not None and menu.position == "top"
        wanted = (self.navigation_view.widget,) if top else ()
        assert self.top_bar is not None and self.sidebar_box is not None
        if self.top_bar.children != wanted:
            self.top_bar.children = wanted
        in_sidebar = (self.navigation_view.widget, self.sidebar_view.widget) if not top \
            else (self.sidebar_view.widget,)
        if self.sidebar_box.children != in_sidebar:
            self.sidebar_box.children = in_sidebar
        display = None if top else "none"
        if self.top_bar.layout.display != display:
            self.top_bar.layout.display = display

    def switch_page(self, page_script_hash: str, query_string: str = "") -> None:
        """A page chosen in the menu or with a page link: rerun on that page."""
        if self.closed:
            return
        try:
            self.runner.request_page(page_script_hash, query_string)
            self.interact({})
        except Exception:
            self._show_internal_error()

    def _apply_page_config(self, changes: dict[str, Any]) -> None:
        """Apply a run's `st.set_page_config` settings on top of the earlier
        ones (Streamlit's calls are additive): the layout sets the main area's
        width, a sidebar state in pixels the sidebar's. Unchanged settings
        send nothing."""
        menu_items = {**self.page_config.get("menu_items", {}), **changes.get("menu_items", {})}
        self.page_config.update(changes)
        if menu_items:
            self.page_config["menu_items"] = menu_items
        main_layout = self.main_view.widget.layout
        max_width = main_area_max_width(self.page_config)
        if main_layout.max_width != max_width:
            main_layout.max_width = max_width
        sidebar_layout = (self.sidebar_box or self.sidebar_view.widget).layout
        width = sidebar_width(self.page_config)
        if sidebar_layout.width != width:
            sidebar_layout.width = width
        self._align_bottom()

    def _align_bottom(self) -> None:
        """The bottom container (a chat input) under the main area only, as
        wide as it, as in Streamlit: right of the sidebar when one is shown."""
        # The sidebar shown: its own box, or the box that adds a page menu.
        shown = next((box for box in (self.sidebar_box, self.sidebar_view.widget)
                      if box is not None and box in self.body_children), None)
        traits = {"max_width": self.main_view.widget.layout.max_width,
                  "margin": f"0 0 0 {shown.layout.width or SIDEBAR_WIDTH}"
                  if shown is not None else "0"}
        set_traits(self.bottom_view.widget.layout, traits)

    def _display_value(self, widget_id: str, value: Any) -> Any:
        if value is WIDGET_DEFAULT:  # a cleared form: the run said what it shows
            return self.result.widget_defaults.get(widget_id) if self.result is not None else None
        return value

    def _show_output(self, outputs: tuple[Any, ...]) -> None:
        if outputs != self._captured:
            self._captured = outputs
            self.output.outputs = outputs

    def _publish(self, script_globals: dict[str, Any]) -> None:
        names = {k: v for k, v in script_globals.items()
                 if k not in _HIDDEN_GLOBALS and not k.startswith("__")}
        self.registry.publish(names)
        self.published = names

    # --------------------------------------------------------------- events
    def widget_changed(self, element: Element, value: Any) -> None:
        try:
            check_widget_value(element.type, element.props, value)
        except InvalidWidgetValue as error:
            # A crafted message: dropped, the widgets show the last run again.
            log_rejected(element.type, element.id, error)
            if self.result is not None:
                self._render(self.result.roots)
            return
        if element.form_id and not isinstance(element, Block):
            # (A widget container, tabs, expander or popover, reports its
            # state at once even in a form, as Streamlit's front end does.)
            self.staged.setdefault(element.form_id, {})[element.id] = value
            return
        if element.props.get("ignore_rerun"):
            self.silent[element.id] = value
            return
        self._event({element.id: value})

    def button_clicked(self, element: Element) -> None:
        values: dict[str, Any] = {element.id: True}
        form_id = element.form_id
        submitted = element.props.get("is_form_submitter") and form_id
        if submitted:
            values = {**self.staged.pop(form_id, {}), **values}
        self._event(values, submitted_form=form_id if submitted else None)

    def _event(self, values: dict[str, Any], submitted_form: str | None = None) -> None:
        """Record a person's input; rerun now, unless more input is already
        queued in the kernel: then the last event of the burst reruns once
        with all of it (as Streamlit coalesces rerun requests). A trigger that
        fired twice in a burst counts once, as in Streamlit."""
        self._pending.update(values)
        self._events_seen += 1
        if submitted_form:
            self._pending_submits.append(submitted_form)
        if shell_message_waiting(self.registry.shell):
            # Should the queued message not be ours, run once the kernel is free.
            if self._flush_scheduled or run_later(self.registry.shell, self._flush_when_idle):
                self._flush_scheduled = True
                return
        self._flush()

    def _flush_when_idle(self) -> None:
        """The fallback timer: still a burst being drained? Wait more; if no
        event arrived since the last check, the kernel's stream has stalled on
        a consumed edge, so wake it. Else run what was recorded."""
        shell = self.registry.shell
        if shell_message_waiting(shell) and run_later(shell, self._flush_when_idle):
            if self._events_seen == self._events_at_last_check:
                wake_shell_stream(shell)
            self._events_at_last_check = self._events_seen
            return
        self._flush()

    def _flush(self) -> None:
        self._flush_scheduled = False
        values, self._pending = self._pending, {}
        submits, self._pending_submits = self._pending_submits, []
        if not values or self.closed:
            return
        try:
            self.interact(values)
            for form_id in submits:
                self._after_submit(form_id)
        except Exception:
            # A script's own errors are shown in place by the runner; this is a
            # failure of streamlit-cell itself. ipywidgets would only log it in
            # the kernel's log, leaving a dead app: show it where the user looks.
            self._show_internal_error()

    def _show_rerun_button(self, show: bool) -> None:
        if self.rerun_button is None:
            if not show:
                return
            self.rerun_button = w.Button(description="Rerun", icon="rotate-right",
                                         tooltip="Run this app again (Streamlit's Rerun)",
                                         layout=w.Layout(width="auto"))
            self.rerun_button.on_click(lambda _: self.rerun_clicked())
            children = list(self.root.children)
            self.root.children = (*children[:-1], self.rerun_button, children[-1])  # above output
        display = None if show else "none"
        if self.rerun_button.layout.display != display:
            self.rerun_button.layout.display = display

    def rerun_clicked(self) -> None:
        """The Rerun button: run again without input, as Streamlit's Rerun does."""
        try:
            self.interact({})
        except Exception:
            self._show_internal_error()

    def _show_internal_error(self) -> None:
        import traceback

        text = ("streamlit-cell failed while handling this interaction (please report "
                "it):\n" + traceback.format_exc())
        self._captured = ({"output_type": "stream", "name": "stderr", "text": text},)
        self.output.outputs = self._captured

    def _after_submit(self, form_id: str) -> None:
        """``clear_on_submit``: the form's widgets go back to their defaults on
        screen; the defaults are what the next submit sends."""
        if self.result is None:
            return
        form = next((found for root in self.result.roots
                     if (found := _find_form(root, form_id)) is not None), None)
        if form is None or not form.props.get("clear_on_submit"):
            return
        self.staged[form_id] = {
            element.id: WIDGET_DEFAULT for element in walk(form)
            if element.is_widget and element.type != "button"
        }
        self._render(self.result.roots)

    # ------------------------------------------------------------- closing
    def close(self) -> None:
        """Close every widget of the app (no comm left behind)."""
        if self.closed:
            return
        self.closed = True
        for view in self.root_views.values():
            view.close()
        if self.navigation_view is not None:
            self.navigation_view.close()
        if self.sidebar_box is not None:
            close_widget(self.sidebar_box)
        for widget in (*self.root.children, self.root):  # stylesheet, body, output
            close_widget(widget)


def _offers_rerun(result: RunResult) -> bool:
    """Whether the app shows its Rerun button after ``result``: the run ended
    in an error, or ended early (st.stop(), sys.exit() in a callback) with
    nothing on the page."""
    if result.exception is not None:
        return True
    return not result.completed and not any(root.items for root in result.roots)


def _register_source(filename: str, source: str) -> None:
    """Let tracebacks show the cell's lines, as IPython does for its cells: a
    linecache entry without a modification time is never checked against disk."""
    linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)


def _find_form(block: Block, form_id: str) -> Element | None:
    for element in walk(block):
        if element.type == "form" and element.props.get("form_id") == form_id:
            return element
    return None


class _RunOutput:
    """Collect a run's ``print()`` and ``display()`` output as Output-widget
    outputs, so that an unchanged output sends no message.

    One per app, reused every run: IPython's ``capture_output`` builds a new
    traitlets display publisher each time, a sixth of a small rerun's cost."""

    def __init__(self, shell: Any) -> None:
        self.shell = shell
        self.outputs: tuple[Any, ...] = ()
        self._publisher: Any = None
        #: The publisher's (and display hook's) list of outputs: one list for
        #: the app's life, read without the trait lookup.
        self._displayed: list[dict[str, Any]] = []
        if shell is not None:
            from IPython.core.displayhook import CapturingDisplayHook
            from IPython.core.displaypub import CapturingDisplayPublisher

            self._publisher = CapturingDisplayPublisher()
            self._displayed = self._publisher.outputs
            self._hook = CapturingDisplayHook(shell=shell, outputs=self._displayed)

    def capture(self) -> "_RunOutput":
        """``with run_output.capture():`` collects what the block prints and
        displays into ``outputs``. (A class-based context manager: entered
        every rerun, where contextlib's generator machinery would cost more.)"""
        return self

    def __enter__(self) -> None:
        self._streams = io.StringIO(), io.StringIO()
        self._saved_streams = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = self._streams
        if self._publisher is not None:
            self._displayed.clear()
            self._saved_display = self.shell.display_pub, sys.displayhook
            self.shell.display_pub, sys.displayhook = self._publisher, self._hook

    def __exit__(self, *exc: object) -> None:
        sys.stdout, sys.stderr = self._saved_streams
        if self._publisher is not None:
            self.shell.display_pub, sys.displayhook = self._saved_display
        stdout, stderr = self._streams
        self.outputs = self._collect(stdout.getvalue(), stderr.getvalue())

    def _collect(self, stdout: str, stderr: str) -> tuple[Any, ...]:
        outputs: list[dict[str, Any]] = []
        if stdout:
            outputs.append({"output_type": "stream", "name": "stdout", "text": stdout})
        if stderr:
            outputs.append({"output_type": "stream", "name": "stderr", "text": stderr})
        for rich in self._displayed:
            outputs.append({"output_type": "display_data", "data": rich["data"],
                            "metadata": rich["metadata"] or {}})
        return tuple(outputs)


def current_cell_id(shell: Any) -> str | None:
    """The front end's id of the executing cell, if it told the kernel one
    (JupyterLab, Notebook 7 and VS Code send ``cellId`` in the request's metadata)."""
    kernel = getattr(shell, "kernel", None)
    get_parent: Callable[..., Any] | None = getattr(kernel, "get_parent", None)
    if get_parent is None:
        return None
    try:
        parent = get_parent("shell")
    except TypeError:
        parent = get_parent()
    except Exception:
        return None
    metadata = (parent or {}).get("metadata") or {}
    cell_id = metadata.get("cellId") or metadata.get("cell_id")
    return str(cell_id) if cell_id else None


__all__ = ["CellApp", "AppRegistry", "current_cell_id"]
