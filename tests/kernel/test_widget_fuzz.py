"""Hostile widget messages over the Jupyter protocol, in a real ipykernel.

In Voila a viewer's widget messages are the whole attack surface. An app
with every widget kind runs; then 1,000 ``comm_msg`` updates, random and
hostile (wrong types, NaN/inf, "1e400", huge and negative numbers and
indices, repeated and unlimited option indices, over-long text, malformed
dates, disabled widgets), go to every input model of the app. Each run of
the app checks, in the kernel, that every widget value it sees is one the
widget allows (its own type, bounds, options, ``max_selections``,
``max_chars``); at the end the kernel is alive, no check failed, and the app
still reruns on a valid value.
"""

from __future__ import annotations

import json
import os
import random
import time

import pytest
from support.kernel_client import KernelSession

from test_streamlit_cell_protocol import RESET, kernel_print, run_app

pytestmark = [
    pytest.mark.kernel,
    # NaN and Infinity on the wire, as a crafted message can send them.
    pytest.mark.filterwarnings("ignore:Message serialization failed:UserWarning"),
]

MESSAGES = int(os.environ.get("STC_FUZZ_MESSAGES", "1000"))

APP = """%%streamlit_cell
import datetime as dt, math
bad = st.session_state.setdefault("_fuzz_bad", [])
st.session_state["_fuzz_runs"] = st.session_state.get("_fuzz_runs", 0) + 1
OPTIONS = ["a", "b", "c", "d"]
def need(ok, what, value):
    if not ok:
        bad.append(f"{what}: {value!r}"[:200])
v = st.checkbox("check", key="check"); need(type(v) is bool, "checkbox", v)
v = st.toggle("toggle", key="toggle"); need(type(v) is bool, "toggle", v)
v = st.checkbox("off", key="off", disabled=True); need(v is False, "disabled", v)
v = st.number_input("int", 0, 10, 5, key="int")
need(type(v) is int and 0 <= v <= 10, "int", v)
v = st.number_input("float", value=1.5, key="float")
need(type(v) is float and math.isfinite(v), "float", v)
v = st.number_input("nullable", value=None, step=1, key="nullable")
need(v is None or (type(v) is int), "nullable", v)
v = st.number_input("nullable float", value=None, min_value=-1.0, max_value=1.0, key="nf")
need(v is None or (type(v) is float and -1.0 <= v <= 1.0), "nullable float", v)
v = st.text_input("text", "x", max_chars=5, key="text")
need(isinstance(v, str) and len(v) <= 5, "text", v)
v = st.text_area("area", "x", max_chars=20, key="area")
need(isinstance(v, str) and len(v) <= 20, "area", v)
v = st.slider("slider", 0, 100, 50, key="slider")
need(type(v) is int and 0 <= v <= 100, "slider", v)
v = st.slider("range", 0.0, 1.0, (0.2, 0.8), key="range")
need(isinstance(v, tuple) and len(v) == 2 and all(type(x) is float and 0 <= x <= 1 for x in v)
     and v[0] <= v[1], "range", v)
v = st.slider("dates", dt.date(2024, 1, 1), dt.date(2024, 12, 31), dt.date(2024, 6, 1),
              key="dslider")
need(isinstance(v, dt.date) and dt.date(2024, 1, 1) <= v <= dt.date(2024, 12, 31), "dslider", v)
v = st.selectbox("select", OPTIONS, key="select"); need(v in OPTIONS, "select", v)
v = st.selectbox("maybe", OPTIONS, index=None, key="maybe")
need(v is None or v in OPTIONS, "maybe", v)
v = st.radio("radio", OPTIONS, key="radio"); need(v in OPTIONS, "radio", v)
v = st.select_slider("ss", OPTIONS, key="ss"); need(v in OPTIONS, "select_slider", v)
v = st.select_slider("ssr", OPTIONS, value=("a", "c"), key="ssr")
need(isinstance(v, tuple) and len(v) == 2 and all(x in OPTIONS for x in v), "ssr", v)
v = st.multiselect("multi", OPTIONS, max_selections=2, key="multi")
need(isinstance(v, list) and len(v) <= 2 and len(set(v)) == len(v)
     and all(x in OPTIONS for x in v), "multiselect", v)
v = st.date_input("date", dt.date(2024, 6, 1), min_value=dt.date(2024, 1, 1),
                  max_value=dt.date(2024, 12, 31), key="date")
need(isinstance(v, dt.date) and dt.date(2024, 1, 1) <= v <= dt.date(2024, 12, 31), "date", v)
v = st.date_input("dates", (dt.date(2024, 2, 1), dt.date(2024, 3, 1)),
                  min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 12, 31), key="drange")
need(isinstance(v, tuple) and len(v) <= 2
     and all(dt.date(2024, 1, 1) <= x <= dt.date(2024, 12, 31) for x in v), "drange", v)
v = st.time_input("time", dt.time(12, 0), key="time")
need(isinstance(v, dt.time), "time", v)
v = st.color_picker("color", "#112233", key="color")
need(isinstance(v, str) and len(v) == 7 and v.startswith("#"), "color", v)
v = st.pills("pills", OPTIONS, selection_mode="multi", key="pills")
need(isinstance(v, list) and len(set(v)) == len(v) and all(x in OPTIONS for x in v), "pills", v)
v = st.segmented_control("seg", OPTIONS, key="seg"); need(v is None or v in OPTIONS, "seg", v)
v = st.feedback("stars", key="stars"); need(v is None or (type(v) is int and 0 <= v < 5), "fb", v)
v = st.chat_input("say", max_chars=10, key="chat")
need(v is None or (isinstance(v, str) and len(v) <= 10), "chat", v)
import pandas as pd
v = st.data_editor(pd.DataFrame({"n": [1, 2], "s": ["a", "b"], "b": [True, False]}), key="ed")
need(isinstance(v, pd.DataFrame) and list(v.columns) == ["n", "s", "b"] and len(v) == 2
     and all(x is None or type(x) is bool for x in v["b"]), "data_editor", v)
st.button("press", key="press")
"""

