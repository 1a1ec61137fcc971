"""Hostile data, hostile pull requests, interrupted runs (issue 8).

Each section proves one promise of SECURITY.md with what a user would see:
exit codes, stdout and stderr, the files left on disk. The property-based
"no traceback, ever" tests are in test_properties.py.
"""

from __future__ import annotations

import csv
import html.parser
import io
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml.scanner

from accession_cli.core.data import yamlio
from accession_cli.core.data.findings import Finding
from accession_cli.core.data.loader import MAX_FILE_BYTES, load_dataset
from conftest import COUNTRY_MX, COUNTRY_PE, EVENT, MANIFEST, SOURCES, Result, run, write_dataset

ROOT = Path(__file__).resolve().parent.parent
EVENT_ID = "2010-08-mexico-city-workshop"
DATE = "2026-01-31"
#: raw characters a terminal acts on (tab and newline are fine)
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def test_every_command_exists() -> None:
    """The lists below name every command; none is optional."""
    listed = frozenset(re.findall(r"^  (\w+)  ", run("--help").stdout, re.MULTILINE))
    assert listed == {
        "check", "list", "show", "drafts", "events", "report", "diff", "schema", "cache",
        "export", "map", "site",
    }, listed  # fmt: skip


def every_command(data: Path, other: Path) -> list[list[str]]:
    """Every command that reads data, in every format, as far as the tree has them."""
    d = str(data)
    result = [["--version"]]
    result += [["check", d, "--format", f] for f in ("text", "json", "github")]
    for fmt in ("table", "md", "json", "csv"):
        result += [
            ["--data", d, "list", "--format", fmt],
            ["--data", d, "show", "PE", "--format", fmt],
            ["--data", d, "show", "MX", "--format", fmt],
            ["--data", d, "drafts", "--format", fmt],
            ["--data", d, "events", "--format", fmt],
        ]
    result += [
        ["--data", d, "report", "--format", fmt, "--date", DATE]
        for fmt in ("md", "html", "json", "csv")
    ]
    for fmt in ("table", "md", "json"):
        result += [
            ["diff", str(other), d, "--format", fmt],
            ["diff", d, str(other), "--format", fmt],
            ["--data", d, "diff", "--since", "2000", "--format", fmt],
        ]
    for args in result:
        if args[0] == "--version":
            args[:0] = ["--data", d]
    return result


def assert_no_crash(args: list[str], result: Result) -> None:
    assert result.code in (0, 1, 2), (args, result.code, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr, (args, result.stderr)
    assert "internal error" not in result.stderr, (args, result.stderr)


# ===================================================================== limits


def padded_event(size: int) -> bytes:
    """A valid event file of exactly ``size`` bytes (a long comment pads it)."""
    body = EVENT.encode()
    padding = size - len(body) - len(b"#\n")
    assert padding >= 0
    return body + b"#" + b"x" * padding + b"\n"


def test_a_file_over_the_size_limit_is_refused_before_it_is_parsed(dataset: Path) -> None:
    big = dataset / "events" / f"{EVENT_ID}.yaml"
    big.write_bytes(padded_event(MAX_FILE_BYTES + 1))
    parsed: list[str] = []

    def spy(data: bytes, path: str) -> yamlio.ParsedFile | Finding:
        parsed.append(path)
        return yamlio.parse(data, path)

    result = load_dataset(dataset, parse=spy)
    assert f"events/{EVENT_ID}.yaml" not in parsed
    assert "countries/PE.yaml" in parsed
    assert [(f.path, f.code, f.message) for f in result.findings] == [
        (
            f"events/{EVENT_ID}.yaml",
            "ACC010",
            f"file is {MAX_FILE_BYTES + 1:,} bytes; the limit is {MAX_FILE_BYTES:,}",
        )
    ]
    assert MAX_FILE_BYTES == 5 * 1024 * 1024  # the value SECURITY.md states

    checked = run("check", str(dataset))
    assert checked.code == 1
    assert checked.stdout == (
        f"{dataset}/events/{EVENT_ID}.yaml: ACC010 file is 5,242,881 bytes; "
        "the limit is 5,242,880\n\nFound 1 error in 1 file.\n"
    )
    listed = run("--data", str(dataset), "list")
    assert (listed.code, listed.stdout) == (2, "")
    assert listed.stderr.splitlines()[0] == (
        f"{dataset}/events/{EVENT_ID}.yaml: ACC010 file is 5,242,881 bytes; the limit is 5,242,880"
    )


def test_a_file_of_exactly_the_size_limit_is_read(dataset: Path) -> None:
    (dataset / "events" / f"{EVENT_ID}.yaml").write_bytes(padded_event(MAX_FILE_BYTES))
    result = run("check", str(dataset))
    assert (result.code, result.stdout) == (0, "All checks passed: 5 files.\n")


#: nesting far beyond any C stack: before the fix, libyaml's composer (which
#: recurses in C) crashed the process with a segmentation fault
DEEP = {
    "open-flow": "[" * 100_000,
    "closed-flow": "[" * 100_000 + "]" * 100_000,
    "flow-mappings": "{a: " * 100_000 + "}" * 100_000,
    "block-entries": "- " * 100_000,
    "million": "[" * 1_000_000,
    "explicit-keys": "? " * 100_000,
}


def test_deep_nesting_is_refused_without_crashing(tmp_path: Path) -> None:
    """In a subprocess, so that a crash of the C parser fails this test
    instead of killing the test run."""
    data = write_dataset(tmp_path / "data")
    for name, text in DEEP.items():
        (data / "events" / f"deep-{name}.yaml").write_text(text, encoding="utf-8")
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "accession_cli", "check", str(data), "--format", "json"],
        capture_output=True,
        env={**os.environ, "ACCESSION_NO_CACHE": "1"},
        timeout=120,
    )
    elapsed = time.perf_counter() - started
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    found = {f["path"]: f for f in json.loads(done.stdout)["findings"]}
    for name in DEEP:
        finding = found[f"{data}/events/deep-{name}.yaml"]
        assert (finding["code"], finding["message"]) == ("ACC010", "nesting deeper than 40 levels")
        assert finding["line"] == 1
    assert found[f"{data}/events/deep-open-flow.yaml"]["column"] == 41
    assert found[f"{data}/events/deep-block-entries.yaml"]["column"] == 81
    assert elapsed < 60  # refused at once, not after composing a million levels


