"""Click -> DOM-update latency in a real browser: streamlit cell vs plain
ipywidgets vs a real Streamlit server, measured inside the page.

Three variants of the same counter (Streamlit's Session State page, Example 2:
an *Increment* button whose callback adds 1, and ``st.write('Count = ', n)``):

* ``streamlit_cell``   the counter as a ``%%streamlit_cell`` cell in JupyterLab 4
                       (tests/browser/notebooks/streamlit_apps.ipynb, cell 1);
* ``plain_ipywidgets`` a Button + HTML counter (``on_click`` sets the HTML's
                       value) in JupyterLab 4 (plain_counter.ipynb, cell 0): the
                       floor for any ipywidgets app;
* ``streamlit_server`` the same script under ``python -m streamlit run``.

Each click is a real Playwright click; its latency is measured in the page,
from a capture-phase click listener (``performance.now()``) to the DOM mutation
after which the app shows ``Count = n+1`` (tests/browser/_pages.py,
``measure_click_latency``), so Playwright's own round trips are excluded.
The three variants stay open in three pages of one headless Chromium and are
measured in interleaved rounds (``--rounds`` x ``--clicks`` each, the order
rotated every round), so a load spike hits all of them; only the ratios of
one run are comparable (absolute figures move a lot from run to run on a
shared machine).

    .venv/bin/python bench/browser_latency.py [--rounds 5] [--clicks 20] [--warmup 5] [--json]

Targets (reported, not enforced): streamlit_cell / plain_ipywidgets <= 1.2 and
streamlit_server / streamlit_cell >= 2.
Needs /usr/bin/chromium, playwright, jupyterlab and streamlit in this interpreter.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
BROWSER_TESTS = REPO_ROOT / "tests" / "browser"
sys.path.insert(0, str(BROWSER_TESTS))

from _jupyter_servers import (  # noqa: E402
    NOTEBOOKS_DIR,
    _die_with_parent,
    find_free_port,
    serve,
)
from _make_notebooks import STREAMLIT_COUNTER_SCRIPT  # noqa: E402
from _pages import measure_click_latency, open_notebook_lab, output_area  # noqa: E402

CHROMIUM_PATH = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync",
                 # three pages measured in turn: none of them may be throttled
                 "--disable-background-timer-throttling",
                 "--disable-backgrounding-occluded-windows",
                 "--disable-renderer-backgrounding"]
VIEWPORT = {"width": 1280, "height": 900}

TARGET_STC_OVER_PLAIN = 1.2
TARGET_SERVER_OVER_STC = 2.0

STREAMLIT_CELL_NOTEBOOK, STREAMLIT_CELL_INDEX = "streamlit_apps.ipynb", 1
PLAIN_NOTEBOOK, PLAIN_INDEX = "plain_counter.ipynb", 0
VARIANTS = ("streamlit_cell", "plain_ipywidgets", "streamlit_server")


# ---------------------------------------------------------------------------
# a real Streamlit server
# ---------------------------------------------------------------------------
@contextlib.contextmanager
def streamlit_server(script: str, workdir: Path, timeout: float = 60.0) -> Iterator[str]:
    """Run ``script`` with ``python -m streamlit run`` in its own process group;
    yield its URL once it answers HTTP; always stop the group."""
    workdir.mkdir(parents=True, exist_ok=True)
    app = workdir / "app.py"
    app.write_text(script)
    home = workdir / "home"  # streamlit writes ~/.streamlit: keep it private
    home.mkdir(exist_ok=True)
    port = find_free_port()
    url = f"http://127.0.0.1:{port}/"
    env = dict(os.environ, HOME=str(home), STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    log_path = workdir / "streamlit.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(app),
             "--server.headless", "true", "--server.address", "127.0.0.1",
             "--server.port", str(port), "--browser.gatherUsageStats", "false"],
            cwd=str(workdir), env=env, stdin=subprocess.DEVNULL, stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True, preexec_fn=_die_with_parent,
        )
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with {proc.returncode}:\n"
                                   + log_path.read_text(errors="replace")[-3000:])
            try:
                with urllib.request.urlopen(url + "_stcore/health", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not answer on {url} in {timeout:.0f}s")
            time.sleep(0.2)
        yield url
    finally:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)


# ---------------------------------------------------------------------------
# one counter in one page
# ---------------------------------------------------------------------------
COUNT_RE = re.compile(r"Count\s*=\s*(-?\d+)")


@dataclass
class Counter:
    name: str
    page: Any
    scope: Any  # Locator whose text shows the count
    button: Any  # Locator of the Increment button
    count: int = 0
    samples: list[float] = field(default_factory=list)
    rounds: list[list[float]] = field(default_factory=list)

    def read_count(self) -> int:
        match = COUNT_RE.search(self.scope.inner_text())
        if not match:
            raise RuntimeError(f"{self.name}: no 'Count = n' in {self.scope.inner_text()!r}")
        return int(match.group(1))

    def click(self) -> float:
        expected = re.compile(rf"Count\s*=\s+{self.count + 1}(?!\d)")
        ms = measure_click_latency(self.page, self.button, expected, scope=self.scope)
        self.count += 1
        return ms


def new_page(browser: Any) -> Any:
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.on("dialog", lambda dialog: dialog.accept())
    return page


def jupyter_counter(browser: Any, server: Any, name: str, notebook: str, cell: int) -> Counter:
    page = new_page(browser)
    open_notebook_lab(page, server, notebook)
    scope = output_area(page, cell)
    button = scope.get_by_role("button", name="Increment")
    button.wait_for()
    counter = Counter(name, page, scope, button)
    counter.count = counter.read_count()
    return counter


def server_counter(browser: Any, url: str) -> Counter:
    page = new_page(browser)
    page.goto(url)
    scope = page.locator('[data-testid="stMain"]')
    button = scope.get_by_role("button", name="Increment")
    button.wait_for()
    page.wait_for_function(
        "() => /Count\\s*=\\s*-?\\d/.test((document.querySelector('[data-testid=\"stMain\"]')"
        " || {}).textContent || '')")
    counter = Counter("streamlit_server", page, scope, button)
    counter.count = counter.read_count()
    return counter


# ---------------------------------------------------------------------------
# the run
# ---------------------------------------------------------------------------
def summarize(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, round(p * (len(ordered) - 1))))]

    return {"n": len(samples), "median": statistics.median(samples), "p10": pct(0.10),
            "p90": pct(0.90), "mean": statistics.fmean(samples), "min": ordered[0],
            "max": ordered[-1]}


def run(rounds: int, clicks: int, warmup: int, gap_ms: int,
        log: Callable[[str], None] = print) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="browser-latency-") as tmp, \
            serve("lab", NOTEBOOKS_DIR, Path(tmp) / "lab") as lab, \
            streamlit_server(STREAMLIT_COUNTER_SCRIPT, Path(tmp) / "streamlit") as st_url, \
            sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS,
                                     headless=True, timeout=60_000)
        try:
            log("opening the three counters...")
            counters = {
                "streamlit_cell": jupyter_counter(browser, lab, "streamlit_cell",
                                                  STREAMLIT_CELL_NOTEBOOK, STREAMLIT_CELL_INDEX),
                "plain_ipywidgets": jupyter_counter(browser, lab, "plain_ipywidgets",
                                                    PLAIN_NOTEBOOK, PLAIN_INDEX),
                "streamlit_server": server_counter(browser, st_url),
            }
            for counter in counters.values():  # warm-up, not measured
                for _ in range(warmup):
                    counter.click()
                    counter.page.wait_for_timeout(gap_ms)
            for r in range(rounds):
                order = VARIANTS[r % len(VARIANTS):] + VARIANTS[:r % len(VARIANTS)]
                for name in order:
                    counter = counters[name]
                    counter.page.bring_to_front()
                    block = []
                    for _ in range(clicks):
                        block.append(counter.click())
                        counter.page.wait_for_timeout(gap_ms)
                    counter.rounds.append(block)
                    counter.samples.extend(block)
                log(f"round {r + 1}/{rounds}: " + ", ".join(
                    f"{name} {statistics.median(counters[name].rounds[-1]):.1f}"
                    for name in VARIANTS) + " ms (medians)")
            # the count shown is the count clicked: no click lost or doubled
            for counter in counters.values():
                shown = counter.read_count()
                if shown != counter.count:
                    raise RuntimeError(f"{counter.name}: shows {shown}, expected {counter.count}")
        finally:
            browser.close()

    stats = {name: summarize(counters[name].samples) for name in VARIANTS}
    med = {name: stats[name]["median"] for name in VARIANTS}
    stc_over_plain = med["streamlit_cell"] / med["plain_ipywidgets"]
    server_over_stc = med["streamlit_server"] / med["streamlit_cell"]
    return {
        "rounds": rounds, "clicks_per_round": clicks, "warmup": warmup, "gap_ms": gap_ms,
        "latency_ms": stats,
        "round_medians_ms": {name: [statistics.median(b) for b in counters[name].rounds]
                             for name in VARIANTS},
        "samples_ms": {name: [round(x, 2) for x in counters[name].samples] for name in VARIANTS},
        "ratios": {"streamlit_cell/plain_ipywidgets": stc_over_plain,
                   "streamlit_server/streamlit_cell": server_over_stc},
        "targets": {
            "streamlit_cell/plain_ipywidgets<=1.2": stc_over_plain <= TARGET_STC_OVER_PLAIN,
            "streamlit_server/streamlit_cell>=2": server_over_stc >= TARGET_SERVER_OVER_STC,
        },
        "environment": environment(),
    }


def environment() -> dict[str, Any]:
    from importlib.metadata import version

    env: dict[str, Any] = {"python": platform.python_version(), "cpus": os.cpu_count(),
                           "platform": platform.platform()}
    for dist in ("streamlit", "jupyterlab", "ipywidgets", "ipykernel", "playwright"):
        with contextlib.suppress(Exception):
            env[dist] = version(dist)
    with contextlib.suppress(Exception):
        env["chromium"] = subprocess.run([CHROMIUM_PATH, "--version"], capture_output=True,
                                         text=True, timeout=20).stdout.strip()
    return env


def print_table(result: dict[str, Any]) -> None:
    stats = result["latency_ms"]
    print(f"\nclick -> DOM update, in the page (ms); {result['rounds']} interleaved rounds x "
          f"{result['clicks_per_round']} clicks per variant, {result['warmup']} warm-up clicks")
    print(f"{'variant':<18} {'n':>4} {'median':>8} {'p10':>8} {'p90':>8} {'mean':>8} {'max':>8}"
          "   round medians")
    for name in VARIANTS:
        s = stats[name]
        rounds = " ".join(f"{m:.1f}" for m in result["round_medians_ms"][name])
        print(f"{name:<18} {s['n']:>4} {s['median']:>8.1f} {s['p10']:>8.1f} {s['p90']:>8.1f} "
              f"{s['mean']:>8.1f} {s['max']:>8.1f}   {rounds}")
    r = result["ratios"]
    ok = result["targets"]
    print(f"\nstreamlit_cell / plain_ipywidgets  = {r['streamlit_cell/plain_ipywidgets']:.2f}"
          f"  (target <= {TARGET_STC_OVER_PLAIN}: "
          f"{'met' if ok['streamlit_cell/plain_ipywidgets<=1.2'] else 'NOT met'})")
    print(f"streamlit_server / streamlit_cell  = {r['streamlit_server/streamlit_cell']:.2f}"
          f"  (target >= {TARGET_SERVER_OVER_STC}: "
          f"{'met' if ok['streamlit_server/streamlit_cell>=2'] else 'NOT met'})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--clicks", type=int, default=20, help="clicks per variant per round")
    ap.add_argument("--warmup", type=int, default=5, help="unmeasured clicks per variant")
    ap.add_argument("--gap-ms", type=int, default=50,
                    help="pause after each click (lets the kernel / script run settle)")
    ap.add_argument("--json", action="store_true", help="print the result as JSON only")
    args = ap.parse_args(argv)
    if not os.access(CHROMIUM_PATH, os.X_OK):
        print(f"{CHROMIUM_PATH} is missing (apt-get install -y chromium)", file=sys.stderr)
        return 2
    log = (lambda msg: print(msg, file=sys.stderr)) if args.json else print
    result = run(args.rounds, args.clicks, args.warmup, args.gap_ms, log=log)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
