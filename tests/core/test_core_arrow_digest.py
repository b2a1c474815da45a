"""Digests of pyarrow-backed string columns (pandas' default ``str`` dtype)
read from the Arrow buffers instead of one Python string per cell.

They must be equal for equal columns however pyarrow sliced or chunked them,
differ for any different value (a character, a missing value, a boundary
between two strings), and agree with the columns' ``tolist()`` in every case
tested here."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pytest

from streamlit_cell.elements.chart_memo import _arrow_string_bytes, data_digest

ARROW_STR = pd.StringDtype("pyarrow")


def column(values: list, dtype=ARROW_STR) -> pd.Series:
    return pd.Series(values, dtype=dtype)


def chunked(*parts: list) -> pd.Series:
    """A str Series over a ChunkedArray of ``parts`` (as concat or a read gives)."""
    array = pa.chunked_array([pa.array(part, type=pa.large_string()) for part in parts])
    return pd.Series(pd.arrays.ArrowStringArray(array))


def test_the_default_str_column_is_read_from_its_buffers():
    frame = pd.DataFrame({"region": ["north", "south"] * 30})
    assert frame["region"].dtype.storage == "pyarrow"  # pandas 3 with pyarrow installed
    assert _arrow_string_bytes(frame["region"]) is not None


def test_equal_columns_digest_alike_however_sliced_or_chunked():
    values = [f"name {i}" for i in range(40)] + [None, "", "é ü 漢"]
    whole = column(values)
    assert data_digest(whole) == data_digest(column(list(values)))
    sliced = column(["before"] * 7 + values + ["after"]).iloc[7:7 + len(values)].reset_index(drop=True)
    assert data_digest(sliced) == data_digest(whole)
    assert _arrow_string_bytes(chunked(values[:10], values[10:])) == _arrow_string_bytes(whole)
    frame = pd.DataFrame({"s": whole, "n": range(len(values))})
    page = pd.concat([frame.iloc[:20], frame.iloc[20:]])
    assert data_digest(page) == data_digest(frame)


@pytest.mark.parametrize("changed", [
    ["ab", "c", "d"],       # the same characters, another boundary
    ["a", "bc", "e"],       # one character
    ["a", "bc", None],      # a missing value
    ["a", "bc", ""],        # an empty string
    ["a", "bc"],            # a row fewer
    ["a", "bc", "d", "d"],  # a row more
])
def test_any_different_value_digests_differently(changed):
    assert data_digest(column(["a", "bc", "d"])) != data_digest(column(changed))


def test_missing_values_and_empty_strings_and_other_dtypes_are_told_apart():
    assert data_digest(column([None, "x"])) != data_digest(column(["", "x"]))
    assert data_digest(column(["1", "2"])) != data_digest(column(["1", "2"], dtype=object))
    assert data_digest(column(["1", "2"])) != data_digest(column(["1", "2"], dtype="string[python]"))


def test_an_index_of_strings_is_read_from_its_buffers_too():
    one = pd.Series([1, 2, 3], index=pd.Index(["a", "b", "c"], dtype=ARROW_STR))
    other = pd.Series([1, 2, 3], index=pd.Index(["a", "b", "d"], dtype=ARROW_STR))
    assert _arrow_string_bytes(one.index) is not None
    assert data_digest(one) != data_digest(other)
    assert data_digest(one) == data_digest(one.copy())


def test_python_backed_strings_keep_the_plain_value_digest():
    python_backed = column(["a", "b"], dtype="string[python]")
    assert _arrow_string_bytes(python_backed) is None
    assert data_digest(python_backed) == data_digest(column(["a", "b"], dtype="string[python]"))
    assert data_digest(python_backed) != data_digest(column(["a", "c"], dtype="string[python]"))


def test_a_data_editors_identity_follows_its_frames_content():
    from streamlit_cell.elements.data_editor import _frame_fingerprint

    targets = pd.DataFrame({"site": ["Oslo", "Lyon"], "kw": [150.0, 130.0]})
    assert _frame_fingerprint(targets) == _frame_fingerprint(targets.copy())
    changed = targets.copy()
    changed.loc[1, "kw"] = 131.0
    assert _frame_fingerprint(changed) != _frame_fingerprint(targets)
    assert _frame_fingerprint(targets.astype({"kw": "float32"})) != _frame_fingerprint(targets)
    # object cells keep pandas' hash by their text (as Streamlit's Arrow
    # conversion shows a mixed column): equal frames still agree
    mixed = pd.DataFrame({"v": [1, "a"]})
    assert _frame_fingerprint(mixed) == _frame_fingerprint(mixed.copy())
    assert _frame_fingerprint(mixed) != _frame_fingerprint(pd.DataFrame({"v": [2, "a"]}))
