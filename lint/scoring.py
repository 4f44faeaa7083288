"""Coverage scores per Outline part and overall (weights from the checklist)."""

from __future__ import annotations

from lint.model import ChapterScore, Score, TopicResult
from lint.rules import RuleSet

STATUS_VALUE = {"covered": 1.0, "weak": 0.5, "planned": 0.25, "missing": 0.0}


def score(topics: list[TopicResult], ruleset: RuleSet) -> Score:
    """Covered counts 1, weak 0.5, planned 0.25, missing 0; not-applicable is left out."""
    chapters: dict[str, list[TopicResult]] = {}
    for topic in topics:
        if topic.status != "not-applicable" and topic.part:
            chapters.setdefault(topic.part, []).append(topic)
    result: list[ChapterScore] = []
    total_weight = total_value = 0.0
    for part_id in sorted(chapters):
        items = chapters[part_id]
        weight = sum(t.weight for t in items)
        got = sum(t.weight * STATUS_VALUE[t.status] for t in items)
        total_weight += weight
        total_value += got
        part = ruleset.parts.get(part_id)
        result.append(
            ChapterScore(
                id=part_id,
                title=part.title if part else part_id,
                score=round(100 * got / weight, 1) if weight else 0.0,
                covered=sum(1 for t in items if t.status == "covered"),
                total=len(items),
            )
        )
    overall = round(100 * total_value / total_weight, 1) if total_weight else None
    return Score(overall, result)
