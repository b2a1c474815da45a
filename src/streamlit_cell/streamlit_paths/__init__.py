"""The ``streamlit.*`` module paths a script imports that have no home of
their own elsewhere in the package (``streamlit.runtime``,
``streamlit.runtime.scriptrunner``...). ``runtime.script_imports.MODULE_MAP``
says which of our modules each ``streamlit.*`` name resolves to; the modules
here also hold the attributes that make ``import streamlit.a.b`` usable as
``streamlit.a.b`` (Python reaches submodules through their parents).
"""
