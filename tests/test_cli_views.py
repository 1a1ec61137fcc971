"""The read views through the real entry point: exact output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import COUNTRY_MX, COUNTRY_PE, run, write_dataset

LIST_TABLE = """\
Budapest (CETS 185): 2 countries, as of 2026-01-31, dataset 2026.1.0
Budapest: 1 in force, 1 invited
Code  Country       Budapest    Prot. 2  Laws  Bills  Scores         Events
───────────────────────────────────────────────────────────────────────────
MX    Mexico        invited     —           0      0  not assessed        1
                    2007-01-31
PE    Peru          in force    —           1      1  0.29 0.19 —         1
                    2019-12-01                        4/12 2/8 0/13
Scores: (full + ½ partial) / articles for the substantive, procedural and
co-operation articles; below, how many of them a source assessed.
"""

LIST_MD = """\
# Budapest (CETS 185): 2 countries, as of 2026-01-31, dataset 2026.1.0

Budapest: 1 in force, 1 invited

| Code | Country | Budapest | Since | Prot. 2 | Laws | Bills | Dormant | Subst. | Proc. | Coop. | Events |
| --- | --- | --- | --- | --- | ---: | ---: | ---: | --- | --- | --- | ---: |
| MX | Mexico | invited | 2007-01-31 | — | 0 | 0 | 0 | — (0/12) | — (0/8) | — (0/13) | 1 |
| PE | Peru | in force | 2019-12-01 | — | 1 | 1 | 0 | 0.29 (4/12) | 0.19 (2/8) | — (0/13) | 1 |
"""

LIST_CSV = """\
code,name,region,memberships,budapest_stage,budapest_date,protocol_1_stage,protocol_1_date,protocol_2_stage,protocol_2_date,un_cybercrime_stage,un_cybercrime_date,laws_in_force,pending_bills,dormant_bills,substantive_score,substantive_assessed,substantive_projected,procedural_score,procedural_assessed,procedural_projected,cooperation_score,cooperation_assessed,cooperation_projected,events_attended
MX,Mexico,North America,OAS,invited,2007-01-31,,,,,,,0,0,0,,0,,,0,,,0,,1
PE,Peru,South America,OAS;APEC,in_force,2019-12-01,,,,,,,1,1,0,0.29,4,0.33,0.19,2,0.44,,0,,1
"""


def test_list_table(dataset: Path) -> None:
    result = run("--data", str(dataset), "list")
    assert (result.code, result.stdout, result.stderr) == (0, LIST_TABLE, "")


def test_list_table_has_no_escape_codes_when_piped(dataset: Path) -> None:
    assert "\x1b" not in run("--data", str(dataset), "list").stdout


def test_list_markdown(dataset: Path) -> None:
    result = run("--data", str(dataset), "list", "--format", "md")
    assert (result.code, result.stdout) == (0, LIST_MD)


def test_list_csv(dataset: Path) -> None:
    result = run("--data", str(dataset), "list", "--format", "csv")
    assert (result.code, result.stdout) == (0, LIST_CSV)


def test_list_json_is_the_documented_object(dataset: Path) -> None:
    result = run("--data", str(dataset), "list", "--format", "json")
    assert result.code == 0
    body = json.loads(result.stdout)
    assert body["dataset"] == {
        "version": "2026.1.0",
        "as_of": "2026-01-31",
        "title": "Test dataset",
    }
    assert body["as_of"] == "2026-01-31"
    peru = body["countries"][1]
    assert peru == {
        "code": "PE",
        "name": "Peru",
        "region": "South America",
        "memberships": ["OAS", "APEC"],
        "treaties": {
            "budapest": {"stage": "in_force", "date": "2019-12-01"},
            "protocol-1": {"stage": None, "date": None},
            "protocol-2": {"stage": None, "date": None},
            "un-cybercrime": {"stage": None, "date": None},
        },
        "laws_in_force": 1,
        "pending_bills": 1,
        "dormant_bills": 0,
        "legislation": {"in_force": ["pe-law-2013"], "pending": ["pe-bill-2024"], "dormant": []},
        "scores": {"substantive": 0.29, "procedural": 0.19, "cooperation": None},
        "assessed": {"substantive": 4, "procedural": 2, "cooperation": 0},
        "projected_scores": {"substantive": 0.33, "procedural": 0.44, "cooperation": None},
        "events": 1,
    }


@pytest.mark.parametrize("query", ["PE", "pe", "PER", "peru", "Perú", "PERU"])
def test_country_matches_codes_and_names_in_any_case_and_accents(dataset: Path, query: str) -> None:
    result = run("--data", str(dataset), "list", "--country", query, "--format", "csv")
    assert result.code == 0
    assert [line.split(",")[0] for line in result.stdout.splitlines()[1:]] == ["PE"]


def test_unknown_country_is_a_usage_error_with_a_suggestion(dataset: Path) -> None:
    result = run("--data", str(dataset), "list", "--country", "Peruu")
    assert (result.code, result.stdout, result.stderr) == (
        2,
        "",
        "error: unknown country 'Peruu'; did you mean 'Peru'?\n",
    )


def test_a_valid_filter_that_matches_nothing_exits_1(dataset: Path) -> None:
    result = run("--data", str(dataset), "list", "--stage", "signed")
    assert result.code == 1
    assert result.stdout.endswith("no country matches\n")
    # a real country the dataset has no file for: no match, not an error
    assert run("--data", str(dataset), "list", "--country", "France").code == 1


def test_as_of_rewinds_the_state(dataset: Path) -> None:
    result = run("--data", str(dataset), "list", "--as-of", "2015", "--format", "csv")
    assert result.stdout.splitlines()[2].startswith(
        "PE,Peru,South America,OAS;APEC,invited,2015-03,"
    )


def test_filters_combine(dataset: Path) -> None:
    args = ("--data", str(dataset), "list", "--format", "csv")

    def codes(*extra: str) -> list[str]:
        return [line.split(",")[0] for line in run(*args, *extra).stdout.splitlines()[1:]]

    assert codes("--region", "north america") == ["MX"]
    assert codes("--member", "APEC") == ["PE"]
    assert codes("--min-stage", "acceded") == ["PE"]
    assert codes("--stage", "invited", "--stage", "in_force") == ["MX", "PE"]
    assert codes("--sort", "stage") == ["PE", "MX"]
    assert codes("--region", "South America", "--member", "OAS") == ["PE"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("list", "--as-of", "2015-13"), "error: --as-of: '2015-13' has no month 13\n"),
        (
            ("list", "--region", "Atlantis"),
            "error: unknown region 'Atlantis' (valid: South America, Central America, Caribbean, North America, Europe, Africa, Asia, Oceania, Americas)\n",
        ),
        (
            ("drafts", "--status", "stalled"),
            "error: unknown status 'stalled' (valid: pending, dormant, drafting, introduced, committee, passed, enacted, in_force, rejected, withdrawn, lapsed, amended, repealed, superseded)\n",
        ),
    ],
)
def test_bad_option_values_are_usage_errors(
    dataset: Path, args: tuple[str, ...], message: str
) -> None:
    result = run("--data", str(dataset), *args)
    assert (result.code, result.stderr) == (2, message)


def test_missing_data_directory(tmp_path: Path) -> None:
    result = run("--data", str(tmp_path / "nope"), "list")
    assert (result.code, result.stderr) == (2, f"error: {tmp_path / 'nope'}: does not exist\n")


def test_data_location_from_environment(dataset: Path) -> None:
    result = run("list", "--format", "csv", env={"ACCESSION_DATA": str(dataset)})
    assert result.stdout == LIST_CSV


def test_version_names_the_dataset_without_loading_it(dataset: Path) -> None:
    (dataset / "countries" / "PE.yaml").write_text("code: [broken", encoding="utf-8")
    result = run("--data", str(dataset), "--version")
    assert result.code == 0
    assert (
        result.stdout.splitlines()[1]
        == f"dataset 2026.1.0, as of 2026-01-31, from {dataset} (--data)"
    )


def test_show_markdown_profile(dataset: Path) -> None:
    result = run("--data", str(dataset), "show", "Perú", "--format", "md")
    assert result.code == 0
    lines = result.stdout.splitlines()
    assert lines[:3] == [
        "# Peru (PE)",
        "",
        "South America; OAS, APEC; as of 2026-01-31, dataset 2026.1.0",
    ]
    assert "| Budapest | acceded | 2019-08-26 | \\[1\\] |  |" in lines
    assert "| pe-law-2013 |  | law | enacted | 2013-10-22 | \\[2\\] | in force |" in lines
    assert (
        "| 18 | Production order | not assessed | full | — | full | pe-bill-2024 | \\[2\\] |"
        in lines
    )
    assert "_Not assessed: articles 6–15, 20–35_" in lines
    assert "| \\[3\\] | Regional workshop programme | Council of Europe | 2010-08 |  |" in lines


def test_show_json_has_timeline_articles_and_numbered_sources(dataset: Path) -> None:
    body = json.loads(run("--data", str(dataset), "show", "PE", "--format", "json").stdout)[
        "country"
    ]
    assert [m["stage"] for m in body["timeline"]["budapest"]] == ["invited", "acceded", "in_force"]
    assert body["articles"][3] == {
        "article": 5,
        "title": "System interference",
        "grade": "partial",
        "projected": "full",
        "provisions": [
            {
                "legislation": "pe-law-2013",
                "provision": None,
                "grade": "partial",
                "sources": ["profile"],
                "note": None,
                "evidence": None,
                "evidence_source": None,
            },
            {
                "legislation": "pe-bill-2024",
                "provision": None,
                "grade": "full",
                "sources": ["profile"],
                "note": None,
                "evidence": None,
                "evidence_source": None,
            },
        ],
    }
    assert [a["article"] for a in body["articles"]] == list(range(2, 36))
    assert body["not_assessed"] == [*range(6, 16), *range(20, 36)]
    assert body["declarations"] == []
    assert [s["id"] for s in body["sources"]] == ["chart", "profile", "programme"]


def test_show_as_of_before_anything_happened(dataset: Path) -> None:
    body = json.loads(
        run("--data", str(dataset), "show", "PE", "--as-of", "1999", "--format", "json").stdout
    )
    assert body["country"]["timeline"]["budapest"] == []
    assert body["country"]["legislation"] == []


DRAFTS_MD = """\
# Laws and bills: 3, as of 2026-01-31, dataset 2026.1.0

