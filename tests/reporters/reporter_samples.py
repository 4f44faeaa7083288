"""Reports built by hand (a document from text, findings placed by the test) for reporters."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.document import document_from_text
from lint.model import ChapterScore, InputErrorInfo, Report, Rule, Score, TopicResult
from lint.offsets import Span
from lint.reporters import result_of
from lint.reporters.base import RenderContext, ReportResult

TEXT = (
    "某某县2023年度法治政府建设情况报告\n"
    "一、主要举措和成效\n"
    "全年审结行政复议案件30件，纠错率25%。\n"
    "\n"
    "二、存在的不足和原因\n"
    "部分单位<重视>不够&“依法行政”意识不强。\n"
    "𠀀字在扩展B区。"
)

RATE = Rule(
    id="FZN201",
    kind="numeric",
    title="比率与分子分母不符",
    severity="warning",
    message="纠错率写作25%，但按 7/30 计算为23.3%",
    slug="rate-mismatch",
    summary="比率应与分子分母一致",
    reference="纲要(2021—2025) 五(十五)",
)
PHRASE = Rule(
    id="FZP501",
    kind="phrase",
    title="用语不规范",
    severity="error",
    message="引号内用语：,50%:\n换行",
    slug="odd-phrase",
    reference="公文格式通行做法",
)
TOPIC = Rule(
    id="FZ1001",
    kind="topic",
    title="党政主要负责人履行推进法治建设第一责任人职责",
    severity="warning",
    message="报告未说明党政主要负责人履行推进法治建设第一责任人职责的情况",
    slug="first-responsible-person",
    summary="说明党政主要负责人履行第一责任人职责的具体行为",
    reference="纲要(2021—2025) 十(三十二)",
    part="outline-2021/ch10",
)
RULES = {r.id: r for r in (RATE, PHRASE, TOPIC)}


def span_of(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle))


def sample_report(path: str = "reports/某县 2023.txt") -> Report:
    doc = document_from_text(TEXT, path)
    text = doc.text
    findings = [
        RATE.finding(span_of(text, "纠错率25%")),
        PHRASE.finding(span_of(text, "<重视>不够&“依法行政”")),
        TOPIC.finding(Span(0, 0), severity="warning"),
        PHRASE.finding(span_of(text, "𠀀字"), severity="info"),
    ]
    topics = [
        TopicResult("FZ1001", "first-responsible-person", TOPIC.title, "missing", TOPIC.part),
    ]
    score = Score(40.0, [ChapterScore("outline-2021/ch10", "加强党的领导", 40.0, 0, 1)])
    return Report(path=path, document=doc, findings=findings, topics=topics, score=score)


def error_report(path: str = "bad/坏文件.doc", code: str = "unsupported-format") -> Report:
    return Report(path=path, status="error", error=InputErrorInfo(code, f"{path}: 无法读取"))


@pytest.fixture
def results() -> list[ReportResult]:
    return [result_of(sample_report(), RULES), result_of(error_report(), RULES)]


@pytest.fixture
def ctx(tmp_path: Path) -> RenderContext:
    return RenderContext(rules=RULES, cwd=Path.cwd())
