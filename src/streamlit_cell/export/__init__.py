"""``python -m streamlit_cell export NOTEBOOK.ipynb``: a notebook's apps as a
Streamlit app that ``streamlit run`` serves (see the README's "From notebook
to Streamlit app"). Pure code over the notebook's JSON: no Jupyter needed."""

from __future__ import annotations

from .notebook_code import ExportError
from .writer import Export, export_history, export_notebook

__all__ = ["Export", "ExportError", "export_history", "export_notebook"]
