"""Writers of ``accession export``: SQLite and Frictionless Data Package."""
