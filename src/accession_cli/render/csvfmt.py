"""``--format csv``: a header row and one row per record, UTF-8, formula-safe.

A view with several sections (``show``) gets a first column naming the section.
"""

from __future__ import annotations

import csv
import io

from accession_cli.render import RenderOptions
from accession_cli.render.escape import csv_cell
from accession_cli.render.tabular import tables


def _column(header: str) -> str:
    return header.lower().replace(".", "").replace(" ", "_")


def render(view: object, options: RenderOptions) -> str:
    sections = tables(view)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if len(sections) == 1:
        table = sections[0]
        writer.writerow([_column(h) for h in table.headers])
        writer.writerows([csv_cell(cell) for cell in row] for row in table.rows)
    else:
        width = max(len(t.headers) for t in sections)
        writer.writerow(["section", *(f"field_{i}" for i in range(1, width + 1))])
        for table in sections:
            name = _column(table.title.split(" (")[0])
            for row in table.rows:
                writer.writerow([name, *(csv_cell(cell) for cell in row)])
    return buffer.getvalue()
