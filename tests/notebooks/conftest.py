"""Notebook tier: every notebooks/*.ipynb executed top to bottom with nbclient."""
