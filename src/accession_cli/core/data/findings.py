"""Findings: problems in the data, as values with a location.

Loading and checking collect findings; they never raise them. A finding is
first attached to a *key path* inside a file (``("treaties", "budapest", 1,
"date")``); line and column are filled in later, and only for files that have
findings, so the clean path never pays for locating.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum

from accession_cli.core.data.record import Record

KeyPart = str | int
KeyPath = tuple[KeyPart, ...]


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


class Phase(str, Enum):
    """How far loading got when the problem was found (decides view behaviour)."""

    #: the file could not be read or parsed, or does not fit the schema: views stop
    STRUCTURE = "structure"
    #: the data loaded but breaks a rule of the domain: views run and warn
    SEMANTIC = "semantic"


@dataclass(frozen=True, slots=True, repr=False)
class Rule(Record):
    code: str
    name: str
    severity: Severity
    phase: Phase
    summary: str


@dataclass(frozen=True, slots=True, repr=False)
class Loc(Record):
    """Where a record came from: its file (relative to the dataset root) and key path."""

    path: str
    keys: KeyPath = ()

    def child(self, *keys: str | int) -> Loc:
        return Loc(self.path, self.keys + keys)


NOWHERE = Loc("")


@dataclass(frozen=True, slots=True, repr=False)
class Finding(Record):
    path: str
    code: str
    severity: Severity
    message: str
    line: int | None = None
    column: int | None = None
    #: where in the file the finding points, until line/column are known
    keys: KeyPath = field(default=(), compare=False)
    #: point at the mapping key rather than the value (unknown fields)
    at_key: bool = field(default=False, compare=False)
    phase: Phase = field(default=Phase.SEMANTIC, compare=False)

    @property
    def located(self) -> bool:
        return self.line is not None

    def at(self, line: int, column: int) -> Finding:
        return replace(self, line=line, column=column)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line or 0, self.column or 0, self.code)

    def location(self) -> str:
        if self.line is None:
            return self.path
        return f"{self.path}:{self.line}:{self.column or 1}"


def count_by_severity(findings: list[Finding]) -> tuple[int, int]:
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    return errors, len(findings) - errors
