"""``st.help()`` with no argument documents the ``streamlit`` module, shown as
Streamlit shows it (no name, type ``module``, value ``streamlit``)."""

from __future__ import annotations

import pytest

streamlit = pytest.importorskip("streamlit")

from streamlit.testing.v1 import AppTest as TheirAppTest  # noqa: E402

from streamlit_cell.testing import AppTest as OurAppTest  # noqa: E402


def test_help_without_argument_is_the_streamlit_module():
    shown = []
    for AppTest in (TheirAppTest, OurAppTest):
        at = AppTest.from_string("import streamlit as st\nst.help()\n", default_timeout=30).run()
        proto = at.get("help")[0].proto
        shown.append((proto.name, proto.type, proto.value, [e.message for e in at.exception]))
    assert shown[1] == shown[0] == ("", "module", "streamlit", [])
