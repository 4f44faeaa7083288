"""Coverage scores per Outline part and overall."""

from __future__ import annotations

from decimal import Decimal

from harness import ruleset

from lint.model import TopicResult
from lint.scoring import score


def _topic(part: str, status: str, weight: str = "1") -> TopicResult:
    return TopicResult("X", "x", "x", status, f"outline-2021/{part}", [], Decimal(weight))


def test_part_and_overall_scores() -> None:
    topics = [
        _topic("ch01", "covered"),
        _topic("ch01", "weak"),
        _topic("ch01", "missing"),
        _topic("ch02", "planned", "2"),
        _topic("ch02", "covered", "2"),
        _topic("ch02", "not-applicable", "5"),
    ]
    result = score(topics, ruleset())
    assert [(c.id[-4:], c.score, c.covered, c.total) for c in result.chapters] == [
        ("ch01", Decimal("50.0"), 1, 3),
        ("ch02", Decimal("62.5"), 1, 2),
    ]
    assert result.chapters[0].title == "深入学习贯彻习近平法治思想，努力实现法治政府建设全面突破"
    # (1 + 0.5 + 0 + 2*0.25 + 2*1) / (3 + 4) = 4 / 7 = 57.142…
    assert result.overall == Decimal("57.1")


def test_rounding_half_up_and_nothing_applicable() -> None:
    topics = [_topic("ch03", "covered")] + [_topic("ch03", "missing")] * 7
    assert score(topics, ruleset()).chapters[0].score == Decimal("12.5")
    assert score([_topic("ch03", "not-applicable")], ruleset()).overall is None


def test_a_topic_the_level_does_not_owe_is_left_out() -> None:
    # a county that drafted a regulation is credited with it, but its score is not raised
    owed = [_topic("ch03", "covered"), _topic("ch03", "missing")]
    extra = TopicResult("Y", "y", "y", "covered", "outline-2021/ch03", [], Decimal(1), False)
    without, with_extra = score(owed, ruleset()), score([*owed, extra], ruleset())
    assert with_extra.overall == without.overall == Decimal("50.0")
    assert [(c.covered, c.total) for c in with_extra.chapters] == [(1, 2)]
