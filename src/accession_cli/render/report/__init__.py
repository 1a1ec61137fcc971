"""Renderers of ``accession report``: Markdown, HTML, JSON and CSV."""
