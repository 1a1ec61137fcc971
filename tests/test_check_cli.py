"""``accession check``: exact output of every format, rule selection, exit
codes, I/O errors, the GitHub Actions integration, and the project's own data."""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Mapping
from pathlib import Path

import pytest

from accession_cli.core.data.check import CheckReport, RuleSelection, parse_selectors
from accession_cli.core.data.errors import UsageError
from accession_cli.core.data.findings import Finding, Severity
from accession_cli.render import RenderOptions
from accession_cli.render.escape import workflow_data, workflow_property
from conftest import COUNTRY_PE, Result, write_dataset
from conftest import run as run_cli

DATA = Path(__file__).resolve().parent / "data"

MANY_TEXT = """\
many-errors/countries/CL.yaml:5:9: ACC001 did not find expected ',' or ']' (while parsing a flow sequence that starts on line 4)

many-errors/countries/MX.yaml:7:13: ACC105 '2007-01-32' is not a day of 2007-01 (it has 31 days)
many-errors/countries/MX.yaml:9:7: ACC101 unknown field 'notes'; did you mean 'note'?

many-errors/countries/PE.yaml:10:13: ACC501 budapest: 'acceded' (2019-08-26) is dated before 'invited' (2020-03)
many-errors/countries/PE.yaml:13:13: ACC501 budapest: 'in_force' (2019-11-01) is dated before 'invited' (2020-03)
many-errors/countries/PE.yaml:13:13: ACC505 [warning] in_force 2019-11-01 does not follow the three-month rule: expected 2019-12-01 (deposit 2019-08-26)
many-errors/countries/PE.yaml:23:17: ACC603 bill 'pe-law-2013' is marked in_force: record the law as its own entry (kind: law) and end the bill with 'superseded'

many-errors/events/2010-08-mexico-city-workshop.yaml:5:6: ACC508 event ends (2010-08-24) before it starts (2010-08-26)

many-errors/sources.yaml:6:7: ACC203 source id 'chart' is already used in sources.yaml

Found 8 errors and 1 warning in 5 files.
"""

MANY_GITHUB = """\
::error file=many-errors/countries/CL.yaml,line=5,col=9,title=ACC001::did not find expected ',' or ']' (while parsing a flow sequence that starts on line 4)
::error file=many-errors/countries/MX.yaml,line=7,col=13,title=ACC105::'2007-01-32' is not a day of 2007-01 (it has 31 days)
::error file=many-errors/countries/MX.yaml,line=9,col=7,title=ACC101::unknown field 'notes'; did you mean 'note'?
::error file=many-errors/countries/PE.yaml,line=10,col=13,title=ACC501::budapest: 'acceded' (2019-08-26) is dated before 'invited' (2020-03)
::error file=many-errors/countries/PE.yaml,line=13,col=13,title=ACC501::budapest: 'in_force' (2019-11-01) is dated before 'invited' (2020-03)
::warning file=many-errors/countries/PE.yaml,line=13,col=13,title=ACC505::in_force 2019-11-01 does not follow the three-month rule: expected 2019-12-01 (deposit 2019-08-26)
::error file=many-errors/countries/PE.yaml,line=23,col=17,title=ACC603::bill 'pe-law-2013' is marked in_force: record the law as its own entry (kind: law) and end the bill with 'superseded'
::error file=many-errors/events/2010-08-mexico-city-workshop.yaml,line=5,col=6,title=ACC508::event ends (2010-08-24) before it starts (2010-08-26)
::error file=many-errors/sources.yaml,line=6,col=7,title=ACC203::source id 'chart' is already used in sources.yaml
Found 8 errors and 1 warning in 5 files.
"""

