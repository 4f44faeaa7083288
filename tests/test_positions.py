"""Every position fzlint reports points at exactly the original characters it quotes.

The contract: ``line``/``column`` are 1-based code points in the ORIGINAL input, ``end_*`` just
past the last character, and an evidence ``text`` is the original characters of that span
(traditional stays traditional, damaged stays damaged). Checked over the whole JSON output of
the three real reports, for topic evidence and for every finding's related figures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import cli

REPORTS = Path(__file__).resolve().parent.parent / "fixtures" / "reports"


def original_slice(lines: list[str], item: dict) -> str:
    """The original characters between (line, column) and (end_line, end_column)."""
    first, last = item["line"] - 1, item["end_line"] - 1
    if first == last:
        return lines[first][item["column"] - 1 : item["end_column"] - 1]
    parts = [lines[first][item["column"] - 1 :], *lines[first + 1 : last]]
    return "\n".join([*parts, lines[last][: item["end_column"] - 1]])


@pytest.fixture(scope="module")
def results() -> list[dict]:
    out = CliRunner().invoke(
        cli, ["check", "--format", "json", "--jobs", "1", "--no-progress", str(REPORTS)]
    )
    return json.loads(out.stdout)["reports"]


def spans(report: dict) -> list[dict]:
    found = [e for t in report["topics"] for e in t["evidence"]]
    found += [r for f in report["findings"] for r in f.get("related", [])]
    return found


@pytest.mark.parametrize("name", ["jinta-2023.txt", "shiyan-2023.txt", "weibin-2024.txt"])
def test_every_quoted_span_is_the_original_text(results: list[dict], name: str) -> None:
    report = next(r for r in results if r["path"].endswith(name))
    lines = (REPORTS / name).read_text(encoding="utf-8").split("\n")
    checked = spans(report)
    assert len(checked) >= 20, "too few spans to say anything"
    for item in checked:
        assert original_slice(lines, item) == item["text"], item


@pytest.mark.parametrize("name", ["jinta-2023.txt", "shiyan-2023.txt", "weibin-2024.txt"])
def test_every_excerpt_is_original_text_on_its_line(results: list[dict], name: str) -> None:
    report = next(r for r in results if r["path"].endswith(name))
    text = (REPORTS / name).read_text(encoding="utf-8")
    lines = text.split("\n")
    placed = 0
    for finding in report["findings"]:
        assert finding["excerpt"] in text, finding
        if not finding["excerpt"]:  # about the whole report: placed at 1:1
            assert (finding["line"], finding["column"]) == (1, 1), finding
            continue
        # The finding's own span is part of the sentence it quotes.
        assert original_slice(lines, finding) in finding["excerpt"], finding
        placed += 1
    assert placed >= 3


def test_traditional_report_is_quoted_in_traditional_script(results: list[dict]) -> None:
    report = next(r for r in results if r["path"].endswith("shiyan-2023.txt"))
    quoted = "".join(e["text"] for t in report["topics"] for e in t["evidence"])
    assert "法治政府建設" in quoted or "行政復議" in quoted
    assert "建设" not in quoted and "复议" not in quoted
