"""Browser-test tier: JupyterLab 4, Notebook 7 and Voila driven by Playwright
(sync API) in Debian's headless Chromium.

Fixtures (see _jupyter_servers.py / _pages.py for the helpers):
  lab_server, nb7_server, voila_server  session: a running JupyterServer each,
                                        serving its own copy of ./notebooks, and
                                        of <repo>/notebooks (the demos) under demo/
  frontend_server                       function, parametrized lab|nb7|voila
  browser                               session: playwright Browser
  page                                  function: fresh context + page
  screenshot                            function: screenshot(suffix="") -> Path

Without /usr/bin/chromium or the playwright package every test here is
skipped, unless the CI environment variable is set: then they fail.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

# This folder is on sys.path (pytest's rootdir-relative "prepend" import mode
# adds a conftest's folder): the helpers import each other by plain name.
from _jupyter_servers import DEMO_NOTEBOOKS_DIR, DEMO_SUBDIR, KINDS, NOTEBOOKS_DIR, serve
from _chromium import CHROMIUM_ARGS, CHROMIUM_PATH
from _pages import save_screenshot

VIEWPORT = {"width": 1280, "height": 900}
DEFAULT_TIMEOUT_MS = 30_000


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    rep = outcome.get_result()
    setattr(item, "rep_" + rep.when, rep)  # lets `page` screenshot failures


def missing_prerequisites() -> list[str]:
    missing = []
    if not (os.path.isfile(CHROMIUM_PATH) and os.access(CHROMIUM_PATH, os.X_OK)):
        missing.append(f"{CHROMIUM_PATH} (apt-get install -y chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("python package playwright (pip install playwright; never `playwright install`)")
    return missing


@pytest.fixture(scope="session", autouse=True)
def browser_prerequisites() -> None:
    missing = missing_prerequisites()
    if not missing:
        return
    msg = "browser tests need " + " and ".join(missing)
    if os.environ.get("CI"):
        pytest.fail(msg + " -- CI is set, so this fails instead of skipping", pytrace=False)
    pytest.skip(msg)


# ---------------------------------------------------------------------------
# servers (session-scoped, one per front end, each on its own notebook copy)
# ---------------------------------------------------------------------------
def _server(kind: str, tmp_path_factory: pytest.TempPathFactory):
    with serve(kind, NOTEBOOKS_DIR, tmp_path_factory.mktemp(f"jupyter-{kind}")) as server:
        server.add_notebooks(DEMO_NOTEBOOKS_DIR, DEMO_SUBDIR)  # <repo>/notebooks -> demo/
        yield server


@pytest.fixture(scope="session")
def lab_server(browser_prerequisites, tmp_path_factory):
    yield from _server("lab", tmp_path_factory)


@pytest.fixture(scope="session")
def nb7_server(browser_prerequisites, tmp_path_factory):
    yield from _server("nb7", tmp_path_factory)


@pytest.fixture(scope="session")
def voila_server(browser_prerequisites, tmp_path_factory):
    yield from _server("voila", tmp_path_factory)


@pytest.fixture(params=KINDS)
def frontend_server(request):
    """The lab, nb7 and voila server in turn (test ids ``[lab]`` ``[nb7]`` ``[voila]``)."""
    return request.getfixturevalue(f"{request.param}_server")


# ---------------------------------------------------------------------------
# browser
# ---------------------------------------------------------------------------
@pytest.fixture(scope="session")
def playwright_instance(browser_prerequisites):
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    try:
        yield pw
    finally:
        pw.stop()


@pytest.fixture(scope="session")
def browser(playwright_instance):
    b = playwright_instance.chromium.launch(
        executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS, headless=True, timeout=60_000
    )
    try:
        yield b
    finally:
        b.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    pg = context.new_page()
    page_errors: list[str] = []
    pg.on("pageerror", lambda exc: page_errors.append(str(exc)))
    pg.on("dialog", lambda dialog: dialog.accept())  # never leave a page blocked
    try:
        yield pg
    finally:
        rep = getattr(request.node, "rep_call", None)
        if rep is not None and rep.failed:
            with contextlib.suppress(Exception):
                path = save_screenshot(pg, request.node.name + "-FAILED")
                print(f"\nfailure screenshot: {path}")
            if page_errors:
                print("page errors:\n  " + "\n  ".join(page_errors[-20:]))
        context.close()


@pytest.fixture
def screenshot(page, request):
    """``screenshot(suffix="")`` saves <repo>/test-artifacts/<test name>[-suffix].png."""

    def take(suffix: str = "") -> Path:
        return save_screenshot(page, request.node.name + (f"-{suffix}" if suffix else ""))

    return take
