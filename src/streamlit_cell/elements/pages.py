"""Multipage apps: ``st.Page``, ``st.navigation``, ``st.switch_page`` and
``st.page_link``, with Streamlit 1.67's rules (``navigation/page.py``,
``commands/navigation.py``, ``commands/execution_control.py``), its errors
included.

A notebook has no URL: the page an app is on is kept by the app's runner
(``runtime/pages.PagesManager``); switching pages reruns the app on the new
page, with the state rules of any rerun (widgets the new page does not draw
lose their state, values the script put in ``st.session_state`` stay). The
v1 convention -- a ``pages/`` folder next to the main script -- is run as
Streamlit runs it: as a navigation of the main script and the folder's files.
"""

from __future__ import annotations

import os
import re
import textwrap
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NoReturn
from urllib.parse import urlencode, urlparse

from ..runtime import config
from ..runtime.errors import (
    NoSessionContext,
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitPageNotFoundError,
    StreamlitValueError,
)
from ..runtime.page_tree import Element
from ..runtime.pages import (
    PAGE_FILENAME_REGEX,
    NavigationEntry,
    NavigationMenu,
    PageInfo,
    calc_hash,
    pages_folder_files,
    set_v1_app_runner,
)
from ..runtime.query_params import query_params_of
from ..runtime.run_context import RunContext, get_run_context
from ..runtime.script_control import RerunData, RerunException
from .icons import extract_leading_emoji, validate_icon_or_emoji
from .mixin import ElementMixin
from .sizing import check_width

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator


# ----------------------------------------------------------------- helpers
def is_url(text: Any) -> bool:
    """Streamlit's ``url_util.is_url``: an http(s) URL with a host."""
    try:
        parsed = urlparse(str(text))
    except ValueError:
        return False
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


def page_icon_and_name(script_path: Path) -> tuple[str, str]:
    """A page file's icon and url name (Streamlit's ``page_icon_and_name``):
    the number prefix dropped, runs of spaces/underscores made one underscore,
    a leading emoji taken as the icon."""
    match = PAGE_FILENAME_REGEX.search(script_path.name)
    if match is None:
        return "", ""
    icon_and_name = re.sub(r"[_ ]+", "_", match.group(2)).strip() or match.group(1)
    return extract_leading_emoji(icon_and_name)


def _raise_if_unsafe_page_path(page_path: str, *, error_prefix: str = "") -> None:
    if "\x00" in page_path:
        raise StreamlitAPIException(f"{error_prefix}Page paths must not contain null bytes.",
                                    error_id="page-path-contains-null-bytes")


def _sanitize_url_path(title: str) -> str:
    path = re.sub(r"\s+", "_", title.lower())
    path = re.sub(r"[&#?/\\:*\"<>|']", "", path)
    path = path.strip("_")
    return re.sub(r"_+", "_", path)


def _raise_if_nested_url_path(url_path: str) -> None:
    if "/" in url_path:
        raise StreamlitAPIException(
            f"The `url_path` `{url_path}` cannot include `/`. "
            "Streamlit does not support nested URL pathnames yet, so use a single "
            "path segment (e.g. `foo_bar`). To upvote support for nested pathnames, "
            "see GitHub issue [#8971](https://github.com/streamlit/streamlit/issues/8971).",
            error_id="page-nested-url-path")


def _help_text(help: Any) -> str:
    return textwrap.dedent(str(help))


def _normalize_page_help(help: Any) -> str:
    if help is None:
        return ""
    dedented = _help_text(help)
    return dedented if dedented.strip() else ""


