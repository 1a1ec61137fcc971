"""``report -o FILE`` replaces the file in one step: whoever reads it while
the new report is written sees the previous report whole, never half of
the new one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import run
from test_report import GOLDEN_ARGS, report

OLD = "the previous report\n" * 50


def test_a_reader_of_the_previous_report_keeps_reading_it_whole(
    dataset: Path, tmp_path: Path
) -> None:
    target = tmp_path / "report.md"
    target.write_text(OLD, encoding="utf-8")
    with target.open(encoding="utf-8") as reader:  # e.g. a viewer that has it open
        result = run("--data", str(dataset), *GOLDEN_ARGS, "-o", str(target))
        assert (result.code, result.stderr) == (0, "")
        assert reader.read() == OLD
    assert target.read_text(encoding="utf-8") == report(dataset)


def test_while_the_new_report_is_written_the_file_holds_the_previous_one(
    dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.md"
    target.write_text(OLD, encoding="utf-8")
    seen: list[str] = []
    fsync = os.fsync

    def look(fd: int) -> None:  # the new bytes are written, not yet in place
        seen.append(target.read_text(encoding="utf-8"))
        fsync(fd)

    monkeypatch.setattr(os, "fsync", look)
    result = run("--data", str(dataset), *GOLDEN_ARGS, "-o", str(target))
    monkeypatch.undo()
    assert (result.code, result.stderr) == (0, "")
    assert seen and seen[0] == OLD
    assert target.read_text(encoding="utf-8") == report(dataset)
