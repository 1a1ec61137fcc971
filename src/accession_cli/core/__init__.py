"""The core: no terminal code, no option parsing.

- :mod:`accession_cli.core.data` — the data format and how it is read: the
  records (model, enumerations, dates), the YAML reader, the schema and the
  loader, the parse cache and the dataset snapshot, the data rules and their
  findings, ``check``.
- :mod:`accession_cli.core.analysis` — what is computed from loaded records:
  progress, the views, the report, the timeline of dated facts, the diff, the
  export tables. It imports from the data half, never the other way round.
"""
