"""``accession site OUTDIR``: the dataset as a static website."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from accession_cli.cli import state
from accession_cli.cli.options import (
    AsOfOption,
    DormantOption,
    country_filters,
)
from accession_cli.core.data.enums import DORMANT_YEARS
from accession_cli.core.data.errors import UsageError
from accession_cli.exit_codes import ExitCode

if TYPE_CHECKING:
    from accession_cli.core.analysis.views import CountryFilter


def _url(option: str, text: str | None) -> str | None:
    from accession_cli.render.report.html import safe_href

    if text is None:
        return None
    if safe_href(text) is None:
        raise UsageError(f"{option}: '{text}' is not an http(s) URL")
    return text


@country_filters
def site(
    filters: CountryFilter,
    outdir: Annotated[
        Path,
        typer.Argument(
            metavar="OUTDIR",
            help="Directory to write the site to: a new or empty one, or a site this "
            "command wrote before (replaced as a whole).",
        ),
    ],
    base_url: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--base-url",
            metavar="URL",
            help="Where the site is published: absolute links in the feed, and a sitemap.xml.",
            show_default=False,
        ),
    ] = None,
    repo_url: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--repo-url",
            metavar="URL",
            help="URL of the dataset directory in the repository's web editor (e.g. "
            "https://github.com/OWNER/REPO/edit/main/data): an 'edit' link on each country page.",
            show_default=False,
        ),
    ] = None,
    since: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--since",
            metavar="DATE",
            help="First day of the news page and feed (default: 1 January two years "
            "before the as-of date).",
            show_default=False,
        ),
    ] = None,
    build_date: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--build-date",
            metavar="YYYY-MM-DD",
            help="Print this build date on every page (default: none, so that the same "
            "data gives the same files).",
            show_default=False,
        ),
    ] = None,
    as_of: AsOfOption = None,
    dormant_after: DormantOption = DORMANT_YEARS,
) -> None:
    """The dataset as a static website: countries, articles, news.

    Pages for every country and article, events, news with an Atom feed,
    sources, the JSON of list and show, and the SQLite and Data Package
    downloads. No script, relative links, the same bytes for the same data."""
    from accession_cli.cli.commands.report import _report_date, _since
    from accession_cli.cli.output import write_directory
    from accession_cli.core.analysis.site import site_view
    from accession_cli.render.site import MARKER, site_files

    if str(outdir) == "-":
        raise UsageError("OUTDIR: a site is a directory, not standard output")
    base = _url("--base-url", base_url)
    repo = _url("--repo-url", repo_url)
    day = state.query_date(as_of)
    dormant_after = state.dormant_years(dormant_after)
    window = _since(since)
    built = _report_date(build_date) if build_date is not None else None
    dataset = state.load_for_view()
    state.note_as_of(day, dataset)
    view = site_view(
        dataset, filters, as_of=day, since=window, dormant_after=dormant_after, build_date=built
    )
    if not view.listing.rows:
        state.error("no country matches the filters; no site written")
        raise typer.Exit(ExitCode.FINDINGS)
    files = site_files(view, base_url=base, repo_url=repo)
    write_directory(outdir, files, "the site", replaceable=lambda path: (path / MARKER).is_file())
