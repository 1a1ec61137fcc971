"""``python -m accession_cli``, and the ``accession`` console script.

The entry point lives here, not in :mod:`accession_cli.cli.app`, so that a
Ctrl-C while the CLI is still being imported (typer and rich take a moment)
also ends with ``interrupted`` and exit status 130, not a traceback.
"""

import contextlib
import os
import sys
from typing import NoReturn

#: ExitCode.INTERRUPTED, without importing anything more
INTERRUPTED = 130


def main() -> None:
    try:
        from accession_cli.cli.app import main as run

        run()
    except KeyboardInterrupt:  # outside app.main's own handling: during import
        sys.stderr.write("interrupted\n")
        _exit_interrupted()
    except SystemExit as exc:
        if exc.code == INTERRUPTED:
            _exit_interrupted()
        raise


def _exit_interrupted() -> NoReturn:
    """Exit with status 130 after a handled Ctrl-C.

    Not ``sys.exit``: when the Ctrl-C landed inside ``exec()`` of a string
    (``dataclasses`` and ``typing`` build methods that way while our modules
    are imported), CPython marks the KeyboardInterrupt as unhandled even
    though we caught it, and at exit kills the process with SIGINT instead
    (status -2 to a parent process, not 130). Everything that needs cleaning
    up has been by now (temporary files are removed as the exception unwinds).
    """
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe, say
            stream.flush()
    os._exit(INTERRUPTED)


if __name__ == "__main__":
    main()
