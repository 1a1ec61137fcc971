"""Provisions per article and reservations/declarations through the views:
show (table, JSON), list's scores, the report and diff."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import run

FULL = Path(__file__).resolve().parent / "data" / "valid" / "full"


def test_show_lists_provisions_grades_and_declarations(tmp_path: Path) -> None:
    result = run("--data", str(FULL), "show", "PE")
    assert result.code == 0, result.stderr
    out = result.stdout
    articles = out.split("\nArticles\n", 1)[1].split("\n\n", 1)[0]
    assert articles.splitlines()[2].split() == [
        "2", "Illegal", "full", "art.", "2", "full", "pe-law-2013", "[2]"
    ]  # fmt: skip
    assert "Código" in articles and "not assessed" in articles  # 19: named, not graded
    assert articles.splitlines()[-1] == "Not assessed: articles 5–15, 17–18, 20–35"
    declarations = out.split("\nReservations and declarations\n", 1)[1].split("\n\n", 1)[0]
    assert declarations.splitlines() == [
        "Budapest reservation 6.3 (concerns 6.1.b) · 2019-08-26 [1]",
        "  Does not apply Article 6.1.b.",
        "Budapest declaration 27.9.e · 2019-08-26 · withdrawn 2021-03 [1]",
        "  Requests go through the central authority.",
        "Budapest designation 24.7 · undated [4]",
        "  The Ministry of Justice is the authority for extradition.",
    ]


def test_show_json_gives_each_article_and_declaration() -> None:
    body = json.loads(run("--data", str(FULL), "show", "PE", "--format", "json").stdout)
    country = body["country"]
    four = next(a for a in country["articles"] if a["article"] == 4)
    assert four["grade"] == "partial"
    assert four["provisions"] == [
        {
            "legislation": "pe-law-2013",
            "provision": "arts. 3 and 4",
            "grade": "partial",
            "sources": ["profile"],
            "evidence": "Arts. 3 and 4: deleting or altering computer data (Article 4).",
            "evidence_source": "profile",
            "note": 'Only data deleted or altered "without right".',
        }
    ]
    nineteen = next(a for a in country["articles"] if a["article"] == 19)
    assert (nineteen["grade"], nineteen["provisions"][0]["grade"]) == (None, None)
    assert [
        (d["kind"], d["basis"], d["concerns"], d["withdrawn"]) for d in country["declarations"]
    ] == [
        ("reservation", "6.3", ["6.1.b"], None),
        ("declaration", "27.9.e", [], "2021-03"),
        ("designation", "24.7", [], None),
    ]
    # an ungraded provision is shown, and counts as not assessed in the scores
    assert country["assessed"]["procedural"] == 1  # article 16, from 'articles'


def test_a_changed_grade_or_provision_is_one_line_in_diff(tmp_path: Path) -> None:
    old = tmp_path / "old"
    shutil.copytree(FULL, old)
    new = tmp_path / "new"
    shutil.copytree(FULL, new)
    country = new / "countries" / "PE.yaml"
    text = country.read_text(encoding="utf-8")
    text = text.replace(
        "provision: arts. 3 and 4\n        grade: partial", "provision: art. 4\n        grade: full"
    )
    text = text.replace(
        'basis: "6.3"\n    concerns: ["6.1.b"]\n    date: 2019-08-26\n    summary: Does not apply Article 6.1.b.',
        'basis: "6.3"\n    concerns: ["6.1.b"]\n    date: 2019-08-26\n    summary: Does not apply Article 6.1.b at all.',
    )
    country.write_text(text, encoding="utf-8")
    result = run("diff", str(old), str(new))
    assert result.code == 0, result.stderr
    lines = [line.strip() for line in result.stdout.splitlines()]
    assert "~ pe-law-2013 art. 4: partial → full" in lines
    assert "~ pe-law-2013 art. 4 provision: arts. 3 and 4 → art. 4" in lines
    assert (
        "~ Budapest reservation 6.3 summary: Does not apply Article 6.1.b. → "
        "Does not apply Article 6.1.b at all."
    ) in lines


def test_list_scores_count_graded_provisions() -> None:
    body = json.loads(run("--data", str(FULL), "list", "--format", "json").stdout)
    peru = body["countries"][0]
    # articles 2 (full), 3 (full), 4 (partial, from provisions) of 12 substantive
    assert peru["assessed"]["substantive"] == 3
    assert peru["scores"]["substantive"] == round((2 + 0.5) / 12, 2)
