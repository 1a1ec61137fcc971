"""Which copy of the package the suite tests: the working tree's src/ (what a
contributor edits), or under CI (ACCESSION_TEST_INSTALLED=1) the installed
package, in process and in the tool run as a subprocess alike."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import accession_cli
from conftest import SRC, TEST_INSTALLED


def test_the_suite_imports_the_working_tree_unless_told_to_test_the_installed_package() -> None:
    where = Path(accession_cli.__file__).resolve().parent
    if TEST_INSTALLED:
        assert not where.is_relative_to(SRC)
    else:
        assert where == SRC / "accession_cli"


def test_the_tool_run_as_a_subprocess_is_the_same_copy(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import accession_cli; print(accession_cli.__file__)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,  # not the repository: nothing found by the current directory
        env=dict(os.environ),
    )
    assert Path(done.stdout.strip()).resolve() == Path(accession_cli.__file__).resolve()
