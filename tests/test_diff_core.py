"""The semantic diff on loaded datasets: order never matters, and one real
change is exactly one entry."""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from dataclasses import fields, is_dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accession_cli.core.analysis.diff import Change, ChangeKind, Sign, diff_datasets
from accession_cli.core.data.dates import PartialDate
from accession_cli.core.data.loader import load_dataset
from accession_cli.core.data.model import (
    Dataset,
    LegislationKind,
    Milestone,
    Place,
    Region,
    Status,
    StatusEntry,
    Treaty,
    TreatyStage,
)
from conftest import write_dataset

BUNDLED = Path(__file__).resolve().parent.parent / "data"


def load(root: Path) -> Dataset:
    result = load_dataset(root, semantic=False)
    assert result.dataset is not None, result.findings
    return result.dataset


@pytest.fixture(scope="module")
def bundled_dataset() -> Dataset:
    return load(BUNDLED)


@pytest.fixture(scope="module")
def crafted() -> Dataset:
    with tempfile.TemporaryDirectory() as tmp:
        return load(write_dataset(Path(tmp) / "data"))


def shuffled(value: Any, rng: random.Random) -> Any:
    """The same data with every list and mapping in another order."""
    if isinstance(value, tuple):
        items = [shuffled(v, rng) for v in value]
        rng.shuffle(items)
        return tuple(items)
    if isinstance(value, dict):
        pairs = [(k, shuffled(v, rng)) for k, v in value.items()]
        rng.shuffle(pairs)
        return dict(pairs)
    if is_dataclass(value) and not isinstance(value, type):
        return replace(
            value, **{f.name: shuffled(getattr(value, f.name), rng) for f in fields(value)}
        )
    return value


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32))
def test_order_never_makes_a_change(bundled_dataset: Dataset, seed: int) -> None:
    rng = random.Random(seed)
    assert diff_datasets(bundled_dataset, shuffled(bundled_dataset, rng)).changes == ()


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32))
def test_the_diff_does_not_depend_on_order(crafted: Dataset, seed: int) -> None:
    rng = random.Random(seed)
    other = mutate(crafted, "PE", lambda c: replace(c, memberships=(*c.memberships, "CARICOM")))
    other = replace(other, events=())
    expected = diff_datasets(crafted, other)
    assert len(expected.changes) == 2
    assert diff_datasets(shuffled(crafted, rng), shuffled(other, rng)) == expected


def mutate(dataset: Dataset, code: str, change: Callable[[Any], Any]) -> Dataset:
    return replace(
        dataset,
        countries=tuple(change(c) if c.code == code else c for c in dataset.countries),
    )


def mutate_item(dataset: Dataset, item_id: str, change: Callable[[Any], Any]) -> Dataset:
    return mutate(
        dataset,
        "PE",
        lambda c: replace(
            c, legislation=tuple(change(i) if i.id == item_id else i for i in c.legislation)
        ),
    )


def mutate_event(dataset: Dataset, change: Callable[[Any], Any]) -> Dataset:
    return replace(dataset, events=tuple(change(e) for e in dataset.events))


def budapest(dataset: Dataset, change: Callable[[tuple[Milestone, ...]], Any]) -> Dataset:
    return mutate(
        dataset,
        "PE",
        lambda c: replace(
            c, treaties={**c.treaties, Treaty.BUDAPEST: change(c.treaties[Treaty.BUDAPEST])}
        ),
    )


EVENT = "events[2010-08-mexico-city-workshop]"
LAW = "countries[PE].legislation[pe-law-2013]"

