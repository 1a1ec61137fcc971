"""``accession export --format datapackage``: the export's tables as a
Frictionless Data Package (v1): one CSV file per table and a
``datapackage.json`` describing each with a Table Schema (field types,
primary and foreign keys), plus the dataset's version, as_of, licence and
sources.

CSV cells are UTF-8 and neutralised against formula injection as in every
CSV view (:func:`escape.csv_cell`); lists are JSON arrays (Table Schema's
``array`` type); an empty cell is a missing value. Views are left out: a
data package has none (``country_progress`` holds their figures).
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

from accession_cli.core.analysis.export import Cell, Column, Export, FieldType, Table
from accession_cli.render.escape import csv_cell, json_text

DESCRIPTOR = "datapackage.json"
#: the descriptor property that marks a package this command wrote (and its layout)
MARKER = "accession"
LAYOUT = 1

_TYPES = {
    FieldType.TEXT: "string",
    FieldType.INTEGER: "integer",
    FieldType.NUMBER: "number",
    FieldType.BOOLEAN: "boolean",
    FieldType.DATE: "date",
    FieldType.PARTIAL_DATE: "string",
    FieldType.LIST: "array",
}
PARTIAL_DATE = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
_SPDX_ID = re.compile(r"[A-Za-z0-9.+-]+")


def _json(value: Any) -> str:
    return json_text(json.dumps(value, ensure_ascii=False))


def _csv_value(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return _json(list(value))
    if isinstance(value, (int, float)):
        return repr(value)
    return csv_cell(value)


def table_csv(table: Table) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(table.column_names())
    writer.writerows([_csv_value(v) for v in row] for row in table.rows)
    return buffer.getvalue()


def _field(column: Column) -> dict[str, Any]:
    field: dict[str, Any] = {
        "name": column.name,
        "type": _TYPES[column.type],
        "description": column.description,
    }
    constraints: dict[str, Any] = {}
    if column.required:
        constraints["required"] = True
    if column.choices:
        constraints["enum"] = list(column.choices)
    if column.type is FieldType.PARTIAL_DATE:
        field["description"] += " A date known to a year, a month or a day (YYYY[-MM[-DD]])."
        constraints["pattern"] = PARTIAL_DATE
    if constraints:
        field["constraints"] = constraints
    return field


def _resource(table: Table) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "fields": [_field(c) for c in table.columns],
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": list(foreign.columns),
                "reference": {"resource": foreign.table, "fields": list(foreign.references)},
            }
            for foreign in table.foreign_keys
        ]
    return {
        "name": table.name,
        "path": f"{table.name}.csv",
        "profile": "tabular-data-resource",
        "description": table.description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }


def _name(title: str | None) -> str:
    """A package name (lower-case letters, digits, '-', '.', '_') from the title."""
    ascii_title = unicodedata.normalize("NFKD", title or "").encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    return slug or "accession-dataset"


def descriptor(export: Export) -> dict[str, Any]:
    package: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": _name(export.title),
        "version": export.version,
        "as_of": str(export.dataset_as_of),
    }
    if export.title:
        package["title"] = export.title
    if export.description:
        package["description"] = export.description
    if export.license:
        licence: dict[str, str] = {"name": export.license}
        if _SPDX_ID.fullmatch(export.license):
            licence["path"] = f"https://spdx.org/licenses/{export.license}.html"
        package["licenses"] = [licence]
    package["sources"] = [
        {"title": s.title, **({"path": s.url} if s.url else {})} for s in export.sources
    ]
    package[MARKER] = {
        "layout": LAYOUT,
        "figures_as_of": export.as_of.isoformat(),
        "treaty": export.treaty.value,
        "filters": list(export.filters),
    }
    package["resources"] = [_resource(t) for t in export.tables]
    return package


def files(export: Export) -> dict[str, bytes]:
    """Each file of the package by name, descriptor first."""
    result = {
        DESCRIPTOR: (
            json_text(json.dumps(descriptor(export), ensure_ascii=False, indent=2)) + "\n"
        ).encode()
    }
    for table in export.tables:
        result[f"{table.name}.csv"] = table_csv(table).encode("utf-8")
    return result


def archive(contents: dict[str, bytes]) -> bytes:
    """The files as one zip archive, byte for byte the same for the same files."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive_file:
        for name, data in contents.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive_file.writestr(info, data)
    return buffer.getvalue()


def is_previous_export(directory: Path) -> bool:
    """Does ``directory`` hold a data package this command wrote, and nothing
    else (so that replacing it loses nothing of the user's)?"""
    try:
        text = (directory / DESCRIPTOR).read_text(encoding="utf-8")
        package = json.loads(text)
        entries = {entry.name: entry for entry in directory.iterdir()}
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    if not isinstance(package, dict) or not isinstance(package.get(MARKER), dict):
        return False
    resources = package.get("resources")
    if not isinstance(resources, list):
        return False
    listed = {DESCRIPTOR} | {r.get("path") for r in resources if isinstance(r, dict)}
    return all(
        name in listed and entry.is_file() and not entry.is_symlink()
        for name, entry in entries.items()
    )