# -------------------------------------------------------------------- Page
class StreamlitPage:
    """A page of a multipage app (``st.Page``): a callable, a Python file
    (relative to the main script's folder) or an external URL. Pass pages to
    ``st.navigation``; call ``.run()`` on the page it returns."""

    def __init__(self, page: str | Path | Callable[[], None], *, title: str | None = None,
                 icon: str | None = None, url_path: str | None = None,
                 default: bool = False, visibility: Literal["visible", "hidden"] = "visible",
                 help: str | None = None) -> None:
        self._default: bool = default
        self._external_url: str | None = None
        if visibility not in {"visible", "hidden"}:
            raise StreamlitValueError("visibility", ["visible", "hidden"])
        self._visibility: Literal["visible", "hidden"] = visibility
        self._help: str = _normalize_page_help(help)
        ctx = get_run_context()
        if ctx is None or ctx.pages is None:
            # As in Streamlit: outside a run a page is not resolved.
            return
        if isinstance(page, str) and is_url(page):
            self._init_external(page, title, icon, url_path, default)
            return
        if isinstance(page, (str, Path)):
            _raise_if_unsafe_page_path(str(page), error_prefix="Unable to create Page. ")
        if isinstance(page, str):
            page = Path(page)
        if isinstance(page, Path):
            page = (ctx.pages.main_script_parent / page).resolve()
            if not page.is_file():
                raise StreamlitPageNotFoundError(page.name)
        inferred_name = ""
        inferred_icon = ""
        if isinstance(page, Path):
            inferred_icon, inferred_name = page_icon_and_name(page)
        elif hasattr(page, "__name__"):
            inferred_name = str(page.__name__)
        elif title is None:
            raise StreamlitMissingRequiredParameterError(
                "title", detail="Streamlit cannot infer a title from this callable.")
        self._page: Path | Callable[[], None] | None = page
        self._title: str = title or inferred_name.replace("_", " ")
        self._icon: str = validate_icon_or_emoji(icon if icon is not None else inferred_icon)
        if self._title.strip() == "":
            raise StreamlitMissingRequiredParameterError(
                "title", detail="It cannot be empty or consist of underscores/spaces only.")
        self._url_path: str = inferred_name
        if url_path is not None:
            stripped = url_path.strip().strip("/")
            if stripped.strip() == "" and not default:
                raise StreamlitMissingRequiredParameterError(
                    "url_path", detail="It can only be empty for the default page.")
            self._url_path = stripped
            _raise_if_nested_url_path(self._url_path)
        self._can_be_called: bool = False

    def _init_external(self, page: str, title: str | None, icon: str | None,
                       url_path: str | None, default: bool) -> None:
        if title is None or title.strip() == "":
            raise StreamlitMissingRequiredParameterError(
                "title", detail=("External URL pages require a non-empty title. "
                                 f"Please provide a title for the URL: {page}"))
        if default:
            raise StreamlitIncompatibleParametersError(
                "page=<external URL>", "default=True",
                explanation="External URL pages cannot be set as the default page.")
        self._external_url = page
        self._page = None
        self._title = title
        self._icon = validate_icon_or_emoji(icon)
        path = _sanitize_url_path(title) if url_path is None else url_path
        self._url_path = path.strip().strip("/")
        if self._url_path == "":
            raise StreamlitMissingRequiredParameterError(
                "url_path", detail=("Provide a non-empty `url_path`, or omit it and provide "
                                    "a `title` that can be converted to a valid URL path."))
        _raise_if_nested_url_path(self._url_path)
        self._can_be_called = False

    @property
    def title(self) -> str:
        """The page's title (inferred from the file or callable name when not given)."""
        return self._title

    @property
    def icon(self) -> str:
        """The page's icon, "" when it has none."""
        return self._icon

    @property
    def help(self) -> str:
        """The page's summary (its tooltip in the menu), "" when it has none."""
        return self._help

    @property
    def url_path(self) -> str:
        """The page's URL pathname; "" for the default page."""
        return "" if self._default else self._url_path

    @property
    def visibility(self) -> Literal["visible", "hidden"]:
        """Whether the page is listed in the navigation menu."""
        return self._visibility

    @property
    def is_external(self) -> bool:
        """Whether the page is an external URL."""
        return self._external_url is not None

    @property
    def external_url(self) -> str | None:
        """The page's external URL, None for a page of the app."""
        return self._external_url

    @property
    def _script_hash(self) -> str:
        return calc_hash(self._url_path)

    def run(self) -> None:
        """Run the page: only the page ``st.navigation`` returned, once per run."""
        if not self._can_be_called:
            raise StreamlitAPIException(
                "This page cannot be called directly. Only the page returned from "
                "st.navigation can be called once.",
                error_id="page-cannot-be-called-directly")
        self._can_be_called = False
        if self.is_external:
            return
        ctx = get_run_context()
        if ctx is None:
            return
        previous, ctx.active_page_hash = ctx.active_page_hash, self._script_hash
        try:
            if isinstance(self._page, Path):
                ctx.run_page_file(str(self._page))
            elif self._page is not None:
                self._page()
        finally:
            ctx.active_page_hash = previous

    def __repr__(self) -> str:
        if not hasattr(self, "_title"):
            return "StreamlitPage()"
        return f"StreamlitPage(title={self._title!r}, url_path={self.url_path!r})"


