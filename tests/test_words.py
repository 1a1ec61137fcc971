"""One word for one thing: every view (list, show, report, map) names a treaty
stage, the absence of any step, and international co-operation the same way.

The words come from one table (``STAGE_WORDS`` and ``NO_STEP`` in
``core/data/enums.py``); this test renders every human-readable view of a
dataset that holds every stage and looks for the variants that used to creep
in ("invited to accede" in the map legend, "no treaty step recorded" in show,
"with no step" in list...)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from accession_cli.core.data.enums import NO_STEP, STAGE_WORDS, TreatyStage
from conftest import COUNTRY_MX, COUNTRY_PE, run, write_dataset

#: a country at each stage the ladder has, and one with no step at all
_STAGED = {
    "BR": ("Brazil", "signed"),
    "CL": ("Chile", "requested"),
    "AR": ("Argentina", "interest"),
    "CO": ("Colombia", "ratified"),
}
_NO_STEP = "code: UY\nname: Uruguay\nregion: South America\nmemberships: [OAS]\n"

#: the variants that used to appear somewhere, for a word that is said one way
VARIANTS = (
    re.compile(r"invited to accede", re.I),
    re.compile(r"requested accession", re.I),
    re.compile(r"expressed interest", re.I),
    re.compile(r"no (?:treaty )?step(?! recorded)", re.I),
    re.compile(r"no treaty step", re.I),
    re.compile(r"no recorded step", re.I),
    re.compile(r"(?<!co-)(?<!-)\bcooperation\b", re.I),
    re.compile(r"\bin_force\b"),
)


def _country(code: str, name: str, stage: str) -> str:
    return (
        f"code: {code}\nname: {name}\nregion: South America\nmemberships: [OAS]\n"
        f"treaties:\n  budapest:\n    - stage: {stage}\n      date: 2020-01-15\n"
        "      sources: [chart]\n"
    )


@pytest.fixture
def ladder(tmp_path: Path) -> Path:
    countries = {"PE": COUNTRY_PE, "MX": COUNTRY_MX, "UY": _NO_STEP}
    countries |= {code: _country(code, name, stage) for code, (name, stage) in _STAGED.items()}
    return write_dataset(tmp_path / "data", countries=countries)


VIEWS = [
    ("list",),
    ("list", "--format", "md"),
    ("list", "--treaty", "protocol-2"),
    *[("show", code) for code in ("PE", "MX", "UY", "CL", "AR")],
    ("show", "UY", "--format", "md"),
    ("drafts",),
    ("events",),
    ("report", "--date", "2026-02-01", "--since", "2010"),
    ("report", "--date", "2026-02-01", "--format", "html"),
    ("map",),
]


@pytest.mark.parametrize("args", VIEWS, ids=lambda args: " ".join(args))
def test_no_view_uses_a_variant_of_a_word(ladder: Path, args: tuple[str, ...]) -> None:
    result = run("--data", str(ladder), *args)
    assert result.code == 0, result.stderr
    found = sorted({m.group(0) for rx in VARIANTS for m in rx.finditer(result.stdout)})
    assert found == []


def test_every_view_that_names_stages_uses_the_one_table(ladder: Path) -> None:
    words = [STAGE_WORDS[stage] for stage in TreatyStage if stage is not TreatyStage.ACCEDED]
    listed = run("--data", str(ladder), "list").stdout
    report = run("--data", str(ladder), "report", "--date", "2026-02-01").stdout
    html = run("--data", str(ladder), "report", "--date", "2026-02-01", "--format", "html").stdout
    svg = run("--data", str(ladder), "map").stdout
    for text in (listed, report, html, svg):
        for word in (*words, NO_STEP):
            assert word in text, word
    # the list's summary line and show's empty table
    assert "1 with no step recorded" in listed
    shown = run("--data", str(ladder), "show", "UY").stdout
    assert NO_STEP in shown
    # the map's tooltip says what the table says
    assert "<title>Chile: requested since 2020-01-15</title>" in svg
