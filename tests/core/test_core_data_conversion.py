"""Data conversions as Streamlit's ``dataframe_util``, differential: the frame
``st.dataframe`` / ``st.table`` show for each kind of data (columns, index,
values, dtypes as real Streamlit's AppTest reports them), its conversion
errors, and ``st.progress``'s value rules and errors."""

from __future__ import annotations

from typing import Any

import pytest

from support.differential import BACKENDS, app_test_class

DATA = [
    "np.array([1, 2, 3])",
    "np.array([[1, 2], [3, 4]])",
    "np.array([])",
    "np.array(5)",
    "5",
    "'text'",
    "np.int64(3)",
    "{'a': 1, 'b': 2}",
    "{'a': 1, 'b': [1, 2]}",
    "{'a': [1, 2], 'b': [3, 4]}",
    "{'a': {'x': 1}, 'b': {'x': 2}}",
    "[{'a': 1, 'b': 2}, {'a': 3}]",
    "[[1, 2], [3, 4]]",
    "[(1, 'a'), (2, 'b')]",
    "[1, 2, 3]",
    "[]",
    "{1, 2}",
    "(1, 2)",
    "range(3)",
    "collections.deque([4, 5])",
    "array.array('i', [7, 8])",
    "collections.UserList([1, 2])",
    "collections.ChainMap({'a': 1}, {'b': 2})",
    "collections.UserDict({'a': 1})",
    "types.MappingProxyType({'a': 1})",
    "Point(1, 2)",
    "Pair(3, 4)",
    "Color",
    "rows",
    "pd.Series([1, 2], name='s')",
    "pd.Series([1, 2])",
    "pd.Series({'x': 1, 'y': 2})",
    "pd.Index([5, 6])",
    "pd.DataFrame({'x': [1, 2]}).style",
    "pd.DataFrame({'x': [1]}, index=['r'])",
    "pd.array([1, None], dtype='Int64')",
    "pa.table({'a': [1, 2]})",
    "None",
]

PRELUDE = """
import array, collections, dataclasses, enum, types
import numpy as np
import pandas as pd
import pyarrow as pa
import streamlit as st

Point = collections.namedtuple("Point", ["x", "y"])

@dataclasses.dataclass
class Pair:
    left: int
    right: int

class Color(enum.Enum):
    RED = "r"
    GREEN = "g"

def rows():
    yield {"n": 1}
    yield {"n": 2}
"""


def script(command: str) -> str:
    body = PRELUDE
    for number, data in enumerate(DATA):
        body += (f"try:\n    st.{command}({data})\nexcept Exception as error:\n"
                 f"    st.text('!{number} ' + type(error).__name__ + ': ' + str(error))\n")
    return body


def frame_facts(frame: Any) -> tuple[Any, ...]:
    return (type(frame).__name__, [str(c) for c in frame.columns], [str(i) for i in frame.index],
            frame.astype(object).where(frame.notna(), None).values.tolist(),
            [str(t) for t in frame.dtypes])


def shown(backend: str, command: str) -> tuple[list[Any], list[str]]:
    at = app_test_class(backend).from_string(script(command))
    at.run(timeout=60)
    assert not at.exception
    frames = [frame_facts(node.value) for node in getattr(at, command)]
    return frames, [node.value for node in at.text]


@pytest.mark.parametrize("command", ["dataframe", "table"])
def test_data_is_converted_as_streamlit(command: str) -> None:
    (expected_frames, expected_errors), (frames, errors) = (
        shown(backend, command) for backend in BACKENDS)
    assert errors == expected_errors
    assert len(frames) == len(expected_frames)
    for data, actual, expected in zip([d for n, d in enumerate(DATA)
                                       if not any(e.startswith(f"!{n} ") for e in errors)],
                                      frames, expected_frames):
        assert actual == expected, data


def test_a_lone_unnamed_column_is_called_value() -> None:
    frames, errors = shown("streamlit_cell", "dataframe")
    assert frames[0][1] == ["value"]  # np.array([1, 2, 3])
    assert any("StreamlitDataframeConversionError" in e and "`<class 'int'>`" in e
               for e in errors)


PROGRESS = ["0", "0.0", "100", "1.0", "0.5", "50", "True", "101", "-1", "1.5", "-0.1",
            "'5'", "None", "np.int64(5)", "0.999", "0.57", "1e-20", "1.0000000001",
            "-0.0000000001", "0, text=5", "0, text='**b**'", "0.5, width=0"]


def test_progress_values_and_errors_as_streamlit() -> None:
    body = "import numpy as np\nimport streamlit as st\n"
    for value in PROGRESS:
        body += (f"try:\n    st.progress({value})\nexcept Exception as error:\n"
                 "    st.text('!' + type(error).__name__ + ': ' + str(error))\n")
    results = {}
    for backend in BACKENDS:
        at = app_test_class(backend).from_string(body)
        at.run(timeout=60)
        results[backend] = [(node.type, node.value) for node in at
                            if node.type in ("progress", "text")]
        results[backend + " texts"] = [node.text for node in at.get("progress")]
    assert results["streamlit_cell"] == results["streamlit"]
    assert results["streamlit_cell texts"] == results["streamlit texts"]
    assert results["streamlit"][0] == ("progress", 0)