Page = StreamlitPage


def _create_page(page: Path, *, default: bool = False) -> StreamlitPage:
    return StreamlitPage(page, default=default)


def _validate_registered_page(ctx: RunContext, page: StreamlitPage) -> None:
    """A page object must match the page ``st.navigation`` registered under
    its url path (Streamlit's ``_validate_registered_page``)."""
    if page.is_external or ctx.pages is None:
        return
    registered = ctx.pages.get_pages().get(page._script_hash)
    if registered is None:
        return
    registered_path = registered.get("script_path", "")
    if isinstance(page._page, Path):
        if str(page._page) != registered_path:
            registered_source = registered_path or "a callable"
            raise StreamlitAPIException(
                f"The page references `{page._page}`, but a different page is "
                f"registered with `st.navigation` for URL pathname "
                f"`/{page.url_path}` (`{registered_source}`). Pass the page "
                "object returned by `st.navigation` or re-create the page "
                "with the matching source.", error_id="page-source-mismatch-file")
    elif callable(page._page) and registered_path:
        raise StreamlitAPIException(
            f"The page is a callable, but a file-based page "
            f"(`{registered_path}`) is registered with `st.navigation` "
            f"for URL pathname `/{page.url_path}`. Pass the page object "
            "returned by `st.navigation` or re-create the page with the "
            "matching source.", error_id="page-source-mismatch-callable")


# -------------------------------------------------------------- navigation
PageType = str | Path | Callable[[], None] | StreamlitPage


def _convert_to_page(page_input: Any) -> StreamlitPage:
    if isinstance(page_input, StreamlitPage):
        return page_input
    if isinstance(page_input, (str, Path)) or callable(page_input):
        return StreamlitPage(page_input)
    raise StreamlitInvalidParameterTypeError(
        "pages", type(page_input).__name__, ["str", "Path", "callable", "st.Page"])


def _describe_page(page: StreamlitPage, section: str, main_parent: Path) -> str:
    if page.external_url is not None:
        description = f"external URL `{page.external_url}`"
    elif isinstance(page._page, Path):
        page_path = page._page
        if page_path.is_relative_to(main_parent):
            page_path = page_path.relative_to(main_parent)
        description = f"`{page_path}`"
    else:
        description = f'callable titled "{page.title}"'
    context = []
    if section:
        context.append(f'section "{section}"')
    if page.visibility == "hidden":
        context.append("hidden")
    if page._default:
        context.append("default page")
    if context:
        description += f" ({', '.join(context)})"
    return description


