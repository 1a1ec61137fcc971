"""accession: track countries' progress toward the Budapest Convention on Cybercrime."""

__version__ = "0.1.0"
