"""Every ``st.*`` function streamlit-cell offers takes the same parameters as
real Streamlit 1.67's: names, kinds, order and defaults. A script written for
Streamlit must not fail on a keyword argument, and a positional call must
bind the same parameter."""

from __future__ import annotations

import inspect

import pytest

streamlit = pytest.importorskip("streamlit")

from streamlit_cell import api  # noqa: E402


def _offered() -> list[str]:
    return sorted(name for name in api.__all__ if callable(getattr(api, name)))


def _params(func: object) -> list[tuple[str, object, object]]:
    signature = inspect.signature(func)  # type: ignore[arg-type]
    return [(p.name, p.kind, p.default) for p in signature.parameters.values()
            if p.name not in ("self", "ctx")]


def _same_default(ours: object, theirs: object) -> bool:
    if theirs is streamlit and name_of_default(ours) == "streamlit":
        return True  # st.help()'s default: the streamlit module, ours or theirs
    if _is_ttl_unset(ours) and _is_ttl_unset(theirs):
        return True  # st.connection's "ttl left out" sentinel, ours or theirs
    if ours is inspect.Parameter.empty or theirs is inspect.Parameter.empty:
        return ours is theirs
    try:
        return bool(ours == theirs)
    except Exception:
        return ours is theirs


def _is_ttl_unset(default: object) -> bool:
    return type(default).__name__ == "_TTLNotSpecified" and repr(default) == "<unset>"


def name_of_default(default: object) -> str:
    """Our placeholder for "the streamlit module" is documented as such."""
    from streamlit_cell.elements import text

    return "streamlit" if default is text._STREAMLIT_MODULE else ""


@pytest.mark.parametrize("name", _offered())
def test_parameters_match_streamlit(name: str) -> None:
    theirs = getattr(streamlit, name)
    ours = getattr(api, name)
    their_params = _params(theirs)
    our_params = _params(ours)
    assert [p[0] for p in our_params] == [p[0] for p in their_params], name
    assert [p[1] for p in our_params] == [p[1] for p in their_params], name
    mismatched = [(n, o, t) for (n, _, o), (_, _, t) in zip(our_params, their_params)
                  if not _same_default(o, t)]
    assert not mismatched, f"st.{name} defaults differ (name, ours, streamlit): {mismatched}"


def test_every_offered_name_exists_in_streamlit() -> None:
    missing = [name for name in api.__all__ if not hasattr(streamlit, name)]
    assert not missing
