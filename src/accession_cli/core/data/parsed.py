"""What reading one file's YAML gives when it succeeds.

Apart from :mod:`accession_cli.core.data.yamlio` so that code handling parsed
values (the loader, the parse cache) need not import PyYAML: a run whose
files all come from the parse cache never loads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from accession_cli.core.data.record import Record


@dataclass(frozen=True, slots=True, repr=False)
class ParsedFile(Record):
    """The plain values (dict, list, str, int, float, bool, None) of a file."""

    value: Any
