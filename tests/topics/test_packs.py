"""The Outline packs: every required concept present, grounded and in the right part."""

from __future__ import annotations

import pytest
from harness import ruleset, topic_rules

from lint.model import Rule

REQUIRED_2021 = {
    "first-responsible-person": "ch10",
    "annual-shufa": "ch10",
    "xi-rule-of-law-thought": "ch01",
    "leader-law-study": "ch10",
    "rule-of-law-inspection": "ch10",
    "power-responsibility-list": "ch02",
    "approval-service-reform": "ch02",
    "double-random-inspection": "ch02",
    "business-environment": "ch02",
    "normative-doc-legality-review": "ch03",
    "major-decision-procedure": "ch04",
    "legal-advisers": "ch04",
    "integrated-enforcement-reform": "ch05",
    "three-enforcement-systems": "ch05",
    "discretion-benchmark": "ch05",
    "emergency-rule-of-law": "ch06",
    "admin-mediation": "ch07",
    "admin-reconsideration": "ch07",
    "head-court-appearance": "ch07",
    "supervision-synergy": "ch08",
    "enforcement-supervision-system": "ch08",
    "government-openness": "ch08",
    "government-integrity": "ch08",
    "digital-rule-of-law-gov": "ch09",
    "law-popularization-plan": "ch10",
    "demonstration-creation": "ch10",
}
# Report-level items of domain.md section 9: structure/format checks, not Outline topics.
NOT_TOPICS = {
    "report-publication-deadline",
    "report-five-sections",
    "report-submission-chain",
    "problems-and-next-year",
    "framework-target-wording",
}
NUMERALS = "一二三四五六七八九十"


@pytest.mark.parametrize("slug", sorted(REQUIRED_2021))
def test_required_slug_in_its_part(slug: str) -> None:
    rules = [r for r in topic_rules("outline-2021") if r.slug == slug]
    assert len(rules) == 1
    assert rules[0].part == f"outline-2021/{REQUIRED_2021[slug]}"


def test_first_responsible_person_is_fz1001() -> None:
    assert ruleset().rules["FZ1001"].slug == "first-responsible-person"


@pytest.mark.parametrize(
    ("pack", "parts", "least"), [("outline-2021", 10, 55), ("outline-2015", 9, 30)]
)
def test_pack_shape(pack: str, parts: int, least: int) -> None:
    rules = topic_rules(pack)
    assert len(rules) >= least
    pack_parts = sorted(p for p in ruleset().parts if p.startswith(f"{pack}/"))
    assert pack_parts == [f"{pack}/ch{n:02d}" for n in range(1, parts + 1)]
    assert {r.part for r in rules} == set(pack_parts)  # every part has topics
    for index, part_id in enumerate(pack_parts):
        assert ruleset().parts[part_id].number == NUMERALS[index]
    assert len({r.slug for r in rules}) == len(rules)
    assert not NOT_TOPICS & {r.slug for r in rules}


@pytest.mark.parametrize(("pack", "prefix"), [("outline-2021", "FZ10"), ("outline-2015", "FZ20")])
def test_rules_grounded(pack: str, prefix: str) -> None:
    label = "纲要(2021—2025)" if pack == "outline-2021" else "纲要(2015—2020)"
    for rule in topic_rules(pack):
        assert rule.id.startswith(prefix), rule.id
        assert rule.reference.startswith(label), rule.id
        assert rule.summary and rule.rationale and rule.message, rule.id
        assert {e.good for e in rule.examples} == {True, False}, rule.id
        if rule.severity == "info":  # domain.md legend: unverified items only prompt
            assert "⚪" in rule.rationale or "仅作提示" in rule.rationale, rule.id


def test_2021_part_titles_exact() -> None:
    parts = ruleset().parts
    assert parts["outline-2021/ch05"].title == "健全行政执法工作体系，全面推进严格规范公正文明执法"
    assert parts["outline-2021/ch10"].title == "加强党的领导，完善法治政府建设推进机制"
    assert parts["outline-2015/ch08"].title == "全面提高政府工作人员法治思维和依法行政能力"


def test_shared_slugs_across_packs() -> None:
    slugs_2015 = {r.slug for r in topic_rules("outline-2015")}
    slugs_2021 = {r.slug for r in topic_rules("outline-2021")}
    for slug in ("first-responsible-person", "admin-reconsideration", "law-popularization-plan"):
        assert slug in slugs_2015 and slug in slugs_2021


# Concepts whose wording belongs to one Outline's era: the 2015 pack keeps its own documents
# (实施纲要 2015—2020), programme (七五普法) and reading of 依法决策 (a term, not a related word).
ERA_SPECIFIC = {"outline-implementation", "law-popularization-plan", "major-decision-procedure"}
MATCH_KEYS = ("any", "regex", "deeds", "related", "exclude", "exclude_regex")


def _match_items(rule: Rule, key: str) -> list[str]:
    value = rule.params.get("match", {}).get(key) or []
    return [value] if isinstance(value, str) else list(value)


@pytest.mark.parametrize("key", MATCH_KEYS)
def test_2015_twins_know_the_2021_wording(key: str) -> None:
    """A concept worded the same in both eras is found the same way in both packs: what the
    2021 rule matches, its 2015 twin (same slug) matches too, so vocabulary learnt from recent
    reports also serves reports of 2016–2020."""
    twins = {r.slug: r for r in topic_rules("outline-2015")}
    drift = {
        f"{rule.id}/{twins[rule.slug].id}": missing
        for rule in topic_rules("outline-2021")
        if rule.slug in twins and rule.slug not in ERA_SPECIFIC
        for missing in [
            [x for x in _match_items(rule, key) if x not in _match_items(twins[rule.slug], key)]
        ]
        if missing
    }
    assert drift == {}


@pytest.mark.parametrize("slug", ["legislation-plan", "rules-filing"])
def test_legislative_topics_only_for_province_and_city(slug: str) -> None:
    for pack in ("outline-2021", "outline-2015"):
        rule = next(r for r in topic_rules(pack) if r.slug == slug)
        assert set(rule.levels) == {"province", "city"}
