"""Relations between figures of one sentence: rates, bounded rates, funnels, directions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache
from typing import Any

from lint.numeric.bind import SENTENCE_END, TextView, has_any
from lint.numeric.extract import Quantity
from lint.numeric.issue import Issue, fmt

HUNDRED = Decimal(100)


def _role(label: str, roles: list[list[str]], exclude: list[str]) -> int | None:
    """The role whose longest phrase occurs in ``label`` (调解成功 beats 调解).

    None when no role matches, or when two roles match equally long phrases (收到并办结).
    """
    if not _any_phrase(tuple(map(tuple, roles))).search(label) or has_any(label, exclude):
        return None
    return best_role(label, roles)


def best_role(label: str, roles: list[list[str]]) -> int | None:
    """The role whose longest phrase occurs in ``label``, phrase by phrase (``_role`` rules
    most labels out before it)."""
    best: dict[int, int] = {}
    for index, phrases in enumerate(roles):
        lengths = [len(p) for p in phrases if p in label]
        if lengths:
            best[index] = max(lengths)
    if not best:
        return None
    longest = max(best.values())
    winners = [index for index, length in best.items() if length == longest]
    return winners[0] if len(winners) == 1 else None


@lru_cache(maxsize=64)
def _any_phrase(roles: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    """Finds whether a label holds any role's phrase at all (most figures' labels hold none),
    before the phrases are tried one by one."""
    return re.compile("|".join(re.escape(p) for phrases in roles for p in phrases))


def check_rate(view: TextView, params: dict[str, Any]) -> list[Issue]:
    """A stated rate must agree with its own numerator and denominator (interval division)."""
    issues = []
    for rate, label in _rates(view, params["rate"]):
        pair = _rate_counts(view, rate, params)
        if pair is not None:
            issue = _rate_issue(view, rate, label, *pair)
            issues.extend([issue] if issue else [])
    return issues


def _rate_counts(
    view: TextView, rate: Quantity, params: dict[str, Any]
) -> tuple[Quantity, Quantity] | None:
    """The single numerator and denominator count before the rate in its sentence."""
    roles = [params["numerator"], params["denominator"]]
    exclude = list(params["rate"]) + list(params.get("exclude", []))
    found: dict[int, list[Quantity]] = {0: [], 1: []}
    sentence = view.sentence(rate.span.start)
    if has_any(view.text[sentence.start : sentence.end], params.get("caveats", [])):
        return None  # 不含终止、撤回…: the rate has its own definition of the denominator
    for count in view.in_sentence(sentence):
        if count.kind == "count" and count.span.end <= rate.span.start:
            role = _role(view.label(count), roles, exclude)
            if role is not None:
                found[role].append(count)
    if len(found[0]) != 1 or len(found[1]) != 1:
        return None
    numerator, denominator = found[0][0], found[1][0]
    return (numerator, denominator) if numerator.unit == denominator.unit else None


def _rate_issue(
    view: TextView, rate: Quantity, label: str, numerator: Quantity, denominator: Quantity
) -> Issue | None:
    ratio = numerator.interval.divide(denominator.interval)
    if ratio is None or ratio.scale(HUNDRED).overlaps(rate.percent):
        return None
    computed = numerator.value / denominator.value * HUNDRED
    precision = "整数百分比取整" if rate.decimals == 0 else f"保留{rate.decimals}位小数"
    message = (
        f"{label}写作{rate.text}，但按 {fmt(numerator.value)}/{fmt(denominator.value)} 计算为"
        f"{fmt(computed, 1)}%（按{precision}应为{fmt(computed, rate.decimals)}%）"
    )
    data = {"stated": fmt(rate.value), "computed": fmt(computed, 4)}
    return Issue(rate.span, message, (numerator.span, denominator.span), data)


def check_bounded_rate(view: TextView, params: dict[str, Any]) -> list[Issue]:
    """A rate (办结率, 好评率, 占比…) cannot exceed 100% unless it states growth."""
    issues = []
    for rate, label in _rates(view, params["suffixes"]):
        if has_any(label, params.get("exclude", [])):
            continue
        context = view.raw_label(rate) + view.after(rate, 8)
        if has_any(context, params["growth"]) or rate.percent.lo <= HUNDRED:
            continue
        message = f"{label}写作{rate.text}，超过100%；比率应在0到100%之间（增长率除外）"
        issues.append(Issue(rate.span, message, data={"stated": fmt(rate.value)}))
    return issues


def _rates(view: TextView, endings: list[str]) -> Iterator[tuple[Quantity, str]]:
    """Percentages (and permilles) whose label ends with one of ``endings``, with the label."""
    for rate in view.quantities:
        if rate.kind in ("percent", "permille"):
            label = view.label(rate)
            if any(label.endswith(word) for word in endings):
                yield rate, label


def _chains(view: TextView, breaks: list[str]) -> list[list[Quantity]]:
    """Quantities grouped by clause chain: a sentence, cut again at words like 其中."""
    cut = re.compile("|".join([re.escape(c) for c in SENTENCE_END] + breaks))
    chains: dict[int, list[Quantity]] = {}
    starts = [0] + [m.end() for m in cut.finditer(view.text)]
    index = 0
    for quantity in view.quantities:
        while index + 1 < len(starts) and starts[index + 1] <= quantity.span.start:
            index += 1
        chains.setdefault(index, []).append(quantity)
    return list(chains.values())


def check_funnel(view: TextView, params: dict[str, Any]) -> list[Issue]:
    """收到 ≥ 受理 ≥ 办结 for counts of one clause chain with the same unit."""
    stages: list[list[str]] = params["stages"]
    issues = []
    for chain in _chains(view, params.get("breaks", ["其中"])):
        sentence = view.sentence(chain[0].span.start)
        if has_any(view.text[sentence.start : sentence.end], params.get("carryover", [])):
            continue
        issues.extend(_funnel_chain(view, chain, stages, params.get("exclude", [])))
    return issues


def _funnel_chain(
    view: TextView, chain: list[Quantity], stages: list[list[str]], exclude: list[str]
) -> list[Issue]:
    by_unit: dict[str, dict[int, list[Quantity]]] = {}
    for count in chain:
        role = _role(view.label(count), stages, exclude) if count.kind == "count" else None
        if role is not None:
            by_unit.setdefault(count.unit, {}).setdefault(role, []).append(count)
    issues = []
    for staged in by_unit.values():
        if any(len(items) > 1 for items in staged.values()):
            continue  # two figures for one stage: which belongs to which is not clear
        for early in sorted(staged):
            for late in (s for s in sorted(staged) if s > early):
                first, second = staged[early][0], staged[late][0]
                if not _same_subject(view, first, second, stages):
                    continue
                issue = _funnel_issue(view, first, second)
                issues.extend([issue] if issue else [])
    return issues


_GENERIC = re.compile(r"(?:申请|案件|事项|诉求|线索|问题)$")


@lru_cache(maxsize=64)
def _longest_first(phrases: tuple[str, ...]) -> list[str]:
    return sorted(phrases, key=len, reverse=True)


def _subject(label: str, stages: list[list[str]]) -> str:
    """What a funnel figure is about: 受理行政复议案件 → 行政复议 ("" when only the verb)."""
    for phrase in _longest_first(tuple(p for stage in stages for p in stage)):
        at = label.find(phrase)
        if at >= 0:
            return _GENERIC.sub("", label[at + len(phrase) :])
    return ""


def _same_subject(view: TextView, a: Quantity, b: Quantity, stages: list[list[str]]) -> bool:
    """受理行政复议案件 and 审结行政诉讼案件 are not one funnel; a bare 办结 joins any."""
    first, second = _subject(view.label(a), stages), _subject(view.label(b), stages)
    return not first or not second or first in second or second in first


def _funnel_issue(view: TextView, early: Quantity, late: Quantity) -> Issue | None:
    if not late.interval.above(early.interval):
        return None
    early_label, late_label = view.label(early), view.label(late)
    message = (
        f"{late_label}写作{late.text}，多于{early_label}的{early.text}；"
        f"同一事项的后一环节不应多于前一环节"
    )
    data = {"early": fmt(early.value), "late": fmt(late.value)}
    return Issue(late.span, message, (early.span,), data)


def check_direction(view: TextView, params: dict[str, Any]) -> list[Issue]:
    """由A提高到B needs B > A; 由A下降到B needs B < A."""
    verbs = {"up": params["up"], "down": params["down"]}
    pattern = re.compile(
        "^(?P<up>" + "|".join(verbs["up"]) + ")|^(?P<down>" + "|".join(verbs["down"]) + ")"
    )
    issues = []
    for first, second in zip(view.quantities, view.quantities[1:], strict=False):
        between = view.text[first.span.end : second.span.start]
        before = view.text[max(0, first.span.start - 2) : first.span.start]
        match = pattern.match(between)
        if not match or match.end() != len(between) or not before.endswith(tuple(params["from"])):
            continue
        if first.unit != second.unit:
            continue
        issue = _direction_issue(view, first, second, "up" if match["up"] else "down", between)
        issues.extend([issue] if issue else [])
    return issues


def _direction_issue(
    view: TextView, first: Quantity, second: Quantity, way: str, verb: str
) -> Issue | None:
    a, b = first.interval, second.interval
    broken = b.hi <= a.lo if way == "up" else b.lo >= a.hi
    if not broken:
        return None
    need = "高于" if way == "up" else "低于"
    message = f"写作由{first.text}{verb}{second.text}，但{second.text}并不{need}{first.text}"
    data = {"from": fmt(first.value), "to": fmt(second.value)}
    return Issue(second.span, message, (first.span,), data)
