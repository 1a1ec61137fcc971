"""Write a deterministic synthetic dataset for benchmarks.

    python benchmarks/generate.py N OUT_DIR [--force]

N countries (the first N real ISO 3166-1 alpha-2 codes, sorted; at most 249,
as ISO 3166-1 has no more), each with about 4 treaty milestones and 10 laws
and bills (3-5 dated statuses each, article assessments on most), N x 5
events with 5-15 participants, and a sources.yaml that defines every source
cited and nothing else. The output follows the data contract and passes
``accession check`` with no findings. The same N always gives the same bytes
with the same pycountry (names and codes come from it): a fixed seed, no
clock, no randomness from the environment.

N=200 is 1.8 MB of YAML (1,202 files): the issue estimated about 1 MB; the
counts above are what decide the size, and they are kept as the issue states them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

#: ISO 3166-1 has 249 alpha-2 codes; a country file needs a real one.
MAX_COUNTRIES = 249
AS_OF = dt.date(2026, 1, 31)
BUDAPEST_IN_FORCE = dt.date(2004, 7, 1)
UN_SIGNATURE = dt.date(2025, 10, 25)
REGIONS = (
    "South America",
    "Central America",
    "Caribbean",
    "North America",
    "Europe",
    "Africa",
    "Asia",
    "Oceania",
)
EXTRA_MEMBERSHIPS = ("APEC", "Commonwealth", "AU", "ASEAN", "OECD", "G20", "CARICOM", "SICA")
ARTICLES = range(2, 36)
COVERAGE = ("full", "full", "partial", "none")
KINDS = ("workshop", "training", "meeting", "conference")
TOPICS = (
    "substantive-law",
    "procedural-law",
    "electronic-evidence",
    "international-cooperation",
    "accession",
    "data-protection",
)
CITIES = (
    "Strasbourg",
    "Washington",
    "Bucharest",
    "Santo Domingo",
    "Lima",
    "Nairobi",
    "Accra",
    "Manila",
    "Port of Spain",
    "Montevideo",
    "Dakar",
    "Colombo",
)
ORGANIZERS = (
    "Council of Europe",
    "Organization of American States",
    "US Department of Justice",
    "UNODC",
    "European Union",
)
LAW_SUBJECTS = (
    "Computer crime",
    "Electronic evidence",
    "Data protection",
    "Electronic transactions",
    "Child online protection",
    "Criminal procedure (digital evidence)",
    "Mutual legal assistance",
    "Telecommunications interception",
    "Cybersecurity",
    "Penal code amendments (computer fraud and forgery)",
)


def _q(text: str) -> str:
    """A YAML double-quoted scalar (a JSON string is one)."""
    return json.dumps(text, ensure_ascii=False)


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _d(day: dt.date) -> str:
    return day.isoformat()


def add_months(day: dt.date, months: int) -> dt.date:
    import calendar

    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def entry_into_force(deposit: dt.date) -> dt.date:
    """The three-month rule of Articles 36(4) and 37(2)."""
    return add_months(add_months(deposit, 3).replace(day=1), 1)


@dataclass
class Sources:
    """Sources in the order first cited; only cited sources are written."""

    entries: dict[str, tuple[str, str, str]] = field(default_factory=dict)

    def cite(self, source_id: str, title: str, publisher: str, date: str) -> str:
        self.entries.setdefault(source_id, (title, publisher, date))
        return source_id

    def yaml(self) -> str:
        lines = ["# Every document that a fact cites (synthetic benchmark data)."]
        for source_id, (title, publisher, date) in self.entries.items():
            lines.append(f"- id: {source_id}")
            lines.append(f"  title: {_q(title)}")
            lines.append(f"  publisher: {_q(publisher)}")
            lines.append(f"  date: {date}")
        return "\n".join(lines) + "\n"


class Generator:
    def __init__(self, n: int, seed: int = 185) -> None:
        import pycountry

        everyone = sorted(pycountry.countries, key=lambda c: c.alpha_2)
        self.all_codes = [c.alpha_2 for c in everyone]
        self.countries = [(c.alpha_2, c.name) for c in everyone[:n]]
        self.rng = random.Random(seed)
        self.sources = Sources()
        #: legislation ids per country, for events to discuss
        self.legislation: dict[str, list[str]] = {}

    def day(self, low: dt.date, high: dt.date) -> dt.date:
        span = (high - low).days
        return low + dt.timedelta(days=self.rng.randint(0, max(span, 0)))

    # ---------------------------------------------------------------- countries

    def chart(self) -> str:
        return self.sources.cite(
            "coe-chart-185",
            "Chart of signatures and ratifications of Treaty 185",
            "Council of Europe Treaty Office",
            "2026-01",
        )

    def treaties(self, code: str, pattern: int) -> list[str]:
        """About four milestones, in order, in force by the three-month rule."""
        rng = self.rng
        chart = self.chart()

        def country_src() -> str:
            return self.sources.cite(
                f"{code.lower()}-accession-file",
                f"Accession file of {code}",
                "Council of Europe",
                "2025",
            )

        lines = ["treaties:", "  budapest:"]

        def stage(name: str, day: dt.date | str, sources: Iterable[str]) -> None:
            when = day if isinstance(day, str) else _d(day)
            lines.append(f"    - {{stage: {name}, date: {when}, sources: [{', '.join(sources)}]}}")

        if pattern == 0:  # a signatory: signed, ratified, in force; signs protocol 2
            signed = self.day(dt.date(2001, 11, 23), dt.date(2006, 12, 31))
            ratified = self.day(
                max(signed, BUDAPEST_IN_FORCE) + dt.timedelta(days=30), dt.date(2020, 6, 30)
            )
            stage("signed", signed, [chart])
            stage("ratified", ratified, [chart])
            stage("in_force", entry_into_force(ratified), [chart])
            p2 = self.sources.cite(
                "coe-chart-224",
                "Chart of signatures and ratifications of Treaty 224",
                "Council of Europe Treaty Office",
                "2026-01",
            )
            lines.append("  protocol-2:")
            lines.append(
                f"    - {{stage: signed, date: {_d(self.day(dt.date(2022, 5, 12), dt.date(2025, 6, 30)))}, sources: [{p2}]}}"
            )
        elif pattern == 1:  # invited, acceded, in force
            interest = self.day(dt.date(2004, 1, 1), dt.date(2012, 12, 31))
            invited = self.day(interest + dt.timedelta(days=60), dt.date(2016, 12, 31))
            acceded = self.day(invited + dt.timedelta(days=90), dt.date(2024, 12, 31))
            if rng.random() < 0.5:
                stage("interest", f"{interest.year}-{interest.month:02d}", [country_src()])
            else:
                stage("interest", interest, [country_src()])
            stage("invited", invited, [chart])
            stage("acceded", acceded, [chart])
            stage("in_force", entry_into_force(acceded), [chart])
        else:  # on the way: interest, request, invitation; signs the UN convention
            interest = self.day(dt.date(2008, 1, 1), dt.date(2018, 12, 31))
            requested = self.day(interest + dt.timedelta(days=30), dt.date(2021, 12, 31))
            invited = self.day(requested + dt.timedelta(days=120), dt.date(2025, 6, 30))
            stage("interest", interest, [country_src()])
            stage("requested", requested, [country_src()])
            stage("invited", invited, [chart])
            un = self.sources.cite(
                "un-mtdsg-xviii-16",
                "United Nations Convention against Cybercrime: status",
                "United Nations Treaty Collection",
                "2026-01",
            )
            lines.append("  un-cybercrime:")
            lines.append(f"    - {{stage: signed, date: {_d(UN_SIGNATURE)}, sources: [{un}]}}")
        return lines

    def articles(self) -> str:
        chosen = sorted(self.rng.sample(list(ARTICLES), self.rng.randint(4, 12)))
        return "{" + ", ".join(f"{a}: {self.rng.choice(COVERAGE)}" for a in chosen) + "}"

    def legislation_item(self, code: str, index: int) -> list[str]:
        rng = self.rng
        lower = code.lower()
        gazette = self.sources.cite(
            f"{lower}-gazette", f"Official gazette of {code}", f"Government of {code}", "2025"
        )
        profile = self.sources.cite(
            f"{lower}-profile",
            f"Cybercrime legislation country profile: {code}",
            "Council of Europe",
            "2024-05",
        )
        is_law = index < 4
        subject = LAW_SUBJECTS[index % len(LAW_SUBJECTS)]
        item_id = f"{lower}-{'law' if is_law else 'bill'}-{index + 1:02d}"
        start = self.day(dt.date(2000, 1, 1), dt.date(2018, 12, 31))
        if is_law:
            statuses = rng.choice(
                (
                    ["introduced", "passed", "enacted"],
                    ["drafting", "introduced", "passed", "enacted"],
                    ["introduced", "committee", "passed", "enacted", "in_force"],
                    ["enacted", "in_force", "amended"],
                )
            )
        else:
            statuses = rng.choice(
                (
                    ["drafting", "introduced", "committee"],
                    ["drafting", "introduced", "lapsed"],
                    ["introduced", "committee", "passed"],
                    ["drafting", "introduced", "committee", "withdrawn"],
                    ["drafting", "introduced", "committee", "passed", "rejected"],
                )
            )
        kind = "law" if is_law else "bill"
        title = f"{subject} {'act' if is_law else 'bill'} of {code} ({start.year})"
        lines = [f"  - id: {item_id}", f"    title: {_q(title)}", f"    kind: {kind}"]
        if is_law:
            number = f"No. {rng.randint(1, 999)}/{start.year}"
            lines.append(f"    number: {_q(number)}")
        lines.append("    history:")
        day = start
        for status in statuses:
            cite = gazette if status in ("enacted", "in_force", "amended") else profile
            text = _d(day) if rng.random() < 0.8 else f"{day.year}-{day.month:02d}"
            lines.append(f"      - {{status: {status}, date: {text}, sources: [{cite}]}}")
            # the next status at least two months later, so month-precision dates never overlap
            day = add_months(day, 2 + rng.randint(0, 14)).replace(day=1)
            day = min(day, AS_OF - dt.timedelta(days=60))
            day = max(day, start)
        if rng.random() < 0.85:
            assessment = self.sources.cite(
                f"{lower}-assessment",
                f"Assessment of {code}'s legislation against the Convention",
                "Council of Europe",
                "2025-03",
            )
            lines.append(f"    articles: {self.articles()}")
            lines.append(f"    articles_sources: [{assessment}]")
        self.legislation.setdefault(code, []).append(item_id)
        return lines

    def country(self, index: int, code: str, name: str) -> str:
        pattern = index % 3
        region = REGIONS[index % len(REGIONS)]
        memberships = ["CoE"] if pattern == 0 else ["OAS"] if index % 2 else []
        memberships.append(EXTRA_MEMBERSHIPS[index % len(EXTRA_MEMBERSHIPS)])
        profile = self.sources.cite(
            f"{code.lower()}-profile",
            f"Cybercrime legislation country profile: {code}",
            "Council of Europe",
            "2024-05",
        )
        lines = [
            f"# {name} (synthetic)",
            f"code: {code}",
            f"name: {_q(name)}",
            f"region: {region}",
            f"memberships: [{', '.join(memberships)}]",
            f"sources: [{profile}]",
        ]
        lines += self.treaties(code, pattern)
        lines.append("legislation:")
        for item in range(10):
            lines += self.legislation_item(code, item)
        lines.append(f"notes: {_q(f'Synthetic country {index + 1} of the benchmark dataset.')}")
        return "\n".join(lines) + "\n"

    # ------------------------------------------------------------------- events

    def event(self, index: int) -> tuple[str, str]:
        rng = self.rng
        kind = KINDS[index % len(KINDS)]
        city = CITIES[index % len(CITIES)]
        start = self.day(dt.date(2000, 1, 1), AS_OF - dt.timedelta(days=10))
        end = start + dt.timedelta(days=rng.randint(0, 4))
        city_slug = city.lower().replace(" ", "-")
        event_id = f"{start.year}-{start.month:02d}-{city_slug}-{kind}-{index + 1:04d}"
        codes = [code for code, _ in self.countries]
        count = min(len(codes), rng.randint(5, 15))
        participants = sorted(rng.sample(codes, count))
        organizers = rng.sample(ORGANIZERS, 2)
        # one activity report per lead organiser and year, as real programmes are cited
        source = self.sources.cite(
            f"{_slug(organizers[0])}-activity-report-{start.year}",
            f"{organizers[0]}: cybercrime capacity-building activities in {start.year}",
            organizers[0],
            str(start.year),
        )
        lines = [
            f"id: {event_id}",
            f"title: {_q(f'Regional {kind} on cybercrime and electronic evidence, {city}')}",
            f"kind: {kind}",
            f"start: {_d(start)}",
            f"end: {_d(end)}",
            f"place: {{city: {_q(city)}, country: {rng.choice(self.all_codes)}}}",
            f"organizers: [{', '.join(_q(o) for o in organizers)}]",
            f"topics: [{', '.join(rng.sample(TOPICS, 3))}]",
            "participants:",
        ]
        for code in participants:
            if rng.random() < 0.3:
                lines.append(f"  - {{country: {code}, delegates: {rng.randint(1, 6)}}}")
            else:
                lines.append(f"  - country: {code}")
        discussed = [
            rng.choice(self.legislation[code]) for code in participants[:2] if rng.random() < 0.5
        ]
        if discussed:
            lines.append(f"discusses: [{', '.join(sorted(set(discussed)))}]")
        if index % 3 == 0:
            lines.append("outcomes:")
            lines.append(
                f"  - {_q('Country reports on legislation and recommendations for reform.')}"
            )
        lines.append(f"sources: [{source}]")
        return event_id, "\n".join(lines) + "\n"


def generate(n: int, out: Path) -> dict[str, int]:
    """Write the dataset to ``out`` (which must not exist or be empty); return counts."""
    gen = Generator(n)
    (out / "countries").mkdir(parents=True)
    (out / "events").mkdir()
    (out / "dataset.yaml").write_text(
        "schema: 1\n"
        "version: 2026.1.0\n"
        f"as_of: {_d(AS_OF)}\n"
        f"title: {_q(f'Synthetic benchmark dataset ({n} countries)')}\n"
        "license: CC0-1.0\n",
        encoding="utf-8",
    )
    for index, (code, name) in enumerate(gen.countries):
        (out / "countries" / f"{code}.yaml").write_text(
            gen.country(index, code, name), encoding="utf-8"
        )
    for index in range(n * 5):
        event_id, text = gen.event(index)
        (out / "events" / f"{event_id}.yaml").write_text(text, encoding="utf-8")
    (out / "sources.yaml").write_text(gen.sources.yaml(), encoding="utf-8")
    size = sum(p.stat().st_size for p in out.rglob("*.yaml"))
    return {
        "countries": n,
        "events": n * 5,
        "sources": len(gen.sources.entries),
        "bytes": size,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, metavar="N", help="number of countries (1-249)")
    parser.add_argument("out", type=Path, metavar="OUT_DIR", help="directory to create")
    parser.add_argument("--force", action="store_true", help="replace OUT_DIR if it already exists")
    args = parser.parse_args(argv)
    n: int = args.n
    out: Path = args.out
    if n < 1:
        parser.error("N must be at least 1")
    if n > MAX_COUNTRIES:
        print(
            f"note: ISO 3166-1 has {MAX_COUNTRIES} alpha-2 codes; generating {MAX_COUNTRIES} "
            f"countries instead of {n}",
            file=sys.stderr,
        )
        n = MAX_COUNTRIES
    if out.exists():
        if not args.force and any(out.iterdir()):
            parser.error(f"{out} exists and is not empty (use --force to replace it)")
        shutil.rmtree(out)
    counts = generate(n, out)
    print(
        f"{out}: {counts['countries']} countries, {counts['events']} events, "
        f"{counts['sources']} sources, {counts['bytes'] / 1e6:.2f} MB of YAML"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
