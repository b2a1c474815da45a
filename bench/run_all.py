"""Run every benchmark and print one table of ratios against references
measured in the same run. Each benchmark also runs alone (see its docstring).

    .venv/bin/python bench/run_all.py [--quick] [--skip-browser]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _run(script: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, str(HERE / script), "--json", *args],
                         capture_output=True, text=True, cwd=HERE)
    if out.returncode != 0:
        return {"error": (out.stderr or out.stdout).strip().splitlines()[-1:]}
    try:  # one JSON document (some scripts indent it)...
        return json.loads(out.stdout)
    except json.JSONDecodeError:  # ...or one JSON line after other output
        return json.loads(out.stdout.strip().splitlines()[-1])


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer samples")
    parser.add_argument("--skip-browser", action="store_true")
    options = parser.parse_args()
    quick = options.quick
    rows = []

    small = _run("apptest_click.py", "-n", "100" if quick else "400")
    rows.append(("AppTest click, counter", "streamlit/ours", small.get("speedup"), ">= 20x", small))
    large = _run("apptest_large.py", "-n", "6" if quick else "20")
    rows.append(("AppTest rerun, 1,000 elements", "streamlit/ours", large.get("speedup"), ">= 10x", large))
    dashboard = _run("apptest_dashboard.py", "-n", "15" if quick else "60")
    rows.append(("AppTest click, dashboard", "streamlit/ours", dashboard.get("speedup"), ">= 10x",
                 dashboard))
    ops = _run("apptest_dashboard_ops.py", "-n", "6" if quick else "30")
    rows.append(("AppTest click, ops dashboard", "streamlit/ours", ops.get("speedup"), "-", ops))
    kernel = _run("kernel_click.py", "-n", "50" if quick else "1000")
    rows.append(("kernel click->update", "ours/plain", _rounded(kernel.get("ratio")), "<= 1.2x", kernel))
    kernel_dash = _run("kernel_dashboard.py", "-n", "40" if quick else "300")
    rows.append(("kernel click->update, dashboard", "dash/counter", _rounded(kernel_dash.get("ratio")),
                 "<= 1.5x", kernel_dash))
    rows.append(("  the same, over counter + script", "dash/floor",
                 _rounded(kernel_dash.get("ratio_to_floor")), "<= 1.5x", kernel_dash))
    rows.append(("  cold first run of the dashboard", "s",
                 _rounded((kernel_dash.get("cold_first_run_ms") or 0) / 1e3) or None, "-", kernel_dash))
    kernel_ops = _run("kernel_dashboard.py", "--app", "ops", "-n", "20" if quick else "100",
                      "--warmup", "5" if quick else "10")
    rows.append(("kernel click->update, ops dashboard", "dash/counter", _rounded(kernel_ops.get("ratio")),
                 "-", kernel_ops))
    rows.append(("  the same, over counter + script", "dash/floor",
                 _rounded(kernel_ops.get("ratio_to_floor")), "<= 1.5x", kernel_ops))
    messages = _run("rerun_messages.py")
    rows.append(("messages per rerun (0/1/all 500)", "count",
                 f"{messages.get('none')}/{messages.get('one')}/{messages.get('all')}", "0/1/500", messages))
    coalescing = _run("coalescing.py")
    rows.append(("100 queued slider events", "reruns", coalescing.get("reruns_for_queued"), "<= 2", coalescing))
    memory = _run("memory_flat.py", "-n", "2000" if quick else "10000")
    rows.append(("memory growth over reruns", "MB", memory.get("streamlit_cell_growth_mb"), "< 1", memory))
    memory_dash = _run("memory_flat.py", "--app", "dashboard", "-n", "500" if quick else "10000")
    rows.append(("  the same, dashboard", "MB", memory_dash.get("streamlit_cell_growth_mb"), "< 1",
                 memory_dash))
    imports = _run("import_time.py", "-n", "5" if quick else "15")
    rows.append(("import time", "streamlit/ours", imports.get("streamlit_over_streamlit_cell"), "> 1", imports))
    if not options.skip_browser:
        browser = _run("browser_latency.py")
        ratios = browser.get("ratios", {})
        rows.append(("browser click->DOM, vs plain", "ours/plain",
                     _rounded(ratios.get("streamlit_cell/plain_ipywidgets")), "<= 1.2x", browser))
        rows.append(("browser click->DOM, vs server", "server/ours",
                     _rounded(ratios.get("streamlit_server/streamlit_cell")), ">= 2x", browser))

    print(f"{'benchmark':<36}{'measure':<16}{'value':>12}  {'target':<10}")
    for name, measure, value, target, _ in rows:
        print(f"{name:<36}{measure:<16}{str(value):>12}  {target:<10}")
    print()
    for name, _, _, _, raw in rows:
        print(f"{name}: {json.dumps(raw)}")


if __name__ == "__main__":
    main()
