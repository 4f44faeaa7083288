"""The rule catalogue: the ``fzlint rules`` table, ``rules/README.md``, ``fzlint explain``."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from lint.model import Example, Rule
from lint.rules import RuleSet
from lint.rules.schema import OPEN_END

COLUMNS = ("编号", "类型", "严重程度", "slug", "标题", "依据")
LEVEL_NAMES = {
    "province": "省级",
    "city": "市级",
    "county": "县级",
    "department": "政府部门",
    "township": "乡镇（街道）",
}


def rows(rules: Iterable[Rule]) -> list[tuple[str, ...]]:
    return [(r.id, kind_name(r), r.severity, r.slug, r.title, r.reference) for r in rules]


def kind_name(rule: Rule) -> str:
    return f"{rule.kind}/{rule.check}" if rule.check else rule.kind


def width(text: str) -> int:
    """Display width in a terminal: CJK characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table(items: Sequence[tuple[str, ...]], header: tuple[str, ...] = COLUMNS) -> str:
    """Columns padded to their display width (the last column is not padded)."""
    all_rows = [header, *items]
    widths = [max(width(row[i]) for row in all_rows) for i in range(len(header) - 1)]
    lines = []
    for row in all_rows:
        cells = [cell + " " * (widths[i] - width(cell)) for i, cell in enumerate(row[:-1])]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return "\n".join(lines)


def applicability(rule: Rule) -> str:
    levels = "、".join(LEVEL_NAMES.get(x, x) for x in rule.levels) if rule.levels else "全部层级"
    if rule.years is None:
        years = "全部年度"
    elif rule.years[1] == OPEN_END:
        years = f"{rule.years[0]} 年度起"
    else:
        years = f"{rule.years[0]}—{rule.years[1]} 年度"
    return f"{levels}；{years}"


def explain(rule: Rule, ruleset: RuleSet) -> str:
    """Everything a reader needs about one rule, in Chinese."""
    part = ruleset.parts.get(rule.part)
    lines = [
        f"{rule.id}  {rule.slug}",
        f"标题：{rule.title}",
        f"类型：{kind_name(rule)}　严重程度：{rule.severity}",
    ]
    if part is not None:
        lines.append(f"纲要部分：{part.number}、{part.title}（{part.id}）")
    lines += [
        f"依据：{rule.reference or '（未注明）'}",
        f"适用：{applicability(rule)}",
        f"提示：{rule.message}",
        f"摘要：{rule.summary or '（无）'}",
        f"理由：{rule.rationale or '（无）'}",
    ]
    for good in (True, False):
        label = "示例（不应报告）" if good else "示例（应报告）"
        items = [e for e in rule.examples if e.good == good]
        lines.append(f"{label}：" + ("" if items else "（无）"))
        lines += [f"  - {_example_text(e)}" for e in items]
    if rule.extends:  # (a rule loads only when its parent is loaded)
        parent = ruleset.rules[rule.extends].origin
        lines.append(f"匹配条件：继承 {rule.extends}（{parent}）的 match，另加本规则所列各项")
    lines.append(f"定义：{rule.origin}")
    return "\n".join(lines)


def _example_text(example: Example) -> str:
    text = " ".join(example.text.split())
    if example.meta:
        meta = "，".join(f"{k}={v}" for k, v in example.meta.items())
        text += f"（{meta}）"
    return text


def markdown(ruleset: RuleSet) -> str:
    """``rules/README.md``: every rule by pack and Outline part, then the checklists."""
    out = [
        "# 规则目录",
        "",
        "本文件由 `fzlint rules --markdown > rules/README.md` 生成，请勿手工编辑。"
        "规则格式见 [SCHEMA.md](SCHEMA.md)；单条规则的说明与示例：`fzlint explain 编号`。",
        "",
        f"共 {len(ruleset.rules)} 条规则。",
    ]
    for group, rules in _groups(ruleset):
        out += [
            "",
            f"## {group}",
            "",
            "| 编号 | slug | 类型 | 严重程度 | 标题 | 依据 |",
            "|---|---|---|---|---|---|",
        ]
        out += [
            "| "
            + " | ".join(
                _cell(c) for c in (r.id, r.slug, kind_name(r), r.severity, r.title, r.reference)
            )
            + " |"
            for r in rules
        ]
    out += _checklists_section(ruleset)
    return "\n".join(out) + "\n"


def _groups(ruleset: RuleSet) -> list[tuple[str, list[Rule]]]:
    """Outline parts in order (pack/ch01…), then the other packs by folder."""
    groups: dict[str, list[Rule]] = {}
    for rule in sorted(ruleset.rules.values(), key=lambda r: r.id):
        groups.setdefault(rule.part or _folder(rule), []).append(rule)
    titled = []
    for key in sorted(groups):
        part = ruleset.parts.get(key)
        title = f"{key}：{part.number}、{part.title}" if part else key
        titled.append((title, groups[key]))
    return titled


def _folder(rule: Rule) -> str:
    path = rule.origin.rsplit(":", 1)[0]
    return path.rsplit("/", 1)[0] if "/" in path else path


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _checklists_section(ruleset: RuleSet) -> list[str]:
    if not ruleset.checklists:
        return []
    out = [
        "",
        "## 检查清单",
        "",
        "| 清单 | 标题 | 自动选用的层级 | 启用规则数 |",
        "|---|---|---|---|",
    ]
    for name, checklist in sorted(ruleset.checklists.items()):
        levels = "、".join(checklist.levels) or "（仅供继承）"
        out.append(f"| {name} | {_cell(checklist.title)} | {levels} | {len(checklist.selected)} |")
    return out
