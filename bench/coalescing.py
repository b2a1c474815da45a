"""A slider dragged while a run is in progress: 100 value events queue up in a
real kernel (driven over the Jupyter protocol, as a browser does). Counts the
reruns they cause and checks the final state is the last event's value.
Target: <= 2 reruns for the 100 queued events.

    .venv/bin/python bench/coalescing.py [--events 100] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

# The kernel tier's harness lives in tests/support.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests"))

from support.kernel_client import KernelSession  # noqa: E402

APP = '''%%streamlit_cell --key drag
import time
import streamlit as st
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
value = st.slider("Level", 0, 1000, 0, key="level")
time.sleep(0.2)  # a run that takes a while: events queue up meanwhile
st.write("level is", value)
'''


def measure(events: int) -> dict[str, object]:
    with KernelSession() as kernel:
        kernel.execute("%load_ext streamlit_cell").raise_for_error()
        kernel.execute(APP).raise_for_error()
        slider = kernel.find_model("AnyModel", description="Level")  # render/slider_widget.py
        runs_before = int(kernel.execute("print(st.session_state.runs)").stdout.strip())
        # The first event starts a run; the rest arrive while it executes.
        pending = [kernel.set_value(slider.model_id, 1, wait=False)]
        time.sleep(0.05)
        pending += [kernel.set_value(slider.model_id, v, wait=False) for v in range(2, events + 2)]
        for request in pending:
            request.wait(timeout=120)
        final = kernel.execute("print(st.session_state.runs, st.session_state.level)").stdout.split()
        reruns = int(final[0]) - runs_before
        # The first event's own run is the "run in progress"; the rest are the queued ones'.
        return {"events": events + 1, "reruns": reruns, "reruns_for_queued": reruns - 1,
                "final_value": int(final[1]), "last_event_value": events + 1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    result = measure(options.events)
    if options.json:
        print(json.dumps(result))
        return
    print(f"events sent: {result['events']} (1 starts a run, {options.events} queue behind it)")
    print(f"reruns: {result['reruns']} in all; {result['reruns_for_queued']} for the "
          f"{options.events} queued events (target <= 2)")
    print(f"final value: {result['final_value']} (last event: {result['last_event_value']})")


if __name__ == "__main__":
    main()
