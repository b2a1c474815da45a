"""``streamlit.testing.v1`` as a script (or a test) sees it: ``AppTest`` and the
classes of the nodes it returns."""

from .app_test import AppTest, TesterSessionState, json_value
from .nodes import (
    AppTestError,
    BlockNode,
    Button,
    ButtonGroup,
    ChatInput,
    Checkbox,
    DataEditor,
    ElementList,
    ExceptionNode,
    Feedback,
    FileUploader,
    Image,
    Json,
    LinkButton,
    MenuButton,
    Node,
    NumberInput,
    Pagination,
    Selection,
    Slider,
    Text,
    TextWidget,
    TimeWidget,
    Widget,
)

__all__ = ["AppTest", "TesterSessionState", "json_value", 'AppTestError', 'BlockNode', 'Button', 'ButtonGroup', 'ChatInput', 'Checkbox', 'DataEditor', 'ElementList', 'ExceptionNode', 'Feedback', 'FileUploader', 'Image', 'Json', 'LinkButton', 'MenuButton', 'Node', 'NumberInput', 'Pagination', 'Selection', 'Slider', 'Text', 'TextWidget', 'TimeWidget', 'Widget']
