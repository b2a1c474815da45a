"""Widget messages sent per rerun of a 1,000-element app (500 texts + 500
checkboxes) when 0, 1 and all of the texts change. Target: 0 for a rerun
that changes nothing, 1 per changed element otherwise.

    .venv/bin/python bench/rerun_messages.py [--json]
"""

from __future__ import annotations

import argparse
import json

from _inprocess import count_messages, run_app, shell_with_extension

APP = """
import streamlit as st
mode = st.session_state.get("mode", "none")
st.session_state.setdefault("tick", 0)
for i in range(500):
    changed = mode == "all" or (mode == "one" and i == 0)
    st.text(f"row {i} tick {st.session_state.tick if changed else 0}")
    st.checkbox(f"box {i}", key=f"box{i}")
"""


def measure() -> dict[str, int]:
    from streamlit_cell.runtime.shared_session import kernel_session

    shell = shell_with_extension()
    app = run_app(shell, APP, "bench-messages")
    state = kernel_session()
    results = {}
    for mode in ("none", "one", "all"):
        state["mode"] = mode
        state["tick"] = state["tick"] + 1
        with count_messages() as counts:
            app.run(None)
        results[mode] = counts["update"] + counts["open"]
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    results = measure()
    if options.json:
        print(json.dumps(results))
        return
    print(f"{'elements changed':<22}{'messages':>10}{'target':>10}")
    for mode, target in (("none", 0), ("one", 1), ("all", 500)):
        print(f"{mode:<22}{results[mode]:>10}{target:>10}")


if __name__ == "__main__":
    main()
