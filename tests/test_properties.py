"""No data directory, however broken or hostile, makes a command crash.

Hypothesis mutates the valid files of the crafted dataset in conftest.py
(fields deleted, renamed, retyped, replaced by hostile text; bytes truncated,
inserted, overwritten; ill-formed UTF-8 and lone surrogates; whole files
replaced by random YAML documents) and runs every command that reads data
through the real entry point. Each run must:

* exit 0, 1 or 2, with no traceback and no "internal error" (``main()``
  turns an unexpected exception into that message: it is a bug to fix in
  the core, so it fails here too);
* write no raw control character (ANSI/OSC escapes, C1 controls, bidi
  overrides, NUL...) to stdout or stderr, in any format;
* write nothing GitHub Actions would run as a workflow command, except the
  ``::error``/``::warning`` lines of ``check --format github`` itself.

The example budget and seed are fixed by the hypothesis profile (see
tests/hypothesis_profiles.py: "ci" by default, "long" for local hunting).
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import event, given
from hypothesis import strategies as st

from accession_cli.core.data import yamlio
from conftest import COUNTRY_MX, COUNTRY_PE, EVENT, MANIFEST, SOURCES, Result, run

EVENT_FILE = "events/2010-08-mexico-city-workshop.yaml"
FILES: dict[str, str] = {
    "dataset.yaml": MANIFEST,
    "sources.yaml": SOURCES,
    "countries/PE.yaml": COUNTRY_PE,
    "countries/MX.yaml": COUNTRY_MX,
    EVENT_FILE: EVENT,
}
DATE = "2026-01-31"

#: Text aimed at each medium the tool prints to, plus the YAML and Unicode
#: corner cases that have broken parsers before.
NASTY = (
    "\x00",
    "\x07",
    "\x1b[31mred\x1b[0m",
    "\x1b]8;;https://evil.example/\x07link\x1b]8;;\x07",
    "\x1b]0;title\x07",
    "\x9b31m",
    "\x7f",
    "\u202eevil\u202c",
    "\u2028",
    "\ufeff",
    "\ud800",
    "\udcff",
    "\r",
    "\r\n",
    "[red]markup[/red]",
    "[link=https://evil.example/]x[/link]",
    "\n::warning::INJECTED",
    "::error::INJECTED",
    "##[error]INJECTED",
    "%0A::set-output name=x::y",
    "=1+1",
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "-2",
    "<script>alert(1)</script>",
    "<!--",
    "| a | b |",
    "`code`",
    "*em*",
    "&amp;",
    "javascript:alert(1)",
    'https://evil.example/"><script>x</script>',
    "PE",
    "pe-law-2013",
    "chart",
    "2019-08-26",
    "2019-02-30",
    "0000",
    "9999-99",
    "-1",
    "1e309",
    "~",
    "null",
    "true",
    "NO",
    "!!python/object/apply:os.system ['echo pwned']",
    "&a [*a]",
    "*a",
    "{",
    "[",
    "'",
    '"',
    "? x",
    "- - -",
    "---",
    "...",
    "%YAML 1.1",
    "@",
    "`",
    "\t",
    " ",
    "",
)

any_text = st.one_of(
    st.sampled_from(NASTY),
    st.text(st.characters(exclude_categories=()), max_size=12),
    st.text(max_size=30),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(),
    any_text,
)
yaml_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.one_of(any_text, st.integers(-5, 40)), children, max_size=4)
    ),
    max_leaves=12,
)


def dump(value: Any) -> bytes:
    text = yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=1000)
    return text.encode("utf-8", "surrogatepass")


def _slots(value: Any, out: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key or index) pair in a plain YAML value."""
    if isinstance(value, dict):
        for key, item in value.items():
            out.append((value, key))
            _slots(item, out)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out.append((value, index))
            _slots(item, out)
    return out


@st.composite
def value_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    """Delete, rename, retype or replace a field (or list item) somewhere."""
    parsed = yamlio.parse(data, "f.yaml")
    if not isinstance(parsed, yamlio.ParsedFile):
        return data
    value = parsed.value
    slots = _slots(value, [])
    if not slots:
        return dump(draw(yaml_values))
    container, key = draw(st.sampled_from(slots))
    action = draw(st.sampled_from(["delete", "retype", "hostile", "rename", "duplicate", "empty"]))
    if action == "delete":
        del container[key]
    elif action == "retype":
        container[key] = draw(yaml_values)
    elif action == "hostile":
        # hostile text where the renderers will print it
        container[key] = draw(any_text)
    elif action == "empty":
        container[key] = draw(st.sampled_from([None, "", [], {}]))
    elif action == "duplicate":
        item = container[key]
        if isinstance(container, list):
            container.append(item)
        else:
            container[key] = [item, item]
    elif isinstance(container, dict):  # rename: an unknown field
        item = container.pop(key)
        container[draw(st.one_of(any_text, st.integers(-5, 99)))] = item
    else:
        container[key] = {draw(any_text): container[key]}
    return dump(value)


