"""``accession report``: golden Markdown and HTML, exact JSON and CSV, escaping,
atomic writes, Mermaid structure, and the HTML in a real headless Chromium.

Golden files live in ``tests/golden/``. After a deliberate change to the
report, regenerate them and review the diff before committing::

    ACCESSION_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_report.py
    git diff tests/golden/

The browser test needs Debian's ``chromium`` package (``apt-get install -y
chromium``); outside CI it is skipped, saying so, when no Chromium is installed;
under CI (``CI`` set) a missing Chromium fails it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from browser import find_chromium, load, needs_chromium
from conftest import COUNTRY_MX, COUNTRY_PE, EVENT, SOURCES, run, write_dataset

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("ACCESSION_UPDATE_GOLDEN") == "1"
if UPDATE and os.environ.get("CI"):
    # CI proves the golden files; it must never rewrite them
    raise RuntimeError("ACCESSION_UPDATE_GOLDEN is refused when CI is set")

#: the golden report: the crafted dataset, a pinned report date, a changes section
GOLDEN_ARGS = ("report", "--date", "2026-01-31", "--since", "2013")


#: a map's shapes (which countries, their outlines) come from the map-data
#: package and change with its releases: tests/test_map.py checks the map, the
#: golden file everything around it
_MAP = re.compile(r'(<svg class="map[^"]*").*?</svg>', re.DOTALL)


def _without_map_shapes(text: str) -> str:
    return _MAP.sub(lambda m: m.group(1) + ">…</svg>", text)


def golden(name: str, text: str) -> None:
    if name.endswith(".html"):
        text = _without_map_shapes(text)
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
    expected = path.read_text(encoding="utf-8")
    assert text == expected, (
        f"{path} differs; if the change is intended, regenerate with "
        "ACCESSION_UPDATE_GOLDEN=1 and review the diff"
    )


def report(dataset: Path, *args: str) -> str:
    result = run("--data", str(dataset), *GOLDEN_ARGS, *args)
    assert (result.code, result.stderr) == (0, "")
    return result.stdout


# ---------------------------------------------------------------- golden files


def test_markdown_is_the_default_and_matches_the_golden_file(dataset: Path) -> None:
    text = report(dataset)
    assert text == report(dataset, "--format", "md")
    golden("report.md", text)


def test_html_matches_the_golden_file(dataset: Path) -> None:
    golden("report.html", report(dataset, "--format", "html"))


# ---------------------------------------------------------------- JSON and CSV


def test_json_is_one_documented_object(dataset: Path) -> None:
    body = json.loads(report(dataset, "--format", "json"))
    assert list(body) == [
        "report",
        "version",
        "title",
        "dataset",
        "as_of",
        "report_date",
        "since",
        "treaty",
        "filters",
        "summary",
        "countries",
        "coverage",
        "declarations",
        "timeline",
        "events",
        "capacity",
        "no_recent_workshop",
        "changes",
        "changes_uncertain",
        "sources",
    ]
    none: list[str] = []
    assert {k: body[k] for k in ("report", "version", "title", "as_of", "report_date")} == {
        "report": "accession-report",
        "version": 1,
        "title": "Test dataset",
        "as_of": "2026-01-31",
        "report_date": "2026-01-31",
    }
    assert (body["since"], body["treaty"], body["filters"]) == ("2013-01-01", "budapest", none)
    assert body["summary"] == {
        "countries": 2,
        "parties": 1,
        "in_force": 1,
        "invited": 1,
        "pending_bills": 1,
        "dormant_bills": 0,
        "countries_with_pending_bills": 1,
        "stages": {
            "budapest": {
                "in_force": ["PE"],
                "acceded": none,
                "ratified": none,
                "signed": none,
                "invited": ["MX"],
                "requested": none,
                "interest": none,
                "none": none,
            },
            "protocol-2": {
                "in_force": none,
                "acceded": none,
                "ratified": none,
                "signed": none,
                "invited": none,
                "requested": none,
                "interest": none,
                "none": ["MX", "PE"],
            },
        },
        "workshop_to_deposit": {
            "median_days": 3287,
            "countries": [
                {
                    "country": "PE",
                    "workshop": "2010-08-mexico-city-workshop",
                    "workshop_start": "2010-08-26",
                    "deposit_stage": "acceded",
                    "deposit_date": "2019-08-26",
                    "days": 3287,
                    "approximate": False,
                }
            ],
        },
    }
    peru = body["countries"][1]
    assert (peru["code"], peru["laws_in_force"], peru["pending_bills"]) == ("PE", 1, 1)
    assert peru["sources"] == ["chart", "profile"]
    coverage = {row["country"]: row for row in body["coverage"]}
    assert coverage["PE"]["articles"]["5"] == {"enacted": "partial", "projected": "full"}
    assert coverage["PE"]["articles"]["18"] == {"enacted": None, "projected": "full"}
    assert coverage["PE"]["articles"]["2"] == {"enacted": "full", "projected": "full"}
    assert coverage["PE"]["sources"] == ["profile"]
    assert coverage["MX"] == {
        "country": "MX",
        "articles": {str(a): {"enacted": None, "projected": None} for a in range(2, 36)},
        "sources": none,
        "grades": none,
    }
    assert [(t["country"], t["stage"], t["date"]) for t in body["timeline"]] == [
        ("MX", "invited", "2007-01-31"),
        ("PE", "invited", "2015-03"),
        ("PE", "acceded", "2019-08-26"),
        ("PE", "in_force", "2019-12-01"),
    ]
    assert [(e["id"], e["attendees"]) for e in body["events"]] == [
        ("2010-08-mexico-city-workshop", {"MX": None, "PE": 2})
    ]
    assert body["capacity"][0] == {
        "country": "MX",
        "first_workshop": "2010-08-mexico-city-workshop",
        "workshops": ["2010-08-mexico-city-workshop"],
        "outcomes": none,
    }
    assert [(o["date"], o["id"], o["status"]) for o in body["capacity"][1]["outcomes"]] == [
        ("2013-09-12", "pe-law-2013", "passed"),
        ("2013-10-22", "pe-old-code", "superseded"),
        ("2013-10-22", "pe-law-2013", "enacted"),
        ("2015-03", "budapest", "invited"),
        ("2019-08-26", "budapest", "acceded"),
        ("2019-12-01", "budapest", "in_force"),
        ("2024-05", "pe-bill-2024", "introduced"),
    ]
    assert body["no_recent_workshop"] == {
        "from": "2024-01-31",
        "to": "2026-01-31",
        "countries": [
            {
                "country": "MX",
                "invited": True,
                "pending_bills": 0,
                "last_workshop": "2010-08-mexico-city-workshop",
                "last_workshop_start": "2010-08-26",
            },
            {
                "country": "PE",
                "invited": False,
                "pending_bills": 1,
                "last_workshop": "2010-08-mexico-city-workshop",
                "last_workshop_start": "2010-08-26",
            },
        ],
    }
    assert body["changes"][0] == {
        "date": "2013-09-12",
        "kind": "legislation",
        "countries": ["PE"],
        "subject": "Cybercrime law (Ley 30096)",
        "id": "pe-law-2013",
        "change": "passed",
        "sources": ["profile"],
    }
    assert len(body["changes"]) == 7
    assert body["changes_uncertain"] == 0
    assert [(s["number"], s["id"]) for s in body["sources"]] == [
        (1, "chart"),
        (2, "profile"),
        (3, "programme"),
    ]


def test_json_without_since_has_no_changes(dataset: Path) -> None:
    result = run("--data", str(dataset), "report", "--date", "2026-01-31", "--format", "json")
    body = json.loads(result.stdout)
    assert (body["since"], body["changes"], body["changes_uncertain"]) == (None, None, 0)


REPORT_CSV = (
    "code,name,region,memberships,budapest_stage,budapest_date,protocol_1_stage,"
    "protocol_1_date,protocol_2_stage,protocol_2_date,un_cybercrime_stage,un_cybercrime_date,"
    "laws_in_force,pending_bills,dormant_bills,substantive_score,substantive_assessed,"
    "substantive_projected,"
    "procedural_score,procedural_assessed,procedural_projected,cooperation_score,"
    "cooperation_assessed,cooperation_projected,events_attended,workshops_attended,"
    "first_workshop,first_workshop_date,sources\n"
    "MX,Mexico,North America,OAS,invited,2007-01-31,,,,,,,0,0,0,,0,,,0,,,0,,1,1,"
    "2010-08-mexico-city-workshop,2010-08-26,chart\n"
    "PE,Peru,South America,OAS;APEC,in_force,2019-12-01,,,,,,,1,1,0,0.29,4,0.33,0.19,2,0.44,,0,,"
    "1,1,2010-08-mexico-city-workshop,2010-08-26,chart;profile\n"
)


def test_csv_is_the_per_country_table(dataset: Path) -> None:
    assert report(dataset, "--format", "csv") == REPORT_CSV


# ---------------------------------------------------------------- Mermaid


_GANTT_HEADER = re.compile(
    r"^    (?:title [^:;#%\n]+|dateFormat YYYY-MM-DD|axisFormat %Y|todayMarker off)$"
)
_GANTT_SECTION = re.compile(r"^    section (?P<name>[^:;#%\n]+)$")
_GANTT_TASK = re.compile(
    r"^    (?P<name>[^:;#%\n]+?) :milestone, (?P<id>[A-Za-z][\w-]*), "
    r"(?P<date>\d{4}-\d{2}-\d{2}), 0d$"
)
_KEYWORDS = re.compile(r"^(?:title|section|dateformat|axisformat|todaymarker|excludes)\b", re.I)


def mermaid_blocks(markdown: str) -> list[list[str]]:
    return [m.split("\n") for m in re.findall(r"^```mermaid\n(.*?)\n```$", markdown, re.S | re.M)]


def gantt_problems(lines: list[str]) -> list[str]:
    """What makes this block an invalid Mermaid gantt chart (structure only):
    the chart type first, the header statements, then sections each holding
    milestones with a unique id and a real date, and no statement separator,
    comment or entity code inside a name."""
    problems = []
    if not lines or lines[0] != "gantt":
        return [f"first line is {lines[:1]}, not 'gantt'"]
    ids: set[str] = set()
    section: str | None = None
    tasks_in_section = 0
    body = False
    for number, line in enumerate(lines[1:], 2):
        if not body and _GANTT_HEADER.match(line):
            continue
        body = True
        if match := _GANTT_SECTION.match(line):
            if section is not None and tasks_in_section == 0:
                problems.append(f"line {number - 1}: section {section!r} has no task")
            section, tasks_in_section = match["name"], 0
            continue
        match = _GANTT_TASK.match(line)
        if match is None:
            problems.append(f"line {number}: not a statement: {line!r}")
            continue
        if section is None:
            problems.append(f"line {number}: task before any section")
        if _KEYWORDS.match(match["name"].strip()):
            problems.append(f"line {number}: task name starts with a keyword")
        if match["id"] in ids:
            problems.append(f"line {number}: duplicate id {match['id']}")
        ids.add(match["id"])
        try:
            dt.date.fromisoformat(match["date"])
        except ValueError:
            problems.append(f"line {number}: not a date: {match['date']}")
        tasks_in_section += 1
    if section is None or tasks_in_section == 0:
        problems.append("no section with a task")
    return problems


def test_mermaid_block_is_a_valid_gantt_chart(dataset: Path, bundled: Path) -> None:
    # the report's period (since 2013): Peru's steps, not Mexico's of 2007
    blocks = mermaid_blocks(report(dataset))
    assert len(blocks) == 1
    assert gantt_problems(blocks[0]) == []
    assert sum(line.startswith("    section ") for line in blocks[0]) == 1
    assert "    Budapest invited 2015-03 :milestone, m1, 2015-03-01, 0d" in blocks[0]
    (wider,) = mermaid_blocks(report(dataset, "--since", "2000"))
    assert sum(line.startswith("    section ") for line in wider) == 2
    # the bundled dataset: month and year dates, every treaty
    result = run(
        "--data", str(bundled), "report", "--date", "2026-02-01", "--region", "South America"
    )
    (big,) = mermaid_blocks(result.stdout)
    assert gantt_problems(big) == []
    assert sum(":milestone," in line for line in big) > 10
    # the world: too many milestones to draw; the list by year says them all
    world = run("--data", str(bundled), "report", "--date", "2026-02-01").stdout
    assert mermaid_blocks(world) == []
    assert "\n### 2025\n" in world


@pytest.mark.parametrize(
    ("block", "problem"),
    [
        (["graph TD"], "not 'gantt'"),
        (["gantt", "    section A", "    x: y :milestone, m1, 2020-01-01, 0d"], "not a statement"),
        (["gantt", "    section A"], "no section with a task"),
        (
            [
                "gantt",
                "    section A",
                "    a :milestone, m1, 2020-01-01, 0d",
                "    b :milestone, m1, 2020-01-02, 0d",
            ],
            "duplicate id",
        ),
        (["gantt", "    section A", "    a :milestone, m1, 2020-02-30, 0d"], "not a date"),
        (["gantt", "    section A", "    section B :milestone, m1, 2020-01-01, 0d"], "keyword"),
    ],
)
def test_the_gantt_checker_catches_broken_blocks(block: list[str], problem: str) -> None:
    assert any(problem in p for p in gantt_problems(block))


# ---------------------------------------------------------------- escaping

HOSTILE_NAME = "<script>alert(1)</script> | [bold]x[/bold]"
HOSTILE_COUNTRY = COUNTRY_PE.replace(
    "name: Peru",
    # a newline, a table pipe, rich markup, HTML, a Mermaid separator and a formula
    'name: "=cmd()|calc\\n<script>alert(1)</script> [bold]x[/bold]; a: b # c %% d"',
).replace(
    "title: Procedural powers bill",
    'title: "+SUM(A1) <img src=x onerror=alert(1)> | \\n ```"',
)
HOSTILE_EVENT = EVENT.replace(
    "title: Meeting the challenge of cybercrime in Latin America",
    'title: "<script>alert(2)</script>\\n| col | [red]r[/red] :x; y #z"',
)
HOSTILE_SOURCES = SOURCES.replace(
    "title: Regional workshop programme",
    'title: "</li><script>alert(3)</script>"\n  url: "https://example.org/a\\"><script>x</script>"',
)
HOSTILE_MANIFEST = """\
schema: 1
version: 2026.1.0
as_of: 2026-01-31
title: "<b>Board</b> | report: x; #1"
"""


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    return write_dataset(
        tmp_path / "hostile",
        manifest=HOSTILE_MANIFEST,
        sources=HOSTILE_SOURCES,
        countries={"PE": HOSTILE_COUNTRY, "MX": COUNTRY_MX},
        events={"2010-08-mexico-city-workshop": HOSTILE_EVENT},
    )


def _unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


def test_markdown_escapes_hostile_text(hostile: Path) -> None:
    text = report(hostile)
    assert "<script>" not in text and "<img" not in text and "</li>" not in text
    assert "\\=cmd()\\|calc &lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "\\[bold\\]x\\[/bold\\]" in text
    # every table row has as many cell separators as its header: no pipe and
    # no newline from the data broke a table
    for table in re.findall(r"(?:^\|.*\|$\n?)+", text, re.M):
        rows = table.strip("\n").split("\n")
        assert {_unescaped_pipes(row) for row in rows} == {_unescaped_pipes(rows[0])}
    # a fence in the data cannot close the Mermaid block early
    assert text.count("```") == 2
    (block,) = mermaid_blocks(text)
    assert gantt_problems(block) == []
    assert "    section cmd() calc script alert(1) /script bold x /bold a b c d (PE)" in block


def test_html_escapes_hostile_text(hostile: Path) -> None:
    text = report(hostile, "--format", "html")
    assert "<script" not in text.lower()
    assert "<img" not in text and "<b>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&lt;b&gt;Board&lt;/b&gt;" in text
    # the source URL with a quote is shown as text, never as a link
    assert 'href="https://example.org/a' not in text
    assert "https://example.org/a&quot;&gt;&lt;script&gt;x&lt;/script&gt;" in text
    assert ReportTags.of(text).unexpected == set()


def test_csv_neutralises_formulas_and_json_keeps_the_text(hostile: Path) -> None:
    rows = list(csv.reader(io.StringIO(report(hostile, "--format", "csv"))))
    peru = next(row for row in rows if row[0] == "PE")
    assert peru[1] == "'=cmd()|calc\n<script>alert(1)</script> [bold]x[/bold]; a: b # c %% d"
    body = json.loads(report(hostile, "--format", "json"))
    (name,) = (c["name"] for c in body["countries"] if c["code"] == "PE")
    assert name == "=cmd()|calc\n<script>alert(1)</script> [bold]x[/bold]; a: b # c %% d"
    assert body["title"] == "<b>Board</b> | report: x; #1"


# ---------------------------------------------------------------- HTML structure


class ReportTags(HTMLParser):
    """Every tag and the attributes that can load something."""

    ALLOWED = frozenset({
        "html", "head", "meta", "title", "style", "body", "div", "header", "nav", "main",
        "section", "footer", "h1", "h2", "h3", "h4", "p", "q", "ul", "ol", "li", "dl", "dt", "dd", "a",
        "span", "strong", "abbr", "table", "caption", "thead", "tbody", "tr", "th", "td",
        "figure", "figcaption", "details", "summary", "svg", "rect", "text", "line",
        "circle", "polygon", "g", "path", "defs", "pattern", "use",
    })  # fmt: skip

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.links: list[tuple[str, str, str]] = []
        self.row_headers = 0
        self.column_headers = 0
        self.bare_headers = 0

    @classmethod
    def of(cls, text: str) -> ReportTags:
        parser = cls()
        parser.feed(text)
        parser.close()
        return parser

    @property
    def unexpected(self) -> set[str]:
        return self.tags - self.ALLOWED

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        values = dict(attrs)
        for name in ("src", "href", "srcset", "data", "poster", "action", "xlink:href"):
            if values.get(name) is not None:
                self.links.append((tag, name, values[name] or ""))
        if tag == "th":
            scope = values.get("scope")
            self.row_headers += scope == "row"
            self.column_headers += scope == "col"
            self.bare_headers += scope is None


def test_html_is_self_contained(dataset: Path, bundled: Path) -> None:
    for root in (dataset, bundled):
        text = run("--data", str(root), "report", "--format", "html", "--date", "2026-02-01")
        parsed = ReportTags.of(text.stdout)
        assert parsed.unexpected == set()
        for tag, attribute, value in parsed.links:
            # in-page anchors, and http(s) links the reader may follow; a
            # heatmap cell places a shape drawn once in the page
            if tag == "use":
                assert (attribute, value[:1]) == ("href", "#"), value
                continue
            assert tag == "a" and attribute == "href", (tag, attribute, value)
            assert value.startswith(("#", "https://", "http://")), value
        # url() only to a pattern of the page itself (the map's fills)
        assert re.findall(r"url\((.)", text.stdout) in ([], ["#"] * text.stdout.count("url("))
        assert "@import" not in text.stdout
        assert "<script" not in text.stdout.lower()
        assert "Content-Security-Policy" in text.stdout
        assert parsed.bare_headers == 0
        assert parsed.row_headers > 0 and parsed.column_headers > 0


def test_html_says_in_text_what_colour_says(dataset: Path) -> None:
    text = report(dataset, "--format", "html")
    # stages are written out next to their swatch; coverage cells carry symbols
    assert '<span class="stage s-in-force">in force</span>' in text
    assert ".s-in-force::before{background:#0b4f8a}" in text
    assert "●</text>" in text and "◐</text>" in text
    assert "pending bill would raise it" in text
    assert ">V</text>" in text and ">F</text>" in text  # timeline stage letters
    assert "@media print" in text and "size:A4" in text
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in text


# ---------------------------------------------------------------- real browser

CHROMIUM = find_chromium()


#: what the browser test measures in the page: the smallest timeline label in
#: screen pixels, and each scrolling box whose content is wider than the box
LAYOUT = """(() => {
  const sizes = [...document.querySelectorAll("svg.timeline text")].map(
    (t) => parseFloat(t.getAttribute("font-size")) * t.getScreenCTM().a);
  const cut = [...document.querySelectorAll(".scroll")]
    .filter((e) => e.scrollWidth > e.clientWidth + 1)
    .map((e) => (e.closest("section") || {}).id + ": " + e.firstElementChild.tagName);
  return {timeline_font: Math.min(...sizes), cut_off: cut,
          participation: document.querySelectorAll("ul.participation li").length};
})()"""


@needs_chromium
@pytest.mark.parametrize(("width", "mobile"), [(1280, False), (390, True)])
def test_html_report_loads_cleanly_in_chromium(
    tmp_path: Path, bundled: Path, width: int, mobile: bool
) -> None:
    assert CHROMIUM is not None
    page = tmp_path / "report.html"
    result = run(
        "--data", str(bundled), "report", "--format", "html", "--date", "2026-02-01",
        "--since", "2024", "--output", str(page),
    )  # fmt: skip
    assert (result.code, result.stdout, result.stderr) == (0, "", "")
    seen = load(CHROMIUM, page, width=width, height=900, mobile=mobile, script=LAYOUT)
    assert seen.errors == []
    assert seen.requests == []
    # wide tables scroll inside their boxes; the page itself never does
    assert seen.scroll_width == seen.viewport_width == width
    # the timeline's labels are drawn at 11 px or more, however narrow the screen
    assert seen.value["timeline_font"] >= 11
    if width == 1280:
        # on a desktop nothing is cut off: no table or chart needs scrolling;
        # the participation is one line per country that took part
        assert seen.value["cut_off"] == []
        assert seen.value["participation"] > 30
    shot = tmp_path / f"report-{width}.png"
    shot.write_bytes(seen.screenshot)
    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert shot.stat().st_size > 50_000


@needs_chromium
def test_the_browser_check_sees_errors_and_requests(tmp_path: Path) -> None:
    """The harness itself: a page that misbehaves is caught."""
    assert CHROMIUM is not None
    page = tmp_path / "bad.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>bad</title></head><body>'
        '<img src="http://127.0.0.1:9/x.png"><script>console.error("boom")</script>'
        "</body></html>",
        encoding="utf-8",
    )
    seen = load(CHROMIUM, page)
    assert seen.console_errors == ["boom"]
    assert seen.requests == ["http://127.0.0.1:9/x.png"]


# ---------------------------------------------------------------- output file


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_output_writes_the_complete_report_to_a_file(dataset: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.md"
    target.parent.mkdir()
    result = run("--data", str(dataset), *GOLDEN_ARGS, "--output", str(target))
    assert (result.code, result.stdout, result.stderr) == (0, "", "")
    assert target.read_text(encoding="utf-8") == report(dataset)
    assert _leftovers(target.parent) == []
    dash = run("--data", str(dataset), *GOLDEN_ARGS, "--output", "-")
    assert dash.stdout == report(dataset)


def test_existing_file_is_untouched_when_rendering_fails(
    dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accession_cli.render.report import html as report_html

    target = tmp_path / "report.html"
    target.write_text("the previous report\n", encoding="utf-8")

    def broken(view: object, options: object) -> str:
        raise RuntimeError("renderer exploded")

    monkeypatch.setattr(report_html, "render", broken)
    result = run("--data", str(dataset), *GOLDEN_ARGS, "-f", "html", "-o", str(target))
    assert result.code == 2
    assert result.stderr == (
        "error: internal error: RuntimeError: renderer exploded (rerun with --debug for details)\n"
    )
    assert target.read_text(encoding="utf-8") == "the previous report\n"
    assert _leftovers(tmp_path) == []


def test_existing_file_is_untouched_when_writing_fails(
    dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.md"
    target.write_text("the previous report\n", encoding="utf-8")

    def refuse(self: Path, other: Path) -> Path:
        raise OSError(16, "Device or resource busy")

    # the last step, after the new report was written in full beside the target
    monkeypatch.setattr(Path, "replace", refuse)
    result = run("--data", str(dataset), *GOLDEN_ARGS, "-o", str(target))
    monkeypatch.undo()
    assert result.code == 2
    assert result.stderr == (
        f"error: cannot write the report to {target}: Device or resource busy\n"
    )
    assert target.read_text(encoding="utf-8") == "the previous report\n"
    assert _leftovers(tmp_path) == []


def test_replacing_a_report_keeps_its_permissions(dataset: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    assert run("--data", str(dataset), *GOLDEN_ARGS, "-o", str(target)).code == 0
    assert (target.stat().st_mode & 0o777, target.read_text(encoding="utf-8")[:2]) == (0o640, "# ")


def test_unwritable_targets_are_usage_errors(dataset: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-dir" / "report.md"
    result = run("--data", str(dataset), *GOLDEN_ARGS, "-o", str(missing))
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        f"error: cannot write the report to {missing}: no directory {missing.parent}\n"
    )
    result = run("--data", str(dataset), *GOLDEN_ARGS, "-o", str(tmp_path))
    assert (result.code, result.stderr) == (
        2,
        f"error: cannot write the report to {tmp_path}: it is a directory\n",
    )


def test_read_only_directory(
    dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The permission error is injected: root may write into a read-only
    directory, and this test must run as root too."""
    from accession_cli.cli import output

    real_open = os.open

    def denied(path: object, flags: int, *args: object) -> int:
        if flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(output.os, "open", denied)
    result = run("--data", str(dataset), *GOLDEN_ARGS, "-o", str(tmp_path / "r.md"))
    monkeypatch.undo()
    assert result.code == 2
    assert (
        result.stderr
        == f"error: cannot write the report to {tmp_path / 'r.md'}: Permission denied\n"
    )
    assert not (tmp_path / "r.md").exists() and _leftovers(tmp_path) == []


