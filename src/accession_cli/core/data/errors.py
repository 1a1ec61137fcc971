"""Domain exceptions: raised in the core, translated once at the CLI edge."""

from __future__ import annotations


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
