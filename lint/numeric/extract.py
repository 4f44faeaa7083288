"""Quantities in report text: Decimal values, units, and the interval their wording implies.

Not quantities: years (2023年), dates (2月28日), times (14:41), document and index numbers
(〔2021〕33号, 610300-…), ordinals (第一批, 一是), figures inside names or quotations
(“十四五”, “1+1+N”, 《…》) and numbers with no counting unit after them.
"""

from __future__ import annotations

import bisect
import re
import string
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from lint.numeric.interval import INF, ZERO, Interval
from lint.numeric.numerals import NUMERAL_CHARS, parse_chinese_numeral
from lint.offsets import Span

# Counting units, longest first so 人次 wins over 人 and 个百分点 over 个.
_UNIT_WORDS = "个百分点 人次 户次 件次 场次 批次 轮次 家次 学时 课时 小时 公里"
_UNIT_CHARS = "件个人项次场条份名家户篇部辆台起天期册处支路张套宗例座块类种位堂所批轮元吨亩"
UNITS = (*_UNIT_WORDS.split(), *_UNIT_CHARS)
# (sorted within a length too: the pattern is the same text in every process, whatever the
# string hash seed, so ``lint.recache`` finds it compiled)
_UNIT_RE = "|".join(sorted(set(UNITS), key=lambda unit: (-len(unit), unit)))
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# The lookahead names every character a match can start with, so the scan skips other text fast.
QUANTITY_RE = re.compile(
    rf"(?=[百\d{NUMERAL_CHARS}])"
    rf"(?P<pct>百分之)?(?P<num>{_ARABIC}|[{NUMERAL_CHARS}]+)(?P<mult>万|亿)?(?P<approx>余|多)?"
    rf"(?P<unit>%|‰|{_UNIT_RE})?(?P<post>以上|以下|以内|左右|上下)?"
)
QUOTED_RE = re.compile(r"“[^”\n]{0,40}”|《[^》\n]{0,80}》|\"[^\"\n]{0,40}\"|「[^」\n]{0,40}」")
# Words before a figure that make it a bound or an approximation, longest first.
PREFIXES = (
    ("不超过", "ceil"), ("不高于", "ceil"), ("不少于", "floor"), ("不低于", "floor"),
    ("不到", "ceil"), ("不足", "ceil"), ("少于", "ceil"), ("低于", "ceil"),
    ("超过", "floor"), ("多于", "floor"), ("高于", "floor"), ("大于", "floor"),
    ("至少", "floor"), ("逾", "floor"), ("将近", "near"), ("接近", "near"), ("近", "near"),
    ("大约", "approx"), ("约", "approx"),
)  # fmt: skip
_PREFIX_WORDS = tuple(word for word, _ in PREFIXES)
POSTS = {"以上": "floor", "以下": "ceil", "以内": "ceil", "左右": "approx", "上下": "approx"}
_BAD_BEFORE = set("0123456789.-/:：+_") | set(string.ascii_letters)
_NOT_AFTER_GE = set("月工小")  # 3个月, 5个工作日, 2个小时: durations, not counts
_MULTIPLIERS = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}
_KINDS = {"%": "percent", "‰": "permille", "个百分点": "points"}


@dataclass(frozen=True)
class Quantity:
    """One stated figure. ``span`` covers number and unit (not the prefix word)."""

    span: Span
    value: Decimal  # as written in ``unit``s: 25 for 25%, 3600 for 0.36万人次
    interval: Interval  # every value the wording allows
    unit: str  # "%", "‰", "个百分点", "件", "人次" ...
    kind: str  # "count", "percent", "permille" or "points"
    qualifier: str = ""  # "超过", "余", "以上", "约" ... ("" for a plainly stated figure)
    decimals: int = 0  # decimal places as written (after applying 万/亿 they may differ)
    text: str = ""

    def __init__(
        self, span: Span, value: Decimal, interval: Interval, unit: str, kind: str,
        qualifier: str = "", decimals: int = 0, text: str = "",
    ) -> None:  # fmt: skip
        # Written out (dataclass keeps it): the generated frozen ``__init__`` sets each of the
        # eight fields through ``object.__setattr__``, and a report has hundreds of figures.
        self.__dict__.update(
            span=span, value=value, interval=interval, unit=unit, kind=kind,
            qualifier=qualifier, decimals=decimals, text=text,
        )  # fmt: skip

    @property
    def percent(self) -> Interval:
        """The interval in percent (a permille figure divided by 10)."""
        return self.interval.scale(Decimal("0.1")) if self.kind == "permille" else self.interval


