"""Views of the inputs elements (see ``elements/file_and_choice_widgets.py``): file uploader,
download and link buttons, pills / segmented control / feedback, data editor.

Every value a view reports is in the form ``elements/file_and_choice_widgets.py`` documents
for a front end (a list of ``UploadedFile``, a list of chosen options, ...).
A view shows its new value at once (a form stages values without a rerun),
then reports it; the rerun's update then changes nothing.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Callable

import ipywidgets as w

from ..elements.file_and_choice_widgets import EDITABLE_KINDS, INDEX_IDENTIFIER, UploadedFile, data_url, display_rows, row_cells, download_bytes, editing_state
from ..runtime.page_tree import Element
from .markdown import escape, inline_markdown_to_html
from .base import EventSink, NO_OVERRIDE, View, close_widget, register_view, set_traits

if TYPE_CHECKING:
    from .reconciler import Reconciler

def _label_html(props: dict[str, Any]) -> str:
    """A widget's label (inline Markdown, sanitised) with its help as a tooltip."""
    visibility = props.get("label_visibility", "visible")
    if visibility == "collapsed":
        return ""
    if visibility == "hidden":
        return "&nbsp;"
    help_text = props.get("help")
    help_icon = (f' <span class="stc-help" title="{escape(str(help_text))}">&#9432;</span>'
                 if help_text else "")
    return f'<div class="stc-widget-label">{inline_markdown_to_html(props.get("label", ""))}' \
           f"{help_icon}</div>"


def _show(widget: w.Widget, shown: bool) -> None:
    set_traits(widget.layout, {"display": None if shown else "none"})




class _OwnedView(View):
    """A view made of several widgets, all closed with it."""

    def __init__(self, element: Element, sink: EventSink) -> None:
        super().__init__(element, sink)
        self._owned: list[w.Widget] = []

    def own(self, widget: Any) -> Any:
        self._owned.append(widget)
        return widget

    def close(self) -> None:
        for widget in self._owned:
            close_widget(widget)
        self._owned.clear()


