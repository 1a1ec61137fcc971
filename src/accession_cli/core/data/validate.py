"""The domain rules that need the whole dataset: identity, references,
provenance of assessments, chronology and consistency.

Each rule is a small generator of findings; :func:`semantic_findings` runs
them all. Findings point at the record's key path, so ``check`` can show the
line of the offending key or value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import combinations
from pathlib import Path, PurePosixPath

from accession_cli.core.data.dates import PartialDate, entry_into_force
from accession_cli.core.data.evidence import names_provision_or_article, qualifier
from accession_cli.core.data.findings import Finding, Loc, Severity
from accession_cli.core.data.model import (
    ARTICLE_TITLES,
    DECLARATION_BASES,
    DEPOSITS,
    STARTS_FORCE,
    TERMINAL,
    Country,
    Coverage,
    Dataset,
    Legislation,
    LegislationKind,
    Milestone,
    Provision,
    Source,
    Status,
    Treaty,
    TreatyStage,
)
from accession_cli.core.data.rules import finding

#: General entry into force of each treaty, where the three-month rule applies
#: to later deposits (budapest-convention.md). Other treaties: not recorded.
TREATY_IN_FORCE: dict[Treaty, dt.date] = {Treaty.BUDAPEST: dt.date(2004, 7, 1)}

#: The main lifecycle chain; an entry later in it may not be dated earlier.
_CHAIN = (
    Status.DRAFTING,
    Status.INTRODUCED,
    Status.COMMITTEE,
    Status.PASSED,
    Status.ENACTED,
    Status.IN_FORCE,
)


def iso_alpha2_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code, from pycountry's data.

    Importing pycountry costs about 30 ms (it looks up its own package
    metadata), more than the rest of loading the bundled dataset from the
    cache; its ISO 3166-1 table is read directly when it is where pycountry
    keeps it (``pycountry.DATABASE_DIR``), through pycountry otherwise.
    """
    import importlib.util
    import re

    spec = importlib.util.find_spec("pycountry")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        try:
            table = (Path(folder) / "databases" / "iso3166-1.json").read_bytes()
        except OSError:
            continue
        codes = frozenset(
            code.decode() for code in re.findall(rb'"alpha_2":\s*"([A-Z]{2})"', table)
        )
        if len(codes) > 200:  # the table as expected; otherwise ask pycountry
            return codes
    import pycountry

    return frozenset(country.alpha_2 for country in pycountry.countries)


def semantic_findings(
    dataset: Dataset,
    *,
    sources_complete: bool = True,
    countries_complete: bool = True,
    events_complete: bool = True,
) -> list[Finding]:
    found: list[Finding] = []
    found.extend(_identity(dataset))
    if sources_complete:
        # a source cited only by a file that failed to load is not unused
        unused = countries_complete and events_complete
        found.extend(_source_references(dataset, report_unused=unused))
    found.extend(_other_references(dataset, countries_complete))
    found.extend(_assessment_provenance(dataset))
    as_of = dataset.manifest.as_of.end
    for country in dataset.countries:
        found.extend(_treaty_chronology(country, as_of))
        found.extend(_declarations(country, as_of))
        for item in country.legislation:
            found.extend(_legislation(item, as_of))
            found.extend(_provisions(item))
    for event in dataset.events:
        if event.end is not None and event.end.certainly_before(event.start):
            found.append(
                finding(
                    "ACC508",
                    event.loc.child("end"),
                    f"event ends ({event.end}) before it starts ({event.start})",
                )
            )
        if event.start.start > as_of:
            severity = Severity.WARNING if event.planned else Severity.ERROR
            what = "planned event" if event.planned else "event"
            found.append(
                finding(
                    "ACC509",
                    event.loc.child("start"),
                    f"{what} starts {event.start}, after the dataset's as_of {dataset.manifest.as_of}",
                    severity=severity,
                )
            )
    return found


# ------------------------------------------------------------------ identity


