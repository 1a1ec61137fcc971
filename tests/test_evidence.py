"""Every grade shows its evidence (issue 24): the words of the source behind a
grade in show (text, JSON), the report (HTML, Markdown, JSON) and export; and
the report's coverage "Sources" column cites the provisions' sources."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from html.parser import HTMLParser
from pathlib import Path

from conftest import run

FULL = Path(__file__).resolve().parent / "data" / "valid" / "full"
QUOTE_2 = "Art. 2: illegal access (Article 2)."
QUOTE_4 = "Arts. 3 and 4: deleting or altering computer data (Article 4)."


def provisions_only(tmp_path: Path, *, quote_2: str = QUOTE_2) -> Path:
    """The full fixture graded by its provisions alone (no schema-1 'articles'
    map, whose articles_sources would fill the Sources column by themselves)."""
    root = tmp_path / "data"
    shutil.copytree(FULL, root)
    country = root / "countries" / "PE.yaml"
    text = country.read_text(encoding="utf-8")
    text = text.replace("    articles: {2: full, 3: full, 16: partial}\n", "")
    text = text.replace("    articles_sources: [profile]\n", "")
    text = text.replace(json.dumps(QUOTE_2), json.dumps(quote_2))
    country.write_text(text, encoding="utf-8")
    assert "articles:" not in text and json.dumps(quote_2, ensure_ascii=False) in text
    return root


def report(data: Path, *args: str) -> str:
    result = run("--data", str(data), "report", "--date", "2026-01-31", *args)
    assert (result.code, result.stderr) == (0, ""), result.stderr
    return result.stdout


def source_number(body: dict[str, object], source_id: str) -> int:
    """A source's number: its place in the list of sources, from 1."""
    sources = body["sources"]
    assert isinstance(sources, list)
    return next(n for n, s in enumerate(sources, 1) if s["id"] == source_id)


# ------------------------------------------------- the coverage Sources column


def test_json_coverage_cites_the_sources_of_provision_grades(tmp_path: Path) -> None:
    body = json.loads(report(provisions_only(tmp_path), "--format", "json"))
    (peru,) = [row for row in body["coverage"] if row["country"] == "PE"]
    assert peru["sources"] == ["profile"]
    assert [(g["article"], g["grade"], g["evidence"], g["evidence_source"]) for g in peru["grades"]] == [
        (2, "full", QUOTE_2, "profile"),
        (4, "partial", QUOTE_4, "profile"),
    ]  # fmt: skip


def _listed_number(text: str, title: str, *, html: bool) -> int:
    """A source's number in the report's own list of sources (each format
    numbers the sources it shows, in the order it shows them)."""
    html_item = rf'<li id="s(\d+)">(?:<a [^>]*>)?{re.escape(title)}'
    pattern = html_item if html else rf"^(\d+)\. {re.escape(title)}"
    found = re.search(pattern, text, re.MULTILINE)
    assert found, title
    return int(found.group(1))


def test_markdown_and_html_coverage_tables_list_sources(tmp_path: Path) -> None:
    data = provisions_only(tmp_path)
    title = "Cybercrime legislation country profile"
    markdown = report(data, "--format", "md")
    number = _listed_number(markdown, title, html=False)
    coverage = markdown.split("## Article coverage", 1)[1].split("\n## ", 1)[0]
    (row,) = [line for line in coverage.splitlines() if line.startswith("| Peru (PE)")]
    assert row.rstrip(" |").endswith(f"[{number}]")
    html = report(data, "--format", "html")
    number = _listed_number(html, title, html=True)
    table = html.split("The coverage matrix as a table", 1)[1].split("</table>", 1)[0]
    (row,) = [line for line in table.splitlines() if "Peru (PE)" in line]
    last_cell = row.rsplit("<td>", 1)[1]
    assert f'<a href="#s{number}">[{number}]</a>' in last_cell


# ------------------------------------------------------------------ show


def test_show_quotes_the_evidence_under_each_graded_article() -> None:
    result = run("--data", str(FULL), "show", "PE")
    assert result.code == 0, result.stderr
    number = json.loads(run("--data", str(FULL), "show", "PE", "--format", "json").stdout)
    profile = source_number(number["country"], "profile")
    block = result.stdout.split("\nEvidence for the grades\n", 1)[1].split("\n\n", 1)[0]
    # in article order, as the Articles table lists them; schema 1's 'articles'
    # map grades 3 and 16, with no place for words
    assert block.splitlines() == [
        "2 Illegal access · pe-law-2013 art. 2 · full",
        f"  “{QUOTE_2}” [{profile}]",
        "3 Illegal interception · pe-law-2013 · full",
        "  no evidence quoted",
        "4 Data interference · pe-law-2013 arts. 3 and 4 · partial",
        f"  “{QUOTE_4}” [{profile}]",
        "16 Expedited preservation of stored data · pe-law-2013 · partial",
        "  no evidence quoted",
    ]
    assert "Código Procesal" not in block  # article 19 is named, not graded


def test_show_wraps_a_long_quotation_to_the_terminal(tmp_path: Path) -> None:
    long = "Art. 2 punishes illegal access " + "to a computer system without right " * 12
    data = provisions_only(tmp_path, quote_2=long.strip() + ".")
    result = run("--data", str(data), "show", "PE")  # 80 columns when not a terminal
    block = result.stdout.split("\nEvidence for the grades\n", 1)[1].split("\n\n", 1)[0]
    lines = block.splitlines()
    quoted = lines[1 : next(i for i, line in enumerate(lines) if line.startswith("4 "))]
    assert len(quoted) > 3 and all(len(line) <= 80 and line.startswith("  ") for line in quoted)
    assert " ".join(line.strip() for line in quoted).startswith("“Art. 2 punishes illegal access")
    assert re.search(r"without right\.” \[\d+\]$", quoted[-1])


