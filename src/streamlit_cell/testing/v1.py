"""``streamlit.testing.v1`` as a script (or a test) sees it: ``AppTest`` and
the classes of the nodes it returns (also as ``element_tree``, Streamlit's
module of them)."""

from . import nodes as element_tree
from .app_test import AppTest, TesterSessionState, json_value
from .nodes import *  # noqa: F403 - the node classes of streamlit.testing.v1.element_tree
from .nodes import __all__ as _node_names

__all__ = ["AppTest", "TesterSessionState", "json_value", "element_tree", *_node_names]