def test_a_symbolic_link_is_written_through_and_stays_a_link(dataset: Path, tmp_path: Path) -> None:
    real = tmp_path / "reports" / "latest.md"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "report.md"
    link.symlink_to(real)
    assert run("--data", str(dataset), *GOLDEN_ARGS, "-o", str(link)).code == 0
    assert link.is_symlink() and link.resolve() == real
    assert real.read_text(encoding="utf-8") == report(dataset)
    assert _leftovers(real.parent) == [] and _leftovers(tmp_path) == []
    dangling = tmp_path / "new.md"
    dangling.symlink_to(tmp_path / "reports" / "new-target.md")
    assert run("--data", str(dataset), *GOLDEN_ARGS, "-o", str(dangling)).code == 0
    assert dangling.is_symlink()
    assert (tmp_path / "reports" / "new-target.md").read_text(encoding="utf-8") == report(dataset)


def test_a_named_pipe_is_written_into_never_replaced(dataset: Path, tmp_path: Path) -> None:
    import stat
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    result = run("--data", str(dataset), *GOLDEN_ARGS, "-o", str(pipe))
    reader.join(timeout=30)
    assert result.code == 0, result.stderr
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert received == [report(dataset).encode("utf-8")]
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
def test_a_character_device_is_written_into_never_replaced(dataset: Path) -> None:
    import stat

    assert run("--data", str(dataset), *GOLDEN_ARGS, "-o", "/dev/null").code == 0
    full = run("--data", str(dataset), *GOLDEN_ARGS, "-o", "/dev/full")
    assert (full.code, full.stderr) == (
        2,
        "error: cannot write the report to /dev/full: No space left on device\n",
    )
    for device in ("/dev/null", "/dev/full"):
        assert stat.S_ISCHR(Path(device).stat().st_mode), f"{device} was replaced"