def _identity(dataset: Dataset) -> Iterator[Finding]:
    iso = iso_alpha2_codes()
    for country in dataset.countries:
        stem = PurePosixPath(country.loc.path).stem
        if stem != country.code:
            yield finding(
                "ACC201",
                country.loc.child("code"),
                f"code '{country.code}' does not match the file name: rename the file to {country.code}.yaml",
            )
        if country.code not in iso:
            yield finding(
                "ACC202",
                country.loc.child("code"),
                f"'{country.code}' is not an ISO 3166-1 alpha-2 code",
            )
    for event in dataset.events:
        stem = PurePosixPath(event.loc.path).stem
        if stem != event.id:
            yield finding(
                "ACC201",
                event.loc.child("id"),
                f"id '{event.id}' does not match the file name: rename the file to {event.id}.yaml",
            )
        if event.place is not None and event.place.country not in iso:
            yield finding(
                "ACC202",
                event.loc.child("place", "country"),
                f"'{event.place.country}' is not an ISO 3166-1 alpha-2 code",
            )
    yield from _duplicates("source", ((s.id, s.loc.child("id")) for s in dataset.sources))
    yield from _duplicate_urls(dataset)
    yield from _duplicates("country", ((c.code, c.loc.child("code")) for c in dataset.countries))
    yield from _duplicates(
        "legislation",
        ((item.id, item.loc.child("id")) for c in dataset.countries for item in c.legislation),
    )
    yield from _duplicates("event", ((e.id, e.loc.child("id")) for e in dataset.events))


def normalized_url(url: str) -> str:
    """An address as two copies of one document would differ only in: scheme,
    a leading ``www.``, a trailing slash and the case of the host."""
    rest = re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", "", url.strip())
    host, slash, path = rest.partition("/")
    host = host.lower().removeprefix("www.")
    return f"{host}{slash}{path}".rstrip("/")


def _duplicate_urls(dataset: Dataset) -> Iterator[Finding]:
    first: dict[str, Source] = {}
    for source in dataset.sources:
        if source.url is None:
            continue
        key = normalized_url(source.url)
        other = first.setdefault(key, source)
        if other is source or dataset.document(other.id) == dataset.document(source.id):
            continue
        yield finding(
            "ACC205",
            source.loc.child("url"),
            f"source '{source.id}' has the address of '{other.id}': if they"
            f" are one document, cite one id, or mark the copy 'same_as: {other.id}'",
        )


def _duplicates(what: str, ids: Iterable[tuple[str, Loc]]) -> Iterator[Finding]:
    first: dict[str, Loc] = {}
    for value, loc in ids:
        if value in first:
            yield finding(
                "ACC203", loc, f"{what} id '{value}' is already used in {first[value].path}"
            )
        else:
            first[value] = loc


# ---------------------------------------------------------------- references


def _citations(dataset: Dataset) -> Iterator[tuple[str, Loc]]:
    for country in dataset.countries:
        for index, source_id in enumerate(country.sources):
            yield source_id, country.loc.child("sources", index)
        for milestones in country.treaties.values():
            for milestone in milestones:
                for index, source_id in enumerate(milestone.sources):
                    yield source_id, milestone.loc.child("sources", index)
        for item in country.legislation:
            for entry in item.history:
                for index, source_id in enumerate(entry.sources):
                    yield source_id, entry.loc.child("sources", index)
            for index, source_id in enumerate(item.articles_sources):
                yield source_id, item.loc.child("articles_sources", index)
            for provision in item.provisions:
                for index, source_id in enumerate(provision.sources):
                    yield source_id, provision.loc.child("sources", index)
        for declaration in country.declarations:
            for index, source_id in enumerate(declaration.sources):
                yield source_id, declaration.loc.child("sources", index)
    for event in dataset.events:
        for index, source_id in enumerate(event.sources):
            yield source_id, event.loc.child("sources", index)


def _source_references(dataset: Dataset, *, report_unused: bool) -> Iterator[Finding]:
    known = {source.id for source in dataset.sources}
    cited: set[str] = set()
    for source_id, loc in _citations(dataset):
        cited.add(source_id)
        if source_id not in known:
            yield finding(
                "ACC301", loc, f"unknown source '{source_id}'{_suggest(source_id, known)}"
            )
    for source in dataset.sources:
        if source.same_as is not None and source.same_as not in known:
            yield finding(
                "ACC301",
                source.loc.child("same_as"),
                f"unknown source '{source.same_as}'{_suggest(source.same_as, known)}",
            )
    if not report_unused:
        return
    for source in dataset.sources:
        if source.id not in cited:
            yield finding("ACC304", source.loc.child("id"), f"source '{source.id}' is never cited")