@st.composite
def byte_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    """Truncate, insert, overwrite, duplicate or drop bytes and lines."""
    action = draw(
        st.sampled_from(
            ["truncate", "insert", "insert-text", "overwrite", "dup-line", "drop-line", "bom"]
        )
    )
    position = draw(st.integers(0, len(data)))
    if action == "truncate":
        return data[:position]
    if action == "insert":
        blob = draw(
            st.one_of(
                st.binary(max_size=12),
                # surrogateescape: lone bytes 0x80-0xff that are not UTF-8
                st.lists(st.integers(0x80, 0xFF), min_size=1, max_size=4).map(bytes),
                st.sampled_from([b"\x00", b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\xff\xfe", b"\r"]),
            )
        )
        return data[:position] + blob + data[position:]
    if action == "insert-text":
        # lone surrogates encoded as ill-formed UTF-8 (surrogatepass)
        text = draw(any_text).encode("utf-8", "surrogatepass")
        return data[:position] + text + data[position:]
    if action == "overwrite":
        blob = draw(st.binary(min_size=1, max_size=8))
        return data[:position] + blob + data[position + len(blob) :]
    if action == "bom":
        return b"\xef\xbb\xbf" + data
    lines = data.split(b"\n")
    index = draw(st.integers(0, len(lines) - 1))
    if action == "dup-line":
        lines.insert(index, lines[index])
    else:
        del lines[index]
    return b"\n".join(lines)


@st.composite
def document_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    """The whole file replaced: a random YAML document, or random bytes."""
    return draw(st.one_of(yaml_values.map(dump), st.binary(max_size=64)))


#: fields whose text is printed as given (free text), and lists of such text
FREE_TEXT = frozenset(
    {"title", "name", "notes", "note", "publisher", "number", "city", "description"}
)
FREE_TEXT_LISTS = frozenset({"organizers", "outcomes"})

#: The crafted dataset with every optional free-text field filled in, so that
#: hostile text can go into each of them and the files stay valid.
RICH_FILES: dict[str, str] = {
    **FILES,
    "dataset.yaml": MANIFEST + "description: About the data\n",
    "sources.yaml": SOURCES.replace(
        "  accessed: 2026-01-01\n", "  accessed: 2026-01-01\n  note: Consulted online\n"
    ),
    "countries/PE.yaml": COUNTRY_PE.replace(
        "memberships: [OAS, APEC]\n", "memberships: [OAS, APEC]\nnotes: Acceded in 2019\n"
    )
    .replace("      date: 2015-03\n", "      date: 2015-03\n      note: By letter\n")
    .replace(
        "    number: Ley 30096\n",
        "    number: Ley 30096\n    note: The main law\n    url: https://example.org/ley\n",
    )
    .replace(
        "{status: passed, date: 2013-09-12, sources: [profile]}",
        "{status: passed, date: 2013-09-12, sources: [profile], note: Unanimous}",
    ),
    EVENT_FILE: EVENT.replace(
        "sources: [programme]\n",
        "sources: [programme]\nnote: Two days\noutcomes: [A draft law]\n",
    ).replace("    delegates: 2\n", "    delegates: 2\n    note: Two judges\n"),
}


def _printable(parts: list[str]) -> str:
    # no lone surrogates (YAML cannot hold them: the byte tests cover them), and
    # not blank, or the schema refuses it and no view would print it
    text = "".join(ch for part in parts for ch in part if not "\ud800" <= ch <= "\udfff")
    return text if text.strip() else text + "x"


hostile_text = st.lists(any_text, min_size=1, max_size=3).map(_printable)


@st.composite
def hostile_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    """Hostile text in free-text fields and links, the file still valid: so the
    views print it, in every format, not just ``check``."""
    parsed = yamlio.parse(data, "f.yaml")
    if not isinstance(parsed, yamlio.ParsedFile):  # an earlier draw made it invalid
        return data
    value = parsed.value
    slots = [
        (container, key)
        for container, key in _slots(value, [])
        if isinstance(container, dict) and key in FREE_TEXT | FREE_TEXT_LISTS | {"url"}
    ]
    for container, key in draw(st.lists(st.sampled_from(slots), min_size=1, max_size=4)):
        if key == "url":
            # what the schema takes for a link: http(s):// and no white space
            tail = "".join(ch for ch in draw(hostile_text) if not ch.isspace())
            container[key] = "https://evil.example/" + tail
        elif key in FREE_TEXT_LISTS:
            container[key] = draw(st.lists(hostile_text, min_size=1, max_size=3))
        else:
            container[key] = draw(hostile_text)
    return dump(value)


Mutation = Callable[[bytes], st.SearchStrategy[bytes]]


def mutated(
    mutation: Mutation, start: dict[str, str] = FILES
) -> st.SearchStrategy[dict[str, bytes]]:
    @st.composite
    def files(draw: st.DrawFn) -> dict[str, bytes]:
        result = {name: text.encode("utf-8") for name, text in start.items()}
        for _ in range(draw(st.integers(1, 3))):
            name = draw(st.sampled_from(sorted(start)))
            result[name] = draw(mutation(result[name]))
        return result

    return files()


def write(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


# --------------------------------------------------------------- the checks

#: raw characters a terminal acts on (tab and newline are fine)
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
#: what GitHub Actions runs from a log line
WORKFLOW_COMMAND = re.compile(r"^\s*::|##\[", re.MULTILINE)
#: the lines of ``check --format github``: commands with escaped values, and the summary
GITHUB_LINE = re.compile(
    r"::(?:error|warning|notice) file=[^:,\s]+(?:,line=\d+,col=\d+)?,title=ACC\d{3}::[^\r]*"
    r"|Found (?:\d+ errors?(?: and \d+ warnings?)?|\d+ warnings?) in \d+ files?\."
    r"|All checks passed: \d+ files?\."
)


def commands(data: Path, base: Path) -> list[list[str]]:
    """Every command that reads data, in most formats."""
    d = str(data)
    every = [
        ["check", d],
        ["check", d, "--format", "json"],
        ["check", d, "--format", "github"],
        ["--data", d, "list"],
        ["--data", d, "list", "--format", "csv"],
        ["--data", d, "show", "PE"],
        ["--data", d, "show", "MX", "--format", "md"],
        ["--data", d, "events", "--format", "json"],
        ["--data", d, "drafts"],
        ["--data", d, "report", "--date", DATE],
        ["--data", d, "report", "--format", "html", "--date", DATE],
        ["diff", str(base), d],
        ["--data", d, "diff", "--since", "2000", "--format", "md"],
    ]
    return every


def _command(args: list[str]) -> str:
    return args[2] if args[0] == "--data" else args[0]


def assert_sound(args: list[str], result: Result) -> None:
    shown = " ".join(args)
    assert result.code in (0, 1, 2), (shown, result.code, result.stderr[-2000:])
    for stream in (result.stdout, result.stderr):
        assert "Traceback" not in stream, (shown, stream[-3000:])
    assert "internal error" not in result.stderr, (shown, result.stderr[-2000:])
    for name, stream in (("stdout", result.stdout), ("stderr", result.stderr)):
        raw = RAW_CONTROL.search(stream)
        assert raw is None, (shown, name, raw.group() if raw else "", stream[-2000:])
    github = "github" in args
    stdout = result.stdout
    if github:
        for line in stdout.splitlines():
            # a value can never end its command line and start another one
            assert GITHUB_LINE.fullmatch(line), (shown, line)
    else:
        command = WORKFLOW_COMMAND.search(stdout)
        assert command is None, (shown, "stdout", stdout[max(0, command.start() - 200) :][:400])
    command = WORKFLOW_COMMAND.search(result.stderr)
    assert command is None, (shown, "stderr", result.stderr[-2000:])


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The unmutated dataset: the other side of ``diff``."""
    root = tmp_path_factory.mktemp("base") / "data"
    return write(root, {name: text.encode() for name, text in FILES.items()})


def check_all(files: dict[str, bytes], base: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="accession-prop-") as tmp:
        data = write(Path(tmp) / "data", files)
        for args in commands(data, base):
            result = run(*args)
            assert_sound(args, result)
            # pytest --hypothesis-show-statistics: how far the examples get
            event(f"{_command(args)} exit {result.code}")


@pytest.mark.parametrize("start", [FILES, RICH_FILES], ids=["crafted", "rich"])
def test_the_unmutated_datasets_pass_every_command(
    start: dict[str, str], base: Path, tmp_path: Path
) -> None:
    """The starting points are valid: the mutations, not the base, cause findings."""
    data = write(tmp_path / "data", {name: text.encode() for name, text in start.items()})
    for args in commands(data, base):
        result = run(*args)
        assert_sound(args, result)
        assert result.code == 0, (args, result.stdout, result.stderr)
        assert not result.stderr, (args, result.stderr)


@given(files=mutated(value_mutation))
def test_fields_deleted_renamed_retyped_or_hostile(files: dict[str, bytes], base: Path) -> None:
    check_all(files, base)


@given(files=mutated(byte_mutation))
def test_bytes_truncated_inserted_or_ill_formed(files: dict[str, bytes], base: Path) -> None:
    check_all(files, base)


@given(files=mutated(document_mutation))
def test_files_replaced_by_random_documents(files: dict[str, bytes], base: Path) -> None:
    check_all(files, base)


@given(files=mutated(hostile_mutation, RICH_FILES))
def test_hostile_text_in_every_free_text_field(files: dict[str, bytes], base: Path) -> None:
    check_all(files, base)


# ------------------------------------------------ workflow-command escaping

#: The definition the escaping must meet: "::" after nothing but white space
#: since a line break (LF or a lone CR) or the start of the text.
_WORKFLOW_COMMAND = re.compile(r"(^|\r)(\s*)::", re.MULTILINE)


@given(
    st.lists(
        st.sampled_from(
            ["::", ":", "\n", "\r", " ", "\t", "\x0b", "\u2028", "x", "##[", "set-output"]
        ),
        max_size=30,
    ).map("".join)
)
def test_workflow_safe_escapes_exactly_the_lines_that_start_a_command(text: str) -> None:
    from accession_cli.render.escape import workflow_safe

    expected = _WORKFLOW_COMMAND.sub(r"\1\2\\::", text.replace("##[", "##\\["))
    assert workflow_safe(text) == expected