ONE_CHANGE: dict[str, tuple[Callable[[Dataset], Dataset], tuple[Any, ...]]] = {
    "country region": (
        lambda d: mutate(d, "MX", lambda c: replace(c, region=Region.CENTRAL_AMERICA)),
        ("field-changed", "MX", "countries[MX].region", "North America", "Central America"),
    ),
    "country source added": (
        lambda d: mutate(d, "MX", lambda c: replace(c, sources=("chart",))),
        ("field-changed", "MX", "countries[MX].sources", None, "chart"),
    ),
    "milestone note": (
        lambda d: budapest(
            d,
            lambda ms: (
                tuple(replace(m, note="n") for m in ms if m.stage is TreatyStage.ACCEDED)
                + tuple(m for m in ms if m.stage is not TreatyStage.ACCEDED)
            ),
        ),
        ("field-changed", "PE", "countries[PE].treaties.budapest[acceded].note", None, "n"),
    ),
    "milestone source swapped": (
        lambda d: budapest(
            d,
            lambda ms: tuple(
                replace(m, sources=("profile",)) if m.stage is TreatyStage.INVITED else m
                for m in ms
            ),
        ),
        None,  # two entries: one source removed, one added
    ),
    "stage undated": (
        lambda d: budapest(
            d,
            lambda ms: tuple(
                replace(m, date=None) if m.stage is TreatyStage.INVITED else m for m in ms
            ),
        ),
        ("stage-redated", "PE", "countries[PE].treaties.budapest[invited]", "2015-03", None),
    ),
    "law number": (
        lambda d: mutate_item(d, "pe-law-2013", lambda i: replace(i, number="Ley N° 30096")),
        ("field-changed", "PE", f"{LAW}.number", "Ley 30096", "Ley N° 30096"),
    ),
    "law kind": (
        lambda d: mutate_item(d, "pe-bill-2024", lambda i: replace(i, kind=LegislationKind.LAW)),
        ("field-changed", "PE", "countries[PE].legislation[pe-bill-2024].kind", "bill", "law"),
    ),
    "law supersedes": (
        lambda d: mutate_item(d, "pe-law-2013", lambda i: replace(i, supersedes=("pe-old-code",))),
        ("field-changed", "PE", f"{LAW}.supersedes", None, "pe-old-code"),
    ),
    "status entry note": (
        lambda d: mutate_item(
            d,
            "pe-law-2013",
            lambda i: replace(
                i,
                history=tuple(
                    replace(e, note="x") if e.status is Status.ENACTED else e for e in i.history
                ),
            ),
        ),
        ("field-changed", "PE", f"{LAW}.history[enacted 2013-10-22].note", None, "x"),
    ),
    "status removed": (
        lambda d: mutate_item(
            d,
            "pe-law-2013",
            lambda i: replace(
                i, history=tuple(e for e in i.history if e.status is not Status.PASSED)
            ),
        ),
        ("status-removed", "PE", f"{LAW}.history[passed 2013-09-12]", "2013-09-12", None),
    ),
    "event place city": (
        lambda d: mutate_event(d, lambda e: replace(e, place=Place("MX", "Ciudad de México"))),
        ("event-changed", None, f"{EVENT}.place.city", "Mexico City", "Ciudad de México"),
    ),
    "event place removed": (
        lambda d: mutate_event(d, lambda e: replace(e, place=None)),
        ("event-changed", None, f"{EVENT}.place", {"country": "MX", "city": "Mexico City"}, None),
    ),
    "event planned": (
        lambda d: mutate_event(d, lambda e: replace(e, planned=True)),
        ("event-changed", None, f"{EVENT}.planned", False, True),
    ),
    "event start": (
        lambda d: mutate_event(d, lambda e: replace(e, start=PartialDate(2010, 8))),
        ("event-redated", None, f"{EVENT}.start", "2010-08-26", "2010-08"),
    ),
    "participant note": (
        lambda d: mutate_event(
            d,
            lambda e: replace(
                e,
                participants=tuple(
                    replace(p, note="host") if p.country == "MX" else p for p in e.participants
                ),
            ),
        ),
        ("event-changed", "MX", f"{EVENT}.participants[MX].note", None, "host"),
    ),
    "event outcome": (
        lambda d: mutate_event(d, lambda e: replace(e, outcomes=("Country reports.",))),
        ("event-changed", None, f"{EVENT}.outcomes", None, "Country reports."),
    ),
    "source publisher removed": (
        lambda d: replace(
            d,
            sources=tuple(
                replace(s, publisher=None) if s.id == "profile" else s for s in d.sources
            ),
        ),
        ("source-changed", None, "sources[profile].publisher", "Council of Europe", None),
    ),
    "manifest licence": (
        lambda d: replace(d, manifest=replace(d.manifest, license="CC-BY-4.0")),
        ("field-changed", None, "manifest.license", None, "CC-BY-4.0"),
    ),
}


@pytest.mark.parametrize("name", list(ONE_CHANGE))
def test_one_real_change_is_one_entry(crafted: Dataset, name: str) -> None:
    edit, expected = ONE_CHANGE[name]
    changes = diff_datasets(crafted, edit(crafted)).changes
    if expected is None:
        assert [(c.kind, c.before, c.after) for c in changes] == [
            (ChangeKind.FIELD_CHANGED, "chart", None),
            (ChangeKind.FIELD_CHANGED, None, "profile"),
        ]
        return
    assert [(c.kind.value, c.country, c.path, c.before, c.after) for c in changes] == [expected]


