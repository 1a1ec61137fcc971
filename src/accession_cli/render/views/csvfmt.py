"""``--format csv``: a header row and one row per record, UTF-8, formula-safe.

A view with several sections (``show``) gets a first column naming the section.
"""

from __future__ import annotations

import csv
import io

from accession_cli.core.analysis.progress import CountryProgress
from accession_cli.core.analysis.views import ListView
from accession_cli.core.data.model import ArticleGroup, Treaty
from accession_cli.render import RenderOptions
from accession_cli.render.escape import csv_cell
from accession_cli.render.views.tabular import Words, tables


def _column(header: str) -> str:
    return header.lower().replace(".", "").replace(" ", "_")


def _treaty_key(treaty: Treaty) -> str:
    return treaty.value.replace("-", "_")


#: The per-country columns, the same in ``list`` and ``report`` (which adds
#: its own after them): one name per field across commands.
COUNTRY_HEADERS = (
    "code",
    "name",
    "region",
    "memberships",
    *(f"{_treaty_key(t)}_{field}" for t in Treaty for field in ("stage", "date")),
    "laws_in_force",
    "pending_bills",
    "dormant_bills",
    *(f"{g.value}_{field}" for g in ArticleGroup for field in ("score", "assessed", "projected")),
    "events_attended",
)


def country_cells(row: CountryProgress) -> list[str]:
    """A country's figures as CSV cells (codes, not words; empty = unknown)."""
    country = row.country
    cells = [country.code, country.name, country.region.value]
    cells.append(";".join(m.value for m in country.memberships))
    for treaty in Treaty:
        status = row.stage(treaty)
        cells.append(status.stage.value if status.stage else "")
        cells.append(str(status.date) if status.stage and status.date else "")
    cells += [
        str(len(row.laws_in_force)),
        str(len(row.pending_bills)),
        str(len(row.dormant_bills)),
    ]
    for group in ArticleGroup:
        score, projected = row.scores[group], row.projected_scores[group]
        cells.append("" if score.score is None else f"{score.score:.2f}")
        cells.append(str(score.assessed))
        cells.append("" if projected.score is None else f"{projected.score:.2f}")
    cells.append(str(sum(not e.planned for e in row.events)))
    return cells


def render(view: object, options: RenderOptions) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if isinstance(view, ListView):
        writer.writerow(COUNTRY_HEADERS)
        writer.writerows([csv_cell(cell) for cell in country_cells(row)] for row in view.rows)
        return buffer.getvalue()
    sections = tables(view, Words(human=False))
    if len(sections) == 1:
        table = sections[0]
        writer.writerow([_column(h) for h in table.headers])
        writer.writerows([csv_cell(cell) for cell in row] for row in table.rows)
        return buffer.getvalue()
    # Several sections (show): one row per record, a first column naming its
    # section, and the union of the sections' columns (a column a section
    # does not have is empty in its rows).
    columns: list[str] = []
    for table in sections:
        for header in table.headers:
            if _column(header) not in columns:
                columns.append(_column(header))
    writer.writerow(["section", *columns])
    for table in sections:
        name = _column(table.title.split(" (")[0])
        where = [columns.index(_column(h)) for h in table.headers]
        for row in table.rows:
            cells = [""] * len(columns)
            for index, cell in zip(where, row, strict=True):
                cells[index] = cell
            writer.writerow([name, *(csv_cell(cell) for cell in cells)])
    return buffer.getvalue()
