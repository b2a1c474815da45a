"""Renderers: the element tree of a run, shown with ipywidgets.

``base`` holds what every view shares (and the registry of views); each view
module registers its views when imported, all of them here, before the
reconciler is used. ``basic_views`` comes first: a view registered later for
the same element type replaces its view.
"""

from . import basic_views  # noqa: F401 - registers the views of its elements
from . import (  # noqa: F401 - each module registers the views of its elements
    button_group_views,
    capture_views,
    celebration_views,
    charts_views,
    chat_views,
    configured_dataframe_views,
    data_editor_views,
    datetime_input_views,
    dialog_views,
    display_views,
    embed_views,
    file_views,
    grid_and_skeleton_views,
    logo_views,
    maps_views,
    media_views,
    navigation_views,
    page_views,
    status_views,
)
