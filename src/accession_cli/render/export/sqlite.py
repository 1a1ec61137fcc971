"""``accession export --format sqlite``: the export's tables as a SQLite database.

Declared column types (TEXT, INTEGER, REAL), NOT NULL where a value is
required, CHECK constraints for enumerations and booleans, primary and
foreign keys, an index per foreign key, and the export's views. Lists are
JSON arrays (query them with ``json_each``); dates are ISO text (a partial
date is ``YYYY`` or ``YYYY-MM``), so they sort and compare as text.

Values travel as SQL parameters; identifiers are quoted. The caller hands in
a fresh path and decides what happens to the file (see ``cli/output.py``).
"""

from __future__ import annotations

import errno
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from accession_cli.core.analysis.export import Cell, Column, Export, FieldType, Table, View

_TYPES = {
    FieldType.TEXT: "TEXT",
    FieldType.INTEGER: "INTEGER",
    FieldType.NUMBER: "REAL",
    FieldType.BOOLEAN: "INTEGER",
    FieldType.DATE: "TEXT",
    FieldType.PARTIAL_DATE: "TEXT",
    FieldType.LIST: "TEXT",
}

if TYPE_CHECKING:
    import sqlite3


def quote(identifier: str) -> str:
    """An SQL identifier, quoted (a double quote inside doubled)."""
    return '"' + identifier.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _names(columns: tuple[str, ...]) -> str:
    return ", ".join(quote(c) for c in columns)


def _column_sql(column: Column) -> str:
    parts = [quote(column.name), _TYPES[column.type]]
    if column.required:
        parts.append("NOT NULL")
    if column.choices:
        choices = ", ".join(_literal(c) for c in column.choices)
        parts.append(f"CHECK ({quote(column.name)} IN ({choices}))")
    elif column.type is FieldType.BOOLEAN:
        parts.append(f"CHECK ({quote(column.name)} IN (0, 1))")
    return " ".join(parts)


def create_table_sql(table: Table) -> str:
    lines = [_column_sql(c) for c in table.columns]
    lines.append(f"PRIMARY KEY ({_names(table.primary_key)})")
    for foreign in table.foreign_keys:
        lines.append(
            f"FOREIGN KEY ({_names(foreign.columns)}) "
            f"REFERENCES {quote(foreign.table)} ({_names(foreign.references)})"
        )
    body = ",\n  ".join(lines)
    return f"CREATE TABLE {quote(table.name)} (\n  {body}\n)"


def create_view_sql(view: View, table: Table) -> str:
    own = [quote("t") + "." + quote(c) for c in table.column_names() if c != view.key]
    parent = [quote("p") + "." + quote(c) for c in view.parent_columns]
    return (
        f"CREATE VIEW {quote(view.name)} AS SELECT {', '.join(parent + own)} "
        f"FROM {quote(view.table)} AS {quote('t')} JOIN {quote(view.parent)} AS {quote('p')} "
        f"ON {quote('p')}.{quote(view.parent_key)} = {quote('t')}.{quote(view.key)}"
    )


def _cell(value: Cell) -> str | int | float | None:
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    return value


def write(export: Export, path: Path) -> None:
    """Create the database at ``path`` (which must not exist yet). OSError
    when SQLite cannot write it (disk full, read-only directory)."""
    import sqlite3

    try:
        connection = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as exc:
        raise OSError(errno.EIO, str(exc)) from None
    try:
        _fill(connection, export)
    except sqlite3.Error as exc:
        raise OSError(errno.EIO, str(exc)) from None
    finally:
        connection.close()


def _fill(connection: sqlite3.Connection, export: Export) -> None:
    import sqlite3

    # a new file that only becomes the output once complete (the caller
    # renames it and syncs it to disk): no journal needed. Foreign keys are
    # checked once, at the end (PRAGMA foreign_key_check), not at every
    # insert: the core has checked them already (export.check_keys).
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("BEGIN")
    tables = {t.name: t for t in export.tables}
    for table in export.tables:
        connection.execute(create_table_sql(table))
        marks = ", ".join("?" * len(table.columns))
        connection.executemany(
            f"INSERT INTO {quote(table.name)} ({_names(table.column_names())}) VALUES ({marks})",
            _sql_rows(table),
        )
        for foreign in table.foreign_keys:
            index = quote(f"{table.name}_{'_'.join(foreign.columns)}")
            connection.execute(
                f"CREATE INDEX {index} ON {quote(table.name)} ({_names(foreign.columns)})"
            )
    for view in export.views:
        connection.execute(create_view_sql(view, tables[view.table]))
    problems = connection.execute("PRAGMA foreign_key_check").fetchall()
    if problems:  # the core's key check makes this unreachable; never ship a broken file
        raise sqlite3.IntegrityError(f"foreign key check failed: {problems[:3]}")
    connection.execute("COMMIT")


def _sql_rows(table: Table) -> Iterable[Sequence[Cell | str | int | float | None]]:
    """The rows in SQLite's types: only the list and boolean columns change
    (a row of text, numbers and None goes as it is)."""
    changing = [
        i for i, c in enumerate(table.columns) if c.type in (FieldType.LIST, FieldType.BOOLEAN)
    ]
    if not changing:
        return table.rows

    def convert(row: tuple[Cell, ...]) -> list[Cell | str | int | float | None]:
        values: list[Cell | str | int | float | None] = list(row)
        for i in changing:
            values[i] = _cell(row[i])
        return values

    return map(convert, table.rows)
