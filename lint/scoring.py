"""Coverage scores per Outline part and overall (weights from the checklist).

A topic counts 1 when covered, 0.5 when weak, 0.25 when planned and 0 when missing, times its
weight (``TopicResult.weight``, set by the topic check from the checklist); not-applicable
topics, and topics the report's level does not owe (``TopicResult.required``), are left out.
A part's score is its weighted share of the full value, 0–100 with one decimal (half up). The
overall score weighs every applicable topic of every part the same way, so a part with more
topics weighs more. Arithmetic is ``Decimal``; the model stores the rounded result.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from lint.model import ChapterScore, Score, TopicResult
from lint.rules import RuleSet

STATUS_VALUE = {
    "covered": Decimal(1),
    "weak": Decimal("0.5"),
    "planned": Decimal("0.25"),
    "missing": Decimal(0),
}
HUNDRED = Decimal(100)
ONE_DECIMAL = Decimal("0.1")


def score(topics: list[TopicResult], ruleset: RuleSet) -> Score:
    """Scores by Outline part (in part order) and overall; ``None`` overall when nothing applies."""
    chapters: dict[str, list[TopicResult]] = {}
    for topic in topics:
        if topic.scored and topic.part:
            chapters.setdefault(topic.part, []).append(topic)
    result: list[ChapterScore] = []
    total_weight = total_value = Decimal(0)
    for part_id in sorted(chapters):
        items = chapters[part_id]
        weight, value = _sums(items)
        total_weight += weight
        total_value += value
        part = ruleset.parts.get(part_id)
        result.append(
            ChapterScore(
                id=part_id,
                title=part.title if part else part_id,
                score=percent(value, weight) or Decimal(0),
                covered=sum(1 for t in items if t.status == "covered"),
                total=len(items),
            )
        )
    return Score(percent(total_value, total_weight), result)


def _sums(items: list[TopicResult]) -> tuple[Decimal, Decimal]:
    weight = value = Decimal(0)
    for topic in items:
        weight += topic.weight
        value += topic.weight * STATUS_VALUE[topic.status]
    return weight, value


def percent(value: Decimal, weight: Decimal) -> Decimal | None:
    """``value / weight`` as a percentage with one decimal, rounded half up."""
    if weight <= 0:
        return None
    return (HUNDRED * value / weight).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)
