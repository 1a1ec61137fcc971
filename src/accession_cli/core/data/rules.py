"""The catalogue of rules: every finding has one of these stable codes.

Codes are grouped like ruff's: ACC0xx YAML, ACC1xx schema, ACC2xx identity,
ACC3xx references, ACC4xx provenance, ACC5xx chronology, ACC6xx consistency.
Never renumber a code: users put them in ``--select``/``--ignore``.
"""

from __future__ import annotations

from accession_cli.core.data.findings import Finding, Loc, Phase, Rule, Severity

E, W = Severity.ERROR, Severity.WARNING
S, M = Phase.STRUCTURE, Phase.SEMANTIC

RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        # YAML
        Rule("ACC001", "yaml-syntax", E, S, "The file is not valid YAML."),
        Rule("ACC002", "duplicate-key", E, S, "A mapping has the same key twice."),
        Rule("ACC003", "yaml-alias", E, S, "Anchors and aliases (&a, *a) are not allowed."),
        Rule(
            "ACC004",
            "yaml-tag",
            E,
            S,
            "Explicit or custom tags (!tag, !!python/...) are not allowed.",
        ),
        Rule(
            "ACC005",
            "non-string-key",
            E,
            S,
            "Mapping keys must be text (article numbers excepted).",
        ),
        Rule("ACC006", "encoding", E, S, "The file is not UTF-8 text."),
        Rule("ACC007", "empty-file", E, S, "The file is empty."),
        Rule(
            "ACC008",
            "top-level-shape",
            E,
            S,
            "The top level is not the mapping or list this file holds.",
        ),
        Rule("ACC009", "unreadable", E, S, "The file or directory cannot be read."),
        Rule(
            "ACC010",
            "too-large",
            E,
            S,
            "The file is larger than the size limit, or nested too deep.",
        ),
        Rule(
            "ACC011", "outside-root", E, S, "A symbolic link points outside the dataset directory."
        ),
        Rule(
            "ACC012",
            "ignored-file",
            E,
            M,
            "A data file that is not read: its name ends in .yml or .YAML, not .yaml.",
        ),
        # Schema
        Rule("ACC101", "unknown-field", E, S, "A field the schema does not define (often a typo)."),
        Rule("ACC102", "missing-field", E, S, "A required field is absent or null."),
        Rule(
            "ACC103", "wrong-type", E, S, "A value of the wrong type (text, number, list, mapping)."
        ),
        Rule("ACC104", "invalid-value", E, S, "A value outside its enumeration or format."),
        Rule(
            "ACC105",
            "invalid-date",
            E,
            S,
            "A date that is not YYYY-MM-DD, YYYY-MM or YYYY, or no such day.",
        ),
        Rule(
            "ACC106",
            "unsupported-schema",
            E,
            S,
            "dataset.yaml names a schema version this tool does not read.",
        ),
        Rule("ACC107", "missing-file", E, S, "dataset.yaml or sources.yaml is missing."),
        # Identity
        Rule("ACC201", "file-name", E, M, "The file name must equal the country code or event id."),
        Rule("ACC202", "iso-code", E, M, "Not an ISO 3166-1 alpha-2 country code."),
        Rule(
            "ACC203",
            "duplicate-id",
            E,
            M,
            "The same id (source, country, legislation, event) is used twice.",
        ),
        Rule(
            "ACC204",
            "duplicate-provision",
            E,
            M,
            "One Convention article twice in a law's provisions (name both in one entry).",
        ),
        Rule(
            "ACC205",
            "duplicate-url",
            W,
            M,
            "Two sources with the same address (ignoring http/https, 'www.' and a trailing"
            " slash), neither marked 'same_as' the other.",
        ),
        # References
        Rule(
            "ACC301", "unknown-source", E, M, "A cited source id that sources.yaml does not define."
        ),
        Rule(
            "ACC302",
            "unknown-country",
            E,
            M,
            "A participant country that has no file in countries/.",
        ),
        Rule(
            "ACC303", "unknown-legislation", E, M, "A legislation id that no country file defines."
        ),
        Rule("ACC304", "unused-source", W, M, "A source that no fact cites."),
        # Provenance
        Rule(
            "ACC401",
            "no-source",
            E,
            S,
            "A fact (stage, status, assessment, event) that cites no source.",
        ),
        Rule(
            "ACC402",
            "grade-without-evidence",
            E,
            M,
            "A graded provision that quotes no evidence (the source's words behind the grade).",
        ),
        Rule(
            "ACC403",
            "evidence-source",
            E,
            M,
            "Evidence whose 'evidence_source' is missing or not one of the provision's sources.",
        ),
        # Chronology
        Rule("ACC501", "stage-order", E, M, "Treaty stages out of order in time."),
        Rule(
            "ACC502",
            "in-force-without-deposit",
            E,
            M,
            "in_force recorded without ratified/acceded.",
        ),
        Rule("ACC503", "ratified-and-acceded", E, M, "Both ratified and acceded for one treaty."),
        Rule("ACC504", "acceded-after-signed", W, M, "acceded after signed: signatories ratify."),
        Rule(
            "ACC505", "entry-into-force", W, M, "in_force date differs from the three-month rule."
        ),
        Rule("ACC506", "history-order", E, M, "Legislation history out of order in time."),
        Rule(
            "ACC507",
            "after-terminal",
            E,
            M,
            "Legislation history continues after a terminal status.",
        ),
        Rule("ACC508", "event-dates", E, M, "An event that ends before it starts."),
        Rule(
            "ACC509",
            "after-as-of",
            E,
            M,
            "A fact dated after the dataset's as_of (warning if planned).",
        ),
        Rule("ACC510", "duplicate-stage", E, M, "The same treaty stage recorded twice."),
        Rule(
            "ACC511",
            "declaration-date",
            E,
            M,
            "A reservation or declaration dated before the state signed or deposited the treaty"
            " (or withdrawn before it was made).",
        ),
        # Consistency
        Rule("ACC601", "article-range", E, S, "An article number outside 2-35."),
        Rule(
            "ACC602",
            "law-not-enacted",
            E,
            M,
            "A law whose history never reaches enacted or in_force.",
        ),
        Rule(
            "ACC603",
            "bill-in-force",
            E,
            M,
            "A bill marked in_force (make it a law, or superseded).",
        ),
        Rule(
            "ACC604",
            "declaration-basis",
            E,
            M,
            "A reservation outside Article 42's list, a declaration outside Article 40's, a"
            " designation outside 24.7/27.2/35 or territorial outside 38 (Budapest Convention"
            " only: the protocols' articles are not modelled, so their bases are not checked).",
        ),
        Rule(
            "ACC605",
            "grade-conflict",
            E,
            M,
            "An article graded differently in a law's 'articles' and its 'provisions'.",
        ),
        Rule(
            "ACC606",
            "evidence-reads-partial",
            W,
            M,
            "A 'full' grade whose evidence qualifies it ('largely', 'to a certain extent',"
            " 'except', 'en parte', ...).",
        ),
        Rule(
            "ACC607",
            "evidence-off-topic",
            W,
            M,
            "Evidence that names neither the provision's number nor a word of the article's"
            " offence or power.",
        ),
    )
}


def finding(
    code: str,
    loc: Loc,
    message: str,
    *,
    at_key: bool = False,
    severity: Severity | None = None,
    line: int | None = None,
    column: int | None = None,
) -> Finding:
    rule = RULES[code]
    return Finding(
        path=loc.path,
        code=code,
        severity=severity or rule.severity,
        message=message,
        line=line,
        column=column,
        keys=loc.keys,
        at_key=at_key,
        phase=rule.phase,
    )
