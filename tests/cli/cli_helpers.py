"""Synthetic reports for the command line tests (a complete one, and one missing a part)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from lint.cli import cli

DATA = Path(__file__).resolve().parent / "data"
# The four parts the inspection rules require of every annual report (督察工作规定 第四章):
# rules that exist independently of the Outline topic packs being written.
REQUIRED = "FZS301,FZS302,FZS303,FZS304"
SHORTCOMINGS_HEADING = "二、2023年度推进法治政府建设存在的不足和原因"


def complete_text() -> str:
    return (DATA / "complete-2023.txt").read_text(encoding="utf-8")


def missing_part_text() -> str:
    """The complete report without its shortcomings part (heading and body)."""
    lines = complete_text().splitlines()
    at = lines.index(SHORTCOMINGS_HEADING)
    return "\n".join(lines[:at] + lines[at + 2 :]) + "\n"


def run(*args: str, input: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, ["check", *args], input=input, catch_exceptions=False)


def run_json(*args: str) -> tuple[int, dict[str, Any]]:
    result = run("--format", "json", *args)
    return result.exit_code, json.loads(result.stdout)


@pytest.fixture
def reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder (the current directory) with reports/complete.txt and missing.txt."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "complete.txt").write_text(complete_text(), encoding="utf-8")
    (folder / "missing.txt").write_text(missing_part_text(), encoding="utf-8")
    return folder