def quoted_spans(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in QUOTED_RE.finditer(text)]


def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text`` (a normalized, pinyin-free view), in order."""
    quoted = quoted_spans(text)  # in order and disjoint
    starts = [q.start for q in quoted]
    found = []
    for match in QUANTITY_RE.finditer(text):
        if match.group(_UNIT) is None and match.group(_PCT) is None:
            continue  # no counting unit: no quantity (most matches: 一 in 统一, 进一步 ...)
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0 and quoted[index].contains(match.start()):
            continue
        quantity = _quantity(text, match)
        if quantity:
            found.append(quantity)
    return found


def _number(match: re.Match[str], text: str) -> tuple[Decimal, int] | None:
    """The written number (before 万/亿) and its exponent, or None if it is not one."""
    raw = match.group(_NUM)
    start = match.start(_NUM)
    before = text[start - 1] if start else ""
    if before == "第":
        return None
    if raw[0].isdigit():
        if before in _BAD_BEFORE:
            return None
        value = Decimal(raw.replace(",", ""))
        return value, int(value.as_tuple().exponent)
    parsed = parse_chinese_numeral(raw)
    if parsed is None or (raw == "一" and before and "\u4e00" <= before <= "\u9fff"):
        return None
    return Decimal(parsed), 0


# QUANTITY_RE's groups by number (one ``groups()`` call instead of a lookup per name).
_PCT, _NUM, _MULT, _APPROX, _UNIT, _POST = (
    QUANTITY_RE.groupindex[name] for name in ("pct", "num", "mult", "approx", "unit", "post")
)
_MULT_DECIMAL = {"": Decimal(1), **_MULTIPLIERS}


def _quantity(text: str, match: re.Match[str]) -> Quantity | None:
    groups = (None, *match.groups())
    unit = groups[_UNIT] or ("%" if groups[_PCT] else "")
    if not unit:
        return None
    number = _number(match, text)
    if number is None or (unit == "%" and groups[_PCT] and groups[_UNIT]):
        return None
    end = match.end()
    if unit == "个" and text[end : end + 1] in _NOT_AFTER_GE:
        return None
    written, exponent = number
    mult = _MULTIPLIERS.get(groups[_MULT] or "", 1)
    kind = _KINDS.get(unit, "count")
    value = written * mult
    qualifier, mode = _qualifier(text, match, groups)
    interval = _interval(written, exponent, _MULT_DECIMAL[groups[_MULT] or ""], kind, mode)
    decimals = max(0, -exponent)
    start = match.start()
    return Quantity(
        Span(start, end), value, interval, unit, kind, qualifier, decimals, text[start:end]
    )


def _qualifier(text: str, match: re.Match[str], groups: tuple[str | None, ...]) -> tuple[str, str]:
    approx, post = groups[_APPROX], groups[_POST]
    if approx:
        return approx, "more"
    if post:
        return post, POSTS[post]
    head = text[max(0, match.start() - 3) : match.start()]
    if not head.endswith(_PREFIX_WORDS):
        return "", "stated"
    for word, mode in PREFIXES:
        if head.endswith(word):
            return word, mode
    return "", "stated"


def lowest_place(written: Decimal) -> Decimal:
    """The place value of the lowest non-zero digit: 200 → 100, 1249 → 1, 0.36 → 0.01."""
    if written == 0:
        return Decimal(1)
    return Decimal(1).scaleb(int(written.normalize().as_tuple().exponent))


@lru_cache(maxsize=4096)
def _interval(written: Decimal, exponent: int, mult: Decimal, kind: str, mode: str) -> Interval:
    """(``exponent`` is ``written``'s own, so equal keys mean the same written figure.)"""
    value = written * mult
    exact_count = kind == "count" and exponent >= 0 and mult == 1
    half = ZERO if exact_count else Decimal("0.5").scaleb(exponent) * mult
    stated = Interval.around(value, half) if value - half >= 0 else Interval(ZERO, value + half)
    place = lowest_place(written) * mult
    if mode == "more":  # 200余 → (200, 300); 1249余 → (1249, 1250); 5万余 → (5万, 6万)
        return Interval(value, value + place)
    if mode == "floor":
        return Interval(stated.lo, INF)
    if mode == "ceil":
        return Interval(ZERO, stated.hi)
    if mode == "near":  # 近200 → [100, 200]: just under the figure, within its last place
        return Interval(max(ZERO, value - place), stated.hi)
    if mode == "approx":  # 约200 → [150, 250]: rounded at its lowest non-zero digit
        return Interval(max(ZERO, value - place / 2), value + place / 2)
    return stated
