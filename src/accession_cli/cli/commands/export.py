"""``accession export``: the dataset as a SQLite database or a Frictionless
Data Package, for analysts' own tools."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from accession_cli.cli import state
from accession_cli.cli.options import (
    AsOfOption,
    country_filters,
)
from accession_cli.core.data.errors import UsageError
from accession_cli.exit_codes import ExitCode

if TYPE_CHECKING:
    from accession_cli.core.analysis.views import CountryFilter


class ExportFormat(str, Enum):
    SQLITE = "sqlite"
    DATAPACKAGE = "datapackage"


#: the writer of each format (see accession_cli.render), imported only when used
WRITERS = {
    ExportFormat.SQLITE: "accession_cli.render.export.sqlite",
    ExportFormat.DATAPACKAGE: "accession_cli.render.export.datapackage",
}


@country_filters
def export(
    filters: CountryFilter,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Where to write: a file for sqlite; a directory, or a file ending in .zip, "
            "for datapackage. Replaced only by a complete export.",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format", "-f", metavar="FORMAT", help="Output format: sqlite, datapackage."
        ),
    ] = ExportFormat.SQLITE,
    as_of: AsOfOption = None,
) -> None:
    """The dataset as a SQLite database or a Frictionless Data Package.

    Tables of countries, treaty steps, laws and their statuses, article grades
    and provisions, declarations, events, participants, sources and citations,
    with the figures of 'list' per country."""
    import importlib

    from accession_cli.cli.output import built_output, write_directory
    from accession_cli.core.analysis.export import build_export

    if str(output) == "-":
        raise UsageError("--output: an export is a file or a directory, not standard output")
    day = state.query_date(as_of)
    dataset = state.load_for_view()
    result = build_export(dataset, filters, day=day)
    if not result.table("countries").rows:
        state.error("no country matches the filters; nothing exported")
        raise typer.Exit(ExitCode.FINDINGS)
    writer = importlib.import_module(WRITERS[fmt])
    if fmt is ExportFormat.SQLITE:
        with built_output(output, "the database") as path:
            writer.write(result, path)
    elif output.name.lower().endswith(".zip"):
        from accession_cli.cli.output import write_output

        write_output(output, writer.archive(writer.files(result)), "the data package")
    else:
        write_directory(
            output,
            writer.files(result),
            "the data package",
            replaceable=writer.is_previous_export,
        )
