"""Rule packs: loading YAML rule files strictly, and selecting rules for one report.

Minimal loader of the walking skeleton; the strict schema lives in ``lint/rules/schema.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lint.errors import RuleError
from lint.model import Example, Rule
from lint.paths import rules_dir
from lint.rules.yamlnodes import load_yaml_with_lines


@dataclass
class OutlinePart:
    id: str  # "outline-2021/ch05"
    number: str  # "五"
    title: str


@dataclass
class RuleSet:
    rules: dict[str, Rule] = field(default_factory=dict)
    parts: dict[str, OutlinePart] = field(default_factory=dict)

    def add(self, rule: Rule) -> None:
        if rule.id in self.rules:
            other = self.rules[rule.id].origin
            raise RuleError(
                f"规则编号 {rule.id} 重复（已在 {other} 定义）", location=rule.origin, key="id"
            )
        self.rules[rule.id] = rule


def rule_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml"))
    return [path]


def load_rule_paths(paths: list[Path], ruleset: RuleSet | None = None) -> RuleSet:
    ruleset = ruleset or RuleSet()
    for path in paths:
        if not path.exists():
            raise RuleError("规则文件不存在", location=str(path))
        for file in rule_files(path):
            _load_file(file, ruleset)
    return ruleset


def load_bundled(extra: list[Path] | None = None) -> RuleSet:
    return load_rule_paths([rules_dir(), *(extra or [])])


def _load_file(file: Path, ruleset: RuleSet) -> None:
    data, lines = load_yaml_with_lines(file)
    if not isinstance(data, dict):
        raise RuleError("规则文件的顶层必须是映射（含 rules 列表）", location=f"{file}:1")
    pack = data.get("pack") or {}
    for part in data.get("parts") or []:
        pid = f"{pack.get('id', file.parent.name)}/{part['id']}"
        ruleset.parts[pid] = OutlinePart(pid, str(part.get("number", "")), str(part["title"]))
    for index, raw in enumerate(data.get("rules") or []):
        line = lines.get(("rules", index), 1)
        ruleset.add(_make_rule(raw, f"{file}:{line}", pack))


def _make_rule(raw: dict[str, Any], origin: str, pack: dict[str, Any]) -> Rule:
    examples = []
    for good in (True, False):
        for item in (raw.get("examples") or {}).get("good" if good else "bad", []) or []:
            if isinstance(item, str):
                examples.append(Example(item, good))
            else:
                examples.append(Example(item["text"], good, dict(item.get("meta") or {})))
    years = raw.get("years")
    part = raw.get("part", "")
    if part and "/" not in part and pack.get("id"):
        part = f"{pack['id']}/{part}"
    params = dict(raw.get("params") or {})
    if "match" in raw:
        params["match"] = raw["match"]
    return Rule(
        id=str(raw["id"]),
        kind=str(raw["kind"]),
        title=str(raw["title"]),
        severity=str(raw["severity"]),
        message=str(raw["message"]),
        slug=str(raw.get("slug", "")),
        check=str(raw.get("check", "")),
        summary=str(raw.get("summary", "")),
        rationale=str(raw.get("rationale", "")),
        reference=str(raw.get("reference", "")),
        part=part,
        levels=tuple(raw.get("levels") or ()),
        years=(int(years[0]), int(years[1])) if years else None,
        params=params,
        examples=tuple(examples),
        origin=origin,
    )