# ============================================================ file uploader
def _size_text(size: int) -> str:
    for unit in ("B", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return f"{size} B"


@register_view("file_uploader")
class FileUploaderView(_OwnedView):
    """``st.file_uploader``: an ipywidgets ``FileUpload`` and the list of the
    files uploaded so far, each with a remove button.

    ``FileUpload`` replaces its value on every pick; Streamlit's uploader with
    ``accept_multiple_files`` adds to the files it has, so the view keeps the
    list and clears the ``FileUpload`` after each pick (which also frees the
    copy of the bytes it holds). Files larger than the widget's limit are
    refused with a message, as Streamlit's uploader refuses them.
    """

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self._syncing = False
        self.files: list[UploadedFile] = []
        self.label = self.own(w.HTML())
        self.upload = self.own(w.FileUpload(description="Browse files", layout=w.Layout(width="auto")))
        self.hint = self.own(w.HTML())
        self.error = self.own(w.HTML())
        self.rows: dict[str, tuple[w.HBox, w.HTML, w.Button]] = {}
        self.list = self.own(w.VBox())
        self.widget = self.own(w.VBox([self.label, w.HBox([self.upload, self.hint]),
                                       self.list, self.error]))
        self.own(self.widget.children[1])
        self.upload.observe(self._on_upload, names="value")
        self.update(element)

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        props = element.props
        label = _label_html(props)
        set_traits(self.label, {"value": label})
        _show(self.label, bool(label))
        limit = props["max_upload_size_mb"]
        kinds = ", ".join(t.lstrip(".").upper() for t in props["types"])
        hint = f"Limit {limit} MB per file" + (f" • {kinds}" if kinds else "")
        if props.get("accept_directory"):
            hint += " • select all the files of the folder"
        set_traits(self.hint, {"value": f'<span class="stc-caption">{escape(hint)}</span>'})
        self._syncing = True
        try:
            set_traits(self.upload, {
                "accept": ",".join(props["types"]), "multiple": bool(props["multiple"]),
                "disabled": bool(props["disabled"]), "tooltip": props.get("help") or None})
        finally:
            self._syncing = False
        value = props["value"] if override is NO_OVERRIDE else override
        self._show_files(_as_files(value))

    def _show_files(self, files: list[UploadedFile]) -> None:
        self.files = list(files)
        wanted = {f.file_id for f in files}
        for file_id in [i for i in self.rows if i not in wanted]:
            for widget in self.rows.pop(file_id):
                close_widget(widget)
        for file in files:
            if file.file_id not in self.rows:
                name = w.HTML(f"📄 {escape(file.name)} "
                              f'<span class="stc-caption">{_size_text(file.size)}</span>')
                remove = w.Button(description="✕", tooltip=f"Remove {file.name}",
                                  layout=w.Layout(width="auto"))
                remove.on_click(lambda _, file_id=file.file_id: self._remove(file_id))
                self.rows[file.file_id] = (w.HBox([name, remove]), name, remove)
            set_traits(self.rows[file.file_id][2], {"disabled": bool(self.element.props["disabled"])})
        rows = tuple(self.rows[f.file_id][0] for f in files)
        if tuple(self.list.children) != rows:
            self.list.children = rows

    def _on_upload(self, change: dict[str, Any]) -> None:
        if self._syncing or not change["new"]:
            return
        props = self.element.props
        limit = props["max_upload_size_mb"] * 1024 * 1024
        picked, refused = [], []
        for entry in change["new"]:
            content = bytes(entry["content"])
            if len(content) > limit:
                refused.append(str(entry["name"]))
                continue
            picked.append(UploadedFile(content, str(entry["name"]),
                                       str(entry.get("type") or "application/octet-stream")))
        self._syncing = True
        try:
            self.upload.value = ()  # FileUpload keeps its own copy of the bytes
        finally:
            self._syncing = False
        set_traits(self.error, {"value": "" if not refused else (
            '<div class="stc-alert stc-alert-error">'
            + "<br>".join(f"{escape(name)} is larger than {props['max_upload_size_mb']} MB."
                          for name in refused) + "</div>")})
        if not picked:
            return
        files = [*self.files, *picked] if props["multiple"] else picked[:1]
        self._report(files)

    def _remove(self, file_id: str) -> None:
        self._report([f for f in self.files if f.file_id != file_id])

    def _report(self, files: list[UploadedFile]) -> None:
        self._show_files(files)
        self.sink.widget_changed(self.element, list(files))

    def close(self) -> None:
        for parts in self.rows.values():
            for widget in parts:
                close_widget(widget)
        self.rows.clear()
        super().close()


def _as_files(value: Any) -> list[UploadedFile]:
    if value is None:
        return []
    if isinstance(value, UploadedFile):
        return [value]
    return [f for f in value if isinstance(f, UploadedFile)]


# ============================================ download and link buttons
_ANCHOR_STYLE = (
    "display:inline-block; padding:0.3em 0.9em; border-radius:4px; text-decoration:none; "
    "font-size:var(--jp-widgets-font-size, 13px); line-height:1.6; cursor:pointer; "
    "border:1px solid var(--jp-border-color1, #bdbdbd);")
_ANCHOR_LOOK = {
    "primary": "background:var(--jp-brand-color1, #1976d2); color:white; border-color:transparent;",
    "secondary": "background:var(--jp-layout-color2, #eee); color:var(--jp-ui-font-color1, #000);",
    "tertiary": "background:transparent; color:var(--jp-content-link-color, #1976d2); "
                "border-color:transparent;",
}


def _icon_text(icon: Any) -> str:
    """An emoji icon to show before a label (Material icons need Streamlit's font)."""
    return "" if not icon or str(icon).startswith(":") else f"{icon} "


def anchor_html(label: str, href: str | None, *, look: str = "secondary",
                download: str | None = None, help: str | None = None,
                new_tab: bool = False) -> str:
    """A link styled as a button, safe by construction: every text is escaped
    and ``href`` is a ``data:`` URL made here or a checked http(s)/mailto URL.
    Without ``href`` the "button" is disabled."""
    style = _ANCHOR_STYLE + _ANCHOR_LOOK.get(look, _ANCHOR_LOOK["secondary"])
    title = f' title="{escape(help)}"' if help else ""
    if href is None:
        return (f'<span class="stc-link-button" style="{style} opacity:0.5; cursor:default;"'
                f"{title}>{escape(label)}</span>")
    attributes = f' download="{escape(download)}"' if download is not None else ""
    if new_tab:
        attributes += ' target="_blank" rel="noopener noreferrer"'
    return (f'<a class="stc-link-button" style="{style}" href="{escape(href)}"{attributes}'
            f"{title}>{escape(label)}</a>")


class _ActionButtonView(_OwnedView):
    """A button whose effect happens in the browser (save a file, open a URL).

    As a plain link when the click need not reach the kernel; else a widget
    button (the click reruns, calls back, or makes the file) followed, once
    clicked, by the link that does the browser's part (see
    ``InputsMixin.download_button``).
    """

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self.as_link = self.link_only(element)
        self.revealed = False
        self.link = self.own(w.HTML())
        if self.as_link:
            self.widget = self.link
        else:
            self.button = self.own(w.Button(layout=w.Layout(width="auto")))
            self.button.on_click(lambda _: self._clicked())
            self.widget = self.own(w.HBox([self.button, self.link],
                                          layout=w.Layout(align_items="center", grid_gap="0.5em")))
        self.update(element)

    def link_only(self, element: Element) -> bool:
        raise NotImplementedError

    def link_html(self, element: Element) -> str:
        raise NotImplementedError

    def before_report(self) -> None:
        """What the click does before the kernel hears of it."""

    def compatible(self, element: Element) -> bool:
        return super().compatible(element) and self.link_only(element) == self.as_link

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        props = element.props
        if not self.as_link:
            set_traits(self.button, {
                "description": _icon_text(props.get("icon")) + props["label"],
                "tooltip": props.get("help") or None, "disabled": bool(props["disabled"]),
                "button_style": "primary" if props.get("type") == "primary" else ""})
        shown = self.as_link or self.revealed
        set_traits(self.link, {"value": self.link_html(element) if shown else ""})
        _show(self.link, shown)

    def _clicked(self) -> None:
        if self.element.props["disabled"]:
            return
        self.before_report()
        self.revealed = True
        self.update(self.element)
        if not self.element.props.get("ignore_rerun"):
            self.sink.button_clicked(self.element)


@register_view("download_button")
class DownloadButtonView(_ActionButtonView):
    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        #: (bytes, MIME type) made by callable data at the last click; or an error text.
        self.generated: tuple[bytes, str | None] | str | None = None
        super().__init__(element, sink, reconciler)

    def link_only(self, element: Element) -> bool:
        props = element.props
        return bool(props.get("ignore_rerun")) and props.get("data_callable") is None

    def before_report(self) -> None:
        generator = self.element.props.get("data_callable")
        if generator is None:
            return
        # Streamlit makes a deferred file when its button is clicked, outside the run.
        try:
            payload, inferred = download_bytes(generator())
            self.generated = (payload, self.element.props.get("mime") or inferred)
        except Exception as error:  # shown next to the button, like Streamlit's error toast
            self.generated = f"{type(error).__name__}: {error}"

    def link_html(self, element: Element) -> str:
        props = element.props
        name = props.get("file_name") or "download"
        if props.get("data_callable") is None:
            payload, mime = props["data"], props.get("mime")
        elif isinstance(self.generated, tuple):
            payload, mime = self.generated
        elif isinstance(self.generated, str):
            return f'<span class="stc-alert stc-alert-error">{escape(self.generated)}</span>'
        else:
            return ""
        href = None if props["disabled"] else data_url(payload, mime)
        if self.as_link:
            return anchor_html(_icon_text(props.get("icon")) + props["label"], href,
                               look=props.get("type", "secondary"), download=name,
                               help=props.get("help"))
        return anchor_html(f"⬇ Save {name}", href, look="tertiary", download=name)


@register_view("link_button")
class LinkButtonView(_ActionButtonView):
    def link_only(self, element: Element) -> bool:
        return not element.props.get("rerun")

    def link_html(self, element: Element) -> str:
        props = element.props
        href = None if props["disabled"] else props["url"]
        if self.as_link:
            return anchor_html(_icon_text(props.get("icon")) + props["label"], href,
                               look=props.get("type", "secondary"), help=props.get("help"),
                               new_tab=True)
        return anchor_html(f"Open {props['url']} ↗", href, look="tertiary", new_tab=True)


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
        """The value as a front end sends it (see ``elements/file_and_choice_widgets.py``)."""
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


# ============================================================ data editor
#: Rows of a data editor shown (and sent to the browser) at once.
EDITOR_PAGE_ROWS = 20


def cell_text(value: Any) -> str:
    """How a cell's value shows in a text cell (missing values are empty)."""
    if value is None:
        return ""
    try:
        import pandas as pd

        if pd.api.types.is_scalar(value) and pd.isna(value):
            return ""
    except ImportError:  # pragma: no cover - the element needs pandas
        pass
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(value)
    return str(value)


def parse_cell_text(text: str, kind: str) -> tuple[bool, Any]:
    """A typed cell's value as a front end sends it: (ok, value). Empty text
    is a missing value; a number column takes numbers only."""
    text = text.strip()
    if not text:
        return True, None
    if kind == "integer":
        try:
            return True, int(text)
        except ValueError:
            try:
                number = float(text)
            except ValueError:
                return False, None
            return (True, int(number)) if number.is_integer() else (False, None)
    if kind in ("float", "decimal"):
        try:
            return True, float(text)
        except ValueError:
            return False, None
    return True, text


@register_view("data_editor")
class DataEditorView(_OwnedView):
    """``st.data_editor``: a paged grid of cells, ``Text`` for text, numbers
    and dates (so a missing value stays empty), ``Checkbox`` for booleans;
    only the page on screen exists as widgets. ``num_rows`` adds an "Add
    row" button and a delete button per row. Each committed cell edit
    reports the whole new editing state (one rerun per edit)."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self._syncing = False
        self.start = 0
        self.state: dict[str, Any] = {}
        self.rows: list[tuple[str, int]] = []
        #: Cell widgets of the page by (slot, column name); "" is the delete button.
        self.cells: dict[tuple[int, str], w.Widget] = {}
        self.grid = self.own(w.GridBox(layout=w.Layout(grid_gap="2px 4px", align_items="center",
                                                    overflow="auto", max_width="100%")))
        self.prev = self.own(w.Button(description="◀ Previous", layout=w.Layout(width="auto")))
        self.next = self.own(w.Button(description="Next ▶", layout=w.Layout(width="auto")))
        self.page_note = self.own(w.HTML())
        self.prev.on_click(lambda _: self._page(-1))
        self.next.on_click(lambda _: self._page(+1))
        self.add = self.own(w.Button(description="+ Add row", layout=w.Layout(width="auto")))
        self.add.on_click(lambda _: self._add_row())
        self.controls = self.own(w.HBox([self.add, self.prev, self.next, self.page_note],
                                        layout=w.Layout(align_items="center", grid_gap="0.5em")))
        self.widget = self.own(w.VBox([self.grid, self.controls]))
        self.columns_key: tuple[Any, ...] = ()
        self.headers: list[w.HTML] = []
        self.update(element)

    # -- columns
    def _columns(self, element: Element) -> list[str]:
        """Visible data columns, in ``column_order`` if given."""
        props = element.props
        names = [str(c) for c in props["data"].columns]
        order = props.get("column_order")
        if order:
            names = [str(c) for c in order if str(c) in names]
        settings = props["settings"]
        return [c for i, c in enumerate(names)
                if not self._setting(settings, c, names.index(c), "hidden")]

    @staticmethod
    def _setting(settings: dict[Any, dict[str, Any]], column: str, position: int | None,
                 name: str) -> Any:
        for key in (column, position):
            if key is not None and name in settings.get(key, {}):
                return settings[key][name]
        return None

    def _show_index(self, element: Element) -> bool:
        return not self._setting(element.props["settings"], INDEX_IDENTIFIER, None, "hidden")

    def _can_delete(self, element: Element) -> bool:
        return element.props["editing_mode"] in ("dynamic", "delete") and \
            not element.props["disabled"]

    def _editable(self, column: str) -> bool:
        props = self.element.props
        if props["disabled"] or props["schema"].get(column) not in EDITABLE_KINDS:
            return False
        position = [str(c) for c in props["data"].columns].index(column)
        return not self._setting(props["settings"], column, position, "disabled")

    # -- rendering
    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        value = element.props["value"] if override is NO_OVERRIDE else override
        self.state = _plain_state(value)
        self._render()

    def _render(self) -> None:
        element = self.element
        props = element.props
        self.rows = display_rows(props["data"], self.state)
        columns = self._columns(element)
        show_index = self._show_index(element)
        deletable = self._can_delete(element)
        key = (tuple(columns), show_index, deletable,
               tuple(props["schema"].get(c) for c in columns))
        if key != self.columns_key:
            self._drop_cells()
            self.columns_key = key
            self._make_headers(columns, show_index, deletable)
        if self.start >= len(self.rows):
            self.start = max(0, (len(self.rows) - 1) // EDITOR_PAGE_ROWS * EDITOR_PAGE_ROWS)
        page = self.rows[self.start:self.start + EDITOR_PAGE_ROWS]
        children: list[w.Widget] = list(self.headers)
        self._syncing = True
        try:
            for slot, row in enumerate(page):
                children.extend(self._row_cells(slot, row, columns, show_index, deletable))
        finally:
            self._syncing = False
        for slot_key in [k for k in self.cells if k[0] >= len(page)]:
            close_widget(self.cells.pop(slot_key))
        if tuple(self.grid.children) != tuple(children):
            self.grid.children = tuple(children)
        width = len(columns) + int(show_index) + int(deletable)
        template = " ".join((["minmax(4em, auto)"] if show_index else [])
                            + ["minmax(6em, 1fr)"] * len(columns)
                            + (["auto"] if deletable else []))
        set_traits(self.grid.layout, {"grid_template_columns": template or "auto",
                                       "display": None if width else "none"})
        total = len(self.rows)
        paged = total > EDITOR_PAGE_ROWS
        can_add = props["editing_mode"] in ("dynamic", "add") and not props["disabled"]
        _show(self.add, can_add)
        for button in (self.prev, self.next, self.page_note):
            _show(button, paged)
        set_traits(self.prev, {"disabled": self.start == 0})
        set_traits(self.next, {"disabled": self.start + EDITOR_PAGE_ROWS >= total})
        end = min(self.start + EDITOR_PAGE_ROWS, total)
        set_traits(self.page_note, {"value": f'<span class="stc-caption">Rows '
                                              f"{self.start + 1}–{end} of {total}</span>"})
        _show(self.controls, can_add or paged)

    def _make_headers(self, columns: list[str], show_index: bool, deletable: bool) -> None:
        for header in self.headers:
            close_widget(header)
        settings = self.element.props["settings"]
        names = [str(c) for c in self.element.props["data"].columns]
        headers = []
        if show_index:
            headers.append(w.HTML(""))
        for column in columns:
            position = names.index(column)
            label = self._setting(settings, column, position, "label") or column
            help_text = self._setting(settings, column, position, "help")
            title = f' title="{escape(str(help_text))}"' if help_text else ""
            headers.append(w.HTML(f"<b{title}>{escape(str(label))}</b>"))
        if deletable:
            headers.append(w.HTML(""))
        self.headers = headers

    def _row_cells(self, slot: int, row: tuple[str, int], columns: list[str],
                   show_index: bool, deletable: bool) -> list[w.Widget]:
        origin, position = row
        props = self.element.props
        index_label, values = row_cells(props["data"], self.state, origin, position)
        cells: list[w.Widget] = []
        if show_index:
            index_editable = (origin == "added" and not props["has_range_index"]
                              and not props["disabled"])
            cell = self._cell(slot, INDEX_IDENTIFIER, "text")
            set_traits(cell, {"value": cell_text(index_label), "disabled": not index_editable,
                               "placeholder": "index" if index_editable else ""})
            cells.append(cell)
        for column in columns:
            kind = props["schema"].get(column)
            boolean = kind == "boolean"
            cell = self._cell(slot, column, "bool" if boolean else "text")
            value = values.get(column)
            traits: dict[str, Any] = {"disabled": not self._editable(column)}
            if boolean:
                traits["value"] = bool(value) if cell_text(value) else False
            else:
                traits["value"] = cell_text(value)
                traits["placeholder"] = props.get("placeholder") or ""
            set_traits(cell, traits)
            cells.append(cell)
        if deletable:
            button = self.cells.get((slot, ""))
            if button is None:
                button = w.Button(description="✕", tooltip="Delete row",
                                  layout=w.Layout(width="auto"))
                button.on_click(lambda _, slot=slot: self._delete_row(slot))
                self.cells[(slot, "")] = button
            cells.append(button)
        return cells

    def _cell(self, slot: int, column: str, kind: str) -> w.Widget:
        cell = self.cells.get((slot, column))
        if cell is None:
            if kind == "bool":
                cell = w.Checkbox(indent=False, layout=w.Layout(width="auto"))
            else:
                cell = w.Text(continuous_update=False, layout=w.Layout(width="auto"))
            cell.observe(lambda change, slot=slot, column=column:
                         self._on_cell(slot, column, change), names="value")
            self.cells[(slot, column)] = cell
        return cell

    def _drop_cells(self) -> None:
        for cell in self.cells.values():
            close_widget(cell)
        self.cells.clear()

    def _page(self, direction: int) -> None:
        last = max(0, len(self.rows) - 1) // EDITOR_PAGE_ROWS * EDITOR_PAGE_ROWS
        self.start = max(0, min(self.start + direction * EDITOR_PAGE_ROWS, last))
        self._render()

    # -- edits
    def _on_cell(self, slot: int, column: str, change: dict[str, Any]) -> None:
        if self._syncing:
            return
        position = self.start + slot
        if position >= len(self.rows):
            return
        origin, row_position = self.rows[position]
        new = change["new"]
        if isinstance(new, bool):
            value: Any = new
        else:
            kind = self.element.props["schema"].get(column, "string")
            ok, value = parse_cell_text(str(new), kind)
            if not ok:
                self._render()  # not a number: show the cell's value again
                return
        state = _plain_state(self.state)
        if origin == "added":
            state["added_rows"][row_position][column] = value
        else:
            state["edited_rows"].setdefault(row_position, {})[column] = value
        self._report(state)

    def _add_row(self) -> None:
        props = self.element.props
        names = [str(c) for c in props["data"].columns]
        row = {c: self._setting(props["settings"], c, i, "default")
               for i, c in enumerate(names)
               if self._setting(props["settings"], c, i, "default") is not None}
        state = _plain_state(self.state)
        state["added_rows"].append(row)
        self.start = len(self.rows) // EDITOR_PAGE_ROWS * EDITOR_PAGE_ROWS
        self._report(state)

    def _delete_row(self, slot: int) -> None:
        position = self.start + slot
        if position >= len(self.rows):
            return
        origin, row_position = self.rows[position]
        state = _plain_state(self.state)
        if origin == "added":
            del state["added_rows"][row_position]
        else:
            state["deleted_rows"] = sorted({*state["deleted_rows"], row_position})
        self._report(state)

    def _report(self, state: dict[str, Any]) -> None:
        self.state = state
        self._render()
        self.sink.widget_changed(self.element, _plain_state(state))

    def close(self) -> None:
        self._drop_cells()
        for header in self.headers:
            close_widget(header)
        self.headers = []
        super().close()


def _plain_state(value: Any) -> dict[str, Any]:
    """A mutable copy of an editing state (row numbers as ints)."""
    state = editing_state(value)
    return {"edited_rows": {k: dict(v) for k, v in state["edited_rows"].items()},
            "added_rows": [dict(r) for r in state["added_rows"]],
            "deleted_rows": list(state["deleted_rows"])}
