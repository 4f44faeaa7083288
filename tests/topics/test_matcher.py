"""The matcher and the topic check: boundaries, components, tense and part, input damage,
evidence, findings, rule validation and the one-pass automaton."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from harness import results, rule_by_slug, status_of, text_doc, topic_rules

from lint.checks import RunContext
from lint.checks.topic_facts import states_fact
from lint.checks.topics import TopicCheck
from lint.errors import RuleError
from lint.matcher import TopicMatcher, matcher_for
from lint.model import Rule
from lint.offsets import Span
from lint.segment import glued

P21 = "outline-2021"


def _rule(match: dict[str, Any], **extra: Any) -> Rule:
    fields = {"id": "X001", "kind": "topic", "title": "测试主题", "severity": "warning"}
    fields |= {"message": "报告未涉及测试主题", "origin": "user.yaml:2"} | extra
    return Rule(params={"match": match}, **fields)


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        ("陈述法定事由", "述法", True),
        ("和述法工作", "述法", False),
        ("集中述法", "述法", False),
        ("推行行政执法公示制度", "执法公示", False),
    ],
)
def test_glued(text: str, term: str, expected: bool) -> None:
    start = text.index(term)
    assert glued(text, Span(start, start + len(term))) is expected


@pytest.mark.parametrize(
    ("slug", "text", "expected"),
    [
        ("annual-shufa", "申请人陈述法定事由3项。", "missing"),
        ("annual-shufa", "组织开展部门主要负责人和述法对象集中述法12人次。", "covered"),
        ("demonstration-creation", "命名民主法治示范村（社区）16个。", "missing"),
        ("demonstration-creation", "获评全国法治政府建设示范县。", "covered"),
        ("emergency-rule-of-law", "市场监管、应急管理等6个部门组建综合执法队。", "missing"),
        ("emergency-rule-of-law", "完善应急管理体系，修订应急预案23部。", "covered"),
    ],
)
def test_boundaries_both_directions(slug: str, text: str, expected: str) -> None:
    assert status_of(text, rule_by_slug(P21, slug)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a result formula sums up: the figure after it belongs to another measure
        ("法治化营商环境持续优化，网上办件较上年提升20%。", "weak"),
        ("优化营商环境，网上办件较上年提升20%。", "covered"),
        ("营商环境明显改善，市场主体增加1200户。", "weak"),
        ("（二）健全职能体系，法治化营商环境持续优化\n推动专项规划任务落实，完成32项。", "weak"),
        ("（二）法治化营商环境持续优化\n开展营商环境专项整治，清理文件32件。", "covered"),
    ],
)
def test_result_formula_is_graded_by_its_own_clause(text: str, expected: str) -> None:
    assert status_of(text, rule_by_slug(P21, "business-environment")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a run of aims: no clause's deed carries over to the hit's clause
        (
            "严格履行第一责任人职责，强化班子法治思维，提升执法能力，压实普法责任，"
            "持续开展学法工作。",
            "weak",
        ),
        # an aim and what was done about it
        ("严格履行第一责任人职责，主持召开专题会议5次。", "covered"),
        ("严格履行第一责任人职责，强化班子法治思维，主持召开专题会议5次。", "covered"),
    ],
)
def test_run_of_slogans_keeps_facts_to_their_clause(text: str, expected: str) -> None:
    assert status_of(text, rule_by_slug(P21, "first-responsible-person")) == expected


def test_components_need_min_groups_in_one_paragraph() -> None:
    legs = [["执法公示", "公示平台"], ["全过程记录", "执法记录仪"], ["法制审核", "重大执法决定"]]
    match = {"any": ["三项制度"], "related": ["公示平台"]}
    rule = _rule(match | {"components": {"min": 2, "of": legs, "within": "paragraph"}})
    together = "依托执法公示平台公示案件1684件，审核重大执法决定104件。"
    assert status_of(together, rule) == "covered"
    # apart, no two legs meet: the publicity platform alone only touches the topic (related)
    assert status_of(together.replace("，", "。\n"), rule) == "weak"
    assert status_of("审核重大执法决定104件。\n依托政务平台公示案件1684件。", rule) == "missing"


def test_short_component_terms_keep_their_word_boundaries() -> None:
    rule = _rule({"components": {"min": 2, "of": [["述法"], ["考核"]], "within": "paragraph"}})
    assert status_of("组织述法评议，年度考核乡镇12个。", rule) == "covered"
    # 陈述法定事由 holds 述法 glued into other words: not the component
    assert status_of("当事人陈述法定事由，年度考核乡镇12个。", rule) == "missing"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("下一步，将开展法治督察3次。", "planned"),
        ("明年计划于6月开展法治督察。", "planned"),
        ("法治督察尚未开展。", "planned"),
        ("法治督察工作有待加强。", "planned"),
        ("将法治督察纳入县委巡察范围，开展法治督察3次。", "covered"),
        ("开展法治督察3次。", "covered"),
    ],
)
def test_tense_and_negation(text: str, expected: str) -> None:
    assert status_of(text, rule_by_slug(P21, "rule-of-law-inspection")) == expected


def _report(body: str, plans: str) -> str:
    return (
        "某县2023年度法治政府建设情况报告\n一、2023年度法治政府建设主要举措和成效\n"
        f"{body}\n二、存在的不足和原因\n法制审核力量不足。\n三、2024年工作安排\n{plans}"
    )


def test_topic_only_in_plans_part_is_planned() -> None:
    doc = text_doc(_report("全年主动公开信息120条。", "开展法治督察2次，完成示范创建申报。"))
    got = {t.slug: t.status for t in results(doc, topic_rules(P21))}
    assert got["rule-of-law-inspection"] == "planned"
    assert got["demonstration-creation"] == "planned"
    assert got["government-openness"] == "covered"


def test_topic_in_measures_and_plans_is_covered_with_measures_evidence() -> None:
    doc = text_doc(_report("开展法治督察3次。", "继续开展法治督察。"))
    topic = results(doc, [rule_by_slug(P21, "rule-of-law-inspection")])[0]
    assert topic.status == "covered"
    assert doc.part_at(topic.evidence[0].start) == "measures"


def test_traditional_and_damaged_input_evidence_is_original() -> None:
    doc = text_doc("十堰市創(chuàng)成全省法治政府建設(shè)示範市。組織開展縣直部門年終述法。")
    got = {t.slug: t for t in results(doc, topic_rules(P21))}
    assert got["demonstration-creation"].status == "covered"
    assert got["annual-shufa"].status == "covered"
    texts = [doc.original_text(s) for s in got["demonstration-creation"].evidence]
    assert texts == ["法治政府建設(shè)示範"]


def test_evidence_prefers_covered_hits_and_is_at_most_three() -> None:
    # two weak mentions first (two-clause slogans: not run-in leads, which the rest of their
    # paragraph would grade), then four covered ones
    text = "推进法治督察，提升实效。" * 2 + "".join(f"开展法治督察{n}次。" for n in range(3, 7))
    doc = text_doc(text)
    topic = results(doc, [rule_by_slug(P21, "rule-of-law-inspection")])[0]
    assert len(topic.evidence) == 3
    assert all(text[s.start - 2 : s.start] == "开展" for s in topic.evidence)


def test_findings_follow_coverage_severity() -> None:
    rules = [
        rule_by_slug(P21, s) for s in ("annual-shufa", "legal-advisers", "demonstration-creation")
    ]
    doc = text_doc(_report("全面推行法律顾问制度。", "开展示范创建。"))
    ctx = RunContext(coverage_severity={"missing": "warning", "weak": "info", "planned": "off"})
    out = TopicCheck().run(rules, doc, ctx)
    got = {(f.slug, f.severity, f.span == Span(0, 0)) for f in out.findings}
    assert got == {("annual-shufa", "warning", True), ("legal-advisers", "info", False)}
    weak = next(f for f in out.findings if f.slug == "legal-advisers")
    assert doc.text[weak.span.start : weak.span.end] == "法律顾问"
    assert all(f.kind == "coverage" for f in out.findings)


def test_info_rule_caps_missing_severity() -> None:
    rule = rule_by_slug(P21, "admin-adjudication")
    assert rule.severity == "info"
    out = TopicCheck().run([rule], text_doc("无关文本。"), RunContext())
    assert [f.severity for f in out.findings] == ["info"]


def test_not_applicable_and_weights() -> None:
    rules = [rule_by_slug(P21, "legislation-plan"), rule_by_slug(P21, "legal-advisers")]
    ctx = RunContext(not_applicable=frozenset({rules[0].id}), weights={rules[1].id: 2.0})
    out = TopicCheck().run(rules, text_doc("制定政府规章2部。"), ctx)
    assert [(t.status, t.weight) for t in out.topics] == [("not-applicable", 1.0), ("missing", 2.0)]
    assert [f.rule for f in out.findings] == [rules[1].id]


def test_a_topic_the_level_does_not_owe_is_credited_only_when_covered() -> None:
    """Excluded by its rule's levels alone (``RunContext.optional``): covered when the report
    covers it, with no finding and left out of the scores; anything less is not-applicable."""
    rule = rule_by_slug(P21, "legislation-plan")
    ctx = RunContext(not_applicable=frozenset({rule.id}), optional=frozenset({rule.id}))
    drafted = "按照市政府年度立法计划，起草《某市客车租赁管理条例（草案）》并报送审查。"
    out = TopicCheck().run([rule], text_doc(drafted), ctx)
    ((topic,),) = [out.topics]
    assert (topic.status, topic.required, bool(topic.evidence)) == ("covered", False, True)
    assert out.findings == []
    for text in ("积极参与地方立法工作。", "无关文本。", "下一步，将配合做好地方立法工作。"):
        out = TopicCheck().run([rule], text_doc(text), ctx)
        assert [(t.status, t.evidence) for t in out.topics] == [("not-applicable", [])], text
        assert out.findings == []


def test_minimal_user_rule() -> None:
    rule = _rule({"any": ["术语一", "术语二"], "regex": ["某种[正规]则"]})
    TopicCheck().validate(rule)
    assert status_of("今年制定某种正则3项。", rule) == "covered"
    assert status_of("术语二。", rule) == "weak"
    assert status_of("无关。", rule) == "missing"


def test_related_hits_make_a_topic_weak_at_most() -> None:
    rule = _rule({"any": ["术语一"], "related": ["相关[事做]项"]})
    TopicCheck().validate(rule)
    assert status_of("今年办理相关事项36件。", rule) == "weak"
    assert status_of("今年办理相关事项36件，制定术语一3项。", rule) == "covered"
    assert status_of("下一步将办理相关事项。", rule) == "planned"
    assert status_of("无关。", rule) == "missing"
    assert status_of("办理相关事项。", _rule({"related": ["相关事项"]})) == "weak"
    # a span another key finds is not capped by also being related
    both = _rule({"any": ["相关事项"], "related": ["相关[事做]项"]})
    assert status_of("今年办理相关事项36件。", both) == "covered"


@pytest.mark.parametrize(
    ("match", "key"),
    [
        ({"any": ["甲"], "anyy": ["乙"]}, "match.anyy"),
        ({"any": ["甲", ""]}, "match.any[1]"),
        ({"regex": ["(?=甲)"]}, "match.regex[0]"),
        ({"regex": ["甲|"]}, "match.regex[0]"),
        ({"related": ["(?<=甲)乙"]}, "match.related[0]"),
        ({"components": {"min": 4, "of": [["甲"], ["乙"]]}}, "match.components.min"),
        ({"components": {"of": [["甲"], []]}}, "match.components.of[1]"),
        ({"components": {"of": [["甲"]], "within": "page"}}, "match.components.within"),
        ({"exclude": ["甲"]}, "match"),
        ({"any": ["甲"], "umbrella": "yes"}, "match.umbrella"),
    ],
)
def test_bad_match_names_key(match: dict[str, Any], key: str) -> None:
    with pytest.raises(RuleError) as info:
        TopicCheck().validate(_rule(match))
    assert info.value.key == key
    assert info.value.location == "user.yaml:2"


def test_one_automaton_cached_per_rule_set() -> None:
    rules = topic_rules(P21)
    first = matcher_for(rules)
    assert matcher_for(rules) is first
    copies = [dataclasses.replace(r, severity="error") for r in rules]  # same params objects
    assert matcher_for(copies) is first
    assert isinstance(first, TopicMatcher)
    terms = sum(len(s.any) for s in first.specs)
    assert len(first.automaton) <= terms + sum(len(s.exclude) for s in first.specs) + 200


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("审查规范性文件9件", True),
        ("印发《工作要点》", True),
        ("办结率达100%", True),
        ("召开会议三次", True),
        ("邀请党校教授专题授课", True),
        ("落实一次办、一件事改革", False),
        ("严格落实行政执法“三项制度”", False),
        ("建立健全工作机制", False),
        ("加强组织领导", False),
        ("组织领导干部参加任前考法", True),
        ("严格执行合法性审查和集体讨论决定程序", False),
        ("清单在政府网站公示", True),
        ("设置政务公开栏", False),
        ("调整充实领导小组成员", True),
        ("适时调整工作重点", False),
        ("全年无行政复议案件", True),
        ("在全市考评中被评为优秀等次", True),
        ("把宪法纳入干部培训的必修课程", True),
        ("将依法行政作为干部考试的重点内容", True),
        ("坚持把法治建设作为全局性的重要工作", False),
        ("局将依法行政纳入年度工作计划", False),
        ("加强了对合同的管理", True),
        ("进一步加强对合同的管理", False),
        ("全面落实了主要负责人的履职责任", False),
        ("在年度法治建设考评中排名全省第二", True),
        ("在法治政府建设评估中获得91.80分", True),
        ("力争考评排名靠前", False),
        ("年度绩效考核结果为优秀", True),
        ("成功创建省级示范单位", True),
        ("顺利通过专项评估验收", True),
        ("顺利通过省级关于乡镇综合行政执法改革工作的实地评估", True),
        ("通过第三方评估查找短板", False),
        ("县政府举行新任职干部宪法宣誓仪式", True),
        ("局党组将依法行政工作纳入干部年度考核", True),
        ("把法治建设成效纳入考核评价衡量工作实绩", False),
        ("争取创建省级示范单位", False),
        ("述职报告均纳入述法内容", True),
        ("规范性文件全部进行合法性审查", True),
        ("纳入述法内容", False),
        ("进行合法性审查", False),
        ("我县被评定为示范县", True),
        ("聘用七家律师事务所", True),
        ("评定标准", False),
        ("全省首创法治体检服务", True),
        ("首创政府法律顾问服务模式", True),
        ("弘扬首创精神", False),
        ("开设法治宣传专栏", True),
    ],
)
def test_states_fact(text: str, expected: bool) -> None:
    assert states_fact(text, Span(0, len(text)), Span(0, 0)) is expected