def test_a_socket_is_refused(dataset: Path, tmp_path: Path) -> None:
    import socket

    path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        result = run("--data", str(dataset), *GOLDEN_ARGS, "-o", str(path))
    assert (result.code, result.stderr) == (
        2,
        f"error: cannot write the report to {path}: it is a socket, not a regular file\n",
    )


def test_no_matching_country_writes_nothing(dataset: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    result = run(
        "--data", str(dataset), *GOLDEN_ARGS, "--stage", "signed", "-o", str(target)
    )  # fmt: skip
    assert (result.code, result.stdout) == (1, "")
    assert result.stderr == "error: no country matches the filters; no report written\n"
    assert not target.exists()


# ---------------------------------------------------------------- options


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--date", "2026-02"), "error: --date: '2026-02' is not a day: use YYYY-MM-DD\n"),
        (
            ("--date", "yesterday"),
            "error: --date: 'yesterday' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY\n",
        ),
        (
            ("--since", "2024-13"),
            "error: --since: '2024-13' has no month 13\n",
        ),
    ],
)
def test_bad_dates_are_usage_errors(dataset: Path, args: tuple[str, ...], message: str) -> None:
    result = run("--data", str(dataset), "report", *args)
    assert (result.code, result.stdout, result.stderr) == (2, "", message)


