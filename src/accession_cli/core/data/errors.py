"""Domain exceptions: raised in the core, translated once at the CLI edge."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


class AccessionError(Exception):
    """An error the user can fix: printed as one line, exit code 2."""


class DataLocationError(AccessionError):
    """The dataset directory does not exist or cannot be read."""


class UsageError(AccessionError):
    """An option value the core cannot use (unknown country, bad date)."""


class DataError(AccessionError):
    """The dataset has structural findings, so no view can run."""

    def __init__(self, message: str, findings: list[object]) -> None:
        super().__init__(message)
        self.findings = findings


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice nearest to ``word`` (any case), or None when none is near."""
    import difflib

    by_fold = {choice.casefold(): choice for choice in choices}
    match = difflib.get_close_matches(word.strip().casefold(), list(by_fold), n=1, cutoff=0.6)
    return by_fold[match[0]] if match else None


def unknown(what: str, value: str, choices: Sequence[str]) -> str:
    """The one wording of a value outside a closed set: "unknown region 'Europ';
    did you mean 'Europe'? (valid: ...)"."""
    near = closest(value, choices)
    hint = f"; did you mean '{near}'?" if near is not None else ""
    return f"unknown {what} '{value}'{hint} (valid: {', '.join(choices)})"