#: Model traits a front end sends for input widgets.
INPUT_TRAITS = ("value", "index")
SKIPPED_MODELS = {"HTMLModel", "HTMLMathModel", "LayoutModel", "OutputModel", "ButtonModel",
                  "BoxModel", "VBoxModel", "HBoxModel", "TabModel", "AccordionModel",
                  "ImageModel", "LabelModel", "GridBoxModel", "DescriptionStyleModel"}


#: Values aimed at each kind of trait (half the messages); the rest are any.
AIMED = {
    "index": [[0, 0, 0], [0, 1, 2, 3], [1, 1], [3, 2, 1], list(range(1000)), [0] * 5000, [-1],
              [99], -1, 99, 3, 0, None, [0, 1]],
    "number": [1e400, -1e400, float("nan"), 10**30, -10**30, 2**63, 11, -1, 1e308, 0.5, 7],
    "text": ["1e400", "-1e400", "inf", "nan", "1e308", "x" * 100_000, "12345678901", "3", "",
             "0.5", "-2"],
    "bool": [True, False, 1, 0, "true", None],
    # A multiselect's chips: repeats, floods, non-strings, unknown labels.
    "tags": [["a", "a"], ["a"] * 5000, [f"t{i}" for i in range(1000)], [1, 2], [None], "a",
             ["zzz"], ["a", "b", "c"], ["c", "b"], []],
    "date": [{"year": 2024, "month": 5, "date": 40}, {"year": 2030, "month": 1, "date": 1},
             {"year": 1, "month": 0, "date": 1}, {"year": "x"}, None,
             {"year": 2024, "month": 2, "date": 15}, {"year": 2023, "month": 12, "date": 31},
             # render/date_field.py's ISO text: impossible, out of bounds, reversed, times.
             "2024-05-40", "2030-01-01", "0001-01-01", "x", "2024-02-15", "2023-12-31",
             ["2024-03-01", "2024-01-01"], ["2024-01-01"] * 3, "25:61:00", "09:30:00"],
}
_AIM_OF_MODEL = {"TagsInputModel": "tags", "DropdownModel": "index",
                 "RadioButtonsModel": "index", "SelectionSliderModel": "index",
                 "SelectionRangeSliderModel": "index", "TextModel": "text",
                 "TextareaModel": "text", "DateFieldModel": "date", "CheckboxModel": "bool",
                 "ToggleButtonModel": "bool"}


