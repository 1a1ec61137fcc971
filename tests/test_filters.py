"""The views' filters as a user combines them: each option narrows what the
others kept, never the whole dataset again, and repeated options all apply."""

from __future__ import annotations

from pathlib import Path

from conftest import COUNTRY_MX, COUNTRY_PE, run, write_dataset


def _codes(dataset: Path, *args: str) -> tuple[int, list[str]]:
    result = run("--data", str(dataset), "list", "--format", "csv", *args)
    return result.code, [line.split(",")[0] for line in result.stdout.splitlines()[1:]]


def test_region_narrows_the_countries_named_not_the_whole_dataset(dataset: Path) -> None:
    # Mexico is in North America: asking for it in South America matches nothing
    assert _codes(dataset, "--country", "MX", "--region", "South America") == (1, [])
    assert _codes(dataset, "--country", "MX", "--region", "North America") == (0, ["MX"])
    result = run("--data", str(dataset), "list", "--country", "MX", "--region", "South America")
    assert (result.code, result.stdout.splitlines()[-1]) == (1, "no country matches")


def test_member_narrows_the_countries_named(dataset: Path) -> None:
    assert _codes(dataset, "--country", "MX", "--member", "APEC") == (1, [])


def test_every_member_option_must_hold(dataset: Path) -> None:
    # Peru is in OAS and APEC, Mexico only in OAS: both options keep Peru alone
    assert _codes(dataset, "--member", "APEC", "--member", "OAS") == (0, ["PE"])
    assert _codes(dataset, "--member", "OAS") == (0, ["MX", "PE"])


def test_several_regions_are_alternatives(dataset: Path) -> None:
    assert _codes(dataset, "--region", "South America", "--region", "North America") == (
        0,
        ["MX", "PE"],
    )


def test_drafts_status_keeps_only_that_status(dataset: Path) -> None:
    header = "code,id,title,number,kind,status,date,now"
    enacted = run("--data", str(dataset), "drafts", "--status", "enacted", "--format", "csv")
    assert (enacted.code, enacted.stdout) == (
        0,
        f"{header}\nPE,pe-law-2013,Cybercrime law,Ley 30096,law,enacted,2013-10-22,in_force\n",
    )
    superseded = run("--data", str(dataset), "drafts", "--status", "superseded", "--format", "csv")
    assert superseded.stdout.splitlines()[1:] == [
        "PE,pe-old-code,Old penal code articles,,law,superseded,2013-10-22,"
    ]
    assert run("--data", str(dataset), "drafts", "--status", "rejected").code == 1


def test_sort_by_score_puts_the_highest_first_and_ties_by_name(tmp_path: Path) -> None:
    chile = COUNTRY_MX.replace("code: MX", "code: CL").replace("name: Mexico", "name: Chile")
    chile += (
        "legislation:\n"
        "  - id: cl-law\n    title: Law\n    kind: law\n"
        "    history:\n      - {status: enacted, date: 2020, sources: [profile]}\n"
        "    articles: {2: full}\n    articles_sources: [profile]\n"
    )
    bolivia = COUNTRY_MX.replace("code: MX", "code: BO").replace("name: Mexico", "name: Bolivia")
    data = write_dataset(
        tmp_path / "data",
        countries={"PE": COUNTRY_PE, "MX": COUNTRY_MX, "CL": chile, "BO": bolivia},
        events={},
    )
    # Peru 0.29 + 0.19, Chile 0.08, Bolivia and Mexico nothing (by name)
    assert _codes(data, "--sort", "score") == (0, ["PE", "CL", "BO", "MX"])
    assert _codes(data) == (0, ["BO", "CL", "MX", "PE"])
