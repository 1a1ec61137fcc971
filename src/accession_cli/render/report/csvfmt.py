"""``accession report --format csv``: the per-country table, one row per country.

A header row, UTF-8, every text cell neutralised against formula injection
(:func:`escape.csv_cell`). Scores are empty when no article of the group was
assessed; ``sources`` holds the source ids the row rests on, ``;``-separated.
"""

from __future__ import annotations

import csv
import io

from accession_cli.core.analysis.report import WORKSHOP_KINDS, Report
from accession_cli.render import RenderOptions
from accession_cli.render.escape import csv_cell
from accession_cli.render.views.csvfmt import COUNTRY_HEADERS, country_cells

HEADERS = (
    *COUNTRY_HEADERS,
    "workshops_attended",
    "first_workshop",
    "first_workshop_date",
    "sources",
)


def report_rows(report: Report) -> list[list[str]]:
    workshops = {row.country.code: row.workshops for row in report.capacity}
    rows = []
    for row in report.countries:
        attended = workshops.get(row.country.code, ())
        cells = country_cells(row)
        cells.append(str(sum(e.kind in WORKSHOP_KINDS for e in attended)))
        cells.append(attended[0].id if attended else "")
        cells.append(str(attended[0].start) if attended else "")
        cells.append(";".join(report.row_sources(row)))
        rows.append(cells)
    return rows


def render(view: object, options: RenderOptions) -> str:
    if not isinstance(view, Report):
        raise NotImplementedError
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADERS)
    writer.writerows([csv_cell(cell) for cell in row] for row in report_rows(view))
    return buffer.getvalue()
