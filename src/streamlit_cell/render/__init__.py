"""Renderers: the element tree of a run, shown with ipywidgets."""
