"""Headings and sections of a normalized document.

Numbered headings get fixed levels by numbering style: ``一、`` 1, ``（一）`` 2, ``1.`` 3,
``（1）`` 4, ``①`` 5; ``一是/二是…`` enumerations inside paragraphs are level 6. A heading is
a short line, or the first sentence of a paragraph (run-in heading: ``（一）……健全。聚焦……``).
Container hints (docx heading styles, HTML ``<h1>``–``<h6>``) add unnumbered headings.
The report parts live in ``lint.parts``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from lint.model import PartSpan, Section
from lint.offsets import Span

_CN = "一二三四五六七八九十"
_CN_NUM = f"[{_CN}]{{1,3}}"
_PREFIX = r"^(?:#{1,6}\s*)?"
HEADING_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"{_PREFIX}(?:{_CN_NUM}、|第{_CN_NUM}(?:部分|章)[、，：\s]?)")),
    (2, re.compile(rf"{_PREFIX}（{_CN_NUM}）[、.]?")),
    (3, re.compile(rf"{_PREFIX}\d{{1,2}}(?:[.、](?!\d)|\.(?=\d{{4}}年))")),
    (4, re.compile(rf"{_PREFIX}（\d{{1,2}}）")),
    (5, re.compile(rf"{_PREFIX}[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")),
)
ENUM_LEVEL = 6
_ENUM = re.compile(rf"(?P<num>{_CN_NUM})是")
_ENUM_AFTER = "。；：！？，"
_NUMERALS = frozenset(_CN)
_TRIM = re.compile(r"^[\s。：；，]+|[\s。：；，]+$")
_SHORT_HEADING = 60
_RUN_IN_MAX = 60
_CLAUSE_MAX = 40


def find_sections(
    text: str, paragraphs: list[Span], hints: Mapping[int, int] | None = None
) -> list[Section]:
    """Numbered (and hinted) headings, then enumerations, in document order."""
    hints = hints or {}
    sections: list[Section] = []
    for index, para in enumerate(paragraphs):
        section = _heading(text, para, hints.get(index))
        if section is not None:
            sections.append(section)
    _close_bodies(sections, len(text))
    items = find_enumerations(text, paragraphs, sections)
    return sorted(sections + items, key=lambda s: (s.heading.start, s.level))


def _heading(text: str, para: Span, hint: int | None) -> Section | None:
    line = text[para.start : para.end]
    for level, pattern in HEADING_PATTERNS:
        match = pattern.match(line)
        if match is None:
            continue
        head_end = _heading_end(line)
        if head_end is None or head_end <= match.end():
            return None
        title = _TRIM.sub("", line[match.end() : head_end])
        number = line[match.start() : match.end()].lstrip("# ")
        return Section(number, title, level, Span(para.start, para.start + head_end), para)
    if hint is not None and len(line) <= _SHORT_HEADING:
        level = min(max(hint, 1), 5)
        return Section("", line.strip("# "), level, para, para)
    return None


def _heading_end(line: str) -> int | None:
    """A heading is a short line, or the first sentence of a paragraph (run-in heading)."""
    if len(line) <= _SHORT_HEADING and "。" not in line.rstrip("。"):
        return len(line)
    stop = _first(line, "。")
    if 0 < stop <= _RUN_IN_MAX:
        return stop + 1
    stop = _first(line, "：；")
    if 0 < stop <= _CLAUSE_MAX:
        return stop + 1
    return None


def _first(line: str, chars: str) -> int:
    found = [i for i in (line.find(c) for c in chars) if i >= 0]
    return min(found) if found else -1


def _close_bodies(sections: list[Section], end: int) -> None:
    for i, section in enumerate(sections):
        stop = end
        for later in sections[i + 1 :]:
            if later.level <= section.level:
                stop = later.heading.start
                break
        section.body = Span(section.heading.start, stop)


def find_enumerations(text: str, paragraphs: list[Span], sections: list[Section]) -> list[Section]:
    """``一是……二是……`` items: a sequence starts at 一是 and counts up inside one section."""
    sequences: list[list[tuple[int, str, Span]]] = []
    current: list[tuple[int, str, Span]] = []
    owner: Section | None = None
    heading_ends: dict[int, int] = {}
    for section in sections:  # the first heading starting at an offset, as a scan finds it
        heading_ends.setdefault(section.heading.start, section.heading.end)
    owners = _Innermost(sections)
    for para in paragraphs:
        start = heading_ends.get(para.start, para.start)
        parent = owners.at(para.start)
        if parent is not owner:
            sequences.append(current)
            current, owner = [], parent
        for match in enum_matches(text, start, para.end):
            if match.start() > start and text[match.start() - 1] not in _ENUM_AFTER:
                continue
            value = _cn_value(match.group("num"))
            if value == 1:
                sequences.append(current)
                current = [(match.start(), match.group(0), para)]
            elif current and value == len(current) + 1:
                current.append((match.start(), match.group(0), para))
    sequences.append(current)
    items: list[Section] = []
    for sequence in sequences:
        if len(sequence) >= 2:
            items += _items(text, sequence)
    return items


def enum_matches(text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
    """``list(_ENUM.finditer(text, pos, endpos))``: the 一是/二是 bodies (group ``num``, also
    group 1: the numerals). Every match ends at a 是: the text is searched for 是, a literal
    (``re`` would try the numerals, common characters, one by one), and each 是 is matched from
    the start of the numerals right before it, at most three: where the scan finds it."""
    end = len(text) if endpos is None else endpos
    found = []
    at = text.find("是", pos, end)
    while at >= 0:
        start, floor = at, max(pos, at - 3)
        while start > floor and text[start - 1] in _NUMERALS:
            start -= 1
        match = _ENUM.match(text, start, end) if start < at else None
        if match is not None:
            found.append(match)
        at = text.find("是", at + 1, end)
    return found


def _items(text: str, sequence: list[tuple[int, str, Span]]) -> list[Section]:
    out = []
    for i, (start, number, para) in enumerate(sequence):
        title_start = start + len(number)
        title_end = _clause_end(text, title_start, para.end)
        nxt = sequence[i + 1] if i + 1 < len(sequence) else None
        stop = nxt[0] if nxt is not None else para.end
        title = text[title_start:title_end]
        out.append(Section(number, title, ENUM_LEVEL, Span(start, title_end), Span(start, stop)))
    return out


def _clause_end(text: str, start: int, end: int) -> int:
    """End of an item's title: its sentence if short, else its first clause."""
    segment = text[start:end]
    stop = _first(segment, "。；")
    if 0 <= stop <= _CLAUSE_MAX:
        return start + stop
    comma = _first(segment, "，：")
    if 0 <= comma <= _CLAUSE_MAX:
        return start + comma
    return start + min(len(segment), _CLAUSE_MAX if stop < 0 else min(stop, _CLAUSE_MAX))


