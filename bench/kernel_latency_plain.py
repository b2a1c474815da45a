"""Click -> update latency of a plain ipywidgets counter in a real kernel.

Baseline for streamlit-cell: what a browser would see for the simplest
possible ipywidgets app (Button + HTML updated in ``on_click``), measured on
the wire: from sending the click ``comm_msg`` on the shell channel to reading
the HTML model's ``update`` on IOPub.

    .venv/bin/python bench/kernel_latency_plain.py [-n 200] [--warmup 20] [--json]

To benchmark another app, call :func:`run_click_benchmark` with that cell's
code and its own "find button" / "output event" rules (or call
:func:`measure_click_latency` directly on a :class:`KernelSession`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any, Callable

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# The kernel tier's harness lives in tests/support.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests"))

from support.kernel_client import (  # noqa: E402  (re-exported for other benches)
    ClickSample,
    CommEvent,
    KernelSession,
    WidgetModel,
    contains,
    measure_click_latency,
    measure_click_samples,
    summarize_ms,
)

__all__ = ["COUNTER_CELL", "measure_click_latency", "run_click_benchmark"]

COUNTER_CELL = """
import ipywidgets as widgets
from IPython.display import display

count = 0
button = widgets.Button(description="Increment")
counter_html = widgets.HTML(value="Count = 0")

def on_click(_):
    global count
    count += 1
    counter_html.value = f"Count = {count}"

button.on_click(on_click)
display(widgets.VBox([button, counter_html]))
"""


def plain_find_button(ks: KernelSession, root: str) -> WidgetModel:
    return ks.find_model("ButtonModel", within=root, description="Increment")


def plain_output_predicate(ks: KernelSession, root: str) -> Callable[[CommEvent], bool]:
    html = ks.find_model("HTMLModel", within=root, value=contains("Count"))
    return lambda ev: (
        ev.kind == "update" and ev.model_id == html.model_id and "value" in ev.state
    )


def run_click_benchmark(
    setup_code: str = COUNTER_CELL,
    find_button: Callable[[KernelSession, str], WidgetModel] = plain_find_button,
    make_output_predicate: Callable[[KernelSession, str], Callable[[CommEvent], Any]] = (
        plain_output_predicate
    ),
    *,
    n: int = 200,
    warmup: int = 20,
    session_kwargs: dict | None = None,
) -> dict:
    """Start a kernel, run ``setup_code`` (must display one widget), then
    measure ``n`` clicks after ``warmup`` unmeasured ones.

    ``find_button(ks, root_model_id)`` returns the button model;
    ``make_output_predicate(ks, root_model_id)`` returns the
    ``CommEvent -> bool`` rule that marks "the output has updated".
    """
    with KernelSession(**(session_kwargs or {})) as ks:
        res = ks.execute(setup_code).raise_for_error()
        if len(res.displayed_model_ids) != 1:
            raise RuntimeError(f"setup cell displayed {res.displayed_model_ids}")
        root = res.displayed_model_ids[0]
        button = find_button(ks, root)
        predicate = make_output_predicate(ks, root)

        measure_click_samples(ks, button.model_id, predicate, warmup)
        samples: list[ClickSample] = measure_click_samples(ks, button.model_id, predicate, n)
        errors = sum(s.n_errors for s in samples)
        return {
            "n": n,
            "warmup": warmup,
            "startup_s": ks.startup_seconds,
            "setup_exec_ms": res.elapsed * 1e3,
            "latency_ms": summarize_ms([s.latency_ms for s in samples]),
            "idle_ms": summarize_ms([s.idle_ms for s in samples]),
            "update_per_click": sum(s.n_update for s in samples) / n,
            "echo_update_per_click": sum(s.n_echo for s in samples) / n,
            "comm_open_per_click": sum(s.n_open for s in samples) / n,
            "comm_close_per_click": sum(s.n_close for s in samples) / n,
            "errors": errors,
        }


def _print_report(title: str, r: dict) -> None:
    lat, idle = r["latency_ms"], r["idle_ms"]
    print(f"{title}: n={r['n']} (warm-up {r['warmup']}), kernel startup {r['startup_s']:.2f}s, "
          f"setup cell {r['setup_exec_ms']:.1f} ms")
    print(f"  click->update  median {lat['median']:.3f} ms  p90 {lat['p90']:.3f} ms  "
          f"(min {lat['min']:.3f}, max {lat['max']:.3f})")
    print(f"  click->idle    median {idle['median']:.3f} ms  p90 {idle['p90']:.3f} ms")
    print(f"  per click: update {r['update_per_click']:.2f}, echo_update "
          f"{r['echo_update_per_click']:.2f}, comm_open {r['comm_open_per_click']:.2f}, "
          f"comm_close {r['comm_close_per_click']:.2f}, errors {r['errors']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=20)
    ap.add_argument("--json", action="store_true", help="print the result dict as JSON")
    args = ap.parse_args(argv)
    result = run_click_benchmark(n=args.n, warmup=args.warmup)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print_report("plain ipywidgets counter", result)
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