def test_signs() -> None:
    def sign(kind: ChangeKind, before: Any, after: Any) -> Sign:
        return Change(kind, None, "p", before, after, "l").sign

    assert sign(ChangeKind.STAGE_ADDED, None, None) is Sign.ADDED  # an undated stage
    assert sign(ChangeKind.STAGE_REDATED, "2010", None) is Sign.CHANGED  # now undated
    assert sign(ChangeKind.FIELD_CHANGED, None, "x") is Sign.ADDED
    assert sign(ChangeKind.FIELD_CHANGED, "x", None) is Sign.REMOVED
    assert sign(ChangeKind.ARTICLE_CHANGED, "partial", "full") is Sign.CHANGED
    assert sign(ChangeKind.PROGRESS, None, "signed") is Sign.CHANGED


def entry(status: Status, date: str) -> StatusEntry:
    return StatusEntry(status, ("profile",), PartialDate.parse(date))


def test_several_entries_of_one_status_re_dated_pairwise(crafted: Dataset) -> None:
    def history(*entries: StatusEntry) -> Dataset:
        return mutate_item(crafted, "pe-law-2013", lambda i: replace(i, history=entries))

    old = history(entry(Status.AMENDED, "2019"), entry(Status.AMENDED, "2021-03"))
    new = history(entry(Status.AMENDED, "2021-03-05"), entry(Status.AMENDED, "2019-06"))
    assert [(c.kind.value, c.path, c.before, c.after) for c in diff_datasets(old, new).changes] == [
        ("status-redated", f"{LAW}.history[amended 2019]", "2019", "2019-06"),
        ("status-redated", f"{LAW}.history[amended 2021-03]", "2021-03", "2021-03-05"),
    ]
    # uneven counts cannot be paired: the honest answer is added and removed
    fewer = history(entry(Status.AMENDED, "2021-03-05"))
    assert [(c.kind.value, c.before, c.after) for c in diff_datasets(old, fewer).changes] == [
        ("status-removed", "2019", None),
        ("status-removed", "2021-03", None),
        ("status-added", None, "2021-03-05"),
    ]


def test_a_duplicated_stage_is_still_compared_without_regard_to_order(crafted: Dataset) -> None:
    def invited(*dates: str) -> Dataset:
        return budapest(
            crafted,
            lambda _: tuple(
                Milestone(TreatyStage.INVITED, ("chart",), PartialDate.parse(d)) for d in dates
            ),
        )

    changes = diff_datasets(invited("2015", "2016"), invited("2016", "2015-05")).changes
    assert [(c.kind.value, c.before, c.after) for c in changes] == [
        ("stage-redated", "2015", "2015-05")
    ]
    assert diff_datasets(invited("2015", "2016"), invited("2016", "2015")).changes == ()


def test_progress_is_measured_at_each_sides_own_as_of(crafted: Dataset) -> None:
    # The bill was introduced in 2024-05: as of 2024-04 it is not pending yet.
    early = replace(crafted, manifest=replace(crafted.manifest, as_of=PartialDate(2024, 4)))
    result = diff_datasets(early, crafted)
    assert [(c.kind.value, c.path) for c in result.changes] == [("as-of-changed", "manifest.as_of")]
    assert [(c.path, c.before, c.after) for c in result.progress] == [
        ("countries[PE].progress.pending_bills", 0, 1)
    ]


def reversed_lists(value: Any) -> Any:
    if isinstance(value, list):
        return [reversed_lists(v) for v in reversed(value)]
    if isinstance(value, dict):
        return {k: reversed_lists(v) for k, v in reversed(value.items())}
    return value


def test_the_whole_bundled_dataset_rewritten_in_another_style_is_no_change(
    tmp_path: Path,
) -> None:
    """Every file re-serialised (flow style, sorted keys, every list reversed,
    all comments gone): ``diff --exit-code`` finds nothing."""
    import yaml

    from accession_cli.core.data import yamlio
    from conftest import run

    copy = tmp_path / "copy"
    for path in sorted(BUNDLED.rglob("*.yaml")):
        rel = path.relative_to(BUNDLED).as_posix()
        parsed = yamlio.parse(path.read_bytes(), rel)
        assert isinstance(parsed, yamlio.ParsedFile)
        target = copy / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        text = yaml.safe_dump(
            reversed_lists(parsed.value),
            default_flow_style=True,
            sort_keys=True,
            allow_unicode=True,
            width=70,
        )
        target.write_text(text, encoding="utf-8")
    assert (copy / "countries" / "PE.yaml").read_text(encoding="utf-8").startswith("{code: PE, ")
    result = run("diff", str(BUNDLED), str(copy), "--exit-code")
    assert (result.code, result.stderr) == (0, "")
    # the summary line, wrapped at 80 columns
    assert result.stdout.split("\ndataset ")[0].split() == f"{BUNDLED} → {copy}: no changes".split()
