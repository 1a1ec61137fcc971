"""Renderers of ``accession diff``: table, Markdown and JSON."""
