"""Renderers of the views (list, show, drafts, events) in every --format."""
