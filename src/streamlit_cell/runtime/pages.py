"""The pages of a multipage app and which one is current (Streamlit's
``runtime/pages_manager.py``), kept per app: a notebook has no URL, so the
page a person is on lives here, in the kernel, for as long as the app lives.

One ``PagesManager`` per script runner (a cell's app, an AppTest): what the
last ``st.navigation`` registered, the page the app is on, and the page a
``st.switch_page``, a click in the navigation or ``AppTest.switch_page``
asked for. Plain data and rules, no ``st.*`` command (those are in
``elements/pages.py``).
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, TypedDict

#: Streamlit's ``source_util.PAGE_FILENAME_REGEX``: a page file's number
#: prefix, then its name.
PAGE_FILENAME_REGEX = re.compile(r"([0-9]*)[_ -]*(.*)\.py")


def calc_hash(text: str) -> str:
    """Streamlit's ``util.calc_hash``: a page's script hash (md5 of its url path)."""
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


def page_sort_key(script_path: Path) -> tuple[float, str]:
    """The order of the files of a ``pages/`` folder: by number prefix (files
    without one last), then by name, case-insensitively (Streamlit's rule)."""
    matches = PAGE_FILENAME_REGEX.findall(script_path.name)
    if not matches:
        raise ValueError(f"{script_path} is not a Python file.")
    [(number, label)] = matches
    return (float("inf") if number == "" else float(number), label.lower())


def pages_folder_files(main_script_path: str) -> list[Path]:
    """The page files of the ``pages/`` folder next to the main script, in
    the order the navigation lists them."""
    folder = Path(main_script_path).resolve().parent / "pages"
    files = [page for page in folder.glob("*.py")
             if not page.name.startswith(".") and page.name != "__init__.py"]
    return sorted(files, key=page_sort_key)


class PageInfo(TypedDict, total=False):
    """What ``st.navigation`` registers for a page (Streamlit's ``PageInfo``)."""

    script_path: str
    page_script_hash: str
    icon: str
    page_name: str
    url_pathname: str
    help: str


@dataclass(frozen=True)
class NavigationEntry:
    """One page as the navigation menu shows it."""

    page_script_hash: str
    title: str
    icon: str
    section: str
    url_path: str
    is_default: bool
    is_hidden: bool
    help: str
    external_url: str | None


@dataclass
class NavigationMenu:
    """What a run's ``st.navigation`` asks the front end to show (Streamlit
    sends it as a message of its own, not an element: AppTest's element
    tree has no node for it, and neither has ours)."""

    position: str  # "sidebar", "top" or "hidden"
    expanded: bool
    #: A positive ``expanded=n``: show n pages before "View more".
    visible_items: int | None
    sections: list[str]
    pages: list[NavigationEntry]
    #: The page this run shows.
    current_page_hash: str

    @property
    def visible_pages(self) -> list[NavigationEntry]:
        return [page for page in self.pages if not page.is_hidden]


@dataclass
class PagesManager:
    """The pages of one app and the page it is on."""

    main_script_path: str
    #: What the last ``st.navigation`` registered (None: never called).
    pages: dict[str, PageInfo] | None = None
    #: The page the app is on (Streamlit's current page script hash).
    current_page_hash: str = ""
    #: The page the next run shows, when something asked for one.
    requested_page_hash: str | None = None
    #: The page the run in progress was asked to show.
    intended_page_hash: str = ""
    #: v1 multipage apps: a ``pages/`` folder next to the main script and no
    #: ``st.navigation`` call (that call turns it off for the app's life).
    uses_pages_directory: bool = False
    #: A notebook cell's app: its code has no folder of its own, so page
    #: paths are relative to the kernel's working folder (the notebook's),
    #: and a `pages/` folder there does not make the cell a v1 app.
    is_cell: bool = False
    #: Compiled page files: path -> (modification time, code).
    _code: dict[str, tuple[float, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.uses_pages_directory = not self.is_cell and self.has_pages_folder()

    def has_pages_folder(self) -> bool:
        return (Path(self.main_script_path).parent / "pages").exists()

    @property
    def main_script_parent(self) -> Path:
        """The folder page paths are relative to."""
        return Path(os.getcwd()) if self.is_cell else Path(self.main_script_path).parent

    @property
    def main_script_hash(self) -> str:
        return calc_hash(self.main_script_path)

    def request_page(self, page_script_hash: str) -> None:
        """Show this page from the next run on (a switch, a click)."""
        self.requested_page_hash = page_script_hash

    def begin_run(self) -> None:
        """A run starts: it shows the page asked for, else the current one
        (what a browser sends with every rerun)."""
        if self.requested_page_hash is not None:
            self.intended_page_hash = self.requested_page_hash
            self.requested_page_hash = None
        else:
            self.intended_page_hash = self.current_page_hash

    def get_pages(self) -> dict[str, PageInfo]:
        """The registered pages; before any ``st.navigation``, the main script
        as the one page (Streamlit's ``PagesManager.get_pages``)."""
        if self.pages is not None:
            return dict(self.pages)
        return {self.main_script_hash: {"page_script_hash": self.intended_page_hash,
                                        "page_name": "", "icon": "",
                                        "script_path": self.main_script_path}}

    def set_pages_and_resolve(self, pages: dict[str, PageInfo],
                              fallback_page_hash: str) -> PageInfo | None:
        """Register ``pages`` and return the page to show: the one asked for,
        else the fallback (the default page)."""
        self.pages = pages
        if self.intended_page_hash:
            return pages.get(self.intended_page_hash, pages.get(fallback_page_hash))
        return pages.get(fallback_page_hash)

    def page_code(self, path: str, compile_file: Callable[[str, str], Any]) -> Any:
        """A page file's code, compiled again only when the file changed."""
        mtime = os.path.getmtime(path)
        cached = self._code.get(path)
        if cached is None or cached[0] != mtime:
            with open(path, encoding="utf-8") as file:
                source = file.read()
            cached = (mtime, compile_file(source, path))
            self._code[path] = cached
        return cached[1]


#: Runs a v1 multipage app (a ``pages/`` folder) in place of the main
#: script's body: set by ``elements/pages.py``, which owns ``st.navigation``.
_v1_app_runner: list[Callable[[], None]] = []


def set_v1_app_runner(runner: Callable[[], None]) -> None:
    _v1_app_runner[:] = [runner]


def run_v1_app() -> None:
    _v1_app_runner[0]()
