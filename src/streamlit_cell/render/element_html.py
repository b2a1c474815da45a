"""HTML for the elements that only show things (headings, text, alerts,
JSON, exceptions, tables). Styled with JupyterLab's theme variables so apps
follow the notebook's light or dark theme."""

from __future__ import annotations

import json
from typing import Any, Callable

from ..runtime.element_props import CodeProps, ExceptionProps, HelpProps, JsonProps, TableProps, TextProps
from ..runtime.page_tree import Element
from .markdown import escape, markdown_to_html

#: Rows of a DataFrame sent to the browser at once; the rest is paged.
DATAFRAME_PAGE_ROWS = 50

STYLESHEET = """
<style>
.stc-app { font-family: var(--jp-ui-font-family); color: var(--jp-ui-font-color1); }
.stc-app h1, .stc-app h2, .stc-app h3 { margin: 0.4em 0 0.2em 0; line-height: 1.2; }
.stc-app h1 { font-size: 2em; } .stc-app h2 { font-size: 1.5em; } .stc-app h3 { font-size: 1.25em; }
.stc-md p { margin: 0.25em 0; }
.stc-caption { color: var(--jp-ui-font-color2); font-size: 0.85em; }
.stc-text { font-family: var(--jp-code-font-family); white-space: pre-wrap; }
.stc-code { background: var(--jp-layout-color2); padding: 0.5em; border-radius: 4px;
  font-family: var(--jp-code-font-family); white-space: pre; overflow-x: auto; margin: 0.25em 0; }
.stc-alert { padding: 0.6em 0.9em; border-radius: 4px; margin: 0.25em 0; border-left: 4px solid; }
.stc-alert-error { background: rgba(255, 43, 43, 0.09); border-color: var(--jp-error-color1, #d32f2f); }
.stc-alert-warning { background: rgba(255, 227, 18, 0.12); border-color: var(--jp-warn-color1, #f57c00); }
.stc-alert-info { background: rgba(28, 131, 225, 0.1); border-color: var(--jp-info-color1, #0288d1); }
.stc-alert-success { background: rgba(33, 195, 84, 0.1); border-color: var(--jp-success-color1, #388e3c); }
.stc-exception pre { white-space: pre-wrap; font-family: var(--jp-code-font-family); font-size: 0.85em; margin: 0.3em 0 0 0; }
.stc-json { font-family: var(--jp-code-font-family); white-space: pre; background: var(--jp-layout-color2);
  padding: 0.5em; border-radius: 4px; overflow-x: auto; margin: 0.25em 0; }
.stc-table table { border-collapse: collapse; font-size: 0.9em; }
.stc-table th, .stc-table td { border: 1px solid var(--jp-border-color2); padding: 0.2em 0.5em; }
.stc-table-note { color: var(--jp-ui-font-color2); font-size: 0.8em; }
.stc-form { border: 1px solid var(--jp-border-color2); border-radius: 6px; padding: 0.5em; }
.stc-bordered { border: 1px solid var(--jp-border-color2); border-radius: 6px; padding: 0.5em; }
.stc-sidebar { background: var(--jp-layout-color2); padding: 0.5em; border-radius: 6px; min-width: 14em; }
.stc-help { color: var(--jp-ui-font-color2); cursor: help; }
.stc-spinner { display: flex; align-items: center; gap: 0.5em; color: var(--jp-ui-font-color2);
  animation: stc-appear 0s 0.5s both; }
@keyframes stc-appear { from { visibility: hidden; } to { visibility: visible; } }
.stc-spinner::before { content: ""; width: 1em; height: 1em; border-radius: 50%;
  border: 2px solid var(--jp-border-color2); border-top-color: var(--jp-brand-color1, #1976d2);
  animation: stc-spin 0.8s linear infinite; }
@keyframes stc-spin { to { transform: rotate(360deg); } }
.stc-toast { padding: 0.5em 0.9em; border-radius: 6px; margin: 0.25em 0;
  background: var(--jp-layout-color2); box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
.stc-toast-fade { animation: stc-fade var(--stc-toast-seconds, 4s) forwards; }
@keyframes stc-fade { 0%, 85% { opacity: 1; } 100% { opacity: 0; visibility: hidden;
  height: 0; padding: 0; margin: 0; } }
.stc-progress-text { font-size: 0.9em; }
</style>
"""


