"""``check``: every finding in a dataset directory, selected like ruff's rules.

The result is a value (:class:`CheckReport`); the CLI renders it and derives
the exit code from it. Nothing here knows about terminals or output formats.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from accession_cli.core.data.errors import UsageError
from accession_cli.core.data.findings import Finding, Rule, Severity
from accession_cli.core.data.record import Record
from accession_cli.core.data.rules import RULES

if TYPE_CHECKING:
    from accession_cli.core.data.loader import ParseFile, Snapshots

#: The code of an unreadable file or directory: an I/O error, not a data error.
UNREADABLE = "ACC009"
#: Selects every rule (like ruff's ``ALL``).
ALL = "ALL"


def parse_selectors(values: Iterable[str], option: str) -> tuple[str, ...]:
    """Codes or code prefixes (``ACC5``, ``ACC101``, ``ALL``), comma-separated or repeated."""
    result: list[str] = []
    for value in values:
        for part in value.split(","):
            selector = part.strip().upper()
            if not selector:
                continue
            if selector != ALL and not any(code.startswith(selector) for code in RULES):
                raise UsageError(
                    f"{option}: '{part.strip()}' is not a rule code or prefix "
                    "(see 'accession check --list-rules')"
                )
            result.append(selector)
    return tuple(result)


@dataclass(frozen=True, slots=True, repr=False)
class RuleSelection(Record):
    """Which rules are on: the most specific matching selector wins, as in ruff;
    on a tie ``ignore`` wins. With no ``select``, every rule is selected."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    def enabled(self, code: str) -> bool:
        best_select = _specificity(code, self.select or (ALL,))
        best_ignore = _specificity(code, self.ignore)
        return best_select >= 0 and best_select > best_ignore

    def rules(self) -> tuple[Rule, ...]:
        return tuple(rule for code, rule in RULES.items() if self.enabled(code))


def _specificity(code: str, selectors: tuple[str, ...]) -> int:
    """Length of the longest selector matching ``code`` (``ALL`` is 0), or -1."""
    best = -1
    for selector in selectors:
        if selector == ALL:
            best = max(best, 0)
        elif code.startswith(selector):
            best = max(best, len(selector))
    return best


@dataclass(frozen=True, slots=True, repr=False)
class CheckReport(Record):
    #: the dataset directory as the user named it; finding paths are relative to it
    root: str
    findings: tuple[Finding, ...]
    #: files read (YAML files found, readable or not)
    files: int
    #: findings left out by --select/--ignore
    ignored: int = 0
    #: the codes of the findings left out that stop every view (the dataset
    #: does not load), in order, each once; empty when the dataset loads or
    #: when every such finding is shown
    blocking_ignored: tuple[str, ...] = ()
    #: how many findings left out stop every view
    blocking_ignored_count: int = 0
    #: whether the views can load the dataset (no structural finding, shown or not)
    loads: bool = True

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return len(self.findings) - self.errors

    @property
    def files_with_findings(self) -> int:
        return len({f.path for f in self.findings})

    @property
    def unreadable(self) -> bool:
        return any(f.code == UNREADABLE for f in self.findings)

    def display_path(self, found: Finding) -> str:
        """The file as the user would type it: the root they gave, joined."""
        return str(PurePath(self.root) / found.path) if found.path else self.root


@dataclass(frozen=True, slots=True, repr=False)
class RuleList(Record):
    """The rule catalogue (``check --list-rules``)."""

    rules: tuple[Rule, ...]


def run_check(
    root: Path,
    *,
    display_root: str | None = None,
    selection: RuleSelection | None = None,
    parse: ParseFile | None = None,
    snapshots: Snapshots | None = None,
) -> CheckReport:
    """Read every file under ``root`` and keep the selected findings.

    ``parse`` reads one file's YAML (default: :func:`yamlio.parse`; the parse
    cache plugs in here). ``check`` is the gate: it never takes a dataset from
    a snapshot, it validates everything itself, but it stores the result in
    ``snapshots`` for the views that follow. Raises
    :class:`DataLocationError` when ``root`` is not a directory.
    """
    from accession_cli.core.data.loader import load_dataset

    selection = selection or RuleSelection()
    result = load_dataset(root, parse=parse, snapshots=snapshots, reuse=False)
    kept = tuple(f for f in result.findings if selection.enabled(f.code))
    # what --ignore may not hide: a dataset that every view refuses to load
    blocking = [f.code for f in result.structural if not selection.enabled(f.code)]
    return CheckReport(
        root=display_root if display_root is not None else str(root),
        findings=kept,
        files=result.files,
        ignored=len(result.findings) - len(kept),
        blocking_ignored=tuple(dict.fromkeys(blocking)),
        blocking_ignored_count=len(blocking),
        loads=result.dataset is not None and not result.structural,
    )
