"""``python -m accession_cli``, and the ``accession`` console script.

The entry point lives here, not in :mod:`accession_cli.cli.app`, so that a
Ctrl-C while the CLI is still being imported (typer and rich take a moment)
also ends with ``interrupted`` and exit status 130, not a traceback.
"""

import sys


def main() -> None:
    try:
        from accession_cli.cli.app import main as run

        run()
    except KeyboardInterrupt:  # outside app.main's own handling: during import
        sys.stderr.write("interrupted\n")
        sys.exit(130)  # ExitCode.INTERRUPTED, without importing anything more


if __name__ == "__main__":
    main()
