"""Every way a checklist can be wrong: a ``RuleError`` naming ``file:line [key]``."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.errors import RuleError
from lint.rules import load_rule_paths
from lint.rules.checklists import parse_checklist
from lint.rules.resolve import bundled_checklists, resolve

PACKS = Path(__file__).resolve().parent / "packs"

CASES = [
    (
        "selector-matches-nothing",
        "checklist: bad\ntitle: 坏清单\nignore:\n  - T101\n  - T999\n",
        "5 [ignore[1]]",
        "选择器 T999 未匹配任何规则（清单 bad）",
    ),
    (
        "na-selector-matches-nothing",
        "checklist: bad\ntitle: 坏清单\nnot_applicable:\n  county: [no-such-slug]\n",
        "4 [not_applicable.county[0]]",
        "选择器 no-such-slug 未匹配任何规则",
    ),
    (
        "severity-selector-matches-nothing",
        "checklist: bad\ntitle: 坏清单\nseverity:\n  FZX: error\n",
        "4 [severity.FZX]",
        "选择器 FZX 未匹配任何规则",
    ),
    (
        "unknown-key",
        "checklist: bad\ntitle: 坏清单\nselcet: [T1]\n",
        "3 [selcet]",
        "是否应为 select",
    ),
    ("missing-title", "checklist: bad\n", "1 [title]", "缺少必需的键 title"),
    (
        "bad-coverage-status",
        "checklist: bad\ntitle: t\ncoverage:\n  absent: error\n",
        "4 [coverage.absent]",
        "coverage 取值无效：absent",
    ),
    (
        "bad-coverage-severity",
        "checklist: bad\ntitle: t\ncoverage:\n  weak: loud\n",
        "4 [coverage.weak]",
        "coverage 取值无效：loud",
    ),
    (
        "bad-severity",
        "checklist: bad\ntitle: t\nseverity:\n  T101: fatal\n",
        "4 [severity.T101]",
        "severity 取值无效：fatal",
    ),
    (
        "negative-weight",
        "checklist: bad\ntitle: t\nweights:\n  T101: -1\n",
        "4 [weights.T101]",
        "权重应为非负数",
    ),
    (
        "bad-na-level",
        "checklist: bad\ntitle: t\nnot_applicable:\n  village: [T101]\n",
        "4 [not_applicable.village]",
        "not_applicable 取值无效：village",
    ),
    (
        "bad-level",
        "checklist: bad\ntitle: t\nlevels: [county, village]\n",
        "3 [levels[1]]",
        "层级 取值无效：village",
    ),
    ("select-not-list", "checklist: bad\ntitle: t\nselect: T101\n", "3 [select]", "应为列表"),
    (
        "unknown-parent",
        "checklist: bad\ntitle: t\nextends: nothing\n",
        "3 [extends]",
        "继承的清单 nothing 不存在",
    ),
    ("empty", "", "1", "文件为空"),
]


@pytest.mark.parametrize(("text", "where", "word"), [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_checklist_error(write, tmp_path, text, where, word) -> None:
    rules = load_rule_paths([PACKS / "mini"], root=PACKS).rules.values()
    path = write("bad.yaml", text)
    with pytest.raises(RuleError) as caught:
        resolve(parse_checklist(path, "bad.yaml"), bundled_checklists(PACKS / "checklists"), rules)
    assert caught.value.message.startswith(f"bad.yaml:{where}:"), caught.value.message
    assert word in caught.value.message


def test_extends_cycle_is_an_error(write, tmp_path) -> None:
    write("a.yaml", "checklist: a\ntitle: A\nextends: b\n")
    write("b.yaml", "checklist: b\ntitle: B\nextends: a\n")
    available = bundled_checklists(tmp_path)
    with pytest.raises(RuleError, match=r"\[extends\]: 清单继承形成循环"):
        resolve(available["a"], available, [])


def test_duplicate_checklist_names(write, tmp_path) -> None:
    write("a.yaml", "checklist: same\ntitle: A\n")
    write("b.yaml", "checklist: same\ntitle: B\n")
    with pytest.raises(RuleError, match=r"b.yaml:1 \[checklist\]: 检查清单 same 重复"):
        bundled_checklists(tmp_path)


def test_off_turns_a_coverage_finding_off(write, tmp_path) -> None:
    path = write("c.yaml", "checklist: c\ntitle: t\ncoverage:\n  weak: off\n  planned: 'off'\n")
    assert parse_checklist(path).coverage == {"weak": "", "planned": ""}
