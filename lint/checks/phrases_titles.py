"""Official document names: misquoted titles (registry in the rule's params) and damaged ones.

``format/document-title``: a cited title whose key (法制→法治, year range and 中华人民共和国
left out) is a registry entry's, but whose text is none of the entry's accepted forms.
Dash variants and a missing 年 in the year range are accepted; an abbreviated title without
its year range is accepted; a lost dash is damage, reported by ``format/damaged-title``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from lint.checks import CheckOutput, RunContext
from lint.checks.report_numbering import render
from lint.errors import RuleError
from lint.memo import Kept
from lint.model import Document, Finding, Rule
from lint.offsets import SPAN_ORDER, Span

_BRACKETED = re.compile(r"《([^》\n]{2,80})》")
_RANGE = re.compile(r"[（(]\s*(\d{4})\s*[—–\-－~～至到]*\s*(\d{4})\s*年?\s*[）)]")
_LOOSE_RANGE = re.compile(r"[（(]\s*\d{4}\s*[^\d（）()\n]{0,3}\s*\d{4}\s*年?\s*[）)]")
_LOST_DASH = re.compile(r"\d{8}年?")
TITLE_DAMAGE = frozenset({"lost-dash", "mojibake", "replacement-char"})
_BROKEN = re.compile("[?？\ufffd]")


def canonical(title: str) -> str:
    """A title with spaces dropped and its year range written ``（YYYY—YYYY年）``."""
    title = re.sub(r"\s+", "", title)
    return _RANGE.sub(lambda m: f"（{m.group(1)}—{m.group(2)}年）", title)


def title_key(title: str) -> str:
    key = _RANGE.sub("", canonical(title)).replace("法制", "法治")
    return key.removeprefix("中华人民共和国")


@dataclass(frozen=True)
class Entry:
    title: str
    forms: frozenset[str]  # canonical accepted forms
    verified: bool


def registry(rule: Rule) -> dict[str, list[Entry]]:
    """Registry entries by title key, built once per rule (from the rule alone, like a topic
    rule's ``lint.matcher``: every report used to build it again, ~0.15 ms)."""
    return _REGISTRIES.get(id(rule), lambda: (rule, _registry(rule)))[1]


# id(rule) → (the rule, kept so that its id stays its own while cached; its registry)
_REGISTRIES: Kept[int, tuple[Rule, dict[str, list[Entry]]]] = Kept()


def _registry(rule: Rule) -> dict[str, list[Entry]]:
    by_key: dict[str, list[Entry]] = {}
    for item in rule.params["documents"]:
        forms = frozenset(canonical(t) for t in [item["title"], *item.get("aliases", [])])
        entry = Entry(canonical(item["title"]), forms, bool(item.get("verified", True)))
        for form in forms | {canonical(v) for v in item.get("variants", [])}:
            by_key.setdefault(title_key(form), []).append(entry)
    return by_key


def cited_titles(text: str) -> Iterator[tuple[Span, str]]:
    for match in _BRACKETED.finditer(text):
        yield Span(match.start(1), match.end(1)), match.group(1)


def misquote(title: str, entries: Sequence[Entry]) -> tuple[str, list[Entry]] | None:
    """What is wrong with ``title`` and the entries it should have been, or ``None``."""
    form = canonical(title)
    if any(form in e.forms for e in entries):
        return None
    has_range = _RANGE.search(form) is not None
    problems = []
    if "法制" in form and not any("法制" in e.title for e in entries):
        problems.append("“法治”误作“法制”")
    if has_range and all(_RANGE.search(f) for e in entries for f in e.forms):
        wanted = [e for e in entries if _range_of(e.title) == _range_of(form)]
        if not wanted:
            problems.append("年份区间有误")
            return "、".join(problems), list(dict.fromkeys(entries))
        return ("、".join(problems), wanted) if problems else None
    if not has_range and any(_RANGE.search(e.title) for e in entries):
        return ("、".join(problems), list(dict.fromkeys(entries))) if problems else None
    return "、".join(problems) or "名称与正式名称不符", list(dict.fromkeys(entries))


def _range_of(title: str) -> str:
    match = _RANGE.search(title)
    return f"{match.group(1)}-{match.group(2)}" if match else ""


class DocumentTitle:
    kind = "format"
    names = frozenset({"document-title"})

    def validate(self, rule: Rule) -> None:
        docs = rule.params.get("documents")
        if not isinstance(docs, list) or not docs:
            raise RuleError(
                "params.documents 应为非空列表", location=rule.origin, key="params.documents"
            )
        for index, item in enumerate(docs):
            if not isinstance(item, dict) or not isinstance(item.get("title"), str):
                key = f"params.documents[{index}].title"
                raise RuleError("每个文件需要 title（正式名称）", location=rule.origin, key=key)
        render(rule, found="", correct="", problem="")

    def run(self, rules: Sequence[Rule], doc: Document, ctx: RunContext) -> CheckOutput:
        out = CheckOutput()
        for rule in rules:
            by_key = registry(rule)
            for span, title in cited_titles(doc.text):
                entries = by_key.get(title_key(title))
                verdict = misquote(title, entries) if entries else None
                if verdict is not None:
                    out.findings.append(_title_finding(rule, span, title, *verdict))
        return out


def _title_finding(
    rule: Rule, span: Span, title: str, problem: str, entries: list[Entry]
) -> Finding:
    correct = "》或《".join(e.title for e in entries)
    message = render(rule, found=title, correct=correct, problem=problem)
    severity = None if all(e.verified for e in entries) else "info"
    return rule.finding(span, message, severity=severity)


class DamagedTitle:
    """``format/damaged-title``: a cited title or year range whose published text is damaged
    (lost dash, pinyin annotation, broken characters), reported with its repaired form."""

    kind = "format"
    names = frozenset({"damaged-title"})

    def validate(self, rule: Rule) -> None:
        render(rule, found="", correct="")

    def run(self, rules: Sequence[Rule], doc: Document, ctx: RunContext) -> CheckOutput:
        out = CheckOutput()
        for rule in rules:
            for span in _damaged_titles(doc):
                found = doc.original_text(span)
                correct = canonical(doc.text[span.start : span.end])
                message = render(rule, found=found, correct=correct)
                out.findings.append(rule.finding(span, message))
        return out


def _damaged_titles(doc: Document) -> list[Span]:
    candidates = [span for span, _ in cited_titles(doc.text)]
    covered = list(candidates)  # in order and disjoint
    starts = [c.start for c in covered]
    for match in _LOOSE_RANGE.finditer(doc.text):
        span = Span(match.start(), match.end())
        index = bisect.bisect_right(starts, span.start) - 1
        if index < 0 or covered[index].end < span.end:
            candidates.append(span)
    damage = _Damage(doc)
    return sorted((s for s in candidates if _is_damaged(doc, s, damage)), key=SPAN_ORDER)


class _Damage:
    """The title-damaging repairs of a document, to ask whether any overlaps a span."""

    def __init__(self, doc: Document) -> None:
        spans = sorted(doc.repairs.spans_of(TITLE_DAMAGE), key=SPAN_ORDER)
        self.starts = [s.start for s in spans]
        self.reach = list(itertools.accumulate((s.end for s in spans), max))

    def overlaps(self, span: Span) -> bool:
        """Some repair starts before ``span`` ends and ends after it starts."""
        index = bisect.bisect_left(self.starts, span.end) - 1
        return index >= 0 and self.reach[index] > span.start


def _is_damaged(doc: Document, span: Span, damage: _Damage) -> bool:
    """A lost dash or broken characters. Pinyin annotations, which a broken converter puts
    everywhere, are left to the one whole-document notice (``format/damaged-text``)."""
    original = doc.original_text(span)
    if _LOST_DASH.search(original) or _BROKEN.search(original):
        return True
    return damage.overlaps(span)


CHECKS_TITLES = [DocumentTitle(), DamagedTitle()]