MANY_SUMMARY = """\
## accession check

Found 8 errors and 1 warning in 5 files.

| Severity | Code | Location | Message |
| --- | --- | --- | --- |
| error | ACC001 | many-errors/countries/CL.yaml:5:9 | did not find expected ',' or '\\]' (while parsing a flow sequence that starts on line 4) |
| error | ACC105 | many-errors/countries/MX.yaml:7:13 | '2007-01-32' is not a day of 2007-01 (it has 31 days) |
| error | ACC101 | many-errors/countries/MX.yaml:9:7 | unknown field 'notes'; did you mean 'note'? |
| error | ACC501 | many-errors/countries/PE.yaml:10:13 | budapest: 'acceded' (2019-08-26) is dated before 'invited' (2020-03) |
| error | ACC501 | many-errors/countries/PE.yaml:13:13 | budapest: 'in_force' (2019-11-01) is dated before 'invited' (2020-03) |
| warning | ACC505 | many-errors/countries/PE.yaml:13:13 | in_force 2019-11-01 does not follow the three-month rule: expected 2019-12-01 (deposit 2019-08-26) |
| error | ACC603 | many-errors/countries/PE.yaml:23:17 | bill 'pe-law-2013' is marked in_force: record the law as its own entry (kind: law) and end the bill with 'superseded' |
| error | ACC508 | many-errors/events/2010-08-mexico-city-workshop.yaml:5:6 | event ends (2010-08-24) before it starts (2010-08-26) |
| error | ACC203 | many-errors/sources.yaml:6:7 | source id 'chart' is already used in sources.yaml |

"""


def run(*args: str, env: Mapping[str, str | None] | None = None) -> Result:
    """The CLI, outside GitHub Actions unless a test says otherwise (the suite
    itself may run in Actions, where GITHUB_ACTIONS=true changes the default)."""
    return run_cli(*args, env={"GITHUB_ACTIONS": None, "GITHUB_STEP_SUMMARY": None, **(env or {})})


