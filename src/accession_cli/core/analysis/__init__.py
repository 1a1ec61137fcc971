"""What is computed from loaded records (see :mod:`accession_cli.core`)."""