def hostile(rng: random.Random, model_name: str, current: object) -> object:
    """A value a crafted message could carry (JSON-encodable, as on the wire)."""
    if model_name == "AnyModel":  # our sliders (numbers) and date fields (ISO text)
        model_name = "DateFieldModel" if isinstance(current, (str, type(None))) else "SliderModel"
    aim = _AIM_OF_MODEL.get(model_name, "number" if "Slider" in model_name
                            or "Text" in model_name else None)
    if aim is not None and rng.random() < 0.5:
        value = rng.choice(AIMED[aim])
        if aim == "number" and "Range" in model_name:
            value = [value, rng.choice(AIMED["number"])]
        return value
    big = rng.choice([10**30, -10**30, 2**63, 1e308, -1e308])
    choices = [
        None, True, False, 0, -1, 1, 3, 4, 5, 99, -99, big, 0.5, -0.0,
        float("nan"), float("inf"), float("-inf"),
        "", "1e400", "-1e400", "nan", "inf", "12", "3.5", "abc", "x" * 100_000,
        "#zzzzzz", "#12345", "<img src=x onerror=alert(1)>",
        [], [0, 0, 0], [0, 1, 2, 3], [3, 2], [-1], [1, 99], [0.5], list(range(1000)),
        [0] * 5000, ["a"], [None], {"year": 2024, "month": 5, "date": 40},
        {"year": 1, "month": 0, "date": 1}, {"year": "x"}, {"hours": 25, "minutes": 61},
        {"hours": 1, "minutes": 2, "seconds": 3, "milliseconds": 4},
        {"year": 2024, "month": 2, "date": 15}, {},
    ]
    if isinstance(current, (list, tuple)) and current:
        choices.append([current[0]] * 3)
    if isinstance(current, int) and not isinstance(current, bool):
        choices += [current + 1, current - 1, current * 1000]
    return rng.choice(choices)


def test_hostile_widget_messages_never_kill_the_kernel_or_reach_the_script(
        kernel: KernelSession) -> None:
    kernel.execute(RESET, store_history=False).raise_for_error()
    root, _ = run_app(kernel, APP)
    targets = [(model.model_id, trait) for model in kernel.walk(root)
               if model.model_name not in SKIPPED_MODELS
               for trait in INPUT_TRAITS if trait in model.state]
    kinds = {kernel.models[model_id].model_name for model_id, _ in targets}
    # Every input widget kind the app shows is a target.
    assert {"CheckboxModel", "BoundedIntTextModel", "TextModel", "TextareaModel", "AnyModel",
            "DropdownModel", "RadioButtonsModel", "TagsInputModel",
            "ColorPickerModel", "ToggleButtonModel"} <= kinds, kinds
    runs_before = int(kernel_print(kernel, "st.session_state['_fuzz_runs']"))

    every_model = [model.model_id for model in kernel.walk(root)]
    rng = random.Random(18)
    tracebacks = []
    started = time.perf_counter()
    for n in range(MESSAGES):
        if rng.random() < 0.1:
            # A custom message (a button's click, or junk) to any model at all.
            content = rng.choice([{"event": "click"}, {"event": "nope"}, "text", None, [1, 2],
                                  {"type": "stc-library-request", "name": "../../etc/passwd"},
                                  {"event": "click", "extra": "x" * 10_000}])
            tracebacks += kernel.send_comm_msg(rng.choice(every_model),
                                               {"method": "custom", "content": content},
                                               timeout=120).errors
            continue
        model_id, trait = rng.choice(targets)
        current = kernel.models[model_id].state.get(trait)
        value = hostile(rng, kernel.models[model_id].model_name, current)
        # json.dumps(allow_nan) puts NaN/Infinity on the wire, as a crafted
        # message can; a browser's JSON.stringify would not.
        state = json.loads(json.dumps({trait: value}))
        # One at a time: a burst would be coalesced into one run, and the
        # script would only see the last value of each widget.
        tracebacks += kernel.set_state(model_id, state, timeout=120).errors
        if n % 100 == 99:
            assert kernel.is_alive()
    print(f"{MESSAGES} messages in {time.perf_counter() - started:.1f} s")

    assert kernel.is_alive()
    # No traceback was published (ipywidgets would show one per bad message).
    assert tracebacks == [], "\n".join("\n".join(t.get("traceback", [])) for t in tracebacks[:2])
    bad = kernel_print(kernel, "st.session_state['_fuzz_bad']")
    assert bad == "[]", bad
    runs_after = int(kernel_print(kernel, "st.session_state['_fuzz_runs']"))
    print(f"{runs_after - runs_before} runs")
    assert runs_after > runs_before, "no hostile message was a valid value: the test is vacuous"
    # The app still works: a valid value reruns it and the script sees it.
    slider = kernel.find_model("AnyModel", within=root, description="slider")  # render/slider_widget
    kernel.set_value(slider.model_id, 42).raise_for_error()
    assert kernel_print(kernel, "st.session_state['slider']") == "42"
