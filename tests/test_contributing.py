"""docs/contributing-data.md's whole cycle, performed on a copy of the bundled
data with the guide's own snippets and compared with the guide's own output:
add a bill dated after as_of, check (ACC509 names the fix), raise as_of and
version, check again, diff the old data and the new."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "contributing-data.md"


def _accession(cwd: Path, command: str) -> tuple[int, str]:
    args = command.split()[1:]  # "accession check --strict data"
    result = subprocess.run(
        [sys.executable, "-m", "accession_cli", "--no-cache", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode, result.stdout


def _consoles(text: str) -> list[list[tuple[str, str]]]:
    """Each console block: its ($ command, output shown) pairs."""
    blocks = []
    for block in re.findall(r"```console\n(.*?)```", text, re.DOTALL):
        pairs: list[tuple[str, list[str]]] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                pairs.append((line[2:], []))
            else:
                pairs[-1][1].append(line)
        blocks.append([(command, "\n".join(out) + "\n") for command, out in pairs])
    return blocks


def test_the_contributing_guide_cycle_runs_as_written(bundled: Path, tmp_path: Path) -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    bill, source, manifest = re.findall(r"```yaml\n(.*?)```", guide, re.DOTALL)
    (first,), (again, diff) = _consoles(guide)

    shutil.copytree(bundled, tmp_path / "data")
    shutil.copytree(bundled, tmp_path / "old")  # cp -r data old
    data = tmp_path / "data"
    jamaica = data / "countries" / "JM.yaml"
    text = jamaica.read_text(encoding="utf-8")
    assert "legislation:\n" in text
    jamaica.write_text(text.replace("legislation:\n", "legislation:\n" + bill, 1), "utf-8")
    sources = data / "sources.yaml"
    sources.write_text(sources.read_text("utf-8").rstrip("\n") + "\n" + source, "utf-8")

    code, output = _accession(tmp_path, first[0])
    assert (code, output) == (1, first[1])
    assert "raise as_of (and version) in dataset.yaml" in output

    # raise as_of and version, as the guide shows
    manifest_file = data / "dataset.yaml"
    lines = manifest_file.read_text("utf-8").splitlines()
    for raised in manifest.splitlines():
        key = raised.split(":", 1)[0]
        lines = [raised if line.startswith(f"{key}:") else line for line in lines]
    manifest_file.write_text("\n".join(lines) + "\n", "utf-8")

    code, output = _accession(tmp_path, again[0])
    assert (code, output) == (0, again[1])
    code, output = _accession(tmp_path, diff[0])
    assert (code, output) == (0, diff[1])
