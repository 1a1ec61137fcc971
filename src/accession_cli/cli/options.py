"""Options shared by several commands, defined once as ``Annotated`` aliases."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from accession_cli.core.data.enums import Membership, Region, Treaty, TreatyStage
from accession_cli.render import Format

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
        help="Region: " + ", ".join(r.value for r in Region) + " (repeatable).",
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
    Optional[list[TreatyStage]],  # noqa: UP045
    typer.Option(
        "--stage",
        metavar="STAGE",
        help="Exactly this treaty stage: "
        + ", ".join(s.value for s in TreatyStage)
        + " (repeatable).",
        show_default=False,
    ),
]
MinStageOption = Annotated[
    Optional[TreatyStage],  # noqa: UP045
    typer.Option(
        "--min-stage",
        metavar="STAGE",
        help="At least this treaty stage (ratified and acceded are one rung).",
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
