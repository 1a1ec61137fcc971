"""Tested docs: every command has help text and a README section with an example."""

from __future__ import annotations

import json
import os
import re
import shlex
from pathlib import Path

import pytest
import typer.main
import yaml

from accession_cli.cli.app import build_app
from conftest import run

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS_DOC = (ROOT / "docs" / "commands.md").read_text(encoding="utf-8")
DOCS = sorted((ROOT / "docs").glob("*.md"))


def _commands() -> list[str]:
    group = typer.main.get_command(build_app())
    return sorted(group.commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help(command: str) -> None:
    result = run(command, "--help")
    assert result.code == 0
    assert "Usage:" in result.stdout and len(result.stdout.splitlines()) > 3


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_a_documented_section_with_an_example(command: str) -> None:
    heading = re.search(rf"^### `accession {command}\b.*$", COMMANDS_DOC, re.MULTILINE)
    assert heading, f"docs/commands.md has no '### `accession {command}`' section"
    section = COMMANDS_DOC[heading.end() :].split("\n### ", 1)[0]
    assert f"$ accession {command}" in section, f"the section for {command} shows no example"


# README examples that run on the bundled data are run here, so the documented
# output cannot drift from what the tool prints.
_EXAMPLE = re.compile(r"```console\n\$ accession ([^\n]*)\n(.*?)```", re.DOTALL)
_CHECKED = ("list", "show", "drafts", "events", "diff --since", "check data")


def _examples() -> list[tuple[str, str]]:
    found = []
    for text in (README, COMMANDS_DOC):
        for match in _EXAMPLE.finditer(text):
            command, output = match.group(1), match.group(2)
            if command.startswith(_CHECKED) and "\n$ " not in output:
                found.append((command, output))
    return found


@pytest.mark.parametrize(("command", "expected"), _examples())
def test_readme_examples_match_the_bundled_data(command: str, expected: str, bundled: Path) -> None:
    args, _, pipe = command.partition(" | ")
    result = run(*shlex.split(args), env={"ACCESSION_DATA": str(bundled)})
    output = result.stdout
    if pipe:
        head = re.fullmatch(r"head -(\d+)", pipe.strip())
        assert head, f"unsupported pipe in README example: {pipe}"
        output = "".join(output.splitlines(keepends=True)[: int(head.group(1))])
    if expected.rstrip("\n").endswith("…") or "\n…\n" in expected:
        # an abridged example: every line shown must be in the output, in order
        shown = [line for line in expected.splitlines() if line != "…"]
        lines = output.splitlines()
        at = 0
        for line in shown:  # each shown line, after the one before it
            assert line in lines[at:], (line, output)
            at = lines.index(line, at) + 1
    else:
        assert output == expected


def test_readme_fits_on_a_few_screens_with_exactly_two_set_up_commands() -> None:
    assert len(README.encode("utf-8")) < 12_000
    set_up = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)```", set_up, re.DOTALL)
    assert [c.count("\n") for c in commands] == [1, 1], commands
    assert commands[0].strip().endswith("accession list")
    assert commands[1].strip().endswith("-m pytest")


@pytest.mark.parametrize("doc", [ROOT / "README.md", *DOCS], ids=lambda p: p.name)
def test_no_document_names_a_path_of_one_machine(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    assert not re.search(r"(?<![\w.])/(?:work|root|home|Users)/", text), doc
    assert "../shared" not in text, doc


@pytest.mark.parametrize("doc", [ROOT / "README.md", *DOCS], ids=lambda p: p.name)
def test_every_local_link_resolves(doc: Path) -> None:
    for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", doc.read_text(encoding="utf-8")):
        assert (doc.parent / target).exists(), (doc.name, target)


def test_the_data_format_reference_is_the_schema() -> None:
    """docs/data-format.md's field reference is rendered from `accession
    schema`; regenerate it with `python tests/schema_doc.py`."""
    from schema_doc import BEGIN, END, render, schemas_from_cli

    text = (ROOT / "docs" / "data-format.md").read_text(encoding="utf-8")
    documented = BEGIN + text.split(BEGIN, 1)[1].split(END, 1)[0] + END
    assert documented == render(schemas_from_cli())


def test_the_lowest_constraints_match_the_declared_lower_bounds() -> None:
    """CI's second run installs .ci/lowest-constraints.txt: one pin per
    dependency CI installs, at exactly the lower bound pyproject.toml declares."""
    # the project table's dependency strings ("typer>=0.29"), read without
    # tomllib (Python 3.11+ only; the tool supports 3.10)
    project = (ROOT / "pyproject.toml").read_text(encoding="utf-8").split("[tool.", 1)[0]
    project = project.split("[project]", 1)[1]
    # the mutation extra is for contributors, never installed by CI
    project = re.sub(r"^mutation = \[.*?^\]", "", project, flags=re.MULTILINE | re.DOTALL)
    bounds = dict(re.findall(r'^  "([\w-]+)>=([\w.]+)",$', project, re.MULTILINE))
    pins = dict(
        line.split("==")
        for line in (ROOT / ".ci" / "lowest-constraints.txt").read_text().splitlines()
        if line and not line.startswith("#")
    )
    normalise = {name.lower(): version for name, version in bounds.items()}
    assert set(pins) == set(normalise)
    for name, version in pins.items():
        assert version.split(".")[: len(normalise[name].split("."))] == normalise[name].split(
            "."
        ), name


def test_readme_says_what_the_browser_tests_need_and_do_without_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The README quotes the skip reason the tests give, and says CI fails instead."""
    from browser import SKIP_REASON, needs_chromium_reason

    set_up = " ".join(README.split("## Set up", 1)[1].split("\n## ", 1)[0].split())
    assert f'"{SKIP_REASON}"' in set_up
    assert "Under CI (`CI` set) a missing Chromium fails them" in set_up
    # and the tests do what it says
    monkeypatch.setattr("browser.find_chromium", lambda: None)
    monkeypatch.delenv("CI", raising=False)
    assert needs_chromium_reason() == (True, SKIP_REASON)
    monkeypatch.setenv("CI", "true")
    assert needs_chromium_reason() == (False, SKIP_REASON)


# ---------------------------------------------------------------- generated and counted

#: ACCESSION_UPDATE_DOCS=1 rewrites the generated parts of the docs (like the
#: golden files: review the diff); CI never does
UPDATE_DOCS = os.environ.get("ACCESSION_UPDATE_DOCS") == "1" and not os.environ.get("CI")
_RULES_TABLE = re.compile(
    r"(The rules \(`accession check --list-rules`\):\n\n)(\| code \|.*?\n)(?=\n)", re.DOTALL
)


def rules_table() -> str:
    """The rules table of docs/commands.md, from `accession check --list-rules`."""
    result = run("check", "--list-rules", "--format", "json")
    assert result.code == 0
    lines = ["| code | name | severity | what it means |", "| --- | --- | --- | --- |"]
    for rule in json.loads(result.stdout)["rules"]:
        cells = [rule["code"], rule["name"], rule["severity"], rule["summary"]]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def test_the_rules_table_is_generated_from_list_rules() -> None:
    text = COMMANDS_DOC
    match = _RULES_TABLE.search(text)
    assert match, "docs/commands.md has no rules table after its heading"
    expected = rules_table()
    if UPDATE_DOCS and match.group(2) != expected:
        path = ROOT / "docs" / "commands.md"
        path.write_text(text[: match.start(2)] + expected + text[match.end(2) :], "utf-8")
        return
    assert match.group(2) == expected, (
        "the rules table differs from 'accession check --list-rules'; regenerate it with "
        "ACCESSION_UPDATE_DOCS=1 .venv/bin/python -m pytest tests/test_docs.py"
    )


def _count(pattern: str, text: str) -> int:
    match = re.search(pattern, " ".join(text.split()))
    assert match, pattern
    return int(match.group(1))


def test_counts_in_the_readme_are_the_bundled_data(bundled: Path) -> None:
    """The README's numbers (states, OAS members, sources, data files) are the data's."""
    body = json.loads(run("--data", str(bundled), "list", "--format", "json").stdout)
    countries = body["countries"]
    oas = [c for c in countries if "OAS" in c["memberships"]]
    sources = yaml.safe_load((bundled / "sources.yaml").read_text("utf-8"))
    files = len(list(bundled.rglob("*.yaml")))
    assert _count(r"The bundled dataset covers (\d+) states", README) == len(countries)
    assert _count(r"all (\d+) member states of the Organization of American States", README) == (
        len(oas)
    )
    assert _count(r"Every fact cites one of its (\d+) sources", README) == len(sources)
    assert _count(r"All checks passed: (\d+) files", README) == files


# ---------------------------------------------------------------- every example runs

#: How a shown output is compared with the real one. Only what must vary is
#: normalised, the same way on both sides: a size in parentheses ("(381.3 KB)",
#: "(0 bytes)") becomes "(SIZE)", and the test's scratch directory is shown as
#: "/tmp". An example whose output ends in, or holds, a line "…" is abridged:
#: each line it shows must be in the output, in order.
SIZE = re.compile(r"\((?:\d+(?:\.\d+)? (?:bytes|KB|MB|GB))\)")

#: console blocks that need a scenario other than a copy of the bundled data
#: in ./data, each with the reason; they are checked elsewhere or by hand
SCENARIOS = {
    "accession diff HEAD": "needs a git checkout with uncommitted edits",
    "accession diff HEAD --format md": "needs a git checkout with uncommitted edits",
    "python benchmarks/generate.py 200 /tmp/data-200     # a synthetic dataset": "a benchmark",
}
_DOCS_WITH_EXAMPLES = [ROOT / "README.md", *(d for d in DOCS if d.name != "contributing-data.md")]


#: the edits docs/commands.md describes before its examples of findings:
#: (file, text, replacement, which occurrence)
EDITS = (
    ("countries/AR.yaml", "region: South America", "region: South Amerca", 1),
    ("countries/AR.yaml", "- status: enacted", "- stauts: enacted", 1),
    ("countries/PE.yaml", "date: 2019-12-01", "date: 2019-11-01", 1),
)
#: the examples that run on that edited copy
EDITED = ("accession check", "accession check --format github", "accession check --select ACC5")


def _edit(data: Path) -> None:
    for name, text, replacement, _ in EDITS:
        path = data / name
        content = path.read_text(encoding="utf-8")
        assert text in content, (name, text)
        path.write_text(content.replace(text, replacement, 1), encoding="utf-8")


def _console_blocks() -> list[tuple[str, int, list[tuple[str, str]]]]:
    """(document, block number, [($ command, shown output)]) of every console block."""
    found = []
    for doc in _DOCS_WITH_EXAMPLES:
        text = doc.read_text(encoding="utf-8")
        blocks = re.findall(r"^( *)````?console\n(.*?)^\1````?$", text, re.DOTALL | re.MULTILINE)
        for number, (indent, body) in enumerate(blocks, 1):
            pairs: list[tuple[str, list[str]]] = []
            for line in body.splitlines():
                line = line[len(indent) :]
                if line.startswith("$ "):
                    pairs.append((line[2:], []))
                elif pairs:
                    pairs[-1][1].append(line)
            steps = [(c, "\n".join(o) + "\n" if o else "") for c, o in pairs]
            if steps and steps[0][0] not in SCENARIOS:
                found.append((doc.name, number, steps))
    return found


def _normal(text: str, scratch: Path) -> str:
    return SIZE.sub("(SIZE)", text.replace(str(scratch), "/tmp"))


@pytest.mark.parametrize(
    ("doc", "number", "steps"), _console_blocks(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_console_example_runs_as_shown(
    doc: str, number: int, steps: list[tuple[str, str]], bundled: Path, tmp_path: Path
) -> None:
    import shutil
    import subprocess
    import sys

    shutil.copytree(bundled, tmp_path / "data")
    if steps[0][0] == "accession check" or steps[0][0].startswith(EDITED[1:]):
        _edit(tmp_path / "data")
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "XDG_CACHE_HOME": str(tmp_path / "demo-xdg"),
        "COLUMNS": "80",
    }
    for name in ("ACCESSION_DATA", "ACCESSION_CACHE_DIR", "ACCESSION_NO_CACHE", "NO_COLOR"):
        env.pop(name, None)
    for command, shown in steps:
        result = subprocess.run(
            ["bash", "-c", command], cwd=tmp_path, env=env, capture_output=True, text=True,
            check=False,
        )  # fmt: skip
        output = _normal(result.stdout, tmp_path)
        expected = _normal(shown, tmp_path)
        where = f"{doc}, example {number}: $ {command}"
        if expected.rstrip("\n").endswith("…") or "\n…\n" in expected:
            lines = output.splitlines()
            at = 0
            for line in (x for x in expected.splitlines() if x != "…"):
                assert line in lines[at:], (where, line, output)
                at = lines.index(line, at) + 1
        else:
            assert output == expected, (where, result.stderr)
