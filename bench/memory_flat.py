"""Memory and live widgets over 10,000 reruns of the counter app (clicks in
a real IPython shell with real ipywidgets). Target: growth under 1 MB, widget
count unchanged. The reference is plain ipywidgets doing the same work.

The warm-up (3,000 clicks) is longer than the Markdown renderer's LRU cache
(2,048 entries): before it is full, each new "Count = N" text adds a cached
entry, which is bounded growth, not a leak. Tracing starts before the
warm-up, or the cache's turnover would look like growth.

With ``--app dashboard`` the app is ``apptest_dashboard.DASHBOARD`` (5,000
cached rows, two charts, a dataframe page; its button counts clicks): its
content-keyed memos must not grow either.

    .venv/bin/python bench/memory_flat.py [-n 10000] [--app counter|dashboard] [--json]
"""

from __future__ import annotations

import argparse
import gc
import json
import tracemalloc

import ipywidgets

from _inprocess import find_button, live_widgets, run_app, shell_with_extension

COUNTER = """
import streamlit as st
st.title("Counter Example using Callbacks")
if "count" not in st.session_state:
    st.session_state.count = 0
def increment_counter():
    st.session_state.count += 1
st.button("Increment", on_click=increment_counter)
st.write("Count = ", st.session_state.count)
"""


def _traced_growth(click, n: int) -> tuple[float, int]:
    # Trace from before the warm-up: tracemalloc cannot see the release of a
    # block allocated before it started, so a cache turning over old entries
    # would look like growth.
    tracemalloc.start()
    for _ in range(3000):  # fill the bounded caches (markdown LRU: 2,048 entries)
        click()
    gc.collect()
    widgets_before = live_widgets()
    before = tracemalloc.take_snapshot()
    for _ in range(n):
        click()
    gc.collect()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    growth = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    return growth / 1e6, live_widgets() - widgets_before


def measure(n: int, app_name: str = "counter") -> dict[str, float]:
    shell = shell_with_extension()
    if app_name == "dashboard":
        from apptest_dashboard import DASHBOARD

        app = run_app(shell, DASHBOARD, "bench-memory")
        button = find_button(app, "Count a click")
    else:
        app = run_app(shell, COUNTER, "bench-memory")
        button = find_button(app, "Increment")
    ours_mb, ours_widgets = _traced_growth(button.click, n)

    count = ipywidgets.HTML("Count = 0")
    plain = ipywidgets.Button(description="Increment")
    state = {"count": 0}

    def on_click(_: object) -> None:
        state["count"] += 1
        count.value = f"Count = {state['count']}"

    plain.on_click(on_click)
    plain_mb, plain_widgets = _traced_growth(plain.click, n)
    return {"app": app_name, "reruns": n, "streamlit_cell_growth_mb": round(ours_mb, 3),
            "streamlit_cell_widget_delta": ours_widgets,
            "plain_ipywidgets_growth_mb": round(plain_mb, 3),
            "plain_ipywidgets_widget_delta": plain_widgets}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000)
    parser.add_argument("--app", choices=("counter", "dashboard"), default="counter")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    result = measure(options.n, options.app)
    if options.json:
        print(json.dumps(result))
        return
    print(f"{options.app} app")
    print(f"{'over ' + str(options.n) + ' reruns':<26}{'memory growth MB':>18}{'widget delta':>14}")
    print(f"{'streamlit_cell':<26}{result['streamlit_cell_growth_mb']:>18.3f}"
          f"{result['streamlit_cell_widget_delta']:>14}")
    print(f"{'plain ipywidgets':<26}{result['plain_ipywidgets_growth_mb']:>18.3f}"
          f"{result['plain_ipywidgets_widget_delta']:>14}")
    print("target: streamlit_cell growth < 1 MB, widget delta 0")


if __name__ == "__main__":
    main()
