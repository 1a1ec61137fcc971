"""What the global options decide, and the shared steps every command takes:
find and load the dataset, pick the output options, print, choose an exit code."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from accession_cli.core.data.errors import DataError, UsageError
from accession_cli.core.data.record import Record
from accession_cli.render.escape import plain, workflow_safe

if TYPE_CHECKING:
    from accession_cli.core.analysis.views import CountryFilter as CountryFilterT
    from accession_cli.core.data.findings import Finding
    from accession_cli.core.data.loader import DataLocation, PickCountry
    from accession_cli.core.data.model import Dataset
    from accession_cli.core.data.model import Membership as MembershipT
    from accession_cli.core.data.model import Region as RegionT
    from accession_cli.core.data.model import Treaty as TreatyT
    from accession_cli.core.data.model import TreatyStage as TreatyStageT
    from accession_cli.render import RenderOptions


@dataclass(repr=False)
class AppState(Record):
    data: str | None = None
    debug: bool = False
    #: --no-cache: parse every file, neither read nor write the parse cache
    no_cache: bool = False


STATE = AppState()


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def render_options() -> RenderOptions:
    from accession_cli.render import RenderOptions

    terminal = stdout_is_terminal()
    color = terminal and "NO_COLOR" not in os.environ
    width = shutil.get_terminal_size((80, 24)).columns if terminal else 80
    return RenderOptions(color=color, width=max(width, 40))


def diagnostic(text: str) -> str:
    """One line of stderr that may quote data: control characters and line
    breaks made visible, nothing a CI log would run as a workflow command."""
    return workflow_safe(plain(text).replace("\n", "\\n"))


def error(message: str) -> None:
    sys.stderr.write(f"error: {diagnostic(message)}\n")


def warn(message: str) -> None:
    sys.stderr.write(f"warning: {diagnostic(message)}\n")


def location() -> DataLocation:
    from accession_cli.core.data.loader import resolve_location

    return resolve_location(STATE.data)


def display_path(root: Path, rel: str) -> str:
    return str(root / rel) if rel else str(root)


def format_finding(root: Path, found: Finding) -> str:
    where = display_path(root, found.path)
    if found.line is not None:
        where += f":{found.line}:{found.column or 1}"
    # file names come from the data too (a pull request names them)
    return diagnostic(f"{where}: {found.code} {found.message}")


def load_for_view(pick: PickCountry | None = None) -> Dataset:
    """The dataset, or DataError when it cannot be shown; semantic problems
    only earn one line on stderr (``accession check`` shows them). With
    ``pick``, a view of one country: the dataset may hold only that country,
    its events and the sources (see ``load_dataset``)."""
    from accession_cli.core.data.cache import open_cache
    from accession_cli.core.data.loader import load_dataset
    from accession_cli.core.data.snapshot import open_snapshots

    where = location()
    cache = open_cache(enabled=not STATE.no_cache)
    result = load_dataset(
        where.path,
        parse=None if cache is None else cache.parse,
        snapshots=open_snapshots(enabled=not STATE.no_cache),
        pick=pick,
    )
    structural = result.structural
    if structural or result.dataset is None:
        for found in structural:
            sys.stderr.write(format_finding(where.path, found) + "\n")
        raise DataError(
            f"the dataset in {where.path} cannot be loaded ({len(structural)} problem"
            f"{'s' if len(structural) != 1 else ''}); run 'accession check' for details",
            list(structural),
        )
    problems = len(result.semantic)
    if problems:
        warn(
            f"{problems} problem{'s' if problems != 1 else ''} in the data; "
            "run 'accession check' for details"
        )
    return result.dataset


def query_date(text: str | None, option: str = "--as-of") -> dt.date | None:
    if text is None:
        return None
    from accession_cli.core.data.dates import DateError, parse_query_date

    try:
        return parse_query_date(text)
    except DateError as exc:
        raise UsageError(f"{option}: {exc}") from None


def dormant_years(years: int) -> int:
    if years < 1:
        raise UsageError(f"--dormant-after: {years} is not a number of years (at least 1)")
    return years


def note_as_of(day: dt.date | None, dataset: Dataset, option: str = "--as-of") -> None:
    """A view asked about a date after the dataset's as_of runs, and says on
    stderr what it cannot know."""
    as_of = dataset.manifest.as_of
    if day is not None and day > as_of.end:
        warn(
            f"{option} {day.isoformat()} is after the dataset's as_of {as_of}: "
            f"facts after {as_of} are not in the dataset"
        )


def country_filter(
    country: list[str] | None,
    region: list[str] | None,
    member: list[MembershipT] | None,
    stage: list[TreatyStageT] | None,
    min_stage: TreatyStageT | None,
    treaty: TreatyT,
) -> CountryFilterT:
    """The filters ``list`` and ``report`` share, from their option values."""
    from accession_cli.core.analysis.views import CountryFilter

    return CountryFilter(
        countries=tuple(country or ()),
        regions=parse_regions(region),
        members=tuple(member or ()),
        stages=tuple(stage or ()),
        min_stage=min_stage,
        treaty=treaty,
    )


def parse_regions(values: list[str] | None) -> tuple[RegionT, ...]:
    from accession_cli.core.data.model import Region

    result = []
    for value in values or []:
        match = next((r for r in Region if r.value.casefold() == value.strip().casefold()), None)
        if match is None:
            valid = ", ".join(r.value for r in Region)
            raise UsageError(f"unknown region '{value}' (valid: {valid})")
        result.append(match)
    return tuple(result)


def emit(text: str, *, workflow_commands: bool = False) -> None:
    """Write to stdout. Unless the text *is* GitHub workflow commands (``check
    --format github``, which escapes its own values), no line of it can act as
    one when stdout lands in a CI log (see ``escape.workflow_safe``)."""
    sys.stdout.write(text if workflow_commands else workflow_safe(text))
    sys.stdout.flush()