| Code | Id | Title | Kind | Status | Since | Now |
| --- | --- | --- | --- | --- | --- | --- |
| PE | pe-old-code | Old penal code articles | law | superseded | 2013-10-22 |  |
| PE | pe-law-2013 | Cybercrime law (Ley 30096) | law | enacted | 2013-10-22 | in force |
| PE | pe-bill-2024 | Procedural powers bill | bill | introduced | 2024-05 | pending |
"""


def test_drafts(dataset: Path) -> None:
    result = run("--data", str(dataset), "drafts", "--format", "md")
    assert (result.code, result.stdout) == (0, DRAFTS_MD)
    pending = run("--data", str(dataset), "drafts", "--status", "pending", "--format", "csv")
    assert (
        pending.stdout
        == "code,id,title,number,kind,status,date,now\nPE,pe-bill-2024,Procedural powers bill,,bill,introduced,2024-05,pending\n"
    )
    assert run("--data", str(dataset), "drafts", "--kind", "bill", "--as-of", "2020").code == 1


EVENTS_TABLE = """\
Workshops and meetings: 1, as of 2026-01-31, dataset 2026.1.0
2010-08-26 to 2010-08-27 · workshop · Mexico City, MX
  Meeting the challenge of cybercrime in Latin America
  2010-08-mexico-city-workshop · PE MX