class _LibyamlWithADepthLimit:
    """Stands in for a libyaml build that refuses nesting itself (PyYAML 6.0.4
    bundles one): its scanner raises before any event of the deep part."""

    def __init__(self, text: str) -> None:
        self.text = text

    def get_event(self) -> object:
        raise yaml.scanner.ScannerError(
            "while increasing flow level", None, "exceeded maximum nesting depth", None
        )

    def dispose(self) -> None:
        pass


@pytest.mark.parametrize("name", sorted(DEEP))
@pytest.mark.parametrize("libyaml", ["installed", "with-own-limit"])
def test_deep_nesting_is_acc010_whatever_libyaml_does(
    name: str, libyaml: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if libyaml == "with-own-limit":
        monkeypatch.setattr(yamlio, "_StrictComposer", _LibyamlWithADepthLimit)
    result = yamlio.parse(DEEP[name].encode(), "deep.yaml")
    assert isinstance(result, Finding)
    assert (result.code, result.message, result.line) == (
        "ACC010",
        "nesting deeper than 40 levels",
        1,
    )


def nested(depth: int) -> str:
    """A block mapping ``depth`` levels deep: ``a:`` / `` a:`` / ... / ``x``."""
    return "".join(" " * i + "a:\n" for i in range(depth - 1)) + " " * (depth - 1) + "a: x\n"


@pytest.mark.parametrize("padded", [False, True], ids=["small-file", "large-file"])
def test_nesting_limit_is_exact(padded: bool) -> None:
    """40 levels parse; 41 are refused at the line and column of the 41st.
    Large files are measured by the event walk, small ones while building."""
    pad = "#" + ":" * 2000 + "\n" if padded else ""  # past the cheap pre-check's threshold
    ok = yamlio.parse((pad + nested(yamlio.MAX_DEPTH)).encode(), "f.yaml")
    assert isinstance(ok, yamlio.ParsedFile)
    refused = yamlio.parse((pad + nested(yamlio.MAX_DEPTH + 1)).encode(), "f.yaml")
    assert isinstance(refused, Finding)
    assert (refused.code, refused.message) == ("ACC010", "nesting deeper than 40 levels")
    assert refused.line == yamlio.MAX_DEPTH + 1 + (1 if padded else 0)
    assert yamlio.MAX_DEPTH == 40  # the value SECURITY.md states


BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_an_alias_bomb_is_refused_without_expanding_it(dataset: Path) -> None:
    (dataset / "events" / f"{EVENT_ID}.yaml").write_text(BILLION_LAUGHS, encoding="utf-8")
    started = time.perf_counter()
    result = run("check", str(dataset))
    assert time.perf_counter() - started < 10
    assert result.code == 1
    assert result.stdout.splitlines()[0] == (
        f"{dataset}/events/{EVENT_ID}.yaml:2:4: ACC003 anchors and aliases are not allowed: "
        "write the value out in full"
    )


def test_a_python_tag_is_refused_and_never_run(dataset: Path, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    (dataset / "events" / f"{EVENT_ID}.yaml").write_text(
        f"id: !!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8"
    )
    result = run("check", str(dataset))
    assert result.code == 1
    assert f"events/{EVENT_ID}.yaml:1:5: ACC004 tags are not allowed" in result.stdout
    assert not marker.exists()


EVENT_TEMPLATE = """\
id: {id}
title: Workshop number {n}
kind: workshop
start: {date}
place: {{city: Lima, country: PE}}
organizers: [Council of Europe]
participants:
  - country: PE
  - country: MX
sources: [programme]
"""


def many_events(root: Path, count: int) -> Path:
    events = {}
    for n in range(count):
        date = f"{2000 + n % 20}-{1 + n % 12:02d}-{1 + n % 28:02d}"
        event_id = f"{date[:7]}-lima-workshop-{n:05d}"
        events[event_id] = EVENT_TEMPLATE.format(id=event_id, n=n, date=date)
    return write_dataset(root, events=events)


def counted(monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[Result, int, int]:
    """Run with the parse cache off, counting the work done: files parsed and
    event records built (timing belongs in benchmarks/, not in a test)."""
    from accession_cli.core.data import schema

    parses = 0
    built = 0
    real_parse, real_event = yamlio.parse, schema.convert_event

    def parse(data: bytes, path: str) -> object:
        nonlocal parses
        parses += 1
        return real_parse(data, path)

    def convert_event(*args: Any) -> Any:
        nonlocal built
        built += 1
        return real_event(*args)

    with monkeypatch.context() as patch:
        patch.setattr(yamlio, "parse", parse)
        patch.setattr(schema, "convert_event", convert_event)
        result = run(*args, env={"ACCESSION_NO_CACHE": "1"})
    return result, parses, built


def test_ten_thousand_files_take_linear_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every file is parsed once and every event built once: 4x the files is
    4x the work, never more."""
    small = many_events(tmp_path / "small", 2_500)
    large = many_events(tmp_path / "large", 10_000)
    checked_small, parses_small, built_small = counted(monkeypatch, "check", str(small))
    checked_large, parses_large, built_large = counted(monkeypatch, "check", str(large))
    assert (checked_small.code, checked_small.stdout) == (0, "All checks passed: 2504 files.\n")
    assert (checked_large.code, checked_large.stdout) == (0, "All checks passed: 10004 files.\n")
    assert (parses_small, parses_large) == (2_504, 10_004)
    assert (built_small, built_large) == (2_500, 10_000)

    listed, _, _ = counted(monkeypatch, "--data", str(large), "list", "--format", "csv")
    assert listed.code == 0
    rows = list(csv.reader(io.StringIO(listed.stdout)))
    assert [(row[0], row[-1]) for row in rows] == [
        ("code", "events_attended"),
        ("MX", "10000"),
        ("PE", "10000"),
    ]


# ================================================================== symlinks

SECRET = "SECRET-MARKER-7f3a"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """Files outside the dataset that would load fine, each holding the marker."""
    root = tmp_path / "outside"
    (root / "countries").mkdir(parents=True)
    (root / "events").mkdir()
    (root / "dataset.yaml").write_text(MANIFEST.replace("Test dataset", SECRET), "utf-8")
    (root / "sources.yaml").write_text(SOURCES.replace("Regional workshop", SECRET), "utf-8")
    (root / "countries" / "MX.yaml").write_text(COUNTRY_MX.replace("Mexico", SECRET), "utf-8")
    (root / "countries" / "PE.yaml").write_text(
        COUNTRY_PE.replace("Cybercrime law", SECRET), "utf-8"
    )
    (root / "events" / f"{EVENT_ID}.yaml").write_text(
        EVENT.replace("Meeting the challenge", SECRET), "utf-8"
    )
    (root / "secret.txt").write_text(f"token: {SECRET}\n", "utf-8")
    return root


#: what is replaced by a link, and where the link points (relative to ``outside``)
LINKS = {
    "dataset.yaml": "dataset.yaml",
    "sources.yaml": "sources.yaml",
    "countries/MX.yaml": "countries/MX.yaml",
    f"events/{EVENT_ID}.yaml": f"events/{EVENT_ID}.yaml",
    "countries": "countries",
    "events": "events",
    "countries/PE.yaml": "secret.txt",
}


def link(path: Path, target: Path) -> None:
    if path.is_dir():
        for child in path.iterdir():
            child.unlink()
        path.rmdir()
    else:
        path.unlink()
    path.symlink_to(target)


@pytest.mark.parametrize("name", list(LINKS))
def test_a_link_out_of_the_dataset_is_refused_and_never_read(
    name: str, tmp_path: Path, outside: Path
) -> None:
    data = write_dataset(tmp_path / "data")
    other = write_dataset(tmp_path / "other")
    link(data / name, outside / LINKS[name])

    checked = run("check", str(data), "--format", "json")
    assert checked.code == 1
    findings = json.loads(checked.stdout)["findings"]
    kind = "directory" if (outside / LINKS[name]).is_dir() else "file"
    assert {
        "path": f"{data}/{name}",
        "line": None,
        "column": None,
        "code": "ACC011",
        "severity": "error",
        "message": f"symbolic link to a {kind} outside the dataset: not read",
    } in findings

    for args in every_command(data, other):
        result = run(*args)
        assert_no_crash(args, result)
        assert SECRET not in result.stdout + result.stderr, args


def test_a_link_to_etc_passwd_prints_nothing_of_it(tmp_path: Path) -> None:
    passwd = Path("/etc/passwd")
    if not passwd.is_file():
        pytest.skip("no /etc/passwd here")
    data = write_dataset(tmp_path / "data")
    link(data / "countries" / "MX.yaml", passwd)
    first = passwd.read_text("utf-8", "replace").splitlines()[0]
    for args in every_command(data, data):
        result = run(*args)
        assert_no_crash(args, result)
        assert first not in result.stdout + result.stderr


def test_version_does_not_read_a_linked_manifest(tmp_path: Path, outside: Path) -> None:
    data = write_dataset(tmp_path / "data")
    link(data / "dataset.yaml", outside / "dataset.yaml")
    result = run("--data", str(data), "--version")
    assert result.code == 0
    assert result.stdout.splitlines()[1] == f"dataset: unreadable, at {data} (--data)"


def test_a_link_inside_the_dataset_is_followed(tmp_path: Path) -> None:
    data = write_dataset(tmp_path / "data")
    (data / "shared").mkdir()
    (data / "countries" / "MX.yaml").rename(data / "shared" / "MX.yaml")
    (data / "countries" / "MX.yaml").symlink_to("../shared/MX.yaml")
    result = run("check", str(data))
    assert (result.code, result.stdout) == (0, "All checks passed: 5 files.\n")


def test_a_link_loop_is_a_finding_not_a_crash(dataset: Path) -> None:
    (dataset / "countries" / "XX.yaml").symlink_to("XX.yaml")
    (dataset / "events" / "a.yaml").symlink_to("b.yaml")
    (dataset / "events" / "b.yaml").symlink_to("a.yaml")
    result = run("check", str(dataset))
    assert result.code == 2  # unreadable files are I/O errors
    assert result.stdout.splitlines()[:5] == [
        f"{dataset}/countries/XX.yaml: ACC009 cannot read: Too many levels of symbolic links",
        "",
        f"{dataset}/events/a.yaml: ACC009 cannot read: Too many levels of symbolic links",
        "",
        f"{dataset}/events/b.yaml: ACC009 cannot read: Too many levels of symbolic links",
    ]
    for args in (["list"], ["show", "PE"], ["events"]):
        listed = run("--data", str(dataset), *args)
        assert_no_crash(args, listed)
        assert listed.code == 2


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    """A named pipe would block a reader forever (in a subprocess, to time out)."""
    data = write_dataset(tmp_path / "data")
    os.mkfifo(data / "events" / "pipe.yaml")
    done = subprocess.run(
        [sys.executable, "-m", "accession_cli", "check", str(data)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert f"{data}/events/pipe.yaml: ACC009 cannot read: not a regular file" in done.stdout


# =========================================================== output injection

#: Everything at once: rich markup, ANSI (SGR, OSC 8 hyperlink, OSC title),
#: C1 CSI, bidi override, raw HTML, Markdown table syntax, a newline that starts
#: a GitHub workflow command, the legacy command form, a percent-encoded one.
PAYLOAD = (
    "[red]RED[/red] [link=https://evil.example/]LINK[/link] "
    "\x1b[31mANSI\x1b[0m \x1b]8;;https://evil.example/\x07OSC8\x1b]8;;\x07 \x1b]0;TITLE\x07 "
    "\x9b31mCSI \u202eRLO\u202c <b>BOLD</b> <script>alert(1)</script> <img src=x onerror=alert(2)> "
    "a|b *em* `code`\n::warning::NEWLINE ##[error]LEGACY %0A::set-output name=x::y"
    " cc @octocat @org/team"
)
FORMULA = '=HYPERLINK("https://evil.example/","click") '


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are valid YAML)."""
    return json.dumps(text)


def hostile_dataset(root: Path) -> Path:
    """A valid dataset with the payload in every free-text field."""
    manifest = MANIFEST + f"description: {q(PAYLOAD)}\n"
    sources = f"""\
- id: chart
  title: {q(FORMULA + PAYLOAD)}
  publisher: {q("+cmd|' /C calc'!A0 " + PAYLOAD)}
  url: {q('https://evil.example/"><script>alert(3)</script>')}
  accessed: 2026-01-01
  note: {q(PAYLOAD)}
- id: profile
  title: {q("-2+3 " + PAYLOAD)}
  publisher: {q("@SUM(1) " + PAYLOAD)}
  date: 2020-05
- id: programme
  title: {q(PAYLOAD)}
  publisher: Council of Europe
  url: https://example.org/programme
  date: 2010-08
"""
    country = f"""\
code: PE
name: {q(FORMULA + "Peru " + PAYLOAD)}
region: South America
memberships: [OAS, APEC]
notes: {q(PAYLOAD)}
treaties:
  budapest:
    - stage: invited
      date: 2015-03
      sources: [chart]
      note: {q(PAYLOAD)}
    - stage: acceded
      date: 2019-08-26
      sources: [chart]
legislation:
  - id: pe-law-2013
    title: {q(FORMULA + PAYLOAD)}
    number: {q(PAYLOAD)}
    kind: law
    note: {q(PAYLOAD)}
    url: https://example.org/ley
    history:
      - {{status: passed, date: 2013-09-12, sources: [profile], note: {q(PAYLOAD)}}}
      - {{status: enacted, date: 2013-10-22, sources: [profile]}}
    articles: {{2: full, 3: full}}
    articles_sources: [profile]
    provisions:
      - {{article: 4, provision: {q(FORMULA + PAYLOAD)}, grade: partial, sources: [profile], note: {q(PAYLOAD)},
          evidence: {q(FORMULA + PAYLOAD + " data interference")}, evidence_source: profile}}
  - id: pe-bill-2024
    title: {q(PAYLOAD)}
    kind: bill
    history:
      - {{status: introduced, date: 2024-05, sources: [profile]}}
    articles: {{18: full}}
    articles_sources: [profile]
declarations:
  - treaty: budapest
    kind: reservation
    basis: "29.4"
    date: 2019-08-26
    summary: {q(FORMULA + PAYLOAD)}
    sources: [chart]
    note: {q(PAYLOAD)}
"""
    event = f"""\
id: {EVENT_ID}
title: {q(FORMULA + PAYLOAD)}
kind: workshop
start: 2010-08-26
place: {{city: {q(PAYLOAD)}, country: MX}}
organizers: [{q(PAYLOAD)}]
outcomes: [{q(PAYLOAD)}]
note: {q(PAYLOAD)}
participants:
  - country: PE
    note: {q(PAYLOAD)}
  - country: MX
sources: [programme]
"""
    return write_dataset(
        root,
        manifest=manifest,
        sources=sources,
        countries={"PE": country, "MX": COUNTRY_MX},
        events={EVENT_ID: event},
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = hostile_dataset(tmp_path_factory.mktemp("hostile") / "data")
    checked = run("check", str(root))
    assert (checked.code, checked.stdout) == (0, "All checks passed: 5 files.\n")
    return root


def assert_nothing_raw(args: list[str], result: Result) -> None:
    """No control character, and nothing a CI log would run as a workflow command."""
    assert_no_crash(args, result)
    for stream in (result.stdout, result.stderr):
        raw = RAW_CONTROL.search(stream)
        assert raw is None, (args, raw.group() if raw else None)
        assert "##[" not in stream, args
        assert not re.search(r"^\s*::", stream, re.MULTILINE), args


def test_no_format_of_any_command_writes_hostile_text_raw(hostile: Path) -> None:
    for args in every_command(hostile, write_dataset(hostile.parent / "plain")):
        result = run(*args)
        assert_nothing_raw(args, result)
        if "--format" in args and args[args.index("--format") + 1] == "json":
            json.loads(result.stdout)  # still valid JSON


def show(hostile: Path, fmt: str, country: str = "PE") -> str:
    result = run("--data", str(hostile), "show", country, "--format", fmt)
    assert (result.code, result.stderr) == (0, "")
    return result.stdout


def test_table_prints_markup_literally_and_control_characters_visibly(hostile: Path) -> None:
    out = show(hostile, "table")
    # rich markup is not interpreted: the brackets are there, as typed
    assert "[red]RED[/red]" in out
    assert "[link=https://evil.example/]LINK[/link]" in out
    # escape sequences shown, not sent
    assert "\\x1b[31mANSI\\x1b[0m" in out
    assert "\\x1b]8;;https://evil.example/\\x07OSC8" in out
    assert "\\x9b31mCSI" in out
    assert "\\u202eRLO\\u202c" in out
    # the line the data tried to start is not a workflow command
    assert "\\::warning::NEWLINE ##\\[error]LEGACY" in out


def test_table_is_escaped_on_a_colour_terminal_too(
    hostile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With colour on, the only escape sequences are rich's own SGR codes."""
    monkeypatch.setattr("accession_cli.cli.state.stdout_is_terminal", lambda: True)
    result = run("--data", str(hostile), "show", "PE")
    assert result.code == 0
    sequences = set(re.findall(r"\x1b[^m]*m?", result.stdout))
    assert sequences, "colour was expected"
    assert all(re.fullmatch(r"\x1b\[[0-9;]*m", s) for s in sequences), sequences
    assert (
        "\x1b]" not in result.stdout and "\x9b" not in result.stdout and "\x07" not in result.stdout
    )


def md_rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("|")]


def markdown_outputs(hostile: Path) -> Iterator[tuple[list[str], str]]:
    views = [
        ["show", "PE"],
        ["show", "MX"],
        ["list"],
        ["drafts"],
        ["events"],
        ["report", "--date", DATE],
        ["diff", "--since", "2000"],
        ["diff", str(hostile.parent / "plain"), str(hostile)],
    ]
    write_dataset(hostile.parent / "plain")
    for args in views:
        result = run("--data", str(hostile), *args, "--format", "md")
        assert (result.code, result.stderr) == (0, ""), (args, result.stderr)
        yield args, result.stdout


def test_markdown_escapes_pipes_newlines_and_html(hostile: Path) -> None:
    seen = 0
    for args, out in markdown_outputs(hostile):
        assert "<script" not in out and "<b>" not in out and "<img" not in out, args
        if "alert(1)" in out:
            seen += 1
            assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out or "script alert(1)" in out
        # a cell's newline or pipe never adds a cell or a row: every row of a
        # table has as many unescaped pipes as its header
        for block in out.split("\n\n"):
            rows = md_rows(block)
            widths = {len(re.findall(r"(?<!\\)\|", row)) for row in rows}
            assert len(widths) <= 1, (args, block[:800])
    assert seen >= 5
    out = show(hostile, "md")
    # posted as a pull-request comment, it notifies nobody
    assert "@octocat" not in out and "@org/team" not in out
    assert "cc @&#8203;octocat @&#8203;org/team" in out
    assert "a\\|b" in out
    assert "\\[red\\]RED\\[/red\\]" in out


def test_csv_neutralises_formula_cells(hostile: Path) -> None:
    for args in (
        ["list"],
        ["show", "PE"],
        ["drafts"],
        ["events"],
        ["report", "--date", DATE],
    ):
        result = run("--data", str(hostile), *args, "--format", "csv")
        assert result.code == 0, (args, result.stderr)
        cells = [cell for row in csv.reader(io.StringIO(result.stdout)) for cell in row]
        assert any(cell.startswith("'=HYPERLINK(") for cell in cells), args
        for cell in cells:
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), (args, cell)
            assert not (cell.startswith("-") and not re.fullmatch(r"-[\d.]+", cell)), (args, cell)


def test_json_is_lossless_and_escapes_what_a_terminal_would_act_on(hostile: Path) -> None:
    out = show(hostile, "json")
    assert "\\u001b[31mANSI" in out and "\\u009b31mCSI" in out and "\\u202eRLO" in out
    assert "#\\u0023[error]LEGACY" in out
    # and it decodes to exactly what the file says
    assert json.loads(out)["country"]["notes"] == PAYLOAD


class Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def html_of(data: Path) -> Tags:
    result = run("--data", str(data), "report", "--format", "html", "--date", DATE)
    assert result.code == 0, result.stderr
    parsed = Tags()
    parsed.feed(result.stdout)
    return parsed


def test_html_report_escapes_every_value_and_links_only_http(hostile: Path, tmp_path: Path) -> None:
    evil = html_of(hostile)
    plain = html_of(write_dataset(tmp_path / "plain"))
    # the data adds no element and no attribute the report does not already use
    # (the plain dataset quotes no evidence, so has no <q>)
    assert {t for t, _ in evil.tags} <= {t for t, _ in plain.tags} | {"a", "q"}
    assert "script" not in {t for t, _ in evil.tags}
    for _, attrs in evil.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (name, value)
            if name == "href":
                assert value is not None
                assert value.startswith(("#", "https://", "http://")), value
                assert "<" not in value and '"' not in value, value
    # the payload is there, as text
    text = "".join(evil.text)
    assert "<script>alert(1)</script>" in text
    assert "[red]RED[/red]" in text
    assert "\\x1b[31mANSI" in text


def hostile_findings(root: Path) -> Path:
    """A dataset whose findings quote hostile text: an unknown field, an unknown
    source id, a hostile file name."""
    data = write_dataset(root)
    event = EVENT.replace(
        "sources: [programme]",
        f"sources: [programme, {q('nope' + PAYLOAD)}]\n{q('x' + PAYLOAD)}: 1",
    )
    (data / "events" / f"{EVENT_ID}.yaml").write_text(event, encoding="utf-8")
    (data / "events" / "\x1b[31mevil\n::warning::NAME ##[error]NAME.yaml").write_text(
        EVENT, encoding="utf-8"
    )
    return data


def test_findings_quoting_hostile_text_are_escaped(tmp_path: Path) -> None:
    data = hostile_findings(tmp_path / "data")
    text = run("check", str(data), "--format", "text")
    assert text.code == 1
    assert_nothing_raw(["check"], text)
    assert "\\x1b[31mevil\\n::warning::NAME ##\\[error]NAME.yaml" in text.stdout
    assert "ACC101 unknown field 'x[red]RED[/red]" in text.stdout

    listed = run("--data", str(data), "list")
    assert listed.code == 2
    assert_nothing_raw(["list"], listed)
    assert "ACC101 unknown field 'x[red]RED[/red] [link=https://evil.example/]LINK[/link] " in (
        listed.stderr
    )
    assert "\\x1b[31mANSI" in listed.stderr and "\\n\\::warning::NEWLINE" not in listed.stderr
    assert "\\n::warning::NEWLINE ##\\[error]LEGACY" in listed.stderr


def test_github_annotations_cannot_start_a_command_of_their_own(tmp_path: Path) -> None:
    data = hostile_findings(tmp_path / "data")
    result = run("check", str(data), "--format", "github")
    assert result.code == 1
    lines = result.stdout.splitlines()
    command = re.compile(r"::(error|warning) file=[^:,\n]+(,line=\d+,col=\d+)?,title=ACC\d{3}::.*")
    assert all(command.fullmatch(line) for line in lines[:-1]), lines
    assert lines[-1].startswith("Found ")
    assert "%0A::warning::NEWLINE" in result.stdout
    assert "%250A::set-output" in result.stdout  # a literal %0A stays literal
    assert "evil%0A%3A%3Awarning%3A%3ANAME" in result.stdout  # the file name, as a property
    assert "\x1b" not in result.stdout and RAW_CONTROL.search(result.stdout) is None


# =============================================================== git arguments


GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.org",
    "GIT_CONFIG_NOSYSTEM": "1",
    "HOME": "/nonexistent",
    "PATH": os.environ.get("PATH", ""),
}


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(repo), *args], check=True, env=GIT_ENV, capture_output=True, text=True
    )
    return done.stdout.strip()


