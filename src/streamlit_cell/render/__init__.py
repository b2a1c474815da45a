"""Renderers: the element tree of a run, shown with ipywidgets.

``base`` holds what every view shares (and the registry of views); each view
module registers its views when imported, all of them here, before the
reconciler is used. ``basic_views`` comes first: a view registered later for
the same element type replaces its view.
"""

from . import basic_views  # noqa: F401 - registers the views of its elements
from . import (  # noqa: F401 - each module registers the views of its elements
    celebration_views,
    charts_views,
    chat_views,
    datetime_nav_grid_embed_views,
    dialog_views,
    display_views,
    file_and_choice_views,
    maps_views,
    media_views,
    status_views,
)