def _help_icon(help_text: str | None) -> str:
    if not help_text:
        return ""
    return f' <span class="stc-help" title="{escape(help_text)}">&#9432;</span>'


def _heading(tag: str) -> Callable[[dict[str, Any]], str]:
    def build(props: dict[str, Any]) -> str:
        body = markdown_to_html(props["body"]).strip()
        # Markdown wraps a line in <p>; a heading wants its inline content.
        if body.startswith("<p>") and body.endswith("</p>") and body.count("<p>") == 1:
            body = body[3:-4]
        icon = f"{escape(props['icon'])} " if props.get("icon") else ""
        divider = "<hr>" if props.get("divider") else ""
        return f"<{tag}>{icon}{body}{_help_icon(props.get('help'))}</{tag}>{divider}"
    return build


def _markdown(css: str) -> Callable[[dict[str, Any]], str]:
    def build(props: dict[str, Any]) -> str:
        body = markdown_to_html(props["body"], props.get("unsafe_allow_html", False))
        return f'<div class="{css}">{body}{_help_icon(props.get("help"))}</div>'
    return build


def _text(props: TextProps) -> str:
    return f'<div class="stc-text">{escape(props["body"])}{_help_icon(props.get("help"))}</div>'


def _code(props: CodeProps) -> str:
    return f'<pre class="stc-code"><code>{escape(props["body"])}</code></pre>'


def _alert(kind: str) -> Callable[[dict[str, Any]], str]:
    def build(props: dict[str, Any]) -> str:
        icon = f"{escape(props['icon'])} " if props.get("icon") else ""
        title = f"<strong>{escape(props['title'])}</strong>" if props.get("title") else ""
        body = markdown_to_html(props["body"])
        return f'<div class="stc-alert stc-alert-{kind}">{icon}{title}{body}</div>'
    return build


def _exception(props: ExceptionProps) -> str:
    kind = "warning" if props.get("is_warning") else "error"
    message = markdown_to_html(props["message"]) if props.get("message_is_markdown") \
        else f"<pre>{escape(props['message'])}</pre>"
    trace = escape("\n".join(props.get("stack_trace", [])))
    details = f"<details><summary>Traceback</summary><pre>{trace}</pre></details>" if trace else ""
    return (f'<div class="stc-alert stc-alert-{kind} stc-exception">'
            f'<strong>{escape(props["type"])}</strong>{message}{details}</div>')


def _json(props: JsonProps) -> str:
    try:
        pretty = json.dumps(json.loads(props["body"]), indent=2, ensure_ascii=False)
    except ValueError:
        pretty = props["body"]
    return f'<div class="stc-json">{escape(pretty)}</div>'


def frame_page_html(frame: Any, start: int, rows: int, hide_index: bool) -> str:
    """One page of a DataFrame as an HTML table (values escaped by pandas)."""
    page = frame.iloc[start:start + rows]
    table = page.to_html(index=not hide_index, escape=True, border=0)
    total = len(frame)
    note = ""
    if total > rows:
        note = (f'<div class="stc-table-note">Rows {start + 1}–{min(start + rows, total)} '
                f'of {total} ({len(frame.columns)} columns)</div>')
    return f'<div class="stc-table">{table}{note}</div>'


def _table(props: TableProps) -> str:
    return frame_page_html(props["data"], 0, len(props["data"]), props.get("hide_index", False))


def _help(props: HelpProps) -> str:
    members = "".join(
        f'\n  <strong>{escape(m.name)}</strong> ({escape(m.type)}) {escape(m.value or m.doc_string)}'
        for m in props.get("members", ()))
    title = escape(props["name"] or props["value"])
    return (f'<div class="stc-json"><strong>{title}</strong> ({escape(props["type"])})'
            f'\n{escape(props["doc_string"] or props["value"])}{members}</div>')


BUILDERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "title": _heading("h1"),
    "header": _heading("h2"),
    "subheader": _heading("h3"),
    "markdown": _markdown("stc-md"),
    "caption": _markdown("stc-md stc-caption"),
    "text": _text,
    "code": _code,
    "error": _alert("error"),
    "warning": _alert("warning"),
    "info": _alert("info"),
    "success": _alert("success"),
    "exception": _exception,
    "json": _json,
    "table": _table,
    "help": _help,
    "empty": lambda props: "",
}


def element_html(element: Element) -> str:
    return BUILDERS[element.type](element.props)