@pytest.fixture
def repo(tmp_path: Path, outside: Path) -> Path:
    """v1, then v2 with a committed symlink to a secret outside the repository."""
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    write_dataset(root / "data")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "v1")
    git(root, "tag", "v1")
    (root / "data" / "countries" / "MX.yaml").unlink()
    (root / "data" / "countries" / "MX.yaml").symlink_to(outside / "countries" / "MX.yaml")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "v2")
    git(root, "tag", "v2")
    return root


def test_git_runs_without_a_shell_with_options_ended(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[object, dict[str, object]]] = []
    real = subprocess.run

    def spy(args: object, **kwargs: object) -> object:
        calls.append((args, kwargs))
        return real(args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(subprocess, "run", spy)
    result = run("--data", str(repo / "data"), "diff", "v1", "v2", "--format", "json")
    assert result.code == 0, result.stderr
    assert calls
    for args, kwargs in calls:
        assert isinstance(args, list) and args[0] == "git", args
        assert not kwargs.get("shell"), kwargs
    resolving = [args for args, _ in calls if isinstance(args, list) and "rev-parse" in args]
    for revision in ("v1", "v2"):
        call = next(a for a in resolving if any(str(x).startswith(revision) for x in a))
        assert call.index("--end-of-options") < call.index(f"{revision}^{{commit}}")


@pytest.mark.parametrize(
    "revision",
    ["--output=/tmp/x", "-n", "--upload-pack=touch /tmp/pwned", "-"],
)
def test_a_revision_git_would_read_as_an_option_is_refused(
    repo: Path, revision: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: calls.append(a))
    result = run("--data", str(repo / "data"), "diff", "--", revision)
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        f"error: revision '{revision}' refused: a revision cannot start with '-' "
        "(git would read it as an option)\n"
    )
    assert calls == []  # git never ran


