"""``accession diff`` between two dataset directories, on the changes a
reviewer must see: a declaration moved to another paragraph, a treaty step
given its date."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import COUNTRY_MX, COUNTRY_PE, run, write_dataset

RESERVATION = """\
declarations:
  - treaty: budapest
    kind: reservation
    basis: "{basis}"
    date: 2019-08-26
    summary: Dual criminality.
    sources: [chart]
legislation:"""


def _diff(tmp_path: Path, old_pe: str, new_pe: str, *args: str) -> tuple[int, str]:
    old = write_dataset(tmp_path / "old", countries={"PE": old_pe, "MX": COUNTRY_MX})
    new = write_dataset(tmp_path / "new", countries={"PE": new_pe, "MX": COUNTRY_MX})
    result = run("diff", str(old), str(new), *args)
    assert result.stderr == ""
    return result.code, result.stdout


def _with_basis(basis: str) -> str:
    return COUNTRY_PE.replace("legislation:", RESERVATION.format(basis=basis), 1)


def test_a_declaration_on_another_paragraph_is_one_removed_and_one_added(tmp_path: Path) -> None:
    code, out = _diff(tmp_path, _with_basis("29.4"), _with_basis("6.3"), "-f", "json")
    assert code == 0
    assert [(c["kind"], c["path"], c["before"], c["after"]) for c in json.loads(out)] == [
        (
            "declaration-removed",
            "countries[PE].declarations[Budapest reservation 29.4]",
            "Dual criminality.",
            None,
        ),
        (
            "declaration-added",
            "countries[PE].declarations[Budapest reservation 6.3]",
            None,
            "Dual criminality.",
        ),
    ]
    _, table = _diff(tmp_path / "t", _with_basis("29.4"), _with_basis("6.3"))
    assert "  - Budapest reservation 29.4: Dual criminality.\n" in table
    assert "  + Budapest reservation 6.3: Dual criminality.\n" in table
    assert run("diff", "--exit-code", str(tmp_path / "old"), str(tmp_path / "new")).code == 1


def test_a_treaty_step_given_a_date_is_re_dated(tmp_path: Path) -> None:
    undated = COUNTRY_PE.replace(
        "    - stage: invited\n      date: 2015-03\n", "    - stage: invited\n"
    )
    assert undated != COUNTRY_PE
    code, out = _diff(tmp_path, undated, COUNTRY_PE, "-f", "json")
    assert (code, json.loads(out)) == (
        0,
        [
            {
                "kind": "stage-redated",
                "country": "PE",
                "path": "countries[PE].treaties.budapest[invited]",
                "before": None,
                "after": "2015-03",
            }
        ],
    )
    _, table = _diff(tmp_path / "t", undated, COUNTRY_PE)
    assert "  ~ Budapest invited: undated → 2015-03\n" in table
