"""``accession export``: a real SQLite database (opened with ``sqlite3``) and a
real Frictionless Data Package (validated with ``frictionless``), their
counts against the records loaded, the ``progress`` view against ``list
--format json``, the documented queries, text kept as given, exit codes and
the rules of writing over what is already there."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import frictionless
import pytest

from conftest import COUNTRY_MX, COUNTRY_PE, EVENT, run, write_dataset

FULL = Path(__file__).parent / "data" / "valid" / "full"
DOCS = Path(__file__).resolve().parent.parent / "docs" / "export.md"


def export(data: Path, *args: str) -> None:
    result = run("--data", str(data), "export", *args)
    assert (result.code, result.stdout, result.stderr) == (0, "", "")


def rows(db: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(sql, params).fetchall()


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith("."))


def expected_counts(data: Path) -> dict[str, int]:
    """Rows per table, counted from the records the loader returns."""
    from accession_cli.core.data.loader import load_dataset

    dataset = load_dataset(data).dataset
    assert dataset is not None
    countries = dataset.countries
    laws = [item for c in countries for item in c.legislation]
    citations = sum(len(e.sources) for e in dataset.events)
    citations += sum(len(c.sources) for c in countries)
    citations += sum(len(m.sources) for c in countries for ms in c.treaties.values() for m in ms)
    citations += sum(len(d.sources) for c in countries for d in c.declarations)
    citations += sum(len(e.sources) for item in laws for e in item.history)
    citations += sum(len(p.sources) for item in laws for p in item.provisions)
    citations += sum(len(item.articles_sources) for item in laws if item.articles)
    return {
        "dataset": 1,
        "sources": len(dataset.sources),
        "countries": len(countries),
        "treaty_steps": sum(len(ms) for c in countries for ms in c.treaties.values()),
        "legislation": len(laws),
        "legislation_statuses": sum(len(item.history) for item in laws),
        "article_grades": sum(len(item.articles) for item in laws),
        "provisions": sum(len(item.provisions) for item in laws),
        "declarations": sum(len(c.declarations) for c in countries),
        "events": len(dataset.events),
        "participants": sum(len(e.participants) for e in dataset.events),
        "citations": citations,
        "country_progress": len(countries),
    }


@pytest.fixture(params=["crafted", "full", "bundled"])
def any_data(request: pytest.FixtureRequest, dataset: Path, bundled: Path) -> Path:
    return {"crafted": dataset, "full": FULL, "bundled": bundled}[request.param]


# ------------------------------------------------------------------- SQLite


def test_sqlite_holds_every_record_with_keys_that_hold(any_data: Path, tmp_path: Path) -> None:
    db = tmp_path / "accession.db"
    export(any_data, "--format", "sqlite", "--output", str(db))
    counts = expected_counts(any_data)
    tables = {name for (name,) in rows(db, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == set(counts)
    for table, count in counts.items():
        assert rows(db, f'SELECT count(*) FROM "{table}"') == [(count,)], table
    assert rows(db, "PRAGMA foreign_key_check") == []
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert leftovers(tmp_path) == []


def test_sqlite_declares_types_and_keys(dataset: Path, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    export(dataset, "-o", str(db))  # sqlite is the default format
    columns = {
        name: (kind, notnull, pk)
        for _, name, kind, notnull, _, pk in rows(db, "PRAGMA table_info(provisions)")
    }
    assert columns == {
        "id": ("INTEGER", 1, 1),
        "legislation": ("TEXT", 1, 0),
        "article": ("INTEGER", 1, 0),
        "provision": ("TEXT", 1, 0),
        "grade": ("TEXT", 0, 0),
        "evidence": ("TEXT", 0, 0),
        "evidence_source": ("TEXT", 0, 0),
        "note": ("TEXT", 0, 0),
    }
    keys = rows(db, "PRAGMA foreign_key_list(participants)")
    assert sorted((table, src, dst) for _, _, table, src, dst, *_ in keys) == [
        ("countries", "country", "code"),
        ("events", "event", "id"),
    ]
    assert rows(db, "SELECT typeof(substantive), typeof(events) FROM progress WHERE code='PE'") == [
        ("real", "integer")
    ]
    with closing(sqlite3.connect(db)) as connection, pytest.raises(sqlite3.IntegrityError):
        connection.execute(
            "INSERT INTO treaty_steps VALUES (99, 'PE', 'budapest', 'party', NULL, NULL)"
        )


def test_sqlite_rows_of_the_full_fixture(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    export(FULL, "-o", str(db))
    assert rows(db, "SELECT article, provision, grade, note FROM provisions ORDER BY id") == [
        (2, "art. 2", "full", None),
        (4, "arts. 3 and 4", "partial", 'Only data deleted or altered "without right".'),
        (19, "Código Procesal Penal, art. 230", None, None),
    ]
    assert rows(
        db,
        "SELECT treaty, kind, basis, concerns, date, withdrawn, summary FROM declarations ORDER BY id",
    ) == [
        ("budapest", "reservation", "6.3", '["6.1.b"]', "2019-08-26", None, "Does not apply Article 6.1.b."),
        ("budapest", "declaration", "27.9.e", "[]", "2019-08-26", "2021-03", "Requests go through the central authority."),
        ("budapest", "designation", "24.7", "[]", None, None, "The Ministry of Justice is the authority for extradition."),
    ]  # fmt: skip
    assert rows(db, "SELECT article, grade FROM article_grades ORDER BY article") == [
        (2, "full"),
        (3, "full"),
        (16, "partial"),
    ]
    cited = rows(
        db,
        "SELECT c.source FROM citations c JOIN provisions p ON p.id = c.provision "
        "WHERE p.article = 19",
    )
    assert cited == [("octopus",)]
    assert rows(db, "SELECT fact, count(*) FROM citations GROUP BY fact ORDER BY fact") == [
        ("article_grades", 1),
        ("declarations", 3),
        ("events", 1),
        ("legislation_statuses", 2),
        ("provisions", 3),
        ("treaty_steps", 3),
    ]


def _list_figures(data: Path, *args: str) -> dict[str, dict[str, Any]]:
    result = run("--data", str(data), "list", "--format", "json", *args)
    assert result.code == 0, result.stderr
    body = json.loads(result.stdout)
    treaty = body["treaty"]
    figures = {}
    for country in body["countries"]:
        figures[country["code"]] = {
            "as_of": body["as_of"],
            "treaty": treaty,
            "stage": country["treaties"][treaty]["stage"],
            "stage_date": country["treaties"][treaty]["date"],
            "protocol_2_stage": country["treaties"]["protocol-2"]["stage"],
            "protocol_2_date": country["treaties"]["protocol-2"]["date"],
            "laws_in_force": country["laws_in_force"],
            "pending_bills": country["pending_bills"],
            **country["scores"],
            **{f"{group}_assessed": n for group, n in country["assessed"].items()},
            "events": country["events"],
        }
    return figures


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("--as-of", "2015"),
        ("--as-of", "2019-09", "--treaty", "protocol-2"),
        ("--region", "South America", "--min-stage", "signed"),
    ],
)
def test_progress_view_equals_list_json(
    any_data: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    expected = _list_figures(any_data, *args)
    db = tmp_path / "a.db"
    result = run("--data", str(any_data), "export", "-o", str(db), *args)
    if not expected:
        assert result.code == 1 and not db.exists()
        return
    assert result.code == 0, result.stderr
    with closing(sqlite3.connect(db)) as connection:
        connection.row_factory = sqlite3.Row
        view = {row["code"]: dict(row) for row in connection.execute("SELECT * FROM progress")}
    assert set(view) == set(expected)
    for code, figures in expected.items():
        assert {k: view[code][k] for k in figures} == figures, code
        assert view[code]["name"] and view[code]["region"]


def test_the_documented_queries_run(tmp_path: Path) -> None:
    cl = COUNTRY_MX.replace("code: MX", "code: CL").replace("Mexico", "Chile")
    cl = cl.replace("region: North America", "region: South America")
    cl += "    - stage: ratified\n      date: 2017-04-20\n      sources: [chart]\n"
    recent = EVENT.replace("2010-08-mexico-city-workshop", "2021-05-lima-workshop")
    recent = recent.replace("2010-08-26", "2021-05-10").replace("2010-08-27", "2021-05-11")
    planned = EVENT.replace("2010-08-mexico-city-workshop", "2022-01-lima-workshop")
    planned = planned.replace("2010-08-26", "2022-01-10").replace("2010-08-27", "2022-01-11")
    planned += "planned: true\n"
    bill = "  - id: cl-bill\n    title: Bill\n    kind: bill\n    history:\n"
    bill += "      - {status: introduced, date: 2022-03, sources: [profile]}\n"
    countries = {"PE": COUNTRY_PE, "MX": COUNTRY_MX, "CL": cl + "legislation:\n" + bill}
    queries = re.findall(r"```sql\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.DOTALL)
    assert len(queries) == 2
    parties, pending = queries

    data = write_dataset(tmp_path / "a", countries=countries)
    export(data, "-o", str(tmp_path / "a.db"))
    assert rows(tmp_path / "a.db", parties) == [("2017", 1, 1), ("2019", 1, 2)]
    assert rows(tmp_path / "a.db", pending) == [("CL", "Chile", 1), ("PE", "Peru", 1)]

    # Chile at a workshop in 2021 (it only attended the 2010 one so far);
    # a planned workshop does not count
    recent = recent.replace("country: PE", "country: CL")
    events = {"2010-08-mexico-city-workshop": EVENT, "x": recent, "y": planned}
    events = {e.split("\n", 1)[0].removeprefix("id: "): e for e in events.values()}
    data = write_dataset(tmp_path / "b", countries=countries, events=events)
    export(data, "-o", str(tmp_path / "b.db"))
    assert rows(tmp_path / "b.db", pending) == [("PE", "Peru", 1)]


HOSTILE_NAME = '=cmd()|calc\'; DROP TABLE countries; -- "quoted" [b]x[/b]'


def _hostile(tmp_path: Path) -> Path:
    country = COUNTRY_PE.replace("name: Peru", f"name: {json.dumps(HOSTILE_NAME)}")
    country = country.replace("title: Cybercrime law", 'title: "@SUM(1+1)\\nsecond line"')
    return write_dataset(tmp_path / "hostile", countries={"PE": country, "MX": COUNTRY_MX})


def test_sqlite_keeps_text_as_given(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    export(_hostile(tmp_path), "-o", str(db))
    assert rows(db, "SELECT name FROM countries WHERE code = 'PE'") == [(HOSTILE_NAME,)]
    assert rows(db, "SELECT name FROM progress WHERE code = 'PE'") == [(HOSTILE_NAME,)]
    assert rows(db, "SELECT title FROM legislation WHERE id = 'pe-law-2013'") == [
        ("@SUM(1+1)\nsecond line",)
    ]
    assert rows(db, "SELECT count(*) FROM countries") == [(2,)]


# ------------------------------------------------------------ data package


def _resource_rows(package: frictionless.Package) -> dict[str, list[dict[str, Any]]]:
    return {r.name: r.read_rows() for r in package.resources}  # type: ignore[misc]


@pytest.mark.parametrize("target", ["package", "package.zip"])
def test_data_package_is_valid_and_holds_every_record(
    any_data: Path, tmp_path: Path, target: str
) -> None:
    out = tmp_path / target
    export(any_data, "--format", "datapackage", "--output", str(out))
    descriptor = out / "datapackage.json" if out.is_dir() else out
    report = frictionless.validate(str(descriptor))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "note"])
    package = frictionless.Package(str(descriptor))
    counts = {name: len(found) for name, found in _resource_rows(package).items()}
    assert counts == expected_counts(any_data)
    assert leftovers(tmp_path) == []


def test_data_package_descriptor(dataset: Path, bundled: Path, tmp_path: Path) -> None:
    export(bundled, "-f", "datapackage", "-o", str(tmp_path / "p"))
    body = json.loads((tmp_path / "p" / "datapackage.json").read_text(encoding="utf-8"))
    assert body["profile"] == "tabular-data-package"
    manifest = (Path(__file__).parent.parent / "data" / "dataset.yaml").read_text(encoding="utf-8")
    assert f"version: {body['version']}\n" in manifest
    assert f"as_of: {body['as_of']}\n" in manifest
    assert body["licenses"] == [
        {"name": "CC-BY-4.0", "path": "https://spdx.org/licenses/CC-BY-4.0.html"}
    ]
    assert len(body["sources"]) == expected_counts(bundled)["sources"]
    assert all(source["title"] for source in body["sources"])
    assert body["accession"] == {
        "layout": 1,
        "figures_as_of": "2026-02-05",
        "treaty": "budapest",
        "filters": [],
    }
    resources = {r["name"]: r for r in body["resources"]}
    assert sorted(f.name for f in (tmp_path / "p").iterdir()) == sorted(
        ["datapackage.json", *(r["path"] for r in resources.values())]
    )
    participants = resources["participants"]["schema"]
    assert participants["primaryKey"] == ["id"]
    assert participants["foreignKeys"] == [
        {"fields": ["event"], "reference": {"resource": "events", "fields": ["id"]}},
        {"fields": ["country"], "reference": {"resource": "countries", "fields": ["code"]}},
    ]
    fields = {f["name"]: f for f in resources["events"]["schema"]["fields"]}
    assert fields["planned"]["type"] == "boolean"
    assert fields["topics"]["type"] == "array"
    assert fields["start"]["constraints"] == {
        "required": True,
        "pattern": "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?",
    }
    assert fields["kind"]["constraints"]["enum"] == [
        "workshop",
        "training",
        "meeting",
        "conference",
    ]


def test_data_package_csv_neutralises_formulas(tmp_path: Path) -> None:
    out = tmp_path / "p"
    export(_hostile(tmp_path), "-f", "datapackage", "-o", str(out))
    text = (out / "countries.csv").read_text(encoding="utf-8")
    countries = {row["code"]: row for row in csv.DictReader(io.StringIO(text))}
    assert countries["PE"]["name"] == "'" + HOSTILE_NAME
    assert countries["PE"]["memberships"] == '["OAS", "APEC"]'
    laws = (out / "legislation.csv").read_text(encoding="utf-8")
    titles = {row["id"]: row["title"] for row in csv.DictReader(io.StringIO(laws))}
    assert titles["pe-law-2013"] == "'@SUM(1+1)\nsecond line"
    assert frictionless.validate(str(out / "datapackage.json")).valid


def test_filters_choose_the_countries_and_their_records(dataset: Path, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    export(dataset, "-o", str(db), "--country", "per")
    assert rows(db, "SELECT code FROM countries") == [("PE",)]
    assert rows(db, "SELECT event, country FROM participants") == [
        ("2010-08-mexico-city-workshop", "PE")
    ]
    assert rows(db, "SELECT count(*) FROM events") == [(1,)]
    assert rows(db, "SELECT count(*) FROM legislation") == [(3,)]
    assert rows(db, "SELECT filters FROM dataset") == [('["country per"]',)]
    assert rows(db, "PRAGMA foreign_key_check") == []
    export(dataset, "-f", "datapackage", "-o", str(tmp_path / "p"), "--member", "APEC")
    assert frictionless.validate(str(tmp_path / "p" / "datapackage.json")).valid


# ------------------------------------------------------------ exit codes, files


@pytest.mark.parametrize(
    ("fmt", "target"), [("sqlite", "a.db"), ("datapackage", "p"), ("datapackage", "p.zip")]
)
def test_no_matching_country_writes_nothing(
    dataset: Path, tmp_path: Path, fmt: str, target: str
) -> None:
    result = run(
        "--data",
        str(dataset),
        "export",
        "-f",
        fmt,
        "-o",
        str(tmp_path / target),
        "--stage",
        "signed",
    )
    assert (result.code, result.stdout) == (1, "")
    assert result.stderr == "error: no country matches the filters; nothing exported\n"
    assert list(tmp_path.iterdir()) == [dataset]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--as-of", "2015-13"), "error: --as-of: '2015-13' has no month 13\n"),
        (("-o", "-"), "error: --output: an export is a file or a directory, not standard output\n"),
        (("--country", "Atlantis"), "error: unknown country 'Atlantis'\n"),
    ],
)
def test_usage_errors(dataset: Path, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    full = ("-o", str(tmp_path / "a.db"), *args) if "-o" not in args else args
    result = run("--data", str(dataset), "export", *full)
    assert (result.code, result.stdout, result.stderr) == (2, "", message)
    assert not (tmp_path / "a.db").exists()


def test_output_is_required(dataset: Path) -> None:
    result = run("--data", str(dataset), "export")
    assert result.code == 2
    assert "Missing option '--output'" in result.stderr


def test_records_that_break_a_key_are_not_exported(dataset: Path, tmp_path: Path) -> None:
    broken = COUNTRY_PE.replace(
        "{status: introduced, date: 2024-05, sources: [profile]}",
        "{status: introduced, date: 2024-05, sources: [nowhere]}",
    )
    data = write_dataset(tmp_path / "d", countries={"PE": broken, "MX": COUNTRY_MX})
    for fmt, target in (("sqlite", "a.db"), ("datapackage", "p")):
        result = run("--data", str(data), "export", "-f", fmt, "-o", str(tmp_path / target))
        assert (result.code, result.stdout) == (2, "")
        assert result.stderr == (
            "warning: 1 problem in the data; run 'accession check' for details\n"
            "error: cannot export: citations names source 'nowhere', which sources does not "
            "hold; run 'accession check'\n"
        )
        assert not (tmp_path / target).exists()


def test_a_database_replaces_a_file_only_when_complete(
    dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accession_cli.render.export import sqlite as export_sqlite

    db = tmp_path / "a.db"
    db.write_bytes(b"the previous export")
    db.chmod(0o640)

    def fail(connection: sqlite3.Connection, export: object) -> None:
        connection.execute("CREATE TABLE half (x)")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(export_sqlite, "_fill", fail)
    result = run("--data", str(dataset), "export", "-o", str(db))
    monkeypatch.undo()
    assert (result.code, result.stderr) == (
        2,
        f"error: cannot write the database to {db}: database or disk is full\n",
    )
    assert db.read_bytes() == b"the previous export"
    assert leftovers(tmp_path) == []
    export(dataset, "-o", str(db))
    assert db.stat().st_mode & 0o777 == 0o640
    assert rows(db, "SELECT count(*) FROM countries") == [(2,)]


def test_database_targets_that_are_refused_or_written_into(dataset: Path, tmp_path: Path) -> None:
    result = run("--data", str(dataset), "export", "-o", str(tmp_path))
    assert (result.code, result.stderr) == (
        2,
        f"error: cannot write the database to {tmp_path}: it is a directory\n",
    )
    missing = tmp_path / "nowhere" / "a.db"
    result = run("--data", str(dataset), "export", "-o", str(missing))
    assert (result.code, result.stderr) == (
        2,
        f"error: cannot write the database to {missing}: no directory {missing.parent}\n",
    )
    assert run("--data", str(dataset), "export", "-o", "/dev/null").code == 0
    assert Path("/dev/null").is_char_device()
    real = tmp_path / "real.db"
    link = tmp_path / "link.db"
    link.symlink_to(real)
    export(dataset, "-o", str(link))
    assert link.is_symlink() and rows(real, "SELECT count(*) FROM countries") == [(2,)]


def _package_names(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def test_a_package_directory_replaces_only_an_earlier_export(dataset: Path, tmp_path: Path) -> None:
    out = tmp_path / "p"
    out.mkdir()  # an empty directory is fine
    export(dataset, "-f", "datapackage", "-o", str(out))
    first = _package_names(out)
    export(dataset, "-f", "datapackage", "-o", str(out), "--country", "PE")
    assert _package_names(out) == first
    assert (out / "countries.csv").read_text(encoding="utf-8").count("\n") == 2
    assert leftovers(tmp_path) == []

    (out / "my-notes.txt").write_text("mine\n", encoding="utf-8")
    result = run("--data", str(dataset), "export", "-f", "datapackage", "-o", str(out))
    assert (result.code, result.stderr) == (
        2,
        f"error: cannot write the data package to {out}: the directory is not empty and does "
        "not hold an earlier export; nothing written (name a new or empty directory)\n",
    )
    assert (out / "my-notes.txt").read_text(encoding="utf-8") == "mine\n"

    other = tmp_path / "other"
    other.mkdir()
    (other / "data.csv").write_text("a,b\n", encoding="utf-8")
    result = run("--data", str(dataset), "export", "-f", "datapackage", "-o", str(other))
    assert result.code == 2 and "does not hold an earlier export" in result.stderr
    assert _package_names(other) == ["data.csv"]

    plain = tmp_path / "file"
    plain.write_text("x", encoding="utf-8")
    result = run("--data", str(dataset), "export", "-f", "datapackage", "-o", str(plain))
    assert (result.code, result.stderr) == (
        2,
        f"error: cannot write the data package to {plain}: it exists and is not a directory\n",
    )
    assert leftovers(tmp_path) == []


def test_an_earlier_package_stays_when_the_new_one_cannot_take_its_place(
    dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "p"
    export(dataset, "-f", "datapackage", "-o", str(out), "--country", "PE")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real_rename = Path.rename

    def rename(self: Path, target: Any) -> Path:
        if self.name.endswith(".tmp"):
            raise OSError(16, "Device or resource busy")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    result = run("--data", str(dataset), "export", "-f", "datapackage", "-o", str(out))
    monkeypatch.undo()
    assert (result.code, result.stderr) == (
        2,
        f"error: cannot write the data package to {out}: Device or resource busy\n",
    )
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert leftovers(tmp_path) == []


def test_list_imports_no_exporter(dataset: Path, tmp_path: Path) -> None:
    from test_startup import _modules_after

    args = ["--data", str(dataset), "list", "--format", "md"]
    result, modules = _modules_after(args, {"ACCESSION_CACHE_DIR": str(tmp_path / "c")})
    assert result.returncode == 0, result.stderr
    assert (
        modules
        & {
            "sqlite3",
            "zipfile",
            "accession_cli.core.analysis.export",
            "accession_cli.render.export.sqlite",
            "accession_cli.render.export.datapackage",
        }
        == set()
    )


def _key_tables(child_rows: tuple[tuple[object, ...], ...]) -> list[object]:
    from accession_cli.core.analysis.export import Column, FieldType, ForeignKey, Table

    text = FieldType.TEXT
    parent = Table(
        "laws",
        "",
        (Column("country", text, ""), Column("id", text, "")),
        ("country", "id"),
        (),
        (("PE", "a"), ("PE", "b"), ("CL", "a")),
    )
    child = Table(
        "steps",
        "",
        (Column("n", text, ""), Column("country", text, ""), Column("law", text, "")),
        ("n",),
        (ForeignKey(("country", "law"), "laws", ("country", "id")),),
        child_rows,  # type: ignore[arg-type]
    )
    return [parent, child]


@pytest.mark.parametrize(
    ("child_rows", "message"),
    [
        ((("1", "PE", "a"), ("2", "CL", "a"), ("3", None, None)), None),
        (
            (("1", "PE", "a"), ("2", "CL", "b"), ("3", "XX", "z")),
            "steps names country/law 'CL', 'b', which laws does not hold",
        ),
        (
            (("1", "PE", "a"), ("2", "PE", "b"), ("2", "CL", "a")),
            "two steps rows have the same n ('2');",
        ),
        ((("1", "PE", None),), "steps names country/law 'PE', None, which laws does not hold"),
    ],
    ids=["keys found, none is no reference", "first unknown in row order", "duplicate", "half"],
)
def test_key_check_names_the_first_broken_key(
    child_rows: tuple[tuple[object, ...], ...], message: str | None
) -> None:
    from accession_cli.core.analysis.export import ExportError, check_keys

    tables = _key_tables(child_rows)
    if message is None:
        check_keys(tables)  # type: ignore[arg-type]
        return
    with pytest.raises(ExportError) as caught:
        check_keys(tables)  # type: ignore[arg-type]
    assert message in str(caught.value)
