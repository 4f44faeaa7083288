"""Every way a rule file can be wrong: a ``RuleError`` naming ``file:line [key]``."""

from __future__ import annotations

import pytest
from rule_text import topic

from lint.errors import RuleError
from lint.rules import load_rule_paths

HEAD = """
rules:
  - id: X001
    kind: topic
    title: 测试主题
"""
# Lines 1–4 are HEAD; a case's own lines start at line 5. OK fills lines 5–7 validly.
OK = "    severity: info\n    message: 未涉及\n    match: {any: [术语]}\n"

CASES = [
    # (case id, rest of the file after HEAD, "line [key]", words the message must contain)
    (
        "unknown-rule-key",
        "    serverity: warning\n" + OK,
        "5 [serverity]",
        ["未知的键 serverity", "是否应为 severity"],
    ),
    (
        "missing-message",
        "    severity: warning\n    match: {any: [术语]}\n",
        "2 [message]",
        ["缺少必需的键 message"],
    ),
    (
        "wrong-type-levels",
        OK + "    levels: county\n",
        "8 [levels]",
        ["应为列表", "字符串 'county'"],
    ),
    (
        "bad-severity",
        "    severity: fatal\n    message: 未涉及\n    match: {any: [术语]}\n",
        "5 [severity]",
        ["severity 取值无效：fatal", "error、warning、info"],
    ),
    (
        "bad-level",
        OK + "    levels: [county, village]\n",
        "8 [levels[1]]",
        ["层级 取值无效：village"],
    ),
    (
        "years-one-item",
        OK + "    years: [2021]\n",
        "8 [years]",
        ["[起始年度, 截止年度]"],
    ),
    (
        "years-reversed",
        OK + "    years: [2022, 2021]\n",
        "8 [years[1]]",
        ["截止年度应为不早于 2022"],
    ),
    (
        "years-string",
        OK + "    years: ['2021', 2025]\n",
        "8 [years[0]]",
        ["起始年度应为", "字符串"],
    ),
    (
        "regex-lookbehind",
        "    severity: info\n    message: 未涉及\n    match:\n      any: [术语]\n"
        "      regex:\n        - 术语[一二]\n        - '(?<=依法)行政'\n",
        "11 [match.regex[1]]",
        ["正则表达式无效", "RE2", "后行断言"],
    ),
    (
        "regex-backreference-as-string",
        "    severity: info\n    message: 未涉及\n    match:\n      regex: '(术语)\\1'\n",
        "8 [match.regex]",
        ["正则表达式无效", "反向引用"],
    ),
    (
        "regex-matches-empty",
        "    severity: info\n    message: 未涉及\n    match:\n      regex: ['(术语)?']\n",
        "8 [match.regex[0]]",
        ["可匹配空字符串"],
    ),
    (
        "unknown-examples-key",
        OK + "    examples:\n      goood: [有术语]\n",
        "9 [examples.goood]",
        ["未知的键 goood", "是否应为 good"],
    ),
    (
        "unknown-example-item-key",
        OK + "    examples:\n      bad:\n        - txt: 没有\n",
        "10 [examples.bad[0].txt]",
        ["未知的键 txt", "是否应为 text"],
    ),
    (
        "example-meta-bad-date",
        OK + "    examples:\n      bad:\n        - text: 没有\n"
        "          meta: {published: 2020-13-01}\n",
        "11 [examples.bad[0].meta.published]",
        ["YYYY-MM-DD"],
    ),
    (
        "example-meta-unknown-key",
        OK + "    examples:\n      good:\n        - text: 术语\n          meta: {year: 2019}\n",
        "11 [examples.good[0].meta.year]",
        ["未知的键 year", "report_year"],
    ),
    (
        "bad-slug",
        OK + "    slug: Legal_Advisers\n",
        "8 [slug]",
        ["slug Legal_Advisers 无效"],
    ),
    (
        "undefined-part",
        OK + "    part: outline-2021/ch99\n",
        "8 [part]",
        ["未定义的纲要部分 outline-2021/ch99"],
    ),
    (
        "unknown-check",
        OK + "    check: presence\n",
        "8 [check]",
        ["check=presence", "topic/coverage"],
    ),
    (
        "duplicate-key",
        OK + "    severity: error\n",
        "8 [rules[0].severity]",
        ["键 severity 重复出现"],
    ),
    (
        "duplicate-id-in-file",
        OK + "  - id: X001\n    kind: topic\n    title: 另一主题\n    severity: info\n"
        "    message: 未涉及\n    match: {any: [别的]}\n",
        "8 [id]",
        ["规则编号 X001 重复", "rules.yaml:2"],
    ),
    (
        "params-and-match",
        OK + "    params:\n      match: {any: [又一个]}\n",
        "9 [params.match]",
        ["不能同时出现"],
    ),
    (
        "yaml-syntax",
        "    severity: info\n    message: [未闭合\n",
        "7",
        ["YAML 语法错误"],
    ),
]


