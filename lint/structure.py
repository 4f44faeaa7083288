"""Headings, sections and report parts of a normalized document."""

from __future__ import annotations

import re

from lint.model import PartSpan, Section, Span

_CN_NUM = "一二三四五六七八九十"
# (level, pattern for the number at the start of a line)
HEADING_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^[{_CN_NUM}]{{1,3}}、")),
    (2, re.compile(rf"^（[{_CN_NUM}]{{1,3}}）")),
    (3, re.compile(r"^\d{1,2}[.．、](?!\d)")),
    (4, re.compile(r"^（\d{1,2}）")),
    (5, re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩]")),
)
# Heading keywords that announce a report part (the 2019 督察工作规定's five contents).
PART_HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("responsibility", re.compile(r"第一责任人|主要负责(人|同志)履行")),
    ("shortcomings", re.compile(r"不足|存在的问题|问题和不足|短板|差距")),
    (
        "plans",
        re.compile(
            r"(下一年度|下一步|明年|\d{4}年度?)(推进法治政府建设的)?(主要)?(安排|打算|计划|思路|工作)|下一步"
        ),
    ),
    ("other", re.compile(r"其他需要报告")),
    ("measures", re.compile(r"举措|成效|主要工作|工作开展情况|推进法治政府建设")),
)
# Openings of unheaded paragraphs that start the shortcomings or the plans.
PART_OPENINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("shortcomings", re.compile(r"^.{0,40}?(但|还|仍)(存在|有).{0,12}(不足|问题|差距)")),
    ("plans", re.compile(r"^.{0,30}?(下一步|在今后的工作中|今后|明年|\d{4}年，?我(们|市|县|区))")),
)


def find_sections(text: str, paragraphs: list[Span]) -> list[Section]:
    sections: list[Section] = []
    for para in paragraphs:
        line = text[para.start : para.end]
        for level, pattern in HEADING_PATTERNS:
            match = pattern.match(line)
            if match is None:
                continue
            head_end = _heading_end(line)
            if head_end is None:
                break
            title = line[match.end() : head_end].strip("。 ")
            sections.append(
                Section(
                    number=match.group(0),
                    title=title,
                    level=level,
                    heading=Span(para.start, para.start + head_end),
                    body=Span(para.start, len(text)),
                )
            )
            break
    _close_bodies(sections, len(text))
    return sections


def _heading_end(line: str) -> int | None:
    """A heading is a short line, or the first sentence of a paragraph (run-in heading)."""
    if len(line) <= 60 and "。" not in line.rstrip("。"):
        return len(line)
    stop = line.find("。")
    if 0 < stop <= 60:
        return stop + 1
    return None


def _close_bodies(sections: list[Section], end: int) -> None:
    for i, section in enumerate(sections):
        stop = end
        for later in sections[i + 1 :]:
            if later.level <= section.level:
                stop = later.heading.start
                break
        section.body = Span(section.heading.start, stop)


def find_parts(text: str, paragraphs: list[Span], sections: list[Section]) -> list[PartSpan]:
    """Assign each stretch of text to a report part, headed or not."""
    marks: list[tuple[int, str, bool]] = []
    top = [s for s in sections if s.level == min((x.level for x in sections), default=1)]
    for section in top:
        section.part = classify_heading(section.title)
        marks.append((section.heading.start, section.part, True))
    for para in paragraphs:
        line = text[para.start : para.end]
        for part, pattern in PART_OPENINGS:
            if pattern.search(line) and not _inside_heading(para.start, sections):
                marks.append((para.start, part, False))
                break
    marks.sort()
    first = paragraphs[0].start if paragraphs else 0
    spans: list[PartSpan] = []
    if not marks or marks[0][0] > first:
        spans.append(PartSpan("preamble", Span(0, marks[0][0] if marks else len(text)), False))
    for i, (start, part, headed) in enumerate(marks):
        stop = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        if stop > start:
            spans.append(PartSpan(part, Span(start, stop), headed))
    for section in sections:
        for stretch in spans:
            if stretch.span.contains(section.heading.start):
                section.part = stretch.part
    return spans


def classify_heading(title: str) -> str:
    for part, pattern in PART_HEADINGS:
        if pattern.search(title):
            return part
    return "measures"


def _inside_heading(offset: int, sections: list[Section]) -> bool:
    return any(s.heading.start == offset for s in sections)
