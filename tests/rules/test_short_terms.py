"""A term of two characters has its word boundaries checked (``述法`` is no word of 陈述法定事由),
so a longer dictionary word that holds it hides it: 成功调解纠纷 cuts as 成功/调解纠纷, and the
term 调解 alone never counted there. Every such dictionary word must either be found by the
rule itself (a term or pattern of its own: 调解纠纷, 普法教育) or be listed here as another
concept, so that a word the dictionary gains, or a short term a rule gains, is looked at."""

from __future__ import annotations

from functools import cache

import pytest

from lint.document import document_from_text
from lint.matcher import Spec, matcher_for, parse_spec
from lint.model import Rule
from lint.rules import load_bundled
from lint.wordcut import dictionary

# dictionary words that hold a short term and name something else
OTHER_CONCEPT = {
    "普法尔茨": "a German region",
    "叙述法": "a narrative technique",
    "口述法": "a narrative technique",
    "讲述法": "a narrative technique",
    "调解法": "a law's name (人民调解法): a law studied or cited is no mediation work",
    "信访办": "an organ's name, like 应急管理局 for 突发事件应对",
    "信访室": "an organ's name",
    "信访局": "an organ's name",
    "国家信访局": "an organ's name",
    "信访部门": "an organ's name",
    "培训部": "an organ's name",
    "后备军官选拔培训工作办公室": "an organ's name",
    "培训网": "a website",
    "培训费": "a cost, no training given",
    "培训者": "a trainer, no training given",
    "培训成人": "a phrase of adult education",
    "电脑培训": "computer classes",
    "培训论坛": "a forum",
    "培训师": "a trainer, no training given",
    "培训中心": "an organ's name",
    "科学时代": "no 学时 (学 + 时代)",
    "上学时": "no 学时 (上学 + 时)",
    "下学时": "no 学时 (下学 + 时)",
    "未备案": "a negation: not filed",
    "清理机": "a machine",
    "清理门户": "an idiom",
    "磁盘清理": "computing",
    **{
        w: "engineering: a failure mode, not a document that lapsed"
        for w in [
            "失效分布",
            "失效恢复",
            "失效率",
            "失效节点",
            "关联失效",
            "整体失效",
            "漂移失效",
            "磨损失效",
            "软失效率",
            "随机失效",
            "页面失效",
        ]
    },
}

RULES = [r for r in load_bundled().rules.values() if r.kind == "topic"]


@cache
def _words() -> tuple[str, ...]:
    return tuple(dictionary().trie.keys())


# every (rule, term) whose word boundaries the matcher checks (``Spec.glue``)
SHORT_TERMS = [
    (rule, term) for rule in RULES for term in sorted(parse_spec(rule, checked=True).glue)
]


def _group_of(spec: Spec, term: str) -> tuple[str, ...]:
    groups = spec.components.groups if spec.components else ()
    return next((tuple(g) for g in groups if term in g), ())


@pytest.mark.parametrize(("rule", "term"), SHORT_TERMS, ids=[f"{r.id}-{t}" for r, t in SHORT_TERMS])
def test_dictionary_words_holding_a_short_term_are_decided(rule: Rule, term: str) -> None:
    """An ``any`` term's word must be found by the rule on its own; a component term's word
    must hold another, unchecked term of the same group."""
    spec = parse_spec(rule, checked=True)
    holders = [w for w in _words() if term in w and w != term and w not in OTHER_CONCEPT]
    group = [t for t in _group_of(spec, term) if t not in spec.glue]
    if term in spec.any:
        scanner = matcher_for([rule])
        hidden = [
            w for w in holders if not scanner.scan(document_from_text(w + "。")).hits.get(rule.id)
        ]
    else:
        hidden = [w for w in holders if not any(t in w for t in group)]
    assert hidden == [], f"{rule.id}: {term} is hidden in {hidden}"


def test_the_other_concepts_are_dictionary_words() -> None:
    words = set(_words())
    assert [w for w in OTHER_CONCEPT if w not in words] == []