def _duplicate_url_error(first: tuple[str, StreamlitPage], second: tuple[str, StreamlitPage],
                         main_parent: Path) -> StreamlitAPIException:
    default_note = (" The default page is served at the app root, but it still reserves "
                    "this pathname." if first[1]._default or second[1]._default else "")
    return StreamlitAPIException(
        f"Two pages resolve to the URL pathname `/{second[1]._url_path}`: "
        f"{_describe_page(first[1], first[0], main_parent)} and "
        f"{_describe_page(second[1], second[0], main_parent)}. Each page passed to "
        "`st.navigation` needs a unique URL pathname, including pages in "
        "different sections, hidden pages, and external URL pages. Streamlit "
        "infers the pathname from the filename, callable name, or the title of "
        f"an external URL page.{default_note} Set a unique `url_path` in "
        "`st.Page` for one of these pages.", error_id="navigation-duplicate-url-pathname")


def _show_sidebar_navigation() -> bool:
    try:
        return config.get_option("client.showSidebarNavigation") is not False
    except StreamlitAPIException:  # an option this build's config does not list
        return True


def navigation(pages: Sequence[PageType] | Mapping[str, Sequence[PageType]], *,
               position: Literal["sidebar", "hidden", "top"] = "sidebar",
               expanded: bool | int = False) -> StreamlitPage:
    """Declare the pages of a multipage app and return the page to show;
    call ``.run()`` on it. ``pages`` is a list of pages, or a dict of section
    header -> list of pages."""
    if not isinstance(position, str) or position not in {"sidebar", "hidden", "top"}:
        raise StreamlitValueError("position", ["'sidebar'", "'hidden'", "'top'"])
    ctx = get_run_context()
    if ctx is not None and ctx.pages is not None:
        # As in Streamlit: an app that calls st.navigation is no v1 app.
        ctx.pages.uses_pages_directory = False
    return _navigation(pages, position=position, expanded=expanded)


def _navigation(pages: Any, *, position: str, expanded: bool | int) -> StreamlitPage:
    if isinstance(pages, Sequence):
        nav_sections = {"": [_convert_to_page(p) for p in pages]}
    else:
        nav_sections = {section: [_convert_to_page(p) for p in section_pages]
                        for section, section_pages in pages.items()}
    page_list = [page for section_pages in nav_sections.values() for page in section_pages]
    if not page_list:
        raise StreamlitMissingRequiredParameterError(
            "pages", detail="Provide at least one `st.Page`.")
    default_page = None
    for page in page_list:
        if page._default:
            if default_page is not None:
                raise StreamlitAPIException(
                    "Multiple Pages specified with `default=True`. "
                    "At most one Page can be set to default.",
                    error_id="navigation-multiple-default-pages")
            default_page = page
    if default_page is None:
        internal = [p for p in page_list if not p.is_external]
        if not internal:
            raise StreamlitAPIException(
                "At least one non-external page is required. "
                "External URL pages cannot be the default page.",
                error_id="navigation-external-only-pages")
        default_page = internal[0]
        default_page._default = True

    ctx = get_run_context()
    if ctx is None or ctx.pages is None:
        default_page._can_be_called = True
        return default_page

    by_hash: dict[str, tuple[str, StreamlitPage]] = {}
    infos: dict[str, PageInfo] = {}
    for section, section_pages in nav_sections.items():
        for page in section_pages:
            script_hash = page._script_hash
            if script_hash in by_hash:
                raise _duplicate_url_error(by_hash[script_hash], (section, page),
                                           ctx.pages.main_script_parent.resolve())
            by_hash[script_hash] = (section, page)
            infos[script_hash] = {
                "page_script_hash": script_hash, "page_name": page.title, "icon": page.icon,
                "script_path": str(page._page) if isinstance(page._page, Path) else "",
                "url_pathname": page.url_path, "help": page.help}

    if position == "sidebar" and not _show_sidebar_navigation():
        position = "hidden"
    visible_items: int | None = None
    if isinstance(expanded, bool):
        shown_expanded = expanded
    elif isinstance(expanded, int):
        if expanded < 0:
            raise StreamlitValueError("expanded", ["True", "False", "a non-negative integer"],
                                      detail=f"Provided value: {expanded!r}.")
        shown_expanded = False
        visible_items = expanded or None
    else:
        raise StreamlitInvalidParameterTypeError("expanded", type(expanded).__name__,
                                                 ["bool", "int"])

    found = ctx.pages.set_pages_and_resolve(infos, fallback_page_hash=default_page._script_hash)
    page_to_return = None
    if found:
        page_to_return = next((p for p in page_list
                               if p._script_hash == found["page_script_hash"]), None)
    if page_to_return is not None and page_to_return.is_external:
        page_to_return = None
    if page_to_return is None:
        ctx.page_not_found = True
        page_to_return = default_page
    page_to_return._can_be_called = True
    ctx.pages.current_page_hash = page_to_return._script_hash
    ctx.navigation = NavigationMenu(
        position=position, expanded=shown_expanded, visible_items=visible_items,
        sections=list(nav_sections),
        pages=[NavigationEntry(
            page_script_hash=page._script_hash, title=page.title, icon=page.icon,
            section=section, url_path=page.url_path, is_default=page._default,
            is_hidden=page.visibility == "hidden", help=page.help,
            external_url=page.external_url)
            for section, section_pages in nav_sections.items() for page in section_pages],
        current_page_hash=page_to_return._script_hash)
    return page_to_return