def _other_references(dataset: Dataset, countries_complete: bool) -> Iterator[Finding]:
    if not countries_complete:
        return  # a country file failed to load: its codes and ids are unknown
    codes = {country.code for country in dataset.countries}
    legislation = dataset.legislation()
    for event in dataset.events:
        for index, participant in enumerate(event.participants):
            if participant.country not in codes:
                yield finding(
                    "ACC302",
                    event.loc.child("participants", index, "country"),
                    f"participant '{participant.country}' has no file countries/{participant.country}.yaml",
                )
        for index, legislation_id in enumerate(event.discusses):
            if legislation_id not in legislation:
                yield finding(
                    "ACC303",
                    event.loc.child("discusses", index),
                    f"unknown legislation '{legislation_id}'{_suggest(legislation_id, legislation)}",
                )
    for country in dataset.countries:
        for item in country.legislation:
            for field_name in ("amends", "supersedes"):
                for index, other in enumerate(getattr(item, field_name)):
                    if other not in legislation:
                        yield finding(
                            "ACC303",
                            item.loc.child(field_name, index),
                            f"unknown legislation '{other}'{_suggest(other, legislation)}",
                        )


def _assessment_provenance(dataset: Dataset) -> Iterator[Finding]:
    for country in dataset.countries:
        for item in country.legislation:
            if item.articles and not item.articles_sources:
                yield finding(
                    "ACC401",
                    item.loc.child("articles"),
                    "article assessment cites no source: add 'articles_sources: [source-id]'",
                    at_key=True,
                )


def _suggest(word: str, choices: Iterable[str]) -> str:
    import difflib

    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{match[0]}'?" if match else ""


# ------------------------------------------------ provisions and declarations


def _provisions(item: Legislation) -> Iterator[Finding]:
    seen: set[int] = set()
    for provision in item.provisions:
        if provision.article in seen:
            yield finding(
                "ACC204",
                provision.loc.child("article"),
                f"{item.id}: article {provision.article} already has a provision entry;"
                " name every domestic provision for it in one entry",
            )
            continue
        seen.add(provision.article)
        yield from _evidence(item, provision)
        graded = item.articles.get(provision.article)
        if graded is not None and provision.grade is not None and graded is not provision.grade:
            yield finding(
                "ACC605",
                provision.loc.child("grade"),
                f"{item.id}: article {provision.article} is '{provision.grade.value}' here but"
                f" '{graded.value}' in 'articles'",
            )


def _evidence(item: Legislation, provision: Provision) -> Iterator[Finding]:
    """The words behind a grade: present (ACC402), from one of the
    provision's sources (ACC403), unqualified for a full grade (ACC606), and
    about the provision or the article (ACC607)."""
    where = f"{item.id}: article {provision.article}"
    evidence = provision.evidence
    if provision.grade is not None and evidence is None:
        yield finding(
            "ACC402",
            provision.loc.child("grade"),
            f"{where} is graded '{provision.grade.value}' with no evidence: quote the words of"
            f" a source that name {provision.provision} as its counterpart ('evidence',"
            " 'evidence_source'), or remove the grade",
        )
    if provision.evidence_source is None:
        if evidence is not None:
            yield finding(
                "ACC403",
                provision.loc.child("evidence"),
                f"{where}: the evidence names no source: add 'evidence_source: "
                f"{provision.sources[0]}'"
                + (
                    f" (or another of {', '.join(provision.sources[1:])})"
                    if provision.sources[1:]
                    else ""
                ),
                at_key=True,
            )
    elif evidence is None:
        yield finding(
            "ACC403",
            provision.loc.child("evidence_source"),
            f"{where}: 'evidence_source' without 'evidence': quote the source's words",
            at_key=True,
        )
    elif provision.evidence_source not in provision.sources:
        yield finding(
            "ACC403",
            provision.loc.child("evidence_source"),
            f"{where}: evidence_source '{provision.evidence_source}' is not one of the"
            f" provision's sources ({', '.join(provision.sources)})",
        )
    if evidence is None:
        return
    if provision.grade is Coverage.FULL:
        words = qualifier(evidence)
        if words is not None:
            yield finding(
                "ACC606",
                provision.loc.child("evidence"),
                f"{where} is graded 'full' but its evidence reads as partial (\"{words}\"):"
                " grade it 'partial', or quote words that name it without qualification",
            )
    if not names_provision_or_article(evidence, provision.provision, provision.article):
        yield finding(
            "ACC607",
            provision.loc.child("evidence"),
            f"{where}: the evidence names neither {provision.provision} nor a word of"
            f" '{ARTICLE_TITLES[provision.article]}': quote the words that make the"
            " correspondence",
        )