def test_filters_and_as_of_shape_the_report(dataset: Path) -> None:
    body = json.loads(report(dataset, "--format", "json", "--country", "peru", "--as-of", "2016"))
    assert body["filters"] == ["country peru"]
    assert body["as_of"] == "2016-12-31"
    assert [c["code"] for c in body["countries"]] == ["PE"]
    assert body["countries"][0]["treaties"]["budapest"] == {"stage": "invited", "date": "2015-03"}
    assert body["summary"]["workshop_to_deposit"] == {"median_days": None, "countries": []}
    # changes stop at the as-of date
    assert [c["date"] for c in body["changes"]][-1] == "2015-03"


def test_report_date_defaults_to_today(dataset: Path) -> None:
    result = run("--data", str(dataset), "report", "--format", "json")
    assert json.loads(result.stdout)["report_date"] == dt.date.today().isoformat()


def test_importing_the_cli_does_not_load_the_report(tmp_path: Path) -> None:
    code = (
        "import sys, accession_cli.cli.app\n"
        "print(sorted(m for m in sys.modules if 'report' in m and 'commands' not in m))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    assert done.stdout == "[]\n"


# ---------------------------------------------------------------- the file name's format


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("x.html", "html"), ("x.HTM", "html"), ("x.md", "md"), ("x.json", "json"), ("x.csv", "csv")],
)
def test_the_format_follows_the_file_name(
    dataset: Path, tmp_path: Path, name: str, fmt: str
) -> None:
    target = tmp_path / name
    result = run("--data", str(dataset), *GOLDEN_ARGS, "-o", str(target))
    assert (result.code, result.stdout, result.stderr) == (0, "", "")
    assert target.read_text(encoding="utf-8") == report(dataset, "--format", fmt)