@pytest.mark.parametrize(("rest", "where", "words"), [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_rule_error_names_file_line_and_key(load_error, rest, where, words) -> None:
    load_error(HEAD.lstrip("\n") + rest, where, *words)


FILE_CASES = [
    ("unknown-file-key", "pack: {id: p}\nrule: []\nrules: []\n", "2 [rule]", "未知的键 rule"),
    ("rules-not-list", "rules:\n  id: X001\n", "1 [rules]", "应为列表"),
    ("empty-file", "", "1", "文件为空"),
    ("top-level-list", "- id: X001\n", "1", "应为映射"),
    ("unknown-pack-key", "pack: {id: p, name: q}\nrules: []\n", "1 [pack.name]", "未知的键 name"),
    (
        "parts-without-pack",
        "parts:\n  - {id: ch01, title: 一}\nrules: []\n",
        "1 [parts]",
        "pack.id",
    ),
    (
        "part-missing-title",
        "pack: {id: p}\nparts:\n  - id: ch01\n    number: 一\nrules: []\n",
        "3 [parts[0].title]",
        "缺少必需的键 title",
    ),
    ("id-is-number", "rules:\n  - id: 1001\n", "2 [id]", "应为字符串，实际为整数 1001"),
    (
        "wrong-type-title",
        "rules:\n  - {id: X1, kind: topic, title: 123, severity: info, message: m}\n",
        "2 [title]",
        "应为字符串，实际为整数 123",
    ),
    (
        "bad-kind",
        "rules:\n  - {id: X1, kind: topics, title: t, severity: info, message: m}\n",
        "2 [kind]",
        "kind 取值无效：topics",
    ),
    # match.extends (lint.rules.inherit): the parent must be loaded, have a match, not loop
    (
        "extends-unknown-rule",
        "rules:\n" + topic("C1", "{extends: P9}") + topic("P1", "{any: [甲]}"),
        "2 [match.extends]",
        "P9 不存在",
    ),
    ("extends-itself", "rules:\n" + topic("C1", "{extends: C1}"), "2 [match.extends]", "C1 → C1"),
    (
        "extends-in-a-cycle",
        "rules:\n" + topic("C1", "{extends: C2}") + topic("C2", "{extends: C1}"),
        "3 [match.extends]",
        "形成循环：C1 → C2 → C1",
    ),
    (
        "extends-not-a-string",
        "rules:\n" + topic("C1", "{extends: [P1]}") + topic("P1", "{any: [甲]}"),
        "2 [match.extends]",
        "应为被继承规则的编号",
    ),
    (
        "extends-own-bad-regex",
        "rules:\n"
        + topic("C1", "{extends: P1, regex: ['(?<=甲)乙']}")
        + topic("P1", "{any: [甲]}"),
        "2 [match.regex[0]]",
        "正则表达式无效",
    ),
]


@pytest.mark.parametrize(
    ("text", "where", "word"), [pytest.param(*c[1:], id=c[0]) for c in FILE_CASES]
)
def test_file_error_names_file_line_and_key(load_error, text, where, word) -> None:
    load_error(text, f"{where}:", word)


def test_duplicate_id_across_files_names_both(write, tmp_path) -> None:
    rule = "rules:\n  - {id: X001, kind: topic, title: t, severity: info, message: m,\n"
    rule += "     match: {any: [a]}}\n"
    write("a.yaml", rule)
    write("sub/b.yaml", "# b\n" + rule)
    with pytest.raises(RuleError) as caught:
        load_rule_paths([tmp_path], root=tmp_path)
    assert caught.value.message.startswith("sub/b.yaml:3 [id]:")
    assert "已在 a.yaml:2 定义" in caught.value.message


def test_missing_path_is_an_error(tmp_path) -> None:
    with pytest.raises(RuleError, match="不存在"):
        load_rule_paths([tmp_path / "nope.yaml"])
