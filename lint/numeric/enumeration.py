"""Enumerations (生态环境、农业农村……等6个部门) and figures restated with another value."""

from __future__ import annotations

import re
from typing import Any

from lint.model import Document
from lint.numeric.bind import TextView, has_any
from lint.numeric.extract import Quantity
from lint.numeric.issue import Issue, fmt

_BOUNDARY = "，。；：！？\n"
# The list before the figure: "…等6个部门" or "…等特色法治乡村4个" (等 + a short noun).
_TAIL = re.compile(r"(?P<deng>等)(?P<noun>[^、，。；：“”《》\d]{0,10})$")
_QUOTED_RUN = re.compile(r"(?:[“《][^“”《》]{1,40}[”》]、?)+$")
_INNER_QUOTE = re.compile(r"“[^“”]*”|《[^《》]*》")
_LAST_JOIN = re.compile(r"[^、]+(?:和|及|以及|与)[^、]+$")


def count_items(list_text: str) -> int:
    """How many names a list writes: quoted runs (“A”“B”, 《A》《B》) or 、-separated."""
    quoted = _QUOTED_RUN.search(list_text)
    if quoted:
        return len(re.findall(r"[“《]", quoted.group(0)))
    items = _INNER_QUOTE.sub("“”", list_text).split("、")  # 、 inside a title is not a separator
    if len(items) > 1 and _LAST_JOIN.match(items[-1]):
        return len(items) + 1
    return len(items)


def check_enumeration(view: TextView, params: dict[str, Any]) -> list[Issue]:
    """A list of names followed by its count: at most N with 等, exactly N without."""
    issues = []
    for quantity in view.quantities:
        if quantity.kind != "count" or quantity.qualifier or quantity.unit not in params["units"]:
            continue
        issue = _enumeration(view, quantity, params)
        issues.extend([issue] if issue else [])
    return issues


def _enumeration(view: TextView, quantity: Quantity, params: dict[str, Any]) -> Issue | None:
    start = view.start_after(_BOUNDARY, quantity.span.start)
    segment = view.text[start : quantity.span.start]
    tail = _TAIL.search(segment)
    list_text = segment[: tail.start()] if tail else segment
    if re.search(r"\d", list_text) or (
        "、" not in list_text and not list_text.endswith(("”", "》"))
    ):
        return None
    items = count_items(list_text)
    stated = int(quantity.value)
    if tail and items > stated:
        message = f"列举了{items}项，却写作“等{quantity.text}”：列举项数不应多于总数"
        return Issue(quantity.span, message, data={"listed": items, "stated": stated})
    if not tail and _exact_list(view, quantity, list_text, params) and items != stated:
        message = f"列举了{items}项，随后写作{quantity.text}（未用“等”），项数与总数不符"
        severity = "" if items > stated else "info"
        data = {"listed": items, "stated": stated}
        return Issue(quantity.span, message, data=data, severity=severity)
    return None


def _exact_list(view: TextView, quantity: Quantity, list_text: str, params: dict[str, Any]) -> bool:
    """Only "A、B两个部门" is judged without 等: a small Chinese numeral, a category noun after.

    An Arabic figure after a list ("执法流程、内容14项") usually counts the last item only.
    """
    numeral = not quantity.text[0].isdigit() and quantity.value <= int(params.get("exact_limit", 0))
    after = view.text[quantity.span.end : quantity.span.end + 1]
    noun_after = bool(after) and "\u4e00" <= after <= "\u9fff"
    units = params.get("exact_units", ["个", "项", "家", "类", "种"])
    return numeral and noun_after and quantity.unit in units and not list_text.endswith(("”", "》"))


def check_restated(view: TextView, doc: Document, params: dict[str, Any]) -> list[Issue]:
    """The same metric (same full label, scope word included) stated with incompatible values."""
    seen: dict[tuple[str, str], Quantity] = {}
    issues = []
    for quantity in view.quantities:
        key = _restated_key(view, doc, quantity, params)
        if key is None:
            continue
        first = seen.setdefault(key, quantity)
        if first is not quantity and not first.interval.overlaps(quantity.interval):
            message = (
                f"{key[0]}在前文写作{first.text}，此处又写作{quantity.text}，两个数值不能同时成立"
            )
            data = {"first": fmt(first.value), "second": fmt(quantity.value)}
            issues.append(Issue(quantity.span, message, (first.span,), data))
    return issues


def _restated_key(
    view: TextView, doc: Document, quantity: Quantity, params: dict[str, Any]
) -> tuple[str, str] | None:
    label = view.label(quantity)
    rate = quantity.kind == "percent" and label.endswith("率") and len(label) >= 5
    scoped = quantity.kind == "count" and label.startswith(tuple(params["scopes"]))
    if not (rate or scoped) or len(label) < int(params.get("min_label", 5)):
        return None
    if has_any(view.raw_label(quantity), params.get("exclude", [])) or re.search(r"\d", label):
        return None
    sentence = view.sentence(quantity.span.start)
    years = {int(y) for y in re.findall(r"(\d{4})年", view.text[sentence.start : sentence.end])}
    if years - {doc.meta.report_year}:
        return None  # another year in the sentence: the figure may belong to another period
    if doc.part_at(view.doc_span(quantity.span).start) in ("plans", "shortcomings"):
        return None
    return label, quantity.unit
