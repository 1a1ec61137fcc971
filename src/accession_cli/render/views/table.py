"""``--format table``: rich tables for a terminal.

Data goes in as :class:`rich.text.Text`, never as markup, so ``[red]`` in a
country note prints literally; control characters are made visible first.
Colour only when the CLI says stdout is a terminal and NO_COLOR is unset.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Console
from rich.padding import Padding
from rich.segment import Segment, Segments
from rich.style import Style
from rich.text import Text

from accession_cli.core.analysis.progress import LegislationStatus
from accession_cli.core.analysis.views import DraftsView, EventsView, ListView, ShowView
from accession_cli.core.data.model import ArticleGroup
from accession_cli.render import RenderOptions
from accession_cli.render.common import (
    DASH,
    TREATY_SHORT,
    coverage_text,
    date_text,
    same_document,
    score_value,
    short_name,
    stage_text,
    standing_text,
    status_text,
)
from accession_cli.render.escape import plain
from accession_cli.render.views.tabular import (
    Table,
    assessed_any,
    second_treaty,
    stage_summary,
    tables,
)

if TYPE_CHECKING:
    from rich.table import Table as RichTable


def console(options: RenderOptions, buffer: io.StringIO) -> Console:
    return Console(
        file=buffer,
        width=options.width,
        force_terminal=options.color,
        no_color=not options.color,
        color_system="standard" if options.color else None,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
        legacy_windows=False,
    )


#: Free-text columns share the width left; codes, ids and dates never wrap.
_WRAPPING = frozenset(
    {
        "Title",
        "Note",
        "Country",
        "Place",
        "Participants",
        "Publisher",
        "Link",
        "Summary",
        "Law",
        "Provision",
        "Concerns",
    }
)


def rich_table(table: Table) -> RichTable:
    result = _plain_table()
    for index, header in enumerate(table.headers):
        wraps = header in _WRAPPING
        result.add_column(
            Text(header),
            justify="right" if index in table.numeric else "left",
            overflow="fold",
            no_wrap=not wraps,
            ratio=1 if wraps else None,
        )
    for row in table.rows:
        # A score cell "0.42 (9/12)" reads better on two lines in a narrow column.
        result.add_row(
            *(
                Text(plain(cell).replace(" (", "\n(") if i in table.stacked else plain(cell))
                for i, cell in enumerate(row)
            )
        )
    return _fix_widths(result)


#: (text, style) runs of one line of a cell; a cell is a list of lines
_Line = list[tuple[str, "str | None"]]
#: a cell's lines, and the style of the whole cell: as a rich Text's own style,
#: it also covers the spaces that fill the column's width (not the padding)
_Cell = tuple[list[_Line], "str | None"]


def _list_cells(view: ListView) -> tuple[list[str], list[list[_Cell]]]:
    """The list table's headers and cells, as the rich layout below gets them
    (:func:`list_table` is the same table through rich's Table)."""
    treaty, other = view.treaty, second_treaty(view.treaty)
    scored = assessed_any(view)
    headers = ["Code", "Country", TREATY_SHORT[treaty], TREATY_SHORT[other], "Laws", "Bills"]
    headers += ["Scores", "Events"] if scored else ["Events"]
    rows: list[list[_Cell]] = []
    for row in view.rows:
        status = row.stage(treaty)
        stage: _Line = [(stage_text(status), None)]
        stage_lines = [stage]
        if status.stage is not None:
            stage_lines.append([(date_text(status.date), "dim")])
        bills: list[_Line] = [[(str(len(row.pending_bills)), None)]]
        if row.dormant_bills:
            bills.append([(f"+{len(row.dormant_bills)}", "dim")])
        cells: list[_Cell] = [
            ([[(row.country.code, None)]], None),
            ([[(plain(row.country.name), None)]], None),
            (stage_lines, None),
            ([[(stage_text(row.stage(other)), None)]], None),
            ([[(str(len(row.laws_in_force)), None)]], None),
            (bills, None),
        ]
        if scored:
            scores = [row.scores[g] for g in ArticleGroup]
            if any(s.assessed for s in scores):
                cells.append(
                    (
                        [
                            [(" ".join(score_value(s) for s in scores), None)],
                            [(" ".join(f"{s.assessed}/{s.articles}" for s in scores), "dim")],
                        ],
                        None,
                    )
                )
            else:
                cells.append(([[("not assessed", None)]], "dim"))
        cells.append(([[(str(len(row.events)), None)]], None))
        rows.append(cells)
    return headers, rows


#: the list table's one column that wraps (the numeric columns, right-aligned,
#: are laws, bills and events, the last)
_LIST_WRAPS = 1
_LIST_MIN_WIDTH = 12


def list_segments(view: ListView, out: Console) -> list[Segment] | None:
    """The list table laid out directly: the same characters and styles as
    :func:`list_table` gives through :class:`rich.table.Table`, at a fraction
    of the cost (rich renders each of a long table's cells through its generic
    protocol). Every column but the country's has the width of its longest
    line; the country column takes its longest name, at least 12 cells, or
    what the terminal leaves, wrapping names as rich does (:meth:`Text.wrap`).
    None when the terminal is too narrow for that: rich's own layout (which
    then narrows every column) is used instead."""
    headers, rows = _list_cells(view)
    count = len(headers)
    last = count - 1
    right = frozenset({4, 5, last})
    # padding: one cell to the right of every column but the last
    pads = [0 if i == last else 1 for i in range(count)]
    widths = [cell_len(h) for h in headers]
    for cells in rows:
        for index, (lines, _) in enumerate(cells):
            for line in lines:
                width = sum(cell_len(text) for text, _ in line)
                if width > widths[index]:
                    widths[index] = width
    available = out.width - (count - 1)  # one column divider between columns
    fixed = sum(widths[i] + pads[i] for i in range(count) if i != _LIST_WRAPS)
    natural = max(widths[_LIST_WRAPS], _LIST_MIN_WIDTH) + pads[_LIST_WRAPS]
    if fixed + natural > available:
        if fixed + _LIST_MIN_WIDTH + pads[_LIST_WRAPS] > available:
            return None  # too narrow: rich narrows every column
        natural = available - fixed
    widths[_LIST_WRAPS] = natural - pads[_LIST_WRAPS]
    wrap_width = widths[_LIST_WRAPS]
    total = sum(widths) + sum(pads) + count - 1

    bold = Style(bold=True)
    dim = Style(dim=True)
    styles: dict[str | None, Style | None] = {None: None, "dim": dim}
    divider = Segment(" ")
    newline = Segment.line()
    result: list[Segment] = []
    for index, header in enumerate(headers):
        if index:
            result.append(divider)
        result.append(Segment(header.ljust(widths[index] + pads[index]), bold))
    result.append(newline)
    result.append(Segment("─" * total))
    result.append(newline)
    for cells in rows:
        name = cells[_LIST_WRAPS][0][0][0][0]
        if cell_len(name) > wrap_width or name != name.strip():
            wrapped = Text(name).wrap(out, wrap_width, justify="left", overflow="fold")
            cells[_LIST_WRAPS] = ([[(line.plain, None)] for line in wrapped], None)
        height = max(len(lines) for lines, _ in cells)
        for line_no in range(height):
            for index, (lines, cell_style) in enumerate(cells):
                if index:
                    result.append(divider)
                width = widths[index]
                if line_no < len(lines):
                    line, base = lines[line_no], styles[cell_style]
                else:  # below a shorter cell: blank, in no style
                    line, base = [], None
                used = sum(cell_len(text) for text, _ in line)
                fill = " " * (width - used)
                if index in right and fill:
                    result.append(Segment(fill, base))
                for text, style in line:
                    result.append(Segment(text, base + styles[style] if base else styles[style]))
                if fill and index not in right:
                    result.append(Segment(fill, base))
                if pads[index]:
                    result.append(Segment(" " * pads[index]))
            result.append(newline)
    return result


def list_table(view: ListView) -> RichTable:
    """The list view through rich's Table, for terminals too narrow for
    :func:`list_segments`: the same cells (:func:`_list_cells`), laid out by
    rich, which narrows every column."""
    headers, rows = _list_cells(view)
    last = len(headers) - 1
    result = _plain_table()
    for index, header in enumerate(headers):
        result.add_column(
            header,
            justify="right" if index in (4, 5, last) else "left",
            no_wrap=index != _LIST_WRAPS,
            min_width=_LIST_MIN_WIDTH if index == _LIST_WRAPS else None,
            overflow="fold",
        )
    for cells in rows:
        texts = []
        for lines, cell_style in cells:
            text = Text(style=cell_style or "")
            for number, line in enumerate(lines):
                if number:
                    text.append("\n")
                for run, style in line:
                    text.append(run, style=style)
            texts.append(text)
        result.add_row(*texts)
    return _fix_widths(result)


def drafts_table(view: DraftsView) -> RichTable:
    """Laws and bills for 80 columns: the title wraps, the id sits under it."""
    result = _plain_table()
    result.add_column("Code", no_wrap=True)
    # at least as wide as the longest id, so no id is ever broken inside
    ids = max(
        (cell_len(f"{r.status.item.kind.value} · {r.status.item.id}") for r in view.rows), default=0
    )
    result.add_column("Law or bill", ratio=1, overflow="fold", min_width=ids)
    result.add_column("Status", no_wrap=True)
    result.add_column("Now", no_wrap=True)
    for row in view.rows:
        item = row.status.item
        what = Text(plain(item.label))
        what.append(f"\n{item.kind.value} · {plain(item.id)}", style="dim")
        status = Text(status_text(row.status.status))
        status.append(f"\n{date_text(row.status.date)}", style="dim")
        result.add_row(Text(row.country.code), what, status, _now(row.status))
    return _fix_widths(result)


def _now(status: LegislationStatus) -> Text:
    """The drafts table's Now cell: where it stands; a replaced law or bill
    says by which law, with the date under it as the Status column has it."""
    if status.superseded_by is None:
        return Text(standing_text(status))
    now = Text(f"superseded by\n{plain(short_name(status.superseded_by))}")
    now.append(f"\n{date_text(status.superseded_on)}", style="dim")
    return now


def _fix_widths(table: RichTable) -> RichTable:
    """Give every no-wrap column its width up front. rich would measure each of
    its cells through its generic renderable protocol to find the same number;
    for a column that never wraps that is just its longest line (header
    included), and skipping the measuring is a third of a long table's time."""
    for column in table.columns:
        if not column.no_wrap or column.width is not None:
            continue
        lines: list[str] = []
        for cell in (column.header, *column.cells):
            if isinstance(cell, Text):
                lines.extend(cell.plain.split("\n"))
            elif isinstance(cell, str):  # a header: printed literally (markup is off)
                lines.extend(cell.split("\n"))
            else:  # pragma: no cover - every cell here is Text
                break
        else:
            column.width = max(1, *(cell_len(line) for line in lines))
    return table


def _plain_table() -> RichTable:
    # imported here: the list table of a terminal 60 columns or wider never needs it
    from rich import box
    from rich.table import Table as RichTable

    return RichTable(
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        collapse_padding=True,
        header_style="bold",
        show_edge=False,
    )


def event_blocks(out: Console, view: EventsView) -> None:
    """Each event as a block: when, kind and place; the title; the id and the
    countries. Ids are printed whole on a line of their own, never folded."""
    for event in view.events:
        when = str(event.start)
        if event.end is not None and event.end != event.start:
            when += f" to {event.end}"
        head = Text(when, style="bold")
        head.append(f" · {event.kind.value}")
        if event.place is not None:
            place = ", ".join(filter(None, [event.place.city, event.place.country]))
            head.append(f" · {plain(place)}")
        out.print(head)
        out.print(Padding(Text(plain(event.title)), (0, 0, 0, 2)))
        countries = " ".join(p.country for p in event.participants)
        tail = Text("  " + plain(event.id), style="dim")
        if countries:
            tail.append(f" · {countries}", style="dim")
        out.print(tail, soft_wrap=True)


def legislation_blocks(out: Console, view: ShowView) -> None:
    """Each law or bill as a block: titles are long, a table column is too narrow."""
    out.print(Text("Legislation", style="bold"))
    for status in view.progress.legislation:
        if not status.history:
            continue
        item = status.item
        state = standing_text(status)
        head = Text(plain(item.id), style="bold")
        head.append(f" · {item.kind.value}" + (f" · {state}" if state else ""))
        out.print(head)
        out.print(Text(plain(item.label)), style="italic")
        for entry in status.history:
            out.print(
                Text(
                    f"  {date_text(entry.date):<11} {status_text(entry.status):<11} {view.cite(entry.sources)}"
                )
            )
    out.print()


def articles_table(view: ShowView) -> RichTable:
    """Per article: its grade, then each law's provision, grade and sources.
    Law ids never wrap (they are what a reader copies)."""
    result = _plain_table()
    result.add_column("Article", ratio=1, overflow="fold")
    result.add_column("Enacted", no_wrap=True)
    result.add_column("Provision", ratio=1, overflow="fold")
    result.add_column("Grade", no_wrap=True)
    result.add_column("Law", no_wrap=True)
    result.add_column("Sources", no_wrap=True)
    for row in view.articles:
        for index, provision in enumerate(row.provisions):
            first = index == 0
            result.add_row(
                Text(f"{row.article} {row.title}" if first else ""),
                Text(coverage_text(row.grade) if first else ""),
                Text(plain(provision.provision) if provision.provision else DASH),
                Text(coverage_text(provision.grade)),
                Text(plain(provision.status.item.id)),
                Text(view.cite(provision.sources)),
            )
    return _fix_widths(result)


def evidence_blocks(out: Console, view: ShowView) -> None:
    """Under each graded article, the words of the source behind each grade:
    quoted, wrapped to the terminal, with the source's number."""
    graded = [(row, p) for row in view.articles for p in row.provisions if p.grade is not None]
    if not graded:
        return
    out.print(Text("Evidence for the grades", style="bold"))
    for row, provision in graded:
        head = Text(f"{row.article} {row.title}", style="bold")
        head.append(f" · {plain(provision.status.item.id)}")
        if provision.provision:
            head.append(f" {plain(provision.provision)}")
        head.append(f" · {coverage_text(provision.grade)}")
        out.print(head)
        if provision.evidence is None:
            out.print(Padding(Text("no evidence quoted", style="dim"), (0, 0, 0, 2)))
            continue
        quote = Text(f"“{' '.join(plain(provision.evidence).split())}”")
        if provision.evidence_source:
            quote.append(f" {view.cite([provision.evidence_source])}")
        out.print(Padding(quote, (0, 0, 0, 2)))
    out.print()


def declaration_blocks(out: Console, view: ShowView) -> None:
    """Each reservation or declaration as a block: a heading line, then its summary."""
    out.print(Text("Reservations and declarations", style="bold"))
    for declaration in view.declarations:
        head = Text(plain(declaration.name), style="bold")
        if declaration.basis and declaration.concerns not in ((), (declaration.basis,)):
            head.append(f" (concerns {', '.join(declaration.concerns)})")
        head.append(f" · {date_text(declaration.date)}")
        if declaration.withdrawn is not None:
            head.append(f" · withdrawn {declaration.withdrawn}")
        head.append(f" {view.cite(declaration.sources)}")
        out.print(head)
        out.print(Padding(Text(plain(declaration.summary)), (0, 0, 0, 2)))
    out.print()


def source_blocks(out: Console, view: ShowView) -> None:
    """Numbered sources; a link on a line of its own, never broken inside
    (a terminal may fold it visually, but a copy gets it whole)."""
    out.print(Text("Sources", style="bold"))
    for number, source in enumerate(view.sources, 1):
        about = ", ".join(
            part
            for part in (plain(source.publisher or ""), str(source.date) if source.date else "")
            if part
        )
        out.print(Text(f"[{number}] {plain(source.title)}" + (f" — {about}" if about else "")))
        if source.url:
            out.print(Text("    " + plain(source.url)), soft_wrap=True)
        copy = same_document(source, view.citations)
        if copy:
            out.print(Text("    " + plain(copy)))


def render(view: object, options: RenderOptions) -> str:
    text = _render(view, options)
    if options.color:
        return text
    # rich pads every line to the table width; piped output should not carry that
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _render(view: object, options: RenderOptions) -> str:
    sections = tables(view)
    buffer = io.StringIO()
    out = console(options, buffer)
    if isinstance(view, ListView) and view.rows:
        out.print(Text(plain(sections[0].title), style="bold"))
        out.print(Text(stage_summary(view)))
        segments = list_segments(view, out)
        out.print(list_table(view) if segments is None else Segments(segments))
        if any(row.dormant_bills for row in view.rows):
            out.print(
                Text(
                    f"Bills: pending; +N dormant (last step more than {view.dormant_after} "
                    "years before the date).",
                    style="dim",
                )
            )
        if assessed_any(view):
            out.print(
                Text(
                    "Scores: (full + ½ partial) / articles for the substantive, procedural and "
                    "co-operation articles; below, how many of them a source assessed.",
                    style="dim",
                )
            )
        else:
            out.print(Text(sections[0].note, style="dim"))
        return buffer.getvalue()
    if isinstance(view, ShowView):
        c = view.progress.country
        out.print(Text(f"{plain(c.name)} ({c.code})", style="bold"))
        members = ", ".join(m.value for m in c.memberships) or "no memberships recorded"
        out.print(
            Text(
                f"{c.region.value} · {members} · as of {view.progress.as_of.isoformat()} "
                f"· dataset {plain(view.dataset.version)}"
            )
        )
        if c.notes:
            out.print(Text(plain(c.notes), style="italic"))
        out.print()
    for table in sections:
        if isinstance(view, ShowView) and table.title == "Legislation" and table.rows:
            legislation_blocks(out, view)
            continue
        if isinstance(view, ShowView) and table.title == "Articles" and table.rows:
            out.print(Text("Articles", style="bold"))
            out.print(articles_table(view))
            if table.note:
                out.print(Text(table.note, style="dim"))
            out.print()
            evidence_blocks(out, view)
            continue
        if isinstance(view, ShowView) and table.title.startswith("Reservations") and table.rows:
            declaration_blocks(out, view)
            continue
        if isinstance(view, ShowView) and table.title == "Sources" and table.rows:
            source_blocks(out, view)
            continue
        elif isinstance(view, DraftsView) and table.rows:
            out.print(Text(plain(table.title), style="bold"))
            out.print(drafts_table(view))
        elif isinstance(view, EventsView) and table.rows:
            out.print(Text(plain(table.title), style="bold"))
            event_blocks(out, view)
        elif not table.rows:
            out.print(Text(plain(table.title), style="bold"))
            out.print(Text(table.empty, style="dim"))
        else:
            out.print(Text(plain(table.title), style="bold"))
            out.print(rich_table(table))
        if table.note and table.rows:
            out.print(Text(plain(table.note), style="dim"))
        if len(sections) > 1:
            out.print()
    return buffer.getvalue()
