"""Every ``st.*`` element function, called with wrong arguments.

``CALLS`` gives each function of ``streamlit_cell.api.__all__`` that takes
arguments a minimal valid call (``{}`` marks where the bad argument goes) and,
for functions that only work as a ``with`` block or inside a form, the code
around it. ``BAD_VALUES`` gives, per parameter name, wrong values (as source
text); a case is one function, one of its parameters, one wrong value.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass

PRELUDE = """
import datetime
import io
import pandas as pd
import numpy as np
df = pd.DataFrame({"a": [1, 2, 3], "b": [4.0, 5.0, 6.0]})
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
"""

#: function -> its required arguments, by keyword (source text). A "with"
#: entry in WRAP puts the call in a ``with`` block (or a form).
CALLS: dict[str, dict[str, str]] = {
    "title": {"body": "'T'"},
    "header": {"body": "'T'"},
    "subheader": {"body": "'T'"},
    "markdown": {"body": "'T'"},
    "caption": {"body": "'T'"},
    "text": {"body": "'T'"},
    "code": {"body": "'x = 1'"},
    "json": {"body": "{'a': 1}"},
    "exception": {"exception": "ValueError('e')"},
    "error": {"body": "'T'"},
    "warning": {"body": "'T'"},
    "info": {"body": "'T'"},
    "success": {"body": "'T'"},
    "help": {"obj": "len"},
    "button": {"label": "'B'"},
    "checkbox": {"label": "'C'"},
    "toggle": {"label": "'C'"},
    "number_input": {"label": "'N'"},
    "text_input": {"label": "'T'"},
    "text_area": {"label": "'T'"},
    "slider": {"label": "'S'"},
    "select_slider": {"label": "'S'", "options": "['a', 'b']"},
    "selectbox": {"label": "'S'", "options": "['a', 'b']"},
    "radio": {"label": "'R'", "options": "['a', 'b']"},
    "multiselect": {"label": "'M'", "options": "['a', 'b']"},
    "date_input": {"label": "'D'", "value": "datetime.date(2024, 1, 1)"},
    "time_input": {"label": "'T'", "value": "datetime.time(1, 0)"},
    "color_picker": {"label": "'C'"},
    "container": {},
    "columns": {"spec": "2"},
    "expander": {"label": "'E'"},
    "tabs": {"tabs": "['a', 'b']"},
    "form": {"key": "'f'"},  # (made unique per case, as every key)
    "form_submit_button": {"label": "'Go'"},
    "dataframe": {"data": "df"},
    "table": {"data": "df"},
    "progress": {"value": "50"},
    "spinner": {"text": "'wait'"},
    "status": {"label": "'s'"},
    "toast": {"body": "'t'"},
    "metric": {"label": "'M'", "value": "1"},
    "badge": {"label": "'B'"},
    "divider": {},
    "latex": {"body": "'x^2'"},
    "html": {"body": "'<b>x</b>'"},
    "space": {},
    "popover": {"label": "'P'"},
    "echo": {},
    "write_stream": {"stream": "['a', 'b']"},
    "line_chart": {"data": "df"},
    "area_chart": {"data": "df"},
    "bar_chart": {"data": "df"},
    "scatter_chart": {"data": "df"},
    "vega_lite_chart": {"data": "df", "spec": "{'mark': 'line'}"},
    "image": {"image": "PNG"},
    "audio": {"data": "np.sin(np.arange(100.0))", "sample_rate": "8000"},
    "video": {"data": "'https://example.com/v.mp4'"},
    "file_uploader": {"label": "'F'"},
    "download_button": {"label": "'D'", "data": "'data'"},
    "link_button": {"label": "'L'", "url": "'https://example.com'"},
    "pills": {"label": "'P'", "options": "['a', 'b']"},
    "segmented_control": {"label": "'P'", "options": "['a', 'b']"},
    "feedback": {},
    "data_editor": {"data": "df"},
    "chat_message": {"name": "'user'"},
    "chat_input": {},
    "set_page_config": {},
    "map": {"data": "pd.DataFrame({'lat': [1.0], 'lon': [2.0]})"},
    "graphviz_chart": {"figure_or_dot": "'digraph { a -> b }'"},
    "mermaid_chart": {"body": "'graph TD; A-->B'"},
    "datetime_input": {"label": "'D'", "value": "datetime.datetime(2024, 1, 1, 1, 0)"},
    "pagination": {"num_pages": "3"},
    "menu_button": {"label": "'M'", "options": "['a', 'b']"},
    "grid": {},
    "skeleton": {},
    "iframe": {"src": "'https://example.com'"},
    "logo": {"image": "'🎈'"},
    "camera_input": {"label": "'C'"},
    "audio_input": {"label": "'A'"},
    "page_link": {"page": "'https://example.com'", "label": "'L'"},
}

#: How a call is placed: as a ``with`` block, or inside a form.
WRAP: dict[str, str] = {
    "form": "with {call}:\n    st.form_submit_button()",
    "form_submit_button": "with st.form('around{number}'):\n    {call}",
    "spinner": "with {call}:\n    pass",
    "status": "with {call}:\n    pass",
    "popover": "with {call}:\n    pass",
    "echo": "with {call}:\n    pass",
}

#: Functions whose first parameters are positional-only in practice, or that
#: take no arguments worth breaking: not in the catalog.
NO_ARGUMENTS = {"rerun", "stop", "empty", "balloons", "snow", "cache_data", "cache_resource",
                "fragment", "get_option", "set_option", "altair_chart", "pyplot",
                "plotly_chart", "write", "pydeck_chart",
                # a decorator: what it decorates is called later
                "dialog",
                # not available in a notebook (StreamlitNotSupportedInNotebookError)
                "echarts_chart",
                # Streamlit needs the streamlit-pdf package (the oracle lacks it);
                # tests/core/test_core_more_elements.py checks st.pdf's errors
                "pdf",
                # not elements: a connection, sign-in, a served app and the
                # pages of a multipage app, each with its own differential tests
                # (tests/core/test_core_connections.py, test_core_auth_and_app.py,
                # test_core_multipage.py)
                "connection", "login", "App", "Page", "navigation", "switch_page"}

#: parameter name -> wrong values, as source text
BAD_VALUES: dict[str, tuple[str, ...]] = {
    "label": ("object()",),
    "width": ("-3", "'huge'"),
    "height": ("-3", "'huge'"),
    "on_change": ("'bogus'", "5"),
    "on_click": ("'bogus'", "5"),
    "on_submit": ("'bogus'",),
    "key": ("[1, 2]",),
    "min_value": ("'x'",),
    "max_value": ("'x'",),
    "step": ("'x'",),
    "value": ("object()",),
    "options": ("5",),
    "index": ("'x'", "99"),
    "default": ("'zz'",),
    "label_visibility": ("'bogus'",),
    "help": ("object()",),
    "icon": ("'notanicon'",),
    "type": ("'bogus'",),
    "format": ("'%q'",),
    "max_chars": ("'x'", "-1"),
    "max_selections": ("-1",),
    "selection_mode": ("'bogus'",),
    "gap": ("'bogus'",),
    "vertical_alignment": ("'bogus'",),
    "horizontal_alignment": ("'bogus'",),
    "text_alignment": ("'bogus'",),
    "divider": ("'bogus'",),
    "color": ("'bogus'",),
    "delta_color": ("'bogus'",),
    "duration": ("'bogus'",),
    "state": ("'bogus'",),
    "layout": ("'bogus'",),
    "initial_sidebar_state": ("'bogus'",),
    "expanded": ("'x'",),
    "anchor": ("5",),
    "language": ("5",),
    "spec": ("0", "-1", "[]", "'x'"),
    "tabs": ("[]", "5"),
    "num_rows": ("'bogus'",),
    "row_height": ("-1",),
    "start_time": ("'x'",),
    "channels": ("'bogus'",),
    "output_format": ("'bogus'",),
    "sort": ("'bogus'",),
    "stack": ("'bogus'",),
    "chart_type": ("'bogus'",),
    "delta_arrow": ("'bogus'",),
    "submit_mode": ("'bogus'",),
    "size": ("'bogus'", "-3"),
    "code_location": ("'bogus'",),
    "filter_mode": ("'bogus'",),
    "accept_multiple_files": ("'bogus'",),
    "max_upload_size": ("-1",),
    "border": ("'x'",),
    "args": ("5",),
    "kwargs": ("5",),
}


@dataclass(frozen=True)
class Case:
    function: str
    param: str
    bad: str
    #: the case's number: one script runs every case, so each call gets its
    #: own key (else two cases could make the same widget: a duplicate id)
    number: int = 0

    @property
    def id(self) -> str:
        return f"{self.function}({self.param}={self.bad})"

    def source(self) -> str:
        from streamlit_cell import api

        arguments = dict(CALLS[self.function])
        if "key" in inspect.signature(getattr(api, self.function)).parameters:
            arguments["key"] = repr(f"case{self.number}")
        arguments[self.param] = self.bad
        call = f"st.{self.function}({', '.join(f'{k}={v}' for k, v in arguments.items())})"
        return WRAP.get(self.function, "{call}").format(call=call, number=self.number)


def cases() -> list[Case]:
    from streamlit_cell import api

    found = []
    for name in api.__all__:
        if name in NO_ARGUMENTS or name not in CALLS:
            continue
        for param in inspect.signature(getattr(api, name)).parameters.values():
            if param.name in BAD_VALUES and param.kind is not param.VAR_POSITIONAL:
                for bad in BAD_VALUES[param.name]:
                    if param.name == "key":  # one script runs every case: keep keys apart
                        bad = bad.replace("[1,", f"[{len(found)},")
                    found.append(Case(name, param.name, bad, len(found)))
    return found


def uncatalogued() -> list[str]:
    """Functions of api.__all__ with arguments that the catalog does not know."""
    from streamlit_cell import api

    missing = []
    for name in api.__all__:
        obj = getattr(api, name)
        if name in NO_ARGUMENTS or name in CALLS or not callable(obj):
            continue
        try:
            if inspect.signature(obj).parameters:
                missing.append(name)
        except (TypeError, ValueError):
            continue
    return missing
