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
    note_dates_after_as_of(dataset, (option, day))


def note_dates_after_as_of(dataset: Dataset, *given: tuple[str, dt.date | None]) -> None:
    """One warning for every option (name, date) whose date is after the
    dataset's as_of: the view runs, and says what it cannot know."""
    as_of = dataset.manifest.as_of
    late = [f"{option} {day.isoformat()}" for option, day in given if day and day > as_of.end]
    if late:
        verb = "is" if len(late) == 1 else "are"
        warn(
            f"{' and '.join(late)} {verb} after the dataset's as_of {as_of}: "
            f"facts after {as_of} are not in the dataset"
        )


def country_filter(
    country: list[str] | None = None,
    region: list[str] | None = None,
    member: list[MembershipT] | None = None,
    stage: list[str] | None = None,
    min_stage: str | None = None,
    max_stage: str | None = None,
    treaty: TreatyT | None = None,
) -> CountryFilterT:
    """The country filters every view shares, from their option values."""
    from accession_cli.core.analysis.views import CountryFilter
    from accession_cli.core.data.model import Treaty

    return CountryFilter(
        countries=tuple(country or ()),
        regions=parse_regions(region),
        members=tuple(member or ()),
        stages=tuple(parse_stage(s, "--stage", no_step=True) for s in stage or ()),
        min_stage=parse_stage(min_stage, "--min-stage") if min_stage is not None else None,
        max_stage=parse_stage(max_stage, "--max-stage") if max_stage is not None else None,
        treaty=treaty or Treaty.BUDAPEST,
    )


def _words(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").casefold().split())


def parse_stage(text: str, option: str, *, no_step: bool = False) -> TreatyStageT | None:
    """A treaty stage by its code (in_force) or its words (in force); with
    ``no_step``, ``none`` (no step recorded) too, as None."""
    from accession_cli.core.analysis.views import NO_STEP
    from accession_cli.core.data.model import TreatyStage

    wanted = _words(text)
    for candidate in TreatyStage:
        if _words(candidate.value) == wanted:
            return candidate
    if wanted == NO_STEP:
        if no_step:
            return None
        raise UsageError(f"{option} {NO_STEP}: use --stage {NO_STEP} for no step recorded")
    valid = ", ".join(s.value.replace("_", " ") for s in TreatyStage)
    raise UsageError(
        f"{option}: unknown stage '{text}' (valid: {valid}{', none' if no_step else ''})"
    )


def parse_regions(values: list[str] | None) -> tuple[RegionT, ...]:
    """Regions, a continent (Americas) standing for every region in it."""
    from accession_cli.core.data.enums import CONTINENTS
    from accession_cli.core.data.model import Region

    result: list[RegionT] = []
    for value in values or []:
        wanted = value.strip().casefold().removeprefix("the ")
        match = next((r for r in Region if r.value.casefold() == wanted), None)
        continent = next((c for c in CONTINENTS if c.casefold() == wanted), None)
        if match is not None:
            result.append(match)
        elif continent is not None:
            result.extend(CONTINENTS[continent])
        else:
            valid = ", ".join([*(r.value for r in Region), "Americas"])
            raise UsageError(f"unknown region '{value}' (valid: {valid})")
    return tuple(dict.fromkeys(result))


def emit(text: str, *, workflow_commands: bool = False) -> None:
    """Write to stdout. Unless the text *is* GitHub workflow commands (``check
    --format github``, which escapes its own values), no line of it can act as
    one when stdout lands in a CI log (see ``escape.workflow_safe``)."""
    sys.stdout.write(text if workflow_commands else workflow_safe(text))
    sys.stdout.flush()