def test_show_json_carries_evidence_and_its_source() -> None:
    body = json.loads(run("--data", str(FULL), "show", "PE", "--format", "json").stdout)
    two = next(a for a in body["country"]["articles"] if a["article"] == 2)
    provision = next(p for p in two["provisions"] if p["provision"] == "art. 2")
    assert (provision["evidence"], provision["evidence_source"]) == (QUOTE_2, "profile")
    (law,) = body["country"]["legislation"]
    assert [(p["article"], p["evidence"]) for p in law["provisions"]] == [
        (2, QUOTE_2),
        (4, QUOTE_4),
        (19, None),
    ]


# ------------------------------------------------------------- HTML report


class _Evidence(HTMLParser):
    """The text of each <dt>/<dd> of the evidence list, by the dt's id."""

    def __init__(self) -> None:
        super().__init__()
        self.terms: dict[str, str] = {}
        self.quotes: list[str] = []
        self._in: str | None = None
        self._id = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("dt", "dd"):
            self._in = tag
            if tag == "dt":
                self._id = dict(attrs).get("id") or self._id
                self.terms.setdefault(self._id, "")
            else:
                self.quotes.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("dt", "dd"):
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "dt":
            self.terms[self._id] += data
        elif self._in == "dd":
            self.quotes[-1] += data


def test_html_shows_the_evidence_as_text_and_each_graded_cell_leads_to_it(
    tmp_path: Path,
) -> None:
    html = report(provisions_only(tmp_path), "--format", "html")
    coverage = html.split('id="coverage-h"', 1)[1].split("</section>", 1)[0]
    parser = _Evidence()
    parser.feed(coverage)
    assert parser.terms == {
        "grade-PE-2": "Art. 2 Illegal access: pe-law-2013 art. 2, full",
        "grade-PE-4": "Art. 4 Data interference: pe-law-2013 arts. 3 and 4, partial",
    }
    assert [re.sub(r"\s*\[\d+\]$", "", q) for q in parser.quotes] == [QUOTE_2, QUOTE_4]
    # the heatmap's cell and the table's cell both link to the words
    assert coverage.count('href="#grade-PE-2"') == 2
    assert coverage.count('href="#grade-PE-4"') == 2
    assert 'href="#grade-PE-3"' not in coverage  # not graded: nothing to lead to


def test_evidence_is_escaped_in_every_report_format(tmp_path: Path) -> None:
    hostile = "Art. 2 <script>alert(1)</script> | **illegal** access [x](javascript:1) @team"
    data = provisions_only(tmp_path, quote_2=hostile)
    html = report(data, "--format", "html")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    markdown = report(data, "--format", "md")
    (line,) = [line for line in markdown.splitlines() if "alert(1)" in line]
    assert "<script>" not in line and "&lt;script&gt;" in line
    assert r"\*\*illegal\*\*" in line and r"\[x\](javascript" in line  # no markup, no link
    assert r" \| " in line and "@team" not in line  # no table cell break, no mention
    body = json.loads(report(data, "--format", "json"))
    (peru,) = [row for row in body["coverage"] if row["country"] == "PE"]
    assert peru["grades"][0]["evidence"] == hostile


# ------------------------------------------------------------------- export


def test_export_has_the_evidence_of_each_provision(tmp_path: Path) -> None:
    out = tmp_path / "accession.db"
    result = run("--data", str(FULL), "export", "--format", "sqlite", "-o", str(out))
    assert (result.code, result.stderr) == (0, ""), result.stderr
    with sqlite3.connect(out) as db:
        rows = db.execute(
            "SELECT article, grade, evidence, evidence_source FROM provisions ORDER BY article"
        ).fetchall()
    assert rows == [
        (2, "full", QUOTE_2, "profile"),
        (4, "partial", QUOTE_4, "profile"),
        (19, None, None, None),
    ]


# ------------------------------------------------------ one document, one source


def test_a_copy_says_which_document_it_is_in_every_list_of_sources(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FULL, data)
    sources = data / "sources.yaml"
    sources.write_text(
        sources.read_text(encoding="utf-8")
        + "- id: chart-copy\n  title: The chart, copied elsewhere\n  same_as: chart\n",
        encoding="utf-8",
    )
    country = data / "countries" / "PE.yaml"
    text = country.read_text(encoding="utf-8")
    text = text.replace(
        "      date: 2019-12-01\n      sources: [chart]",
        "      date: 2019-12-01\n      sources: [chart, chart-copy]",
    )
    country.write_text(text, encoding="utf-8")
    assert run("check", str(data), "--strict").code == 0
    show = run("--data", str(data), "show", "PE").stdout
    copy = show.split("] The chart, copied elsewhere\n", 1)[1].splitlines()[0]
    assert copy == "    The same document as [1]."  # chart is source [1]
    # the report lists the sources of its period: the copy's step (2019) is in it
    chart = "Chart of signatures and ratifications of Treaty 185"
    markdown = report(data, "--format", "md", "--since", "2013-01-01")
    (line,) = [line for line in markdown.splitlines() if "The chart, copied elsewhere" in line]
    number = _listed_number(markdown, chart, html=False)
    assert line.endswith(f"The same document as \\[{number}\\].")
    html = report(data, "--format", "html", "--since", "2013-01-01")
    item = html.split("The chart, copied elsewhere", 1)[1].split("</li>", 1)[0]
    assert f"The same document as [{_listed_number(html, chart, html=True)}]." in item