@pytest.mark.parametrize("revision", ["v1..v2", "v1...v2", "v1\n--output=x", "HEAD:../../etc"])
def test_odd_revisions_fail_cleanly(repo: Path, revision: str) -> None:
    result = run("--data", str(repo / "data"), "diff", revision)
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr.startswith("error: ")
    assert len(result.stderr.splitlines()) == 1
    assert_no_crash(["diff", revision], result)
    assert not (repo / "x").exists()


def test_a_committed_symlink_is_not_read_from_the_revision(repo: Path) -> None:
    for args in (["v1", "v2"], ["v2", "v1"], ["v2"]):
        for fmt in ("table", "json"):
            result = run("--data", str(repo / "data"), "diff", *args, "--format", fmt)
            assert_no_crash(args, result)
            assert SECRET not in result.stdout + result.stderr


# ============================================================ interrupted runs


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dataset that takes a moment to load (benchmarks/generate.py, 120 countries)."""
    root = tmp_path_factory.mktemp("big") / "data"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "120", str(root)],
        check=True,
        capture_output=True,
    )
    return root


#: Sends this process a SIGINT when a module is first imported or a function is
#: first called: a Ctrl-C at a chosen moment, without guessing at timings.
SITECUSTOMIZE = """\
import importlib.abc, importlib.util, os, signal, sys