def test_a_file_name_without_a_known_suffix_gets_markdown(dataset: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    result = run("--data", str(dataset), *GOLDEN_ARGS, "-o", str(target))
    assert (result.code, result.stderr) == (0, "")
    assert target.read_text(encoding="utf-8") == report(dataset)


def test_a_format_that_contradicts_the_file_name_warns(dataset: Path, tmp_path: Path) -> None:
    target = tmp_path / "x.html"
    result = run("--data", str(dataset), *GOLDEN_ARGS, "--format", "json", "-o", str(target))
    assert result.code == 0
    assert result.stderr == (
        f"warning: --format json writes JSON into {target}, whose name says HTML\n"
    )
    assert target.read_text(encoding="utf-8") == report(dataset, "--format", "json")


# ---------------------------------------------------------------- size budget


def test_the_world_report_keeps_to_its_size_budget(bundled: Path) -> None:
    """A board finishes reading it: repetition goes (participation by reference,
    the timeline of the report's period, no tooltip repeating the coverage
    table, one drawing per kind of heatmap cell), the JSON keeps everything.
    (Markdown: 200 KB before, HTML 1.0 MB.)"""
    args = ("--data", str(bundled), "report", "--date", "2026-01-31")
    markdown = run(*args).stdout.encode("utf-8")
    html = run(*args, "--format", "html").stdout.encode("utf-8")
    # Ceilings, not the budgets (HTML 600 KB, Markdown 80 KB, met on the
    # 112-country data of the day): the data now holds 142 countries with laws
    # and 462 provisions, and every grade prints its evidence (issue #24).
    assert len(html) <= 720_000
    assert len(markdown) <= 140_000
    # the Markdown's sources are the ones it cites, numbered in order
    text = markdown.decode("utf-8")
    cited = {int(n) for n in re.findall(r"(?<!\\)\[(\d+)\]", text.split("\n## Sources")[0])}
    listed = re.findall(r"(?m)^(\d+)\. ", text.split("\n## Sources")[1])
    assert cited == {int(n) for n in listed} == set(range(1, len(listed) + 1))
    # the JSON still has every milestone and every source
    body = json.loads(run(*args, "--format", "json").stdout)
    assert len(body["timeline"]) > 300
    assert len(body["sources"]) > len(listed)


def test_a_synthetic_world_of_200_countries_keeps_to_its_html_budget(tmp_path: Path) -> None:
    from test_cache import _generator

    _generator().generate(200, tmp_path / "data")
    html = run("--data", str(tmp_path / "data"), "report", "-f", "html", "--date", "2026-01-31")
    assert html.code == 0
    # 5.8 MB before; 1.43 MB after the size work, 2.47 MB once every grade
    # lists its evidence (about 0.85 MB of it here): a ceiling, above the
    # issue's 1.5 MB budget
    assert len(html.stdout.encode("utf-8")) <= 2_500_000
