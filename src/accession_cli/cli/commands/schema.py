"""``accession schema --kind KIND``: the JSON Schema of one kind of data file."""

from __future__ import annotations

from typing import Annotated

import typer

from accession_cli.cli import state
from accession_cli.core.data.enums import FileKind


def schema(
    kind: Annotated[
        FileKind,
        typer.Option(
            "--kind",
            "-k",
            metavar="KIND",
            help="File kind: dataset (dataset.yaml), sources (sources.yaml), "
            "country (countries/XX.yaml) or event (events/ID.yaml).",
            show_default=False,
        ),
    ],
) -> None:
    """Print the JSON Schema of a data file, for editors.

    Generated from the same definitions the loader uses. For VS Code's YAML
    extension, save it and start a data file with
    '# yaml-language-server: $schema=PATH'.
    """
    import json

    from accession_cli.core.data.schema import json_schema

    state.emit(json.dumps(json_schema(kind), ensure_ascii=False, indent=2) + "\n")