@pytest.fixture
def in_data(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from tests/data, so paths print as a user in that folder would type them."""
    monkeypatch.chdir(DATA)
    return DATA


# ------------------------------------------------------------------ formats


def test_text_format_groups_by_file_and_ends_with_a_summary(in_data: Path) -> None:
    result = run("check", "many-errors")
    assert (result.code, result.stdout, result.stderr) == (1, MANY_TEXT, "")


def test_text_is_the_default_and_format_text_is_the_same(in_data: Path) -> None:
    assert run("check", "many-errors", "--format", "text").stdout == MANY_TEXT
    assert run("check", "many-errors", "-f", "text").stdout == MANY_TEXT


def test_github_format(in_data: Path) -> None:
    result = run("check", "many-errors", "--format", "github")
    assert (result.code, result.stdout, result.stderr) == (1, MANY_GITHUB, "")


def test_json_format(in_data: Path) -> None:
    result = run("check", "invalid/ACC505", "--format", "json")
    assert result.code == 0  # a warning only
    assert json.loads(result.stdout) == {
        "findings": [
            {
                "path": "invalid/ACC505/countries/PE.yaml",
                "line": 14,
                "column": 13,
                "code": "ACC505",
                "severity": "warning",
                "message": "in_force 2019-11-01 does not follow the three-month rule: "
                "expected 2019-12-01 (deposit 2019-08-26)",
            }
        ],
        "summary": {
            "files": 4,
            "files_with_findings": 1,
            "errors": 0,
            "warnings": 1,
            "ignored": 0,
            "loads": True,
        },
    }


def test_json_finding_without_a_line_has_null_line_and_column(in_data: Path) -> None:
    result = run("check", "invalid/ACC107", "-f", "json")
    assert result.code == 1
    assert json.loads(result.stdout)["findings"] == [
        {
            "path": "invalid/ACC107/sources.yaml",
            "line": None,
            "column": None,
            "code": "ACC107",
            "severity": "error",
            "message": "sources.yaml is missing: every fact cites a source",
        }
    ]


def test_unlocated_finding_in_text_and_github(in_data: Path) -> None:
    text = run("check", "invalid/ACC107")
    assert text.stdout == (
        "invalid/ACC107/sources.yaml: ACC107 sources.yaml is missing: every fact cites a source\n"
        "\n"
        "Found 1 error in 1 file.\n"
    )
    github = run("check", "invalid/ACC107", "-f", "github")
    assert github.stdout.splitlines()[0] == (
        "::error file=invalid/ACC107/sources.yaml,title=ACC107::"
        "sources.yaml is missing: every fact cites a source"
    )


def test_clean_dataset(dataset: Path) -> None:
    for fmt, expected in [
        ("text", "All checks passed: 5 files.\n"),
        ("github", "All checks passed: 5 files.\n"),
    ]:
        result = run("check", str(dataset), "--format", fmt)
        assert (result.code, result.stdout, result.stderr) == (0, expected, "")
    result = run("check", str(dataset), "--format", "json")
    assert json.loads(result.stdout) == {
        "findings": [],
        "summary": {
            "files": 5,
            "files_with_findings": 0,
            "errors": 0,
            "warnings": 0,
            "ignored": 0,
            "loads": True,
        },
    }


def _hostile(tmp_path: Path) -> Path:
    """A dataset under a directory whose name holds workflow-command syntax, with
    a field name holding %, CR, LF, an ANSI escape and a fake command."""
    root = tmp_path / "da,ta:100%"
    country = COUNTRY_PE.replace("name: Peru\n", 'name: Peru\n"n%me\\r\\n::warning::x\\e[31m": 1\n')
    return write_dataset(
        root, countries={"PE": country, "MX": "code: MX\nname: Mexico\nregion: North America\n"}
    )


def test_github_format_escapes_properties_and_messages(tmp_path: Path) -> None:
    root = _hostile(tmp_path)
    result = run("check", str(root), "--format", "github")
    assert result.code == 1
    path = workflow_property(f"{root}/countries/PE.yaml")
    assert "%2C" in path and "%3A" in path and "%25" in path
    assert result.stdout == (
        f"::error file={path},line=3,col=1,title=ACC101::"
        "unknown field 'n%25me%0D%0A::warning::x\\x1b[31m'\n"
        "Found 1 error in 1 file.\n"
    )
    # every workflow command is on its own line: the fake one never starts a line
    assert [line[:9] for line in result.stdout.splitlines()] == ["::error f", "Found 1 e"]


def test_text_format_shows_control_characters_visibly(tmp_path: Path) -> None:
    root = _hostile(tmp_path)
    result = run("check", str(root))
    assert result.stdout == (
        f"{root}/countries/PE.yaml:3:1: ACC101 "
        "unknown field 'n%me\\x0d\\n::warning::x\\x1b[31m'\n"
        "\n"
        "Found 1 error in 1 file.\n"
    )


def test_workflow_escaping_functions() -> None:
    assert workflow_data("100% done\r\nnext, a:b") == "100%25 done%0D%0Anext, a:b"
    assert workflow_property("100% done\r\nnext, a:b") == "100%25 done%0D%0Anext%2C a%3Ab"
    assert workflow_data("%0A") == "%250A"  # already-escaped text is escaped again
    assert workflow_data("\x1b[31mred\u202e") == "\\x1b[31mred\\u202e"


def test_colour_only_on_a_terminal_and_data_is_never_markup() -> None:
    from accession_cli.render.check.text import render as render_text

    found = Finding(
        "countries/PE.yaml", "ACC101", Severity.ERROR, "unknown field '[red]x[/red]\x1b[2J'", 3, 1
    )
    warning = Finding("sources.yaml", "ACC304", Severity.WARNING, "source 'a' is never cited", 2, 7)
    report = CheckReport("data", (found, warning), files=3)
    plain = render_text(report, RenderOptions(color=False))
    assert "\x1b" not in plain
    coloured = render_text(report, RenderOptions(color=True))
    assert "\x1b[1;31mACC101\x1b[0m" in coloured
    assert "\x1b[33m[warning] \x1b[0m" in coloured
    # the message is printed literally: no markup applied, the escape made visible
    assert "unknown field '[red]x[/red]\\x1b[2J'" in coloured
    assert "\x1b[2J" not in coloured
    # stripping the colour leaves exactly the plain output
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


# ------------------------------------------------------------ rule selection


def test_select_by_prefix(in_data: Path) -> None:
    result = run("check", "many-errors", "--select", "ACC5")
    assert result.stdout.splitlines()[-1] == (
        "Found 3 errors and 1 warning in 2 files. The dataset does not load: "
        "3 ignored errors stop every view (ACC001, ACC105, ACC101); 5 findings ignored in all."
    )
    assert result.code == 1


def test_select_and_ignore_comma_separated_and_repeated(in_data: Path) -> None:
    result = run("check", "many-errors", "--ignore", "ACC5,ACC6", "--ignore", "acc0", "-f", "json")
    body = json.loads(result.stdout)
    assert [f["code"] for f in body["findings"]] == ["ACC105", "ACC101", "ACC203"]
    assert body["summary"]["ignored"] == 6


def test_only_warnings_selected_exit_zero_unless_strict(in_data: Path) -> None:
    result = run("check", "invalid/ACC505", "--select", "ACC505")
    assert (result.code, result.stdout.splitlines()[-1]) == (0, "Found 1 warning in 1 file.")
    assert run("check", "invalid/ACC505", "--select", "ACC505", "--strict").code == 1


def test_ignoring_every_finding_of_a_dataset_that_loads_passes(in_data: Path) -> None:
    result = run("check", "invalid/ACC505", "--ignore", "ALL")
    assert (result.code, result.stdout) == (0, "All checks passed: 4 files (1 finding ignored).\n")


def test_ignoring_cannot_hide_a_dataset_that_does_not_load(in_data: Path) -> None:
    """Every view refuses this dataset: --ignore may quiet its findings, never
    report that the checks passed, nor exit 0."""
    result = run("check", "many-errors", "--ignore", "ALL")
    assert (result.code, result.stdout) == (
        1,
        "The dataset does not load: 3 ignored errors stop every view "
        "(ACC001, ACC105, ACC101); 9 findings ignored in all.\n",
    )
    one = run("check", "invalid/ACC101", "--ignore", "ACC1")
    assert (one.code, one.stdout) == (
        1,
        "The dataset does not load: 1 ignored error stops every view (ACC101); "
        "1 finding ignored in all.\n",
    )
    body = json.loads(run("check", "invalid/ACC101", "--ignore", "ACC101", "-f", "json").stdout)
    assert (body["findings"], body["summary"]["ignored"], body["summary"]["loads"]) == (
        [],
        1,
        False,
    )
    github = run("check", "invalid/ACC101", "--ignore", "ACC101", "-f", "github")
    assert github.code == 1 and "All checks passed" not in github.stdout
    # and the views agree: the dataset does not load
    assert run("--data", "invalid/ACC101", "list").code == 2


def test_more_specific_selector_wins() -> None:
    both = RuleSelection(select=("ACC5",), ignore=("ACC505",))
    assert both.enabled("ACC501") and not both.enabled("ACC505")
    assert not both.enabled("ACC101")
    reverse = RuleSelection(select=("ACC505",), ignore=("ACC5",))
    assert reverse.enabled("ACC505") and not reverse.enabled("ACC501")
    tie = RuleSelection(select=("ACC5",), ignore=("ACC5",))
    assert not tie.enabled("ACC505")
    assert RuleSelection().enabled("ACC001")
    assert RuleSelection(ignore=("ALL",), select=("ACC1",)).enabled("ACC101")


def test_selectors_are_parsed_and_checked() -> None:
    assert parse_selectors(["acc5, ACC101", "all"], "--select") == ("ACC5", "ACC101", "ALL")
    with pytest.raises(UsageError, match="'ACC9' is not a rule code or prefix"):
        parse_selectors(["ACC9"], "--select")


def test_unknown_selector_is_a_usage_error(dataset: Path) -> None:
    result = run("check", str(dataset), "--ignore", "E501")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        "error: --ignore: 'E501' is not a rule code or prefix "
        "(see 'accession check --list-rules')\n"
    )


def test_list_rules() -> None:
    """Summaries wrap under themselves: no line is wider than the terminal."""
    result = run("check", "--list-rules", "--select", "ACC5")
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout == textwrap.dedent(
        """\
        ACC501  stage-order               error    Treaty stages out of order in time.
        ACC502  in-force-without-deposit  error    in_force recorded without
                                                   ratified/acceded.
        ACC503  ratified-and-acceded      error    Both ratified and acceded for one
                                                   treaty.
        ACC504  acceded-after-signed      warning  acceded after signed: signatories
                                                   ratify.
        ACC505  entry-into-force          warning  in_force date differs from the three-
                                                   month rule.
        ACC506  history-order             error    Legislation history out of order in
                                                   time.
        ACC507  after-terminal            error    Legislation history continues after a
                                                   terminal status.
        ACC508  event-dates               error    An event that ends before it starts.
        ACC509  after-as-of               error    A fact dated after the dataset's
                                                   as_of (warning if planned).
        ACC510  duplicate-stage           error    The same treaty stage recorded twice.
        ACC511  declaration-date          error    A reservation or declaration dated
                                                   before the state signed or deposited
                                                   the treaty (or withdrawn before it
                                                   was made).
        """
    )
    every = run("check", "--list-rules").stdout.splitlines()
    assert max(len(line) for line in every) <= 80


def test_list_rules_needs_no_dataset_and_lists_every_rule(tmp_path: Path) -> None:
    from accession_cli.core.data.rules import RULES

    result = run("--data", str(tmp_path / "nowhere"), "check", "--list-rules")
    assert result.code == 0
    codes = [line.split()[0] for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert codes == list(RULES)
    listed = json.loads(run("check", "--list-rules", "--format", "json").stdout)["rules"]
    assert listed[0] == {
        "code": "ACC001",
        "name": "yaml-syntax",
        "severity": "error",
        "summary": "The file is not valid YAML.",
    }
    assert len(listed) == len(RULES)


# -------------------------------------------------------------- exit codes


def test_strict_fails_on_warnings(in_data: Path) -> None:
    assert run("check", "invalid/ACC304").code == 0
    strict = run("check", "invalid/ACC304", "--strict")
    assert strict.code == 1
    assert strict.stdout == (
        "invalid/ACC304/sources.yaml:9:7: ACC304 [warning] source 'unused-report' is never cited\n"
        "\n"
        "Found 1 warning in 1 file.\n"
    )


def test_missing_directory_is_exit_2(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "nope"))
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == f"error: {tmp_path / 'nope'}: does not exist\n"


def test_unreadable_file_is_reported_with_the_others_and_exit_2(dataset: Path) -> None:
    # a directory named like a data file, and a dangling link, cannot be read
    # (file permissions would not do: the tests may run as root)
    (dataset / "countries" / "CL.yaml").mkdir()
    (dataset / "countries" / "CL.yaml" / "keep").write_text("", encoding="utf-8")
    (dataset / "countries" / "BR.yaml").symlink_to(dataset / "countries" / "gone.yaml")
    (dataset / "countries" / "MX.yaml").write_text("code: MX\nnam: Mexico\n", encoding="utf-8")
    result = run("check", str(dataset))
    assert result.code == 2
    assert result.stdout == (
        f"{dataset}/countries/BR.yaml: ACC009 cannot read: No such file or directory\n"
        "\n"
        f"{dataset}/countries/CL.yaml: ACC009 cannot read: not a regular file\n"
        "\n"
        f"{dataset}/countries/MX.yaml:1:1: ACC102 missing required field 'region'\n"
        f"{dataset}/countries/MX.yaml:2:1: ACC101 unknown field 'nam'; did you mean 'name'?\n"
        "\n"
        "Found 4 errors in 3 files.\n"
    )
    # ignoring the unreadable files leaves an ordinary failure
    assert run("check", str(dataset), "--ignore", "ACC009").code == 1


def test_symbolic_link_outside_the_dataset(dataset: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text("code: CL\nname: Chile\nregion: South America\n", encoding="utf-8")
    (dataset / "countries" / "CL.yaml").symlink_to(outside)
    result = run("check", str(dataset))
    assert result.code == 1
    assert result.stdout == (
        f"{dataset}/countries/CL.yaml: ACC011 symbolic link to a file outside the dataset: "
        "not read\n\nFound 1 error in 1 file.\n"
    )


def test_file_over_the_size_limit(dataset: Path) -> None:
    from accession_cli.core.data.loader import MAX_FILE_BYTES

    big = dataset / "countries" / "CL.yaml"
    big.write_bytes(b"# " + b"x" * MAX_FILE_BYTES + b"\n")
    result = run("check", str(dataset), "-f", "json")
    assert result.code == 1
    [found] = json.loads(result.stdout)["findings"]
    assert (found["code"], found["path"], found["line"]) == (
        "ACC010",
        f"{dataset}/countries/CL.yaml",
        None,
    )
    assert (
        found["message"] == f"file is {MAX_FILE_BYTES + 3:,} bytes; the limit is {MAX_FILE_BYTES:,}"
    )


# -------------------------------------------------------- where the data is


def test_default_location_prints_paths_as_typed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_dataset(tmp_path / "data")
    (tmp_path / "data" / "countries" / "MX.yaml").write_text(
        "code: MX\nname: Mexico\nregion: North America\nmemberhips: [OAS]\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    result = run("check")
    assert result.stdout.splitlines()[0] == (
        "data/countries/MX.yaml:4:1: ACC101 unknown field 'memberhips'; did you mean 'memberships'?"
    )
    env = run("check", env={"ACCESSION_DATA": str(tmp_path / "data")})
    assert env.stdout.splitlines()[0].startswith(f"{tmp_path}/data/countries/MX.yaml:4:1: ")
    option = run("--data", "./data/", "check")
    assert option.stdout.splitlines()[0].startswith("data/countries/MX.yaml:4:1: ")
    given = run("check", "./data/")
    assert given.stdout.splitlines()[0].startswith("data/countries/MX.yaml:4:1: ")


# ---------------------------------------------------------- GitHub Actions


def test_inside_github_actions_the_default_is_github_and_a_summary_is_appended(
    in_data: Path, tmp_path: Path
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n\n", encoding="utf-8")
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    result = run("check", "many-errors", env=env)
    assert (result.code, result.stdout, result.stderr) == (1, MANY_GITHUB, "")
    assert summary.read_text(encoding="utf-8") == "earlier step\n\n" + MANY_SUMMARY
    # an explicit --format wins; the summary is still written
    text = run("check", "many-errors", "--format", "text", env=env)
    assert text.stdout == MANY_TEXT
    assert summary.read_text(encoding="utf-8") == "earlier step\n\n" + MANY_SUMMARY * 2


def test_github_summary_of_a_clean_run(dataset: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    assert run("check", str(dataset), env=env).code == 0
    assert summary.read_text(encoding="utf-8") == (
        "## accession check\n\nAll checks passed: 5 files.\n\n"
    )


def test_no_summary_outside_github_actions(in_data: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    result = run("check", "many-errors", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.stdout == MANY_TEXT
    assert not summary.exists()


def test_unwritable_summary_warns_and_keeps_the_exit_code(dataset: Path, tmp_path: Path) -> None:
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(tmp_path)}
    result = run("check", str(dataset), env=env)
    assert result.code == 0
    assert result.stderr.startswith(f"warning: cannot write the step summary to {tmp_path}: ")


def test_summary_cells_are_markdown_escaped(tmp_path: Path) -> None:
    from accession_cli.render.check.github import step_summary

    found = Finding("countries/PE.yaml", "ACC101", Severity.ERROR, "unknown field 'a|b<br>'", 3, 1)
    text = step_summary(CheckReport("data", (found,), files=1))
    assert (
        "| error | ACC101 | data/countries/PE.yaml:3:1 | unknown field 'a\\|b&lt;br&gt;' |" in text
    )


# ------------------------------------------------------ the project's data


def test_bundled_data_passes_strict(bundled: Path) -> None:
    result = run("check", "--strict", str(bundled))
    files = sum(1 for _ in bundled.rglob("*.yaml"))
    assert (result.code, result.stdout, result.stderr) == (
        0,
        f"All checks passed: {files} files.\n",
        "",
    )


def test_help_describes_the_exit_codes() -> None:
    result = run("check", "--help")
    assert result.code == 0
    assert "--list-rules" in result.stdout
    assert "2 usage or I/O error" in " ".join(result.stdout.split())


def test_pre_commit_hook_runs_the_check_on_yaml_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import yaml

    hooks_file = Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml"
    [hook] = yaml.safe_load(hooks_file.read_text(encoding="utf-8"))
    assert hook["id"] == "accession-check"
    assert (hook["language"], hook["pass_filenames"]) == ("python", False)
    pattern = re.compile(hook["files"])
    assert pattern.search("data/countries/PE.yaml") and pattern.search("x.yml")
    assert not pattern.search("README.md")
    # pre-commit runs the entry in the repository root, where ./data is found
    program, *args = hook["entry"].split()
    assert program == "accession"
    write_dataset(tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    assert run(*args) == Result(0, "All checks passed: 5 files.\n", "")
