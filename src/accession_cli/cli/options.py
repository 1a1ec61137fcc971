"""Options shared by several commands, defined once as ``Annotated`` aliases,
and the country filters every view takes, defined once as a set
(:func:`country_filters`)."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Annotated, Any, Optional, TypeVar

import typer

from accession_cli.core.data.enums import CONTINENTS, Membership, Region, Treaty, TreatyStage
from accession_cli.render import Format

_STAGES = ", ".join(s.value.replace("_", " ") for s in TreatyStage)

# typer needs Optional/List spelled this way to build its options on 3.10.
CountryOption = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option(
        "--country",
        "-c",
        metavar="COUNTRY",
        help="Country by ISO alpha-2 or alpha-3 code or name, any case or accents (repeatable).",
        show_default=False,
    ),
]
RegionOption = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option(
        "--region",
        metavar="REGION",
        help="Region: "
        + ", ".join(r.value for r in Region)
        + ", or Americas for the "
        + str(len(CONTINENTS["Americas"]))
        + " regions of the Americas (repeatable).",
        show_default=False,
    ),
]
MemberOption = Annotated[
    Optional[list[Membership]],  # noqa: UP045
    typer.Option(
        "--member",
        metavar="ORG",
        help="Member of this organisation: "
        + ", ".join(m.value for m in Membership)
        + " (repeatable).",
        show_default=False,
    ),
]
StageOption = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option(
        "--stage",
        metavar="STAGE",
        help=f"Exactly this treaty stage: {_STAGES}, or none (no step recorded) (repeatable).",
        show_default=False,
    ),
]
MinStageOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--min-stage",
        metavar="STAGE",
        help="At least this treaty stage (ratified and acceded are one rung).",
        show_default=False,
    ),
]
MaxStageOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--max-stage",
        metavar="STAGE",
        help="At most this treaty stage, no step recorded included: "
        "--max-stage signed = not yet a Party.",
        show_default=False,
    ),
]
TreatyOption = Annotated[
    Treaty,
    typer.Option(
        "--treaty",
        metavar="TREATY",
        help="Treaty the stage filters and stage column use: "
        + ", ".join(t.value for t in Treaty)
        + ".",
    ),
]
AsOfOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--as-of",
        metavar="DATE",
        help="Show the state on this date (YYYY, YYYY-MM or YYYY-MM-DD; 2010-08 = end of August). "
        "Default: the dataset's as_of.",
        show_default=False,
    ),
]
FormatOption = Annotated[
    Format,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help="Output format: " + ", ".join(f.value for f in Format) + ".",
    ),
]
DormantOption = Annotated[
    int,
    typer.Option(
        "--dormant-after",
        metavar="YEARS",
        help="A bill whose last recorded step is older than this is dormant, not pending.",
    ),
]


#: the country filters, in the order ``--help`` lists them
_FILTERS: tuple[tuple[str, Any, Any], ...] = (
    ("country", CountryOption, None),
    ("region", RegionOption, None),
    ("member", MemberOption, None),
    ("stage", StageOption, None),
    ("min_stage", MinStageOption, None),
    ("max_stage", MaxStageOption, None),
    ("treaty", TreatyOption, Treaty.BUDAPEST),
)

_Command = TypeVar("_Command", bound=Callable[..., None])


def _evaluated(annotation: Any, command: Callable[..., None]) -> Any:
    if isinstance(annotation, str):
        return eval(annotation, command.__globals__)
    return annotation


def country_filters(command: _Command) -> _Command:
    """Give a command the country filters every view shares (``--country``,
    ``--region``, ``--member``, ``--stage``, ``--min-stage``, ``--max-stage``,
    ``--treaty``): typer sees them as the command's own options; the command
    gets them as one :class:`~accession_cli.core.analysis.views.CountryFilter`
    in its ``filters`` parameter (a usage error when one does not parse)."""
    # the command's own options, their annotations evaluated (``filters`` is
    # only known to type checkers: it is not an option)
    own = [
        p.replace(annotation=_evaluated(p.annotation, command))
        for p in inspect.signature(command).parameters.values()
        if p.name != "filters"
    ]
    added = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=kind, default=default)
        for name, kind, default in _FILTERS
    ]

    @functools.wraps(command)
    def with_filters(**values: Any) -> None:
        from accession_cli.cli import state

        chosen = {name: values.pop(name) for name, _, _ in _FILTERS}
        command(**values, filters=state.country_filter(**chosen))

    parameters = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in own] + added
    with_filters.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    with_filters.__annotations__ = {p.name: p.annotation for p in parameters}
    del with_filters.__wrapped__  # typer reads the signature above, not the command's
    return with_filters  # type: ignore[return-value]