def _declarations(country: Country, as_of: dt.date) -> Iterator[Finding]:
    for declaration in country.declarations:
        treaty = declaration.treaty
        allowed = DECLARATION_BASES[declaration.kind]
        if (
            treaty is Treaty.BUDAPEST
            and declaration.basis is not None
            and declaration.basis not in allowed
        ):
            yield finding(
                "ACC604",
                declaration.loc.child("basis"),
                f"a {declaration.kind.value} cannot be made under {declaration.basis}: "
                f"the Convention allows {', '.join(allowed)}",
            )
        if declaration.date is not None:
            if _after_as_of(declaration.date, as_of):
                yield finding(
                    "ACC509",
                    declaration.loc.child("date"),
                    f"{declaration.kind.value} dated {declaration.date}, after the dataset's"
                    f" as_of {as_of}",
                )
            steps = [
                m
                for m in country.treaties.get(treaty, ())
                if m.stage in _BINDING_STEPS and m.date is not None
            ]
            if not any(m.stage in _BINDING_STEPS for m in country.treaties.get(treaty, ())):
                yield finding(
                    "ACC511",
                    declaration.loc.child("date"),
                    f"{declaration.kind.value} on {treaty.value}, which {country.code} has"
                    " neither signed nor deposited",
                )
            else:
                first = min(steps, key=lambda m: m.date.sort_key() if m.date else (dt.date.max,))
                if first.date is not None and declaration.date.certainly_before(first.date):
                    yield finding(
                        "ACC511",
                        declaration.loc.child("date"),
                        f"{declaration.kind.value} dated {declaration.date}, before"
                        f" {country.code} {first.stage.value} {treaty.value} ({first.date})",
                    )
        if (
            declaration.withdrawn is not None
            and declaration.date is not None
            and declaration.withdrawn.certainly_before(declaration.date)
        ):
            yield finding(
                "ACC511",
                declaration.loc.child("withdrawn"),
                f"withdrawn {declaration.withdrawn}, before it was made ({declaration.date})",
            )


#: The steps that let a state make a reservation or declaration.
_BINDING_STEPS = frozenset({TreatyStage.SIGNED, TreatyStage.RATIFIED, TreatyStage.ACCEDED})


# ----------------------------------------------------------------- chronology


def _after_as_of(date: PartialDate | None, as_of: dt.date) -> bool:
    return date is not None and date.start > as_of


