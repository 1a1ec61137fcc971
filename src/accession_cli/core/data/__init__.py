"""The data format and how it is read (see :mod:`accession_cli.core`)."""
