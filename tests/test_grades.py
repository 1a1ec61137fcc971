"""Where a law's ``articles`` map and a provision grade the same article
differently (``check`` reports ACC605), the views use the provision's grade."""

from __future__ import annotations

from pathlib import Path

from conftest import COUNTRY_MX, COUNTRY_PE, run, write_dataset

# pe-law-2013's map says article 3 is fully implemented; its provision says partly
CONFLICT = COUNTRY_PE.replace(
    "    articles: {2: full, 3: full, 4: full, 5: partial, 16: full, 17: partial}\n"
    "    articles_sources: [profile]\n",
    "    articles: {2: full, 3: full, 4: full, 5: partial, 16: full, 17: partial}\n"
    "    articles_sources: [profile]\n"
    "    provisions:\n"
    "      - {article: 3, provision: art. 3, grade: partial, sources: [profile]}\n",
)


def test_a_provision_grade_wins_over_the_articles_map(tmp_path: Path) -> None:
    assert CONFLICT != COUNTRY_PE
    data = write_dataset(tmp_path / "data", countries={"PE": CONFLICT, "MX": COUNTRY_MX})
    check = run("--data", str(data), "check")
    assert check.code == 1 and "ACC605" in check.stdout
    result = run("--data", str(data), "list", "--country", "PE", "--format", "csv")
    header, row = result.stdout.splitlines()
    values = dict(zip(header.split(","), row.split(","), strict=True))
    # articles 2 and 4 full, 3 and 5 partial: (2 + 1) / 12 substantive articles
    assert (values["substantive_score"], values["substantive_assessed"]) == ("0.25", "4")