"""


def test_events(dataset: Path) -> None:
    result = run("--data", str(dataset), "events")
    assert (result.code, result.stdout) == (0, EVENTS_TABLE)
    csv_out = run("--data", str(dataset), "events", "--country", "MEX", "--format", "csv").stdout
    assert csv_out.splitlines()[1] == (
        "2010-08-26,2010-08-27,2010-08-mexico-city-workshop,"
        'Meeting the challenge of cybercrime in Latin America,workshop,"Mexico City, MX",PE MX'
    )


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("--from", "2010-08-26"), 0),
        (("--from", "2010-08-27"), 1),
        (("--to", "2010-08"), 0),
        (("--to", "2010-08-26"), 1),
        (("--kind", "meeting"), 1),
        (("--topic", "accession"), 0),
        (("--topic", "policy"), 1),
    ],
)
def test_event_filters(dataset: Path, args: tuple[str, ...], code: int) -> None:
    assert run("--data", str(dataset), "events", *args).code == code


def test_structural_errors_stop_the_views_with_locations(tmp_path: Path) -> None:
    broken = COUNTRY_PE.replace("region: South America", "regoin: South America")
    root = write_dataset(tmp_path / "d", countries={"PE": broken})
    result = run("--data", str(root), "list")
    assert result.code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"{root / 'countries/PE.yaml'}:3:1: ACC101 unknown field 'regoin'; did you mean 'region'?\n"
        f"error: the dataset in {root} cannot be loaded (1 problem); run 'accession check' for details\n"
    )


def test_semantic_problems_only_warn(tmp_path: Path) -> None:
    unknown_source = COUNTRY_PE.replace("sources: [chart]", "sources: [chrat]", 1)
    root = write_dataset(tmp_path / "d", countries={"PE": unknown_source, "MX": COUNTRY_MX})
    result = run("--data", str(root), "list", "--format", "csv")
    assert result.code == 0
    assert result.stderr == "warning: 1 problem in the data; run 'accession check' for details\n"


def test_hostile_text_is_escaped_in_every_format(tmp_path: Path) -> None:
    hostile = COUNTRY_PE.replace("name: Peru", 'name: "[bold]P|\\x1b[31m <script>"')
    root = write_dataset(tmp_path / "d", countries={"PE": hostile})
    table = run("--data", str(root), "list").stdout
    # markup printed literally, the escape character made visible, never raw
    assert "\x1b" not in table
    assert "[bold]P|\\x1b[31m" in table
    md = run("--data", str(root), "list", "--format", "md").stdout
    assert "\\[bold\\]P\\|\\\\x1b\\[31m &lt;script&gt;" in md
    formula = COUNTRY_PE.replace("name: Peru", "name: =HYPERLINK(1)")
    root2 = write_dataset(tmp_path / "e", countries={"PE": formula})
    assert ",'=HYPERLINK(1)," in run("--data", str(root2), "list", "--format", "csv").stdout