_module = os.environ.get("SIGINT_AT_IMPORT")
_call = os.environ.get("SIGINT_AT_CALL", "")
_call_module, _, _call_name = _call.rpartition(".")


def _interrupt():
    os.kill(os.getpid(), signal.SIGINT)


def _patch(module):
    real = getattr(module, _call_name)
    slow = os.environ.get("SLOW_AFTER_FIRST_CALL")

    def interrupted(*args, **kwargs):
        setattr(module, _call_name, real)  # once
        _interrupt()
        return real(*args, **kwargs)

    calls = []

    def slowed(*args, **kwargs):
        # every call after the first waits, so a signal sent from outside
        # once the first call's work is visible always finds the run busy
        calls.append(None)
        if len(calls) > 1:
            import time

            time.sleep(float(slow))
        return real(*args, **kwargs)

    setattr(module, _call_name, slowed if slow else interrupted)


class _Hook(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == _module:
            sys.meta_path.remove(self)
            _interrupt()
        elif name == _call_module:
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            run = spec.loader.exec_module

            def exec_module(module):
                run(module)
                _patch(module)

            spec.loader.exec_module = exec_module
            return spec
        return None


if _call_module in sys.modules:  # os: imported before this runs
    _patch(sys.modules[_call_module])
elif _module or _call:
    sys.meta_path.insert(0, _Hook())
"""


@pytest.fixture(scope="module")
def hooks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("hooks")
    (directory / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    return directory


def default_sigint() -> None:
    """In the child, before Python starts: SIGINT as a terminal gives it, even
    when these tests run with it ignored (``nohup pytest``, ``pytest &`` in a
    script), so that Python installs its KeyboardInterrupt handler."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def hooked_env(hooks: Path, cache: Path, **when: str) -> dict[str, str]:
    """The environment of an interrupted run: the hooks first on the path
    (before whatever the suite put there), the cache, the moment to interrupt."""
    path = os.pathsep.join(p for p in (str(hooks), os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "PYTHONPATH": path, "ACCESSION_CACHE_DIR": str(cache), **when}
    env.pop("ACCESSION_NO_CACHE", None)
    return env


def interrupted_run(
    args: list[str], hooks: Path, cache: Path, **when: str
) -> subprocess.CompletedProcess[bytes]:
    # subprocess.run kills the child if the test fails or times out waiting
    return subprocess.run(
        [sys.executable, "-m", "accession_cli", *args],
        capture_output=True,
        env=hooked_env(hooks, cache, **when),
        timeout=120,
        preexec_fn=default_sigint,
    )


def leftovers(*directories: Path) -> list[Path]:
    return [p for d in directories if d.exists() for p in d.rglob("*") if p.name.endswith(".tmp")]


@pytest.mark.parametrize(
    "when",
    [
        {"SIGINT_AT_IMPORT": "typer"},
        {"SIGINT_AT_IMPORT": "rich"},
        {"SIGINT_AT_IMPORT": "accession_cli.cli.app"},
        {"SIGINT_AT_IMPORT": "accession_cli.core.data.model"},
        {"SIGINT_AT_IMPORT": "yaml"},
        {"SIGINT_AT_CALL": "accession_cli.core.data.yamlio.parse"},
        {"SIGINT_AT_CALL": "accession_cli.core.data.validate.semantic_findings"},
        {"SIGINT_AT_CALL": "accession_cli.render.views.table.render"},
    ],
    ids=lambda when: next(iter(when.values())),
)
def test_ctrl_c_at_any_stage_exits_130_with_one_line(
    when: dict[str, str], big: Path, hooks: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    done = interrupted_run(["--data", str(big), "list"], hooks, cache, **when)
    assert (done.returncode, done.stderr, done.stdout) == (130, b"interrupted\n", b"")
    assert leftovers(cache) == []


def test_ctrl_c_while_writing_the_cache_leaves_no_partial_entry(
    big: Path, hooks: Path, tmp_path: Path
) -> None:
    from accession_cli.core.data import cache as parse_cache

    cache = tmp_path / "cache"
    # Ctrl-C as the first complete entry is renamed into place
    args = ["--data", str(big), "list", "--format", "json"]
    done = interrupted_run(args, hooks, cache, SIGINT_AT_CALL="os.replace")
    assert (done.returncode, done.stderr, done.stdout) == (130, b"interrupted\n", b"")
    assert leftovers(cache) == []
    reader = parse_cache.ParseCache(cache)
    entries = list(cache.rglob(f"*{parse_cache.SUFFIX}"))
    for entry in entries:  # whatever is there is complete and verified
        assert reader._read(entry, bytes.fromhex(entry.stem)) is not parse_cache._MISSING
    # and the next run, reading that cache, gives what a run without it gives
    again = interrupted_run(args, hooks, cache)
    fresh = interrupted_run(args, hooks, tmp_path / "other-cache")
    assert again.returncode == fresh.returncode == 0
    assert again.stdout == fresh.stdout


def test_ctrl_c_after_a_real_delay_while_loading(big: Path, hooks: Path, tmp_path: Path) -> None:
    """A real Ctrl-C from outside, sent once loading is under way (the first
    cache entry is written), not during Python's own start-up. Every parse
    after the first waits, so the run is always still loading when it comes."""
    cache = tmp_path / "cache"
    env = hooked_env(
        hooks,
        cache,
        SIGINT_AT_CALL="accession_cli.core.data.yamlio.parse",
        SLOW_AFTER_FIRST_CALL="30",
    )
    # a failed test kills its child (the with block alone would wait for it)
    with subprocess.Popen(
        [sys.executable, "-m", "accession_cli", "--data", str(big), "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        preexec_fn=default_sigint,
    ) as process:
        try:
            deadline = time.monotonic() + 60
            while not any(cache.rglob("*.bin")):
                assert process.poll() is None, "the run ended before its first cache entry"
                assert time.monotonic() < deadline
                time.sleep(0.005)
            process.send_signal(signal.SIGINT)
            out, err = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
    assert (process.returncode, err, out) == (130, b"interrupted\n", b"")
    assert leftovers(cache) == []


def test_ctrl_c_while_writing_a_report_leaves_the_old_file(
    big: Path, hooks: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "report.html"
    out.parent.mkdir()
    out.write_text("the previous report\n", encoding="utf-8")
    done = interrupted_run(
        ["--data", str(big), "report", "--format", "html", "--output", str(out), "--date", DATE],
        hooks,
        tmp_path / "cache",
        SIGINT_AT_CALL="os.fsync",
    )
    assert (done.returncode, done.stderr) == (130, b"interrupted\n")
    assert out.read_text(encoding="utf-8") == "the previous report\n"
    assert sorted(p.name for p in out.parent.iterdir()) == ["report.html"]


@pytest.mark.parametrize("command", [["list"], ["show", "PE"], ["check"]])
def test_ctrl_c_inside_a_command_in_process(
    command: list[str], dataset: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """typer turns Ctrl-C into a silent exit status 130; the one line is ours."""

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("accession_cli.core.data.loader.load_dataset", interrupted)
    result = run("--data", str(dataset), *command)
    assert (result.code, result.stdout, result.stderr) == (130, "", "interrupted\n")


# ================================================================== encodings


def test_utf8_with_a_byte_order_mark_is_read(dataset: Path) -> None:
    path = dataset / "countries" / "PE.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert run("check", str(dataset)).code == 0
    result = run("--data", str(dataset), "show", "PE", "--format", "json")
    assert json.loads(result.stdout)["country"]["name"] == "Peru"


@pytest.mark.parametrize(
    ("encoding", "line", "column", "message"),
    [
        ("latin-1", 2, 10, "not UTF-8 text (byte 0xfa): save the file as UTF-8"),
        ("cp1252", 2, 10, "not UTF-8 text (byte 0xfa): save the file as UTF-8"),
        (
            "utf-16",
            1,
            1,
            "UTF-16 text, not UTF-8 (it starts with a UTF-16 byte order mark): save the file "
            "as UTF-8",
        ),
        (
            "utf-16-le",
            1,
            2,
            "a NUL byte, as in UTF-16 text or a binary file, not UTF-8 text: save the file "
            "as UTF-8",
        ),
        (
            "utf-32",
            1,
            1,
            "UTF-32 text, not UTF-8 (it starts with a UTF-32 byte order mark): save the file "
            "as UTF-8",
        ),
    ],
)
def test_other_encodings_get_a_clear_error_naming_the_file(
    dataset: Path, encoding: str, line: int, column: int, message: str
) -> None:
    path = dataset / "countries" / "PE.yaml"
    path.write_bytes(COUNTRY_PE.replace("name: Peru", "name: Perú").encode(encoding))
    result = run("check", str(dataset))
    assert result.code == 1
    assert result.stdout.splitlines()[0] == f"{path}:{line}:{column}: ACC006 {message}"
    listed = run("--data", str(dataset), "list")
    assert listed.code == 2
    assert listed.stderr.splitlines()[0] == f"{path}:{line}:{column}: ACC006 {message}"


def test_a_control_character_in_a_file_is_located(dataset: Path) -> None:
    path = dataset / "countries" / "MX.yaml"
    path.write_bytes(b"code: MX\nname: M\xc3\xa9\x01xico\n")
    result = run("check", str(dataset))
    assert result.stdout.splitlines()[0] == (
        f"{path}:2:9: ACC001 unacceptable character #x0001: control characters are not allowed"
    )


NAMES = {"PE": "Perú", "MX": "Méjico—Ñu", "JP": "日本"}


@pytest.mark.parametrize(
    ("locale_env", "utf8_argv"),
    [
        ({"LANG": "C", "LC_ALL": "C"}, True),
        # Python's own remedies for the C locale turned off: arguments then
        # arrive as ASCII, but output must still be UTF-8
        ({"LANG": "C", "LC_ALL": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"}, False),
        ({"PYTHONIOENCODING": "latin-1"}, True),
        ({"PYTHONIOENCODING": "ascii", "LC_ALL": "C", "PYTHONUTF8": "0"}, False),
    ],
    ids=["LANG=C", "C-without-coercion", "latin-1", "ascii"],
)
def test_output_is_utf8_whatever_the_locale(
    tmp_path: Path, locale_env: dict[str, str], utf8_argv: bool
) -> None:
    countries = {
        "PE": COUNTRY_PE.replace("name: Peru", f"name: {NAMES['PE']}"),
        "MX": COUNTRY_MX.replace("name: Mexico", f"name: {NAMES['MX']}"),
        "JP": textwrap.dedent(
            f"""\
            code: JP
            name: {NAMES["JP"]}
            region: Asia
            memberships: [G7]
            treaties:
              budapest:
                - stage: in_force
                  date: 2012-11-01
                  sources: [chart]
            """
        ),
    }
    data = write_dataset(tmp_path / "data", countries=countries)
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONIO", "PYTHONUTF"))
    }
    env.pop("LANG", None)
    env.update(locale_env)
    env["ACCESSION_NO_CACHE"] = "1"
    cases: list[tuple[list[str], int, str, str]] = [
        (["list"], 0, "\n".join(NAMES.values()), ""),
        (["show", "JP", "--format", "md"], 0, NAMES["JP"], ""),
        (["show", "PE"], 0, NAMES["PE"], ""),
        # data quoted in an error message, on stderr
        (["show", "Peruu"], 2, "", "error: unknown country 'Peruu'; did you mean 'Perú'?"),
    ]
    if utf8_argv:
        cases += [
            (["show", "日本", "--format", "md"], 0, NAMES["JP"], ""),
            (["show", "Narnia—"], 2, "", "error: unknown country 'Narnia—'"),
        ]
    for args, code, out_has, err_has in cases:
        done = subprocess.run(
            [sys.executable, "-m", "accession_cli", "--data", str(data), *args],
            capture_output=True,
            env=env,
            timeout=120,
        )
        out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")  # strict
        assert done.returncode == code, (args, err)
        assert "Traceback" not in err, err
        for name in out_has.splitlines():
            assert name in out, (args, out)
        assert err_has in err, (args, err)


# ================================================================ SECURITY.md


def test_security_md_states_the_limits_the_code_enforces() -> None:
    page = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
    mib = MAX_FILE_BYTES // (1024 * 1024)
    assert mib * 1024 * 1024 == MAX_FILE_BYTES
    assert f"| File size | {mib} MiB ({MAX_FILE_BYTES:,} bytes)" in page
    assert f"| Nesting depth | {yamlio.MAX_DEPTH} levels" in page
    for heading in ("## Threat model", "## Limits", "## Reporting a problem"):
        assert heading in page
    for code in ("ACC003", "ACC004", "ACC006", "ACC009", "ACC010", "ACC011"):
        assert code in page
    assert "--hypothesis-profile=long" in page


@pytest.mark.parametrize("text", ["0000", "0000-01", "0000-01-01", "10000-01-01"])
@pytest.mark.parametrize(
    "command",
    [
        ["list", "--as-of"],
        ["show", "PE", "--as-of"],
        ["report", "--date"],
        ["diff", "--since"],
        ["events", "--from"],
        ["events", "--to"],
    ],
    ids=" ".join,
)
def test_a_date_outside_the_calendar_on_the_command_line_is_a_usage_error(
    dataset: Path, command: list[str], text: str
) -> None:
    result = run("--data", str(dataset), *command, text)
    assert result.code == 2, result.stderr
    assert f"'{text}'" in result.stderr
    assert "internal error" not in result.stderr


@pytest.mark.parametrize("text", ["0000-01", "0000-01-01", "10000-01-01", "'0000'"])
def test_a_date_outside_the_calendar_in_data_is_acc105_at_its_place(
    tmp_path: Path, text: str
) -> None:
    country = COUNTRY_PE.replace("date: 2019-08-26", f"date: {text}")
    data = write_dataset(tmp_path / "data", countries={"PE": country, "MX": COUNTRY_MX})
    result = run("check", str(data))
    assert result.code == 1
    assert f"{data}/countries/PE.yaml:11:13: ACC105 " in result.stdout, result.stdout
    assert "internal error" not in result.stdout + result.stderr
