"""Allow ``python -m accession_cli``."""

from accession_cli.cli.app import main

if __name__ == "__main__":
    main()
