"""Numbering of headings and enumerations: skips, repeats and inverted levels.

The scan reads every paragraph's leading number (一、 （一） 1. （1） ①), whatever its length,
and the run-in enumerations inside paragraphs (一是 二是 …). Siblings are items of the same
level under the same parent (the nearest earlier item of a higher level). A sequence may
restart at 1 (a new list under the same parent); any other step than +1 is a skip or a repeat.
Skipping a level (一、 then 1.) is common practice and not reported; a child of a higher level
after the parent's children of a lower level (一、 1. 2. （一）) is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from lint.checks import CheckOutput, RunContext
from lint.checks.report_text import cn_number
from lint.model import Document, Finding, Rule
from lint.offsets import Span
from lint.structure import enum_matches

_CN = "一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
HEADING_NUMBERS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"([{_CN}]{{1,3}})、")),
    (2, re.compile(rf"（([{_CN}]{{1,3}})）")),
    (3, re.compile(r"(\d{1,2})[.．、](?!\d)")),
    (4, re.compile(r"（(\d{1,2})）")),
    (5, re.compile(rf"([{_CIRCLED}])")),
)
ENUM_LEVEL = 6
# What ``_enumerations`` finds, faster (the definition its tests compare it with)
_ENUM = re.compile(rf"(?:^|(?<=[。；：，！？\n]))([{_CN}]{{1,3}})是")
# the characters after which 一是/二是 opens an item (or the line's start)
_ENUM_AFTER = frozenset("。；：，！？\n")
LEVEL_NAMES = {1: "一、", 2: "（一）", 3: "1.", 4: "（1）", 5: "①", 6: "一是"}


@dataclass(frozen=True)
class Item:
    level: int
    number: int
    token: str
    span: Span


def numbered_items(doc: Document) -> Iterator[Item]:
    """Paragraph-leading numbers and run-in enumerations, in text order."""
    text = doc.text
    for para in doc.paragraphs:
        line = text[para.start : para.end]
        stripped = len(line) - len(line.lstrip())
        for level, pattern in HEADING_NUMBERS:
            match = pattern.match(line, stripped)
            if match:
                value = match.group(1)
                number = _CIRCLED.index(value) + 1 if level == 5 else cn_number(value)
                if number:
                    span = Span(para.start + match.start(), para.start + match.end())
                    yield Item(level, number, match.group(0), span)
                break
        for match in _enumerations(line):
            number = cn_number(match.group(1))
            if number:
                span = Span(para.start + match.start(1), para.start + match.end())
                yield Item(ENUM_LEVEL, number, match.group(0), span)


def _enumerations(line: str) -> list[re.Match[str]]:
    """``_ENUM.finditer(line)``: the 一是/二是 items (group 1: the numeral), each at the
    line's start or after one of ``_ENUM_AFTER``. A body whose start is no sentence or
    clause start is no item, and it cannot hide one (only a stop before a numeral makes a
    start)."""
    return [m for m in enum_matches(line) if not m.start() or line[m.start() - 1] in _ENUM_AFTER]


@dataclass(frozen=True)
class Problem:
    check: str  # "numbering-sequence" | "heading-order"
    item: Item
    previous: Item | None
    detail: str


def numbering_problems(doc: Document) -> list[Problem]:
    items = list(numbered_items(doc))
    stack: list[int] = []  # indexes of the open headings
    last: dict[tuple[int, int], Item] = {}  # (parent index + 1, level) -> previous sibling
    child_level: dict[int, int] = {}  # parent index + 1 -> level of its first heading child
    problems: list[Problem] = []
    for index, item in enumerate(items):
        if item.level < ENUM_LEVEL:
            while stack and items[stack[-1]].level >= item.level:
                stack.pop()
        parent = stack[-1] + 1 if stack else 0
        problems.extend(_sequence_problem(item, last.get((parent, item.level))))
        if item.level < ENUM_LEVEL:
            first = child_level.setdefault(parent, item.level)
            if item.level < first:
                detail = (
                    f"在{LEVEL_NAMES[first]}级之后出现更高一级的{LEVEL_NAMES[item.level]}级编号"
                )
                problems.append(Problem("heading-order", item, None, detail))
            stack.append(index)
        last[(parent, item.level)] = item
    return problems


def _sequence_problem(item: Item, previous: Item | None) -> list[Problem]:
    if previous is None or item.number in (previous.number + 1, 1):
        return []
    if item.number == previous.number:
        detail = "编号重复"
    elif item.number > previous.number:
        detail = "编号跳号"
    else:
        detail = "编号倒序"
    return [Problem("numbering-sequence", item, previous, detail)]


class _Fields(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(rule: Rule, **fields: str) -> str:
    """The rule's message with ``{field}`` placeholders filled (unknown ones left as written)."""
    return rule.message.format_map(_Fields(fields))


class Numbering:
    """``structure/numbering-sequence`` and ``structure/heading-order``."""

    kind = "structure"
    names = frozenset({"numbering-sequence", "heading-order"})

    def validate(self, rule: Rule) -> None:
        render(rule, number="", previous="", detail="")

    def run(self, rules: Sequence[Rule], doc: Document, ctx: RunContext) -> CheckOutput:
        problems = numbering_problems(doc)
        out = CheckOutput()
        for rule in rules:
            out.findings.extend(_finding(rule, p) for p in problems if p.check == rule.check)
        return out


def _finding(rule: Rule, problem: Problem) -> Finding:
    previous = problem.previous.token if problem.previous else ""
    message = render(rule, number=problem.item.token, previous=previous, detail=problem.detail)
    related = (problem.previous.span,) if problem.previous else ()
    return rule.finding(problem.item.span, message, related=related)


CHECKS_NUMBERING = [Numbering()]