def _innermost(offset: int, sections: list[Section]) -> Section | None:
    """The section of the highest level (the last of equals) whose body holds ``offset``."""
    best: Section | None = None
    for section in sections:
        if section.body.start <= offset < section.body.end and (
            best is None or section.level >= best.level
        ):
            best = section
    return best


class _Innermost:
    """``_innermost`` for rising offsets in one sweep (linear, not sections x paragraphs):
    only the sections whose body has begun and not yet ended are compared."""

    def __init__(self, sections: list[Section]) -> None:
        self.sections = sections
        self.order = sorted(range(len(sections)), key=lambda i: sections[i].body.start)
        self.added = 0
        self.active: list[int] = []
        self.last = -1

    def at(self, offset: int) -> Section | None:
        if offset < self.last:  # not rising: the plain scan
            return _innermost(offset, self.sections)
        self.last = offset
        sections, order = self.sections, self.order
        while self.added < len(order) and sections[order[self.added]].body.start <= offset:
            self.active.append(order[self.added])
            self.added += 1
        self.active = [i for i in self.active if offset < sections[i].body.end]
        if not self.active:
            return None
        return sections[max(self.active, key=lambda i: (sections[i].level, i))]


def _cn_value(numeral: str) -> int:
    digits = {c: i + 1 for i, c in enumerate(_CN)}
    if numeral == "十":
        return 10
    if numeral.startswith("十"):
        return 10 + digits.get(numeral[1], 0)
    if numeral.endswith("十"):
        return digits[numeral[0]] * 10
    if "十" in numeral:
        return digits[numeral[0]] * 10 + digits[numeral[-1]]
    return digits.get(numeral, 0)


def find_parts(
    text: str, paragraphs: list[Span], sections: list[Section], report_year: int | None = None
) -> list[PartSpan]:
    """Report parts (see ``lint.parts``); kept here for callers of the skeleton's API."""
    from lint.parts import find_parts as _find_parts

    return _find_parts(text, paragraphs, sections, report_year)
