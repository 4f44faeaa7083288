"""The report's parts (督察工作规定's five contents), headed or unheaded.

* Headed: a top-level heading announces its part (``二、2023年度……存在的不足和原因``); a
  measures section's child heading may announce the 第一责任人 duty, shortcomings or plans.
* Unheaded: paragraphs after a measures section's last sub-heading are read in order; a
  paragraph lead (``一年来，……但……仍存在一定差距``) starts shortcomings, a sentence lead
  (``下一步``, ``在今后的工作中``, ``2024年，我们将``) starts plans, also in the middle of the
  shortcomings paragraph. Parts only move forward (measures → responsibility → shortcomings
  → plans → other).
* A responsibility part exists only where a heading or a paragraph lead announces it;
  otherwise the 第一责任人 content stays inside measures.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lint.model import PartSpan, Section
from lint.offsets import Span

ORDER = {
    "preamble": -1,
    "measures": 0,
    "responsibility": 1,
    "shortcomings": 2,
    "plans": 3,
    "other": 4,
}
_HEAD = {
    "other": re.compile(r"其他需要报告|其他(有关)?事项|其他情况"),
    "responsibility": re.compile(r"第一责任人|主要负责(人|同志)履行|履行推进法治建设"),
    "shortcomings": re.compile(
        r"不足|存在的(主要)?问题|(问题|困难)(和|与|及)(不足|原因|困难|问题|建议)|"
        r"(差距|短板)(和|与|及)不足|薄弱环节"
    ),
    # (安排 but not 部署安排/安排部署, "arranged and deployed": a measure's heading;
    # 思路 but not 取得(新)思路, "found new approaches": a result)
    "plans": re.compile(
        r"(?<!部署)安排(?!部署)|打算|(?<!取得)(?<!取得新)思路|展望|下一步|下步|今后|明年|下一年|工作计划|努力方向|(\d{4}|下一?)年(度)?(的)?(工作)?重点"
    ),
    "measures": re.compile(
        r"举措|成效|主要工作|工作(开展)?情况|开展情况|主要做法|成绩|进展|完成情况"
    ),
}
# A child heading of a measures section announces a part only with these stronger words.
_CHILD = {
    "responsibility": re.compile(r"第一责任人"),
    "shortcomings": re.compile(r"存在的(主要)?(问题|不足)|不足(和|与|及)原因|问题(和|与|及)不足"),
    "plans": re.compile(
        r"(下一步|下一年度?|明年|\d{4}年度?)(的)?(工作)?(主要)?(安排|打算|计划|思路)"
    ),
}
_SENTENCE_END = re.compile(r"[。！？]")
_SHORT_LEAD = (
    re.compile(
        r"(但|但是|然而|不过|同时|也|还|仍|依然|仍然|尚)[^。]{0,40}?存在(着)?[^。；]{0,20}?"
        r"(不足|问题|差距|短板|薄弱|弱项|困难|瓶颈)"
    ),
    re.compile(
        r"^[^。]{0,30}?(存在的(主要)?(问题|不足)|(问题|不足)(和|与|及)(原因|不足)|"
        r"(不足|问题)(之处)?(主要)?(是|有|表现在|体现在))"
    ),
)
_NOT_SHORT = re.compile(r"针对|解决|整改|查摆|排查|梳理|化解")
_PLAN_LEAD = re.compile(
    r"^(下一步|下步|接下来|下一阶段|下阶段|今后|在今后的工作中|今后一个时期|新的一年|明年|"
    r"下一年度?|展望(?P<y1>\d{4})年|(?P<y2>\d{4})年(度)?[，是]?[^。，；]{0,12}?(将|要|计划|拟|继续))"
)
_RESP_LEAD = re.compile(r"^[^。，：]{0,40}?(履行|落实)[^。，：]{0,20}?第一责任人(职责)?(情况|方面)")
_OTHER_LEAD = re.compile(r"^(其他需要报告的情况|其他事项)")
_LEAD_SENTENCES = 2


@dataclass(frozen=True)
class _Mark:
    offset: int
    part: str
    headed: bool


def find_parts(
    text: str, paragraphs: list[Span], sections: list[Section], report_year: int | None = None
) -> list[PartSpan]:
    numbered = [s for s in sections if s.level < 6]
    top_level = min((s.level for s in numbered), default=None)
    top = [s for s in numbered if s.level == top_level]
    marks: list[_Mark] = []
    extra: list[PartSpan] = []
    paras = _Ordered(paragraphs, [p.start for p in paragraphs])
    heads = _Ordered(numbered, [s.heading.start for s in numbered])
    for section in top:
        marks += _section_marks(text, paras, heads, section, report_year, extra)
    if not top:
        start = _preamble_end(text, paragraphs)
        body = [p for p in paragraphs if p.start >= start]
        marks.append(_Mark(start, "measures", False))
        marks += _scan(text, body, "measures", report_year)
    spans = _spans(marks, len(text)) + extra
    spans.sort(key=lambda p: (p.span.start, ORDER[p.part]))
    _assign(sections, spans, marks)
    return spans


def classify_heading(title: str) -> list[str]:
    """Parts a heading announces, in the order its words name them; ``[]`` for none."""
    found = sorted((m.start(), part) for part, pat in _HEAD.items() if (m := pat.search(title)))
    parts = list(dict.fromkeys(part for _, part in found))
    if "other" in parts:
        return ["other"]
    return parts


def _section_marks(
    text: str,
    paragraphs: _Ordered,
    numbered: _Ordered,
    section: Section,
    year: int | None,
    extra: list[PartSpan],
) -> list[_Mark]:
    parts = classify_heading(section.title) or ["measures"]
    marks = [_Mark(section.heading.start, parts[0], True)]
    inside = numbered.between(section.body.start, section.body.end)
    children = [s for s in inside if s is not section and _inside(s, section)]
    marks += _child_marks(children, parts[0])
    if parts[0] not in ("measures", "shortcomings") and len(parts) == 1:
        return marks
    heads = {s.heading.start: s.heading.end for s in [section, *children]}
    if len(parts) > 1 or not children:
        begin = section.heading.start - 1
    else:
        begin = max(c.heading.start for c in children)
    region = paragraphs.between(begin, section.body.end)
    marks += _scan(text, region, marks[-1].part, year, heads)
    for part in parts[1:]:
        if not any(m.part == part for m in marks):
            extra.append(PartSpan(part, section.body, True))
    return marks


def _child_marks(children: list[Section], parent_part: str) -> list[_Mark]:
    marks: list[_Mark] = []
    if parent_part not in ("measures", "shortcomings"):
        return marks
    level = min((c.level for c in children), default=None)
    current = parent_part
    for child in (c for c in children if c.level == level):
        part = next((p for p, pat in _CHILD.items() if pat.search(child.title)), None)
        if part is not None and part != current and ORDER[part] > ORDER[current]:
            marks.append(_Mark(child.heading.start, part, True))
            current = part
    return marks


def _scan(
    text: str, region: list[Span], state: str, year: int | None, heads: dict[int, int] | None = None
) -> list[_Mark]:
    """Unheaded part starts in paragraphs read in order, beginning in part ``state``.

    ``heads``: heading start → end; a paragraph's run-in heading is not read as a lead.
    """
    marks: list[_Mark] = []
    for para in region:
        start = (heads or {}).get(para.start, para.start)
        if start >= para.end:
            continue
        sentences = _sentences(text, start, para.end)
        part = _paragraph_lead(text, sentences, year)
        if part is not None and ORDER[part] > ORDER[state]:
            marks.append(_Mark(start, part, False))
            state = part
        if state in ("measures", "shortcomings", "responsibility") and part == "shortcomings":
            mark = _plans_inside(text, sentences[1:], year)
            if mark is not None:
                marks.append(mark)
                state = "plans"
    return marks


def _paragraph_lead(text: str, sentences: list[Span], year: int | None) -> str | None:
    if not sentences:
        return None
    first = text[sentences[0].start : sentences[0].end]
    if _OTHER_LEAD.match(first):
        return "other"
    if _RESP_LEAD.match(first):
        return "responsibility"
    if _is_shortcomings(first):
        return "shortcomings"
    for sentence in sentences[:_LEAD_SENTENCES]:
        if _is_plan(text[sentence.start : sentence.end], year):
            return "plans"
    return None


def _is_shortcomings(sentence: str) -> bool:
    head = re.split(r"[：:]", sentence, maxsplit=1)[0] if "：" in sentence[:150] else sentence
    head = head[:150]
    for pattern in _SHORT_LEAD:
        match = pattern.search(head)
        if match and not _NOT_SHORT.search(head[: match.end()]):
            return True
    return False


def _is_plan(sentence: str, year: int | None) -> bool:
    match = _PLAN_LEAD.match(sentence.lstrip())
    if match is None:
        return False
    stated = match.group("y1") or match.group("y2")
    return stated is None or year is None or int(stated) > year


def _plans_inside(text: str, sentences: list[Span], year: int | None) -> _Mark | None:
    for sentence in sentences:
        if _is_plan(text[sentence.start : sentence.end], year):
            return _Mark(sentence.start, "plans", False)
    return None


def _sentences(text: str, start: int, end: int) -> list[Span]:
    out = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start, end):
        out.append(Span(begin, match.end()))
        begin = match.end()
    if begin < end:
        out.append(Span(begin, end))
    return [s for s in out if text[s.start : s.end].strip()]


def _preamble_end(text: str, paragraphs: list[Span]) -> int:
    """Without headings: title lines and an introduction ending in ``如下`` are the preamble."""
    for i, para in enumerate(paragraphs):
        line = text[para.start : para.end]
        if len(line) >= 50 and "。" in line:
            intro = re.search(r"(报告|总结|汇报|说明)如下", line)
            if intro and i + 1 < len(paragraphs):
                return paragraphs[i + 1].start
            return para.start
    return paragraphs[0].start if paragraphs else 0


def _spans(marks: list[_Mark], end: int) -> list[PartSpan]:
    marks = sorted(marks, key=lambda m: m.offset)
    spans: list[PartSpan] = []
    if marks and marks[0].offset > 0:
        spans.append(PartSpan("preamble", Span(0, marks[0].offset), False))
    for i, mark in enumerate(marks):
        stop = marks[i + 1].offset if i + 1 < len(marks) else end
        if stop <= mark.offset:
            continue
        if spans and spans[-1].part == mark.part and spans[-1].span.end == mark.offset:
            spans[-1] = PartSpan(mark.part, Span(spans[-1].span.start, stop), spans[-1].headed)
        else:
            spans.append(PartSpan(mark.part, Span(mark.offset, stop), mark.headed))
    return spans


def _assign(sections: list[Section], spans: list[PartSpan], marks: list[_Mark]) -> None:
    """Each section's part; a body ends where an unheaded part of another kind begins."""
    unheaded = [m for m in marks if not m.headed]
    for section in sections:
        section.part = next(
            (p.part for p in spans if p.span.contains(section.heading.start)), "other"
        )
        for mark in unheaded:
            if section.heading.start < mark.offset < section.body.end and mark.part != section.part:
                section.body = Span(section.body.start, mark.offset)
                break


def _inside(child: Section, parent: Section) -> bool:
    return parent.body.start < child.heading.start < parent.body.end


class _Ordered:
    """Spans (or sections) with their start offsets, for slicing by offset range when they are
    in order (as ``find_paragraphs``/``find_sections`` give them): a long report then costs
    its length, not headings x paragraphs."""

    def __init__(self, items: Sequence[Any], starts: list[int]) -> None:
        self.items = list(items)
        self.starts = starts
        self.rising = all(a <= b for a, b in itertools.pairwise(starts))

    def between(self, lo: int, hi: int) -> list[Any]:
        """The items whose start is in ``(lo, hi)`` (open), in their order."""
        if not self.rising:
            return [item for item, at in zip(self.items, self.starts, strict=True) if lo < at < hi]
        first = bisect.bisect_right(self.starts, lo)
        return self.items[first : bisect.bisect_left(self.starts, hi, first)]
