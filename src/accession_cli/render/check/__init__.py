"""Renderers of ``accession check`` findings: text and GitHub workflow commands."""
