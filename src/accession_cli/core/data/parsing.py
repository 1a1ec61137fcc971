"""Parsing a file's YAML, with PyYAML imported only when a file is really
parsed: a run whose files all come from the parse cache never loads it.

Apart from :mod:`accession_cli.core.data.yamlio` (which imports PyYAML) and
from :mod:`accession_cli.core.data.parsed` (which yamlio imports), so that
the three import one way only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from accession_cli.core.data.findings import Finding
    from accession_cli.core.data.parsed import ParsedFile


def parse_yaml(data: bytes, path: str) -> ParsedFile | Finding:
    """:func:`accession_cli.core.data.yamlio.parse`, imported on first use."""
    from accession_cli.core.data.yamlio import parse

    return parse(data, path)