def _run_v1_app() -> None:
    """A ``pages/`` folder next to the main script: the script is the default
    page, the folder's files (in Streamlit's order) the others."""
    ctx = get_run_context()
    assert ctx is not None and ctx.pages is not None
    main_path = Path(ctx.pages.main_script_path).resolve()
    all_pages = [_create_page(main_path, default=True)] + [
        _create_page(path) for path in pages_folder_files(str(main_path))]
    position = "sidebar" if _show_sidebar_navigation() else "hidden"
    _navigation(all_pages, position=position, expanded=False).run()


set_v1_app_runner(_run_v1_app)


# ------------------------------------------------------------- switch_page
def _main_script_directory(ctx: RunContext) -> str:
    assert ctx.pages is not None
    return os.path.abspath(ctx.pages.main_script_parent)


def _requested_page_path(ctx: RunContext, page: str) -> str:
    return os.path.realpath(os.path.join(_main_script_directory(ctx), page))


def switch_page(page: str | Path | StreamlitPage, *,
                query_params: Any = None) -> NoReturn:
    """Stop this run and run the app again on ``page``: a ``st.Page``, or the
    path of a page file relative to the main script."""
    ctx = get_run_context()
    if ctx is None or ctx.pages is None:
        raise NoSessionContext()
    if isinstance(page, StreamlitPage):
        if page.is_external:
            raise StreamlitAPIException(
                "Cannot use st.switch_page with external URL pages. "
                "Use st.page_link instead to create a link to external pages.",
                error_id="switch-page-external-url-not-supported")
        _validate_registered_page(ctx, page)
        page_script_hash = page._script_hash
    else:
        if isinstance(page, Path):
            page = str(page)
        _raise_if_unsafe_page_path(page)
        requested = _requested_page_path(ctx, page)
        matched = [p for p in ctx.pages.get_pages().values() if p["script_path"] == requested]
        if not matched:
            raise StreamlitPageNotFoundError(
                page=page, main_script_directory=_main_script_directory(ctx),
                uses_pages_directory=ctx.pages.uses_pages_directory)
        page_script_hash = matched[0]["page_script_hash"]
    params = query_params_of(ctx.session)
    if query_params is None:
        params.clear()
    elif isinstance(query_params, Mapping) or (
            hasattr(query_params, "__iter__") and not isinstance(query_params, (str, bytes))):
        params.from_dict(query_params)
    else:
        raise StreamlitInvalidParameterTypeError(
            "query_params", type(query_params).__name__,
            ["mapping", "iterable of (key, value) pairs"])
    ctx.pages.request_page(page_script_hash)
    raise RerunException(RerunData(page_script_hash=page_script_hash))


