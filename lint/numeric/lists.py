"""Breakdowns: 其中 lists, "N个…中" lists and explicit sums (…，共计N件)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from lint.numeric.bind import SENTENCE_END, TextView, has_any
from lint.numeric.extract import Quantity
from lint.numeric.interval import Interval, total
from lint.numeric.issue import Issue, fmt

# After a total: "，其中：", "，分别为", or a short noun then "中，" (1160个证明材料中，).
_MARKER = re.compile(
    r"^(?P<noun>[^，。；、：\d]{0,12}?)"
    r"(?:[，,；]?(?P<word>其中|分别为|分别是|包括)[：:]?|中[，：:])"
)
# A clause that opens a new total: 共有人民调解员1150名, 全县共配备…, 合计… (not 数据共享).
_NEW_TOTAL = re.compile(r"(?:^|全[市县区省州])共(?![享同建治])|合计|总计")
_SUM_LABEL = re.compile(r"^(?:共计|合计|总计|共|以上共计|以上合计)$")


@dataclass
class Breakdown:
    total: Quantity
    parts: list[Quantity]
    marker: str  # "其中", "分别为", "包括", "中" or "共计" (an explicit sum after the list)
    comma_joined: bool  # some part follows its neighbour across "，" rather than "、"
    text: str  # the list's text, for 等/主要 hedges
    name: str  # how the total reads in a message: "1160个证明材料", "人民调解组织130个"


def check_breakdown(view: TextView, params: dict[str, Any]) -> tuple[list[Issue], list[Issue]]:
    """(parts exceed the total, an exhaustive list does not add up)."""
    exceeds: list[Issue] = []
    mismatch: list[Issue] = []
    for item in find_breakdowns(view, params):
        issue = _exceeds(view, item, params)
        if issue:
            exceeds.append(issue)
            continue
        issue = _mismatch(item, params)
        mismatch.extend([issue] if issue else [])
    return exceeds, mismatch


def find_breakdowns(view: TextView, params: dict[str, Any]) -> list[Breakdown]:
    found = []
    for index in breakdown_heads(view):
        item = _after_total(view, index, params) or _before_sum(view, index, params)
        if item and item.parts:
            found.append(item)
    return found


def breakdown_heads(view: TextView) -> list[int]:
    """The indices of the count figures that may head a breakdown: followed by a list marker
    (``_after_total``) or labelled as a sum (``_before_sum``). Neither test depends on a rule's
    params, so the two breakdown rules (FZN205, FZN206) share them: found once per view."""
    quantities = view.quantities
    if view.heads is None or view.heads[0] is not quantities:
        heads = [
            index
            for index, head in enumerate(quantities)
            if head.kind == "count" and (_marker(view, head) or _summed(view, head))
        ]
        view.heads = (quantities, heads)
    return view.heads[1]


def _marker(view: TextView, head: Quantity) -> re.Match[str] | None:
    """The list marker right after a total (其中, 包括…): a breakdown follows it."""
    return _MARKER.match(view.text[head.span.end : head.span.end + 20])


def _summed(view: TextView, head: Quantity) -> bool:
    """Whether the figure is labelled as a sum (合计, 共计…): its parts come before it."""
    return _SUM_LABEL.match(view.raw_label(head).strip()) is not None


def _after_total(view: TextView, index: int, params: dict[str, Any]) -> Breakdown | None:
    head = view.quantities[index]
    match = _marker(view, head)
    if not match:
        return None
    word = match["word"] or "中"
    if word == "中" and _compound_total(view, index):
        return None
    parts, comma = _collect(view, index + 1, head.unit, params, forward=True)
    end = parts[-1].span.end if parts else head.span.end
    name = head.text + match["noun"] if word == "中" else view.label(head) + head.text
    return Breakdown(head, parts, word, comma, view.text[head.span.end : end], name)


def _compound_total(view: TextView, index: int) -> bool:
    """86个行政村和4个社区中: the total is not one figure, so the list is not judged."""
    if index == 0:
        return False
    prev, head = view.quantities[index - 1], view.quantities[index]
    between = view.text[prev.span.end : head.span.start]
    joined = re.search("(?:[和及与、]|以及)$", between)
    return prev.unit == head.unit and bool(joined) and len(between) < 12


def _before_sum(view: TextView, index: int, params: dict[str, Any]) -> Breakdown | None:
    head = view.quantities[index]
    if not _summed(view, head):
        return None
    parts, comma = _collect(view, index - 1, head.unit, params, forward=False)
    if len(parts) < 2:
        return None
    text = view.text[parts[-1].span.start : head.span.start]
    return Breakdown(head, parts[::-1], "共计", comma, text, "合计" + head.text)


def _collect(
    view: TextView, index: int, unit: str, params: dict[str, Any], *, forward: bool
) -> tuple[list[Quantity], bool]:
    """The run of same-unit parts next to the total, within its sentence."""
    parts: list[Quantity] = []
    comma = False
    step = 1 if forward else -1
    while 0 <= index < len(view.quantities):
        part = view.quantities[index]
        prev = parts[-1] if parts else None
        a, b = (prev, part) if forward else (part, prev)
        gap = view.text[a.span.end : b.span.start] if a and b else ""
        label = view.label(part)
        if part.kind != "count" or part.unit != unit or any(c in gap for c in SENTENCE_END):
            break
        if prev and "、" not in gap:
            if has_any(label, params.get("not_parts", [])) or _SUM_LABEL.match(label):
                break
            comma = True
        if forward and _NEW_TOTAL.search(view.raw_label(part)):
            break
        parts.append(part)
        index += step
    return parts, comma


def _exceeds(view: TextView, item: Breakdown, params: dict[str, Any]) -> Issue | None:
    whole = item.total
    big = [p for p in item.parts if p.interval.above(whole.interval)]
    if big:
        part = big[0]
        message = f"分项“{view.label(part)}{part.text}”多于总数（{item.name}）"
        return Issue(part.span, message, (whole.span,), {"total": fmt(whole.value)})
    added = total([p.interval for p in item.parts])
    if len(item.parts) < 2 or not added.above(whole.interval):
        return None
    sums = "+".join(fmt(p.value) for p in item.parts)
    value = fmt(sum((p.value for p in item.parts), Decimal(0)))
    message = (
        f"{item.name}{'中' if item.marker == '中' else '，其中'}所列各项 {sums}={value}，"
        f"超过总数{whole.text}；"
        "若各项互不重叠，应有数字有误"
    )
    overlap = any(has_any(view.label(p), params.get("overlapping", [])) for p in item.parts)
    uncertain = overlap or item.marker == "包括" or _other_total(view, item, added)
    severity = "info" if uncertain else ""
    data = {"total": fmt(whole.value), "sum": value}
    return Issue(whole.span, message, tuple(p.span for p in item.parts), data, severity)


def _other_total(view: TextView, item: Breakdown, added: Interval) -> bool:
    """Another figure earlier in the sentence could be the total the parts belong to.

    受理案件100件，办结90件，其中调解结案30件、判决结案70件: 其中 may refer to 受理.
    """
    if item.marker == "中":
        return False  # 1160个证明材料中: the total is named right before 中
    sentence = view.sentence(item.total.span.start)
    for other in view.in_sentence(sentence):
        if other.span.start >= item.total.span.start:
            break
        if other.unit == item.total.unit and other.interval.hi >= added.lo:
            return True  # the parts would fit under this other figure
    return False


def _mismatch(item: Breakdown, params: dict[str, Any]) -> Issue | None:
    explicit = item.marker == "共计"
    exhaustive = item.marker in ("其中", "分别为", "分别是") and not item.comma_joined
    if not (explicit or (exhaustive and len(item.parts) >= 3)):
        return None
    if has_any(item.text, params.get("hedges", [])):
        return None
    added = total([p.interval for p in item.parts])
    if added.overlaps(item.total.interval):
        return None
    sums = "+".join(fmt(p.value) for p in item.parts)
    value = fmt(sum((p.value for p in item.parts), Decimal(0)))
    message = f"{item.name}，但所列各项 {sums}={value}，与总数不符"
    if not explicit:
        message += "（若所列为全部类别）"
    severity = params.get("explicit_severity", "") if explicit else ""
    data = {"total": fmt(item.total.value), "sum": value}
    return Issue(item.total.span, message, tuple(p.span for p in item.parts), data, severity)
