"""The process exit codes, named once (documented in README)."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    #: findings (check), or a valid filter that matched nothing (views)
    FINDINGS = 1
    #: usage error, I/O error, or data that cannot be loaded
    USAGE = 2
    #: interrupted with Ctrl-C (128 + SIGINT)
    INTERRUPTED = 130
