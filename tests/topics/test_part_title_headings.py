"""The system an Outline part is named after (（二）健全政府机构职能体系), heading a part of a
report, names the part, not one topic of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from harness import ruleset, text_doc

from lint.checks.topic_headings import Headings, part_title_heading
from lint.cli import cli
from lint.offsets import Span

TITLES = ruleset().part_titles(ruleset().rules.values())


def _names_part(heading: str, words: str) -> bool:
    """Whether ``words``, in ``heading`` under a first-level heading, are taken as the part."""
    doc = text_doc(f"一、主要举措和成效\n{heading}\n全年办理事项12件。")
    at = doc.text.index(heading) + heading.index(words)
    hit = Span(at, at + len(words))
    headings = Headings(doc, TITLES)
    found = headings.of(hit)
    return found is not None and headings.names_part(found, hit)


@pytest.mark.parametrize(
    ("heading", "words"),
    [
        ("（二）健全政府机构职能体系", "机构职能"),
        ("二、健全政府机构职能体系，推动更好发挥政府作用", "机构职能"),
        ("2.健全政府机构职能体系。", "机构职能"),
        ("（六）健全突发事件应对体系", "突发事件应对"),
        ("（三）完善依法行政制度体系", "依法行政"),  # a 2015 Outline part
    ],
)
def test_part_systems_are_recognised(heading: str, words: str) -> None:
    assert _names_part(heading, words)


@pytest.mark.parametrize(
    ("heading", "words"),
    [
        ("（二）健全政府机构职能体系建设情况", "机构职能"),  # more than the title
        ("（一）优化机构职能配置", "机构职能"),
        ("（九）健全法治政府建设科技保障体系，全面建设数字法治政府", "数字法治政府"),  # 2nd clause
        ("（十）加强党的领导，完善法治政府建设推进机制", "党的领导"),  # a part named by no system
        ("（一）深入学习贯彻习近平法治思想", "习近平法治思想"),  # the topic's own name
    ],
)
def test_other_headings_are_not_part_titles(heading: str, words: str) -> None:
    assert not _names_part(heading, words)


def test_no_titles_no_pattern() -> None:
    assert part_title_heading(()) is None


def test_the_command_line_knows_the_part_titles(tmp_path: Path) -> None:
    """The engine hands the grader the part titles of the selected rules' Outline: the part
    heading is weak."""
    report = tmp_path / "report.txt"
    report.write_text(
        "某县2023年法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "（一）健全政府机构职能体系\n"
        "深化“放管服”改革，取消审批事项12项。\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        cli, ["check", "--format", "json", "--fail-on", "never", "--select", "FZ1007", str(report)]
    )
    topics = json.loads(result.output)["reports"][0]["topics"]
    assert [(t["rule"], t["status"]) for t in topics] == [("FZ1007", "weak")]
