"""The export's citations table as an analyst joins it: each citing column
is a declared foreign key, in SQLite and in the Data Package, so a citation
naming a fact that is not there is refused."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from test_export import FULL, export, rows

#: the citation column holding each kind of fact's key -> (table, column)
CITING = {
    "country": ("countries", "code"),
    "treaty_step": ("treaty_steps", "id"),
    "legislation": ("legislation", "id"),
    "legislation_status": ("legislation_statuses", "id"),
    "provision": ("provisions", "id"),
    "declaration": ("declarations", "id"),
    "event": ("events", "id"),
    "source": ("sources", "id"),
}


def test_every_citing_column_is_a_foreign_key_in_sqlite(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    export(FULL, "-o", str(db))
    keys = rows(db, "PRAGMA foreign_key_list(citations)")
    assert {src: (table, dst) for _, _, table, src, dst, *_ in keys} == CITING
    with closing(sqlite3.connect(db)) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "INSERT INTO citations (id, source, fact, provision) "
                "VALUES (999, 'octopus', 'provisions', 999)"
            )


def test_every_provision_is_cited_with_its_own_sources(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    export(FULL, "-o", str(db))
    cited = rows(
        db,
        "SELECT p.article, c.source FROM provisions p "
        "LEFT JOIN citations c ON c.provision = p.id ORDER BY p.id, c.id",
    )
    assert cited == [(2, "profile"), (4, "profile"), (19, "octopus")]


def test_every_citing_column_is_a_foreign_key_in_the_data_package(tmp_path: Path) -> None:
    export(FULL, "-f", "datapackage", "-o", str(tmp_path / "p"))
    body = json.loads((tmp_path / "p" / "datapackage.json").read_text(encoding="utf-8"))
    (citations,) = [r for r in body["resources"] if r["name"] == "citations"]
    declared = {
        tuple(key["fields"]): (key["reference"]["resource"], *key["reference"]["fields"])
        for key in citations["schema"]["foreignKeys"]
    }
    assert declared == {(column,): target for column, target in CITING.items()}
