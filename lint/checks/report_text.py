"""Helpers shared by the report and phrase checks: rule patterns, sentences, dates, years.

Patterns in rule ``params`` are compiled with RE2 (``lint.rules.regex``), so a rule file cannot
hang a run; they are compiled once per pattern string and cached.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from lint.errors import RuleError
from lint.model import Document, Rule
from lint.offsets import Span, sorted_spans
from lint.rules.regex import Pattern, compile_pattern

_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\Z")


@lru_cache(maxsize=2048)
def pattern(source: str) -> Pattern:
    """A rule regex compiled with RE2 (validated at load time by each check's ``validate``)."""
    return compile_pattern(source)


def require_patterns(rule: Rule, key: str, *, required: bool = True) -> list[str]:
    """``params[key]``: a list of RE2 patterns that compile; raise ``RuleError`` otherwise."""
    value = rule.params.get(key)
    if value is None and not required:
        return []
    if not isinstance(value, list) or not value:
        raise RuleError("应为非空的正则表达式列表", location=rule.origin, key=f"params.{key}")
    for index, item in enumerate(value):
        compile_pattern(item, rule.origin, f"params.{key}[{index}]")
    return list(value)


def any_match(
    patterns: Sequence[str], text: str, pos: int = 0, endpos: int | None = None
) -> Span | None:
    """The earliest match of any pattern in ``text[pos:endpos]``."""
    best: Span | None = None
    for source in patterns:
        found = pattern(source).search(text, pos, len(text) if endpos is None else endpos)
        if found is not None and (best is None or found.start < best.start):
            best = found
    return best


def any_in(patterns: Sequence[str], text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """Whether any pattern matches in ``text[pos:endpos]``: one search of their alternation
    (each pattern in its own group) instead of one search per pattern."""
    combined = _alternation(tuple(patterns))
    if combined is None:
        return any_match(patterns, text, pos, endpos) is not None
    return combined.search(text, pos, len(text) if endpos is None else endpos) is not None


@lru_cache(maxsize=256)
def _alternation(patterns: tuple[str, ...]) -> Pattern | None:
    """``(?:p1)|(?:p2)|…`` compiled, or None when it does not compile (e.g. two patterns name
    the same group): then each pattern is searched on its own."""
    try:
        return compile_pattern("|".join(f"(?:{p})" for p in patterns))
    except RuleError:
        return None


def all_matches(
    patterns: Sequence[str], text: str, pos: int = 0, endpos: int | None = None
) -> list[Span]:
    end = len(text) if endpos is None else endpos
    return sorted_spans(s for source in patterns for s in pattern(source).finditer(text, pos, end))


def sentences(text: str, span: Span) -> Iterator[Span]:
    """Sentences (ending at 。！？； or a line end) inside ``span``."""
    for match in _SENTENCE.finditer(text, span.start, span.end):
        if match.group(0).strip():
            yield Span(match.start(), match.end())


def sentence_at(doc: Document, offset: int) -> Span:
    """The sentence of the normalized text that contains ``offset``."""
    para = doc.paragraph_at(offset) or Span(0, len(doc.text))
    for sentence in sentences(doc.text, para):
        if sentence.start <= offset < sentence.end:
            return sentence
    return para


def parse_date(value: Any) -> datetime.date | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a date or a string) → the first day it names."""
    if value is None:
        return None
    if isinstance(value, datetime.date):
        return value
    match = _DATE.match(str(value).strip()[:10])
    if not match:
        return None
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def published(doc: Document) -> datetime.date | None:
    """The page's stated publication date (never the signing date)."""
    return parse_date(doc.meta.published)


def meta_span(span: Span | None) -> Span:
    return span if span is not None else Span(0, 0)


def cn_number(token: str) -> int | None:
    """一 … 九十九 → int; Arabic digits too."""
    if token.isdigit():
        return int(token)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
    if token == "十":
        return 10
    if "十" in token:
        tens, _, ones = token.partition("十")
        high = digits.get(tens, 0) if tens else 1
        low = digits.get(ones, 0) if ones else 0
        return high * 10 + low
    return digits.get(token) if len(token) == 1 else None