# --------------------------------------------------------------- page_link
_ICON_POSITIONS = ("left", "right")


def _enqueue_link(dg: "DeltaGenerator", props: dict[str, Any]) -> "DeltaGenerator":
    ctx = get_run_context()
    # A link to the page the app is on is shown as the current one.
    props["current"] = bool(props["page_script_hash"]) and ctx is not None \
        and ctx.pages is not None and props["page_script_hash"] == ctx.pages.current_page_hash
    return dg._enqueue(Element("page_link", props))


class PageLinkMixin(ElementMixin):
    """``st.page_link``."""

    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS: tuple[str, ...] = ("page_link",)

    def page_link(self, page: str | Path | StreamlitPage, *, label: str | None = None,
                  icon: str | None = None, icon_position: Literal["left", "right"] = "left",
                  help: str | None = None, disabled: bool = False,
                  use_container_width: bool | None = None, width: Any = "content",
                  query_params: Any = None) -> "DeltaGenerator":
        """A link to another page of the app (clicking it switches to that
        page) or to an external URL (opened in a new tab)."""
        dg = self.dg
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        if dg._active_dg()._root == "sidebar":
            width = "stretch"  # as Streamlit: sidebar links fill the sidebar
        if icon_position is None:
            icon_position = "left"
        if icon_position not in _ICON_POSITIONS:
            raise StreamlitValueError("icon_position", ["'left'", "'right'"])
        check_width(width, content=True)
        props: dict[str, Any] = {
            "label": "", "icon": "", "icon_position": icon_position, "help": "",
            "disabled": bool(disabled), "page": "", "page_script_hash": "",
            "external": False, "width": width, "query_string": "",
        }
        if query_params:
            params = query_params.items() if isinstance(query_params, Mapping) else query_params
            props["query_string"] = urlencode(
                [(str(k), v) for k, v in params], doseq=True)
        ctx = get_run_context()
        if ctx is None or ctx.pages is None:
            return _enqueue_link(dg, props)
        if label is not None:
            props["label"] = str(label)
        if icon is not None:
            props["icon"] = validate_icon_or_emoji(icon)
        if help is not None:
            props["help"] = _help_text(help)
        if isinstance(page, StreamlitPage):
            if label is None:
                props["label"] = page.title
            if icon is None:
                props["icon"] = page.icon
            if help is None:
                props["help"] = page.help
            if page.is_external:
                props.update(page=page.external_url or "", external=True)
                return _enqueue_link(dg, props)
            _validate_registered_page(ctx, page)
            props.update(page_script_hash=page._script_hash, page=page.url_path)
            return _enqueue_link(dg, props)
        if isinstance(page, Path):
            page = str(page)
        if is_url(page):
            if label is None or label == "":
                raise StreamlitMissingRequiredParameterError(
                    "label", detail="Streamlit cannot infer a label for an external URL.")
            props.update(page=page, external=True)
            return _enqueue_link(dg, props)
        _raise_if_unsafe_page_path(page)
        requested = _requested_page_path(ctx, page)
        for info in ctx.pages.get_pages().values():
            if info["script_path"] == requested:
                if label is None:
                    props["label"] = info.get("page_name", "")
                if help is None:
                    props["help"] = info.get("help", "")
                props.update(page_script_hash=info["page_script_hash"],
                             page=info.get("url_pathname") or "")
                break
        if not props["page_script_hash"]:
            raise StreamlitPageNotFoundError(
                page=page, main_script_directory=_main_script_directory(ctx),
                uses_pages_directory=ctx.pages.uses_pages_directory)
        return _enqueue_link(dg, props)


__all__ = ["Page", "PageLinkMixin", "StreamlitPage", "navigation", "switch_page"]
