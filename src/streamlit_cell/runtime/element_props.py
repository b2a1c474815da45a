"""The props of each element kind: the contract between the ``st.*`` commands
(``elements/``), which build an ``Element``'s props, and those who read
them, the renderer (``render/``) and AppTest (``testing/``).

One ``TypedDict`` per element type; ``ELEMENT_PROPS`` maps each type a command
can produce to its class. ``tests/core/test_element_contract.py`` checks that
every element a command produces has its props here (keys present, required
keys set), a view in ``render`` and a node class in AppTest. Value types are
those the commands produce (``Any`` where a value may be of several kinds);
they document the contract, the keys are checked.

``BLOCK_TYPES`` are the containers (``Block``s); the rest are leaves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:  # typing.NotRequired from Python 3.11; annotations are not evaluated
    from typing_extensions import NotRequired


class AudioProps(TypedDict):
    """``audio``."""
    alt: Any
    autoplay: bool
    end_time: int | None
    format: str
    loop: bool
    media_bytes: bytes | None
    start_time: int
    url: str | None
    width: str


class BadgeProps(TypedDict):
    """``badge``."""
    body: str
    color: str
    help: Any
    icon: str
    text: str


class BalloonsProps(TypedDict):
    """``balloons``."""
    effect: int


class ButtonProps(TypedDict):
    """``button``."""
    disabled: bool
    help: Any
    icon: Any
    is_form_submitter: bool
    label: str
    type: str
    value: bool
    #: "content", "stretch" or a width in pixels (``use_container_width`` folded in).
    width: Any


class CaptionProps(TypedDict):
    """``caption``."""
    body: str
    help: Any
    unsafe_allow_html: bool


class ChatInputProps(TypedDict):
    """``chat_input``."""
    #: A microphone button: a recording is submitted at once (with the text).
    accept_audio: bool
    accept_file: Any
    #: The rate the recording is resampled to (None: the browser's own).
    audio_sample_rate: int | None
    disabled: bool
    file_types: list[str]
    max_chars: int | None
    max_upload_size_mb: int
    placeholder: str
    position: str
    set_value: str | None
    submit_mode: str
    value: Any


class ChatMessageProps(TypedDict):
    """``chat_message``."""
    avatar: str
    avatar_type: str
    name: str
    width: str


class CheckboxProps(TypedDict):
    """``checkbox``."""
    disabled: bool
    help: str | None
    ignore_rerun: bool
    label: str
    label_visibility: str
    value: bool


class CodeProps(TypedDict):
    """``code``."""
    body: str
    language: str
    line_numbers: bool


class ColorPickerProps(TypedDict):
    """``color_picker``."""
    disabled: bool
    help: Any
    ignore_rerun: bool
    label: str
    label_visibility: str
    value: str


class ColumnProps(TypedDict):
    """``column``."""
    border: bool
    weight: float


class ColumnsProps(TypedDict):
    """``columns``."""
    border: bool
    gap: int | str | None
    vertical_alignment: str


class ContainerProps(TypedDict):
    """``container``."""
    border: bool | None
    gap: str
    height: str
    horizontal: bool
    key: Any


class DataEditorProps(TypedDict):
    """``data_editor``."""
    column_order: Any
    data: Any
    disabled: bool
    editing_mode: str
    has_range_index: bool
    height: Any
    ignore_rerun: bool
    num_rows: str
    placeholder: Any
    row_height: Any
    schema: dict[str, Any]
    settings: dict[str, Any]
    value: Any


class DataframeProps(TypedDict):
    """``dataframe``."""
    column_config: dict[str, Any]
    data: Any
    height: str
    hide_index: bool


class DateInputProps(TypedDict):
    """``date_input``."""
    disabled: bool
    format: str
    help: Any
    ignore_rerun: bool
    is_range: bool
    label: str
    label_visibility: str
    max_value: Any
    min_value: Any
    value: Any


class DatetimeInputProps(TypedDict):
    """``datetime_input``."""
    disabled: bool
    format: str
    help: Any
    ignore_rerun: bool
    label: str
    label_visibility: str
    max: str
    max_value: Any
    min: str
    min_value: Any
    required: bool
    step: int
    value: Any


class DeckGlJsonChartProps(TypedDict):
    """``deck_gl_json_chart``."""
    alt: str
    height: int
    id: str
    json: str
    mapbox_token: str
    source: str
    tooltip: str
    width: str


class DialogProps(TypedDict):
    """``dialog``."""
    dismiss_id: str
    dismissible: bool
    icon: str
    is_open: bool
    position: str
    title: str
    width: str


class DividerProps(TypedDict):
    """``divider``."""
    body: str


class DownloadButtonProps(TypedDict):
    """``download_button``."""
    data: bytes | None
    data_callable: Any
    disabled: bool
    file_name: str | None
    help: str | None
    icon: Any
    ignore_rerun: bool
    label: str
    mime: str | None
    type: str
    value: bool


class EchartsChartProps(TypedDict):
    """``echarts_chart``."""
    alt: Any
    height: str
    renderer: str
    spec: str
    theme: str
    width: str


class EmptyProps(TypedDict):
    """``empty``."""


class ErrorProps(TypedDict):
    """``error``."""
    body: str
    icon: Any
    title: Any


class ExceptionProps(TypedDict):
    """``exception``."""
    is_warning: bool
    message: str
    message_is_markdown: bool
    stack_trace: list[Any]
    type: str


class ExpanderProps(TypedDict):
    """``expander``."""
    #: Open or not: the widget's value when ``stateful``, else ``expanded=``.
    expanded: bool
    icon: Any
    label: str
    #: A widget (``on_change`` set): a person opening it reruns the script.
    stateful: bool


class FeedbackProps(TypedDict):
    """``feedback``."""
    count: int
    disabled: bool
    ignore_rerun: bool
    options: str
    value: int | None


class FileUploaderProps(TypedDict):
    """``file_uploader``."""
    accept_directory: bool
    disabled: bool
    help: Any
    ignore_rerun: bool
    label: str
    label_visibility: str
    max_upload_size_mb: int
    multiple: bool
    types: list[Any]
    value: Any


class CameraInputProps(TypedDict):
    """``camera_input``."""
    disabled: bool
    help: Any
    ignore_rerun: bool
    label: str
    label_visibility: str
    resolution_height: int | None
    value: Any


class AudioInputProps(TypedDict):
    """``audio_input``."""
    disabled: bool
    help: Any
    ignore_rerun: bool
    label: str
    label_visibility: str
    sample_rate: int | None
    value: Any


class FormProps(TypedDict):
    """``form``."""
    border: bool
    clear_on_submit: bool
    enter_to_submit: bool
    form_id: str


class GraphvizChartProps(TypedDict):
    """``graphviz_chart``."""
    alt: str
    engine: str
    height: str
    spec: str
    width: str


class GridProps(TypedDict):
    """``grid``."""
    border: bool
    column_gap: int | str
    columns: int | str
    dense: bool
    height: str
    min_column_width: str
    row_gap: str
    row_height: str
    vertical_alignment: str
    width: str
    wrap: bool


class GridCellProps(TypedDict):
    """``grid_cell``."""
    column_span: int
    row_span: int


class HeaderProps(TypedDict):
    """``header``."""
    anchor: Any
    body: str
    divider: bool
    help: Any
    icon: Any


@dataclass(frozen=True)
class HelpMember:
    """One public member listed by ``st.help`` (Streamlit's ``Help.members``)."""
    name: str
    type: str
    value: str
    doc_string: str


class HelpProps(TypedDict):
    """``help`` (Streamlit's ``Help`` message)."""
    doc_string: str
    name: str
    type: str
    value: str
    members: list[HelpMember]
    #: ``value`` is ``module.name(signature)`` (no readable repr): the
    #: tester's ``Help.value`` then gives the name the script wrote.
    value_is_signature: bool


class HtmlProps(TypedDict):
    """``html``."""
    body: str
    unsafe_allow_javascript: bool


class IframeProps(TypedDict):
    """``iframe``."""
    alt: Any
    data: NotRequired[bytes]
    height: int | str
    mimetype: NotRequired[str]
    scrolling: bool
    src: NotRequired[str]
    srcdoc: NotRequired[str]
    tab_index: int | None
    width: int | str


class ImageProps(TypedDict):
    """``image``."""
    imgs: list[Any]
    link: str | None
    width: int | str


class InfoProps(TypedDict):
    """``info``."""
    body: str
    icon: Any
    title: Any


class JsonProps(TypedDict):
    """``json``."""
    body: str
    expanded: bool


class LatexProps(TypedDict):
    """``latex``."""
    body: str
    help: str | None


class LinkButtonProps(TypedDict):
    """``link_button``."""
    disabled: bool
    help: Any
    icon: Any
    label: str
    rerun: bool
    type: str
    url: str
    value: NotRequired[bool]


class PageLinkProps(TypedDict):
    """``page_link``: a link to a page of the app (``page_script_hash``) or,
    when ``external``, to the URL ``page``; ``current``: the app is on that page."""
    current: bool
    disabled: bool
    external: bool
    help: str
    icon: str
    icon_position: str
    label: str
    page: str
    page_script_hash: str
    query_string: str
    width: Any


class LogoProps(TypedDict):
    """``logo``."""
    icon_image: Any
    kind: str
    link: str | None
    size: str
    value: str


class MarkdownProps(TypedDict):
    """``markdown``."""
    body: str
    help: Any
    unsafe_allow_html: bool


class MenuButtonProps(TypedDict):
    """``menu_button``."""
    disabled: bool
    format_func: Any
    help: Any
    icon: Any
    label: str
    option_values: list[Any]
    options: list[Any]
    type: str
    value: int | str | None
    wrap: Any


class MermaidChartProps(TypedDict):
    """``mermaid_chart``."""
    alt: str
    body: str
    diagram: str
    width: str


class MetricProps(TypedDict):
    """``metric``."""
    body: str
    border: bool
    chart_data: list[Any]
    chart_type: str
    color: str
    delta: str
    delta_description: Any
    direction: str
    format: Any
    help: Any
    icon: str
    label: str
    label_visibility: str


class MultiselectProps(TypedDict):
    """``multiselect``."""
    accept_new_options: bool
    disabled: bool
    #: The script's ``format_func`` (AppTest labels staged values with it).
    format_func: Any
    help: Any
    ignore_rerun: bool
    label: str
    label_visibility: str
    max_selections: int | None
    option_labels: list[Any]
    options: list[Any]
    placeholder: Any
    value: list[Any]


class NumberInputProps(TypedDict):
    """``number_input``."""
    disabled: bool
    format: str
    help: Any
    ignore_rerun: bool
    is_int: bool
    label: str
    label_visibility: str
    max_value: float | int | None
    min_value: float | int | None
    placeholder: Any
    step: float | int
    value: float | int | None


class PaginationProps(TypedDict):
    """``pagination``."""
    default: int
    disabled: bool
    ignore_rerun: bool
    max_visible_pages: int | None
    num_pages: int
    value: int


class PdfProps(TypedDict):
    """``pdf``."""
    alt: Any
    data: NotRequired[bytes]
    height: int | str
    key: str | None
    url: NotRequired[str]


class PillsProps(TypedDict):
    """``pills``."""
    disabled: bool
    format_func: Any
    help: Any
    ignore_rerun: bool
    label: str
    label_visibility: str
    multi: bool
    option_labels: list[Any]
    options: list[Any]
    required: bool
    value: list[Any] | str | None


class PlotlyChartProps(TypedDict):
    """``plotly_chart``."""
    alt: Any
    config: str
    height: int
    spec: str
    theme: str
    width: int | str


class PopoverProps(TypedDict):
    """``popover``."""
    disabled: bool
    help: Any
    icon: str
    label: str
    open: bool
    stateful: bool
    type: str


class ProgressProps(TypedDict):
    """``progress``."""
    text: str
    value: float


class RadioProps(TypedDict):
    """``radio``."""
    captions: list[Any]
    disabled: bool
    #: The script's ``format_func`` (AppTest labels staged values with it).
    format_func: Any
    help: Any
    horizontal: bool
    ignore_rerun: bool
    index: int
    label: str
    label_visibility: str
    option_labels: list[Any]
    options: list[Any]
    value: int | str | None


class SegmentedControlProps(TypedDict):
    """``segmented_control``."""
    disabled: bool
    format_func: Any
    help: Any
    ignore_rerun: bool
    label: str
    label_visibility: str
    multi: bool
    option_labels: list[Any]
    options: list[Any]
    required: bool
    value: Any


class SelectSliderProps(TypedDict):
    """``select_slider``."""
    disabled: bool
    #: The script's ``format_func`` (AppTest labels staged values with it).
    format_func: Any
    help: Any
    ignore_rerun: bool
    is_range: bool
    label: str
    label_visibility: str
    option_labels: list[Any]
    options: list[Any]
    value: Any


class SelectboxProps(TypedDict):
    """``selectbox``."""
    accept_new_options: bool
    disabled: bool
    #: The script's ``format_func`` (AppTest labels staged values with it).
    format_func: Any
    help: Any
    ignore_rerun: bool
    index: int
    label: str
    label_visibility: str
    option_labels: list[Any]
    options: list[Any]
    placeholder: Any
    value: Any


class SkeletonProps(TypedDict):
    """``skeleton``."""
    height: int | None
    width: str


class SliderProps(TypedDict):
    """``slider``."""
    data_type: str
    disabled: bool
    format: str
    help: Any
    ignore_rerun: bool
    is_range: bool
    label: str
    label_visibility: str
    max_value: Any
    min_value: Any
    step: Any
    value: Any


class SnowProps(TypedDict):
    """``snow``."""
    effect: int


class SpaceProps(TypedDict):
    """``space``."""
    value: int | str


class SpinnerProps(TypedDict):
    """``spinner``."""
    show_time: bool
    started: float
    text: str


class StatusProps(TypedDict):
    """``status``."""
    expanded: bool
    label: str
    state: str


class SubheaderProps(TypedDict):
    """``subheader``."""
    anchor: Any
    body: str
    divider: bool
    help: Any
    icon: Any


class SuccessProps(TypedDict):
    """``success``."""
    body: str
    icon: Any
    title: Any


class TabProps(TypedDict):
    """``tab``."""
    label: str


class TableProps(TypedDict):
    """``table``."""
    data: Any
    hide_index: bool


class TabsProps(TypedDict):
    """``tabs``."""
    default: str | None
    #: The open tab: the widget's value when ``stateful``, else ``default=``'s.
    index: int
    labels: list[Any]
    #: A widget (``on_change`` set): a person choosing a tab reruns the script.
    stateful: bool


class TextProps(TypedDict):
    """``text``."""
    body: str
    help: Any


class TextAreaProps(TypedDict):
    """``text_area``."""
    disabled: bool
    height: int | None
    help: Any
    ignore_rerun: bool
    label: str
    label_visibility: str
    max_chars: int | None
    placeholder: Any
    value: str | None


class TextInputProps(TypedDict):
    """``text_input``."""
    autocomplete: str
    disabled: bool
    help: Any
    icon: Any
    ignore_rerun: bool
    label: str
    label_visibility: str
    max_chars: int | None
    placeholder: str | None
    type: str
    value: str | None


class TimeInputProps(TypedDict):
    """``time_input``."""
    disabled: bool
    format: str
    help: Any
    ignore_rerun: bool
    label: str
    label_visibility: str
    step: int
    value: Any


class TitleProps(TypedDict):
    """``title``."""
    anchor: Any
    body: str
    divider: bool
    help: Any
    icon: Any


class ToastProps(TypedDict):
    """``toast``."""
    body: str
    icon: str | None
    seconds: int


class ToggleProps(TypedDict):
    """``toggle``."""
    disabled: bool
    help: Any
    ignore_rerun: bool
    label: str
    label_visibility: str
    value: bool


class VegaLiteChartProps(TypedDict):
    """``vega_lite_chart``."""
    alt: str | None
    data_values: list[Any] | None
    datasets: dict[str, Any]
    height: int | str
    spec: str
    theme: str
    width: int | str


class VideoProps(TypedDict):
    """``video``."""
    alt: str | None
    autoplay: bool
    end_time: int | None
    format: str
    loop: bool
    media_bytes: bytes | None
    muted: bool
    start_time: int
    subtitles: list[Any]
    url: str | None
    width: int | str
    youtube: bool


class WarningProps(TypedDict):
    """``warning``."""
    body: str
    icon: Any
    title: Any


class WriteStreamProps(TypedDict):
    """``write_stream``."""
    body: str
    streaming: bool


ELEMENT_PROPS: dict[str, type] = {
    "audio": AudioProps,
    "badge": BadgeProps,
    "balloons": BalloonsProps,
    "button": ButtonProps,
    "caption": CaptionProps,
    "chat_input": ChatInputProps,
    "chat_message": ChatMessageProps,
    "checkbox": CheckboxProps,
    "code": CodeProps,
    "color_picker": ColorPickerProps,
    "column": ColumnProps,
    "columns": ColumnsProps,
    "container": ContainerProps,
    "data_editor": DataEditorProps,
    "dataframe": DataframeProps,
    "date_input": DateInputProps,
    "datetime_input": DatetimeInputProps,
    "deck_gl_json_chart": DeckGlJsonChartProps,
    "dialog": DialogProps,
    "divider": DividerProps,
    "download_button": DownloadButtonProps,
    "echarts_chart": EchartsChartProps,
    "empty": EmptyProps,
    "error": ErrorProps,
    "exception": ExceptionProps,
    "expander": ExpanderProps,
    "feedback": FeedbackProps,
    "file_uploader": FileUploaderProps,
    "camera_input": CameraInputProps,
    "audio_input": AudioInputProps,
    "form": FormProps,
    "graphviz_chart": GraphvizChartProps,
    "grid": GridProps,
    "grid_cell": GridCellProps,
    "header": HeaderProps,
    "help": HelpProps,
    "html": HtmlProps,
    "iframe": IframeProps,
    "image": ImageProps,
    "info": InfoProps,
    "json": JsonProps,
    "latex": LatexProps,
    "link_button": LinkButtonProps,
    "logo": LogoProps,
    "markdown": MarkdownProps,
    "menu_button": MenuButtonProps,
    "mermaid_chart": MermaidChartProps,
    "metric": MetricProps,
    "multiselect": MultiselectProps,
    "number_input": NumberInputProps,
    "page_link": PageLinkProps,
    "pagination": PaginationProps,
    "pdf": PdfProps,
    "pills": PillsProps,
    "plotly_chart": PlotlyChartProps,
    "popover": PopoverProps,
    "progress": ProgressProps,
    "radio": RadioProps,
    "segmented_control": SegmentedControlProps,
    "select_slider": SelectSliderProps,
    "selectbox": SelectboxProps,
    "skeleton": SkeletonProps,
    "slider": SliderProps,
    "snow": SnowProps,
    "space": SpaceProps,
    "spinner": SpinnerProps,
    "status": StatusProps,
    "subheader": SubheaderProps,
    "success": SuccessProps,
    "tab": TabProps,
    "table": TableProps,
    "tabs": TabsProps,
    "text": TextProps,
    "text_area": TextAreaProps,
    "text_input": TextInputProps,
    "time_input": TimeInputProps,
    "title": TitleProps,
    "toast": ToastProps,
    "toggle": ToggleProps,
    "vega_lite_chart": VegaLiteChartProps,
    "video": VideoProps,
    "warning": WarningProps,
    "write_stream": WriteStreamProps,
}


#: Element types that are containers (``Block``s): shown by a ``BlockView``
#: when no view of their own is registered.
BLOCK_TYPES = frozenset({"chat_message", "column", "columns", "container", "dialog", "expander",
                         "form", "grid", "grid_cell", "popover", "status", "tab", "tabs"})


__all__ = ["BLOCK_TYPES", "ELEMENT_PROPS", *(cls.__name__ for cls in ELEMENT_PROPS.values())]
