"""``--format csv``: a header row and one row per record, UTF-8, formula-safe.

A view with several sections (``show``) gets a first column naming the section.
"""

from __future__ import annotations

import csv
import io

from accession_cli.core.analysis.progress import FIGURES, CountryProgress, Figure, figures
from accession_cli.core.analysis.views import ListView
from accession_cli.render import RenderOptions
from accession_cli.render.escape import csv_cell
from accession_cli.render.views.tabular import Words, tables


def _column(header: str) -> str:
    return header.lower().replace(".", "").replace(" ", "_")


#: The per-country columns, the same in ``list`` and ``report`` (which adds
#: its own after them) and in the export's ``progress`` view: one name per
#: field across commands (the figures are defined once, in core).
COUNTRY_HEADERS = ("code", "name", "region", "memberships", *FIGURES)


def _cell(figure: Figure) -> str:
    if figure is None:
        return ""
    if isinstance(figure, float):
        return f"{figure:.2f}"
    return str(figure)


def country_cells(row: CountryProgress) -> list[str]:
    """A country's figures as CSV cells (codes, not words; empty = unknown)."""
    country = row.country
    cells = [country.code, country.name, country.region.value]
    cells.append(";".join(m.value for m in country.memberships))
    cells += [_cell(figure) for figure in figures(row)]
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