def _treaty_chronology(country: Country, as_of: dt.date) -> Iterator[Finding]:
    for treaty, milestones in country.treaties.items():
        by_stage: dict[TreatyStage, Milestone] = {}
        counts = Counter(m.stage for m in milestones)
        for milestone in milestones:
            if counts[milestone.stage] > 1 and milestone.stage in by_stage:
                yield finding(
                    "ACC510",
                    milestone.loc.child("stage"),
                    f"{treaty.value}: stage '{milestone.stage.value}' is recorded twice",
                )
            by_stage.setdefault(milestone.stage, milestone)
            if _after_as_of(milestone.date, as_of):
                yield finding(
                    "ACC509",
                    milestone.loc.child("date"),
                    f"{treaty.value} {milestone.stage.value} dated {milestone.date}, after the dataset's as_of {as_of}",
                )
        for earlier, later in combinations(
            sorted(by_stage.values(), key=lambda m: m.stage.rank), 2
        ):
            if earlier.stage.rank == later.stage.rank:
                continue
            if earlier.date and later.date and later.date.certainly_before(earlier.date):
                yield finding(
                    "ACC501",
                    later.loc.child("date"),
                    f"{treaty.value}: '{later.stage.value}' ({later.date}) is dated before "
                    f"'{earlier.stage.value}' ({earlier.date})",
                )
        ratified = by_stage.get(TreatyStage.RATIFIED)
        acceded = by_stage.get(TreatyStage.ACCEDED)
        if ratified and acceded:
            yield finding(
                "ACC503",
                acceded.loc.child("stage"),
                f"{treaty.value}: both 'ratified' and 'acceded': a state deposits one instrument",
            )
        signed = by_stage.get(TreatyStage.SIGNED)
        if acceded and signed:
            yield finding(
                "ACC504",
                acceded.loc.child("stage"),
                f"{treaty.value}: 'acceded' after 'signed': a signatory ratifies (record 'ratified')",
            )
        in_force = by_stage.get(TreatyStage.IN_FORCE)
        deposit = ratified or acceded
        if in_force and deposit is None:
            yield finding(
                "ACC502",
                in_force.loc.child("stage"),
                f"{treaty.value}: 'in_force' without a deposit: record 'ratified' or 'acceded' first",
            )
        general = TREATY_IN_FORCE.get(treaty)
        if in_force and deposit and general and in_force.date and deposit.date:
            deposited = deposit.date.exact
            recorded = in_force.date.exact
            if deposited and recorded and deposited > general:
                expected = entry_into_force(deposited)
                if recorded != expected:
                    yield finding(
                        "ACC505",
                        in_force.loc.child("date"),
                        f"in_force {recorded} does not follow the three-month rule: expected {expected} "
                        f"(deposit {deposited})",
                    )


def _legislation(item: Legislation, as_of: dt.date) -> Iterator[Finding]:
    history = item.history
    for entry in history:
        if _after_as_of(entry.date, as_of):
            yield finding(
                "ACC509",
                entry.loc.child("date"),
                f"{item.id}: '{entry.status.value}' dated {entry.date}, after the dataset's as_of {as_of}",
            )
    dated = [e for e in history if e.date is not None]
    chain = {status: i for i, status in enumerate(_CHAIN)}
    for a, b in combinations(dated, 2):
        assert a.date is not None and b.date is not None
        if a.status in chain and b.status in chain and a.status != b.status:
            first, second = (a, b) if chain[a.status] < chain[b.status] else (b, a)
            assert first.date is not None and second.date is not None
            if second.date.certainly_before(first.date):
                yield finding(
                    "ACC506",
                    second.loc.child("date"),
                    f"{item.id}: '{second.status.value}' ({second.date}) is dated before "
                    f"'{first.status.value}' ({first.date})",
                )
    for terminal in (e for e in dated if e.status in TERMINAL):
        assert terminal.date is not None
        for other in dated:
            assert other.date is not None
            if other is not terminal and terminal.date.certainly_before(other.date):
                yield finding(
                    "ACC507",
                    other.loc.child("status"),
                    f"{item.id}: '{other.status.value}' ({other.date}) comes after the terminal "
                    f"status '{terminal.status.value}' ({terminal.date})",
                )
    statuses = {entry.status for entry in history}
    if item.kind is LegislationKind.LAW and not statuses & STARTS_FORCE:
        yield finding(
            "ACC602",
            item.loc.child("history"),
            f"law '{item.id}' never reaches 'enacted' or 'in_force': make it a bill, or add the enactment",
        )
    if item.kind is LegislationKind.BILL and Status.IN_FORCE in statuses:
        entry = next(e for e in history if e.status is Status.IN_FORCE)
        yield finding(
            "ACC603",
            entry.loc.child("status"),
            f"bill '{item.id}' is marked in_force: record the law as its own entry (kind: law) "
            "and end the bill with 'superseded'",
        )


__all__ = ["DEPOSITS", "TREATY_IN_FORCE", "iso_alpha2_codes", "semantic_findings"]
