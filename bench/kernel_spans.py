"""Where a click's time goes inside a real kernel: perf_counter spans around
the comm message's handling, the rerun's script run (callbacks included), the
reconcile that updates the widgets, and the first widget message sent, beside
the click -> update latency the front end sees. A diagnostic (not in
``run_all.py``): the rest of the latency outside ``comm_msg`` is the
transport (ZMQ, ipykernel's shell thread, IOPub), the same for every app.

    .venv/bin/python bench/kernel_spans.py [--app sales|ops|counter] [-n 100] [--profile]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))
sys.path.insert(0, str(BENCH_DIR.parent / "tests"))

from apptest_dashboard import DASHBOARD  # noqa: E402
from apptest_dashboard_ops import DASHBOARD_OPS  # noqa: E402
from kernel_click import STC_CELL, App  # noqa: E402

APPS = {
    "sales": ("%%streamlit_cell\n" + DASHBOARD.lstrip("\n"), "Clicks:", "Count a click"),
    "ops": ("%%streamlit_cell\n" + DASHBOARD_OPS.lstrip("\n"), "Clicks:", "Count a click"),
    "counter": (STC_CELL, "Count =", "Increment"),
}

#: Run in the kernel: wrap the handlers with spans, one dict of times per click.
INSTRUMENT = r'''
import time as _t, ipywidgets as _w
from streamlit_cell.notebook import cell_app as _ca
from streamlit_cell.runtime import script_runner as _sr
_spans, _now = [], {}

def _timed(owner, name, tag):
    real = getattr(owner, name)
    def timed(*args, **kwargs):
        _now[tag + ">"] = _t.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            _now[tag + "<"] = _t.perf_counter()
    setattr(owner, name, timed)

_kernel = get_ipython().kernel
_comm_msg = _kernel.shell_handlers["comm_msg"]
def _timed_comm_msg(*args, **kwargs):
    _now.clear()
    _now["comm>"] = _t.perf_counter()
    result = _comm_msg(*args, **kwargs)
    _now["comm<"] = _t.perf_counter()
    _spans.append(dict(_now))
    return result
_kernel.shell_handlers["comm_msg"] = _timed_comm_msg
_timed(_ca.CellApp, "_event", "event")
_timed(_ca.CellApp, "_run_once", "run")
_timed(_sr.ScriptRunner, "run", "script")
_timed(_ca.CellApp, "_render", "render")
_send = _w.Widget._send
def _timed_send(self, msg, buffers=None):
    _now.setdefault("send>", _t.perf_counter())
    return _send(self, msg, buffers)
_w.Widget._send = _timed_send
'''

REPORT = r'''
import json as _json, statistics as _statistics
_rows = {}
for _s in _spans:
    for _name, _a, _b in [("comm_msg handled", "comm>", "comm<"),
                          ("  to the app's event", "comm>", "event>"),
                          ("  rerun (_run_once)", "run>", "run<"),
                          ("    script run (callbacks + script)", "script>", "script<"),
                          ("    reconcile + widget updates", "render>", "render<"),
                          ("    rest of the rerun", None, None),
                          ("  to the first widget message", "comm>", "send>")]:
        if _a is None:
            if all(k in _s for k in ("run>", "run<", "script>", "script<", "render>", "render<")):
                _rows.setdefault(_name, []).append(((_s["run<"] - _s["run>"]) - (_s["script<"] - _s["script>"])
                                                    - (_s["render<"] - _s["render>"])) * 1e3)
        elif _a in _s and _b in _s:
            _rows.setdefault(_name, []).append((_s[_b] - _s[_a]) * 1e3)
print("SPANS" + _json.dumps({k: _statistics.median(v) for k, v in _rows.items()}))
'''


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", choices=sorted(APPS), default="sales")
    parser.add_argument("-n", type=int, default=100, help="measured clicks (default 100)")
    parser.add_argument("--profile", action="store_true",
                        help="also print the kernel's cProfile of the clicks (by cumulative time)")
    options = parser.parse_args()
    cell, marker, label = APPS[options.app]
    app = App(options.app, ["%load_ext streamlit_cell", cell], marker, button_label=label)
    try:
        app.start()
        app.clicks_block(20, record=False)
        assert app.session is not None
        app.session.execute(INSTRUMENT).raise_for_error()
        if options.profile:
            app.session.execute("import cProfile as _cp; _profile = _cp.Profile(); "
                                "_profile.enable()").raise_for_error()
        app.clicks_block(options.n, record=True)
        if options.profile:
            print(app.session.execute(
                "_profile.disable(); import io, pstats; _out = io.StringIO(); "
                "pstats.Stats(_profile, stream=_out).sort_stats('cumulative').print_stats(50); "
                "print(_out.getvalue())").raise_for_error().stdout)
        spans = json.loads(app.session.execute(REPORT).raise_for_error().stdout.split("SPANS")[1])
        report = app.report()
    finally:
        app.close()
    latency = report["latency_ms"]["median"]
    print(f"{options.app}: click -> update median {latency:.2f} ms over {options.n} clicks "
          f"(medians of each span, ms)")
    for name, value in spans.items():
        print(f"  {name:<40}{value:8.3f}")
    outside = latency - spans.get("comm_msg handled", 0.0)
    print(f"  {'outside the handler (approx. transport)':<40}{outside:8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
