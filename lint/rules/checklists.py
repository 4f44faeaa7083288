"""Checklists (``checklists/*.yaml``): which rules apply to a kind of report, and how much.

A checklist names rules with *selectors*: a rule id (``FZ1001``), an id prefix (``FZ10``,
``FZN*``), a slug (``legal-advisers``) or ``kind:<kind>``. Loading is strict: unknown keys,
bad values and a selector that matches no loaded rule are ``RuleError``s at ``file:line``.
``extends`` merges a parent first: ``select`` is replaced, ``ignore`` and ``not_applicable``
add up, ``severity``/``weights``/``coverage`` are overridden key by key; ``levels`` and
``title`` are never inherited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from lint.model import Rule
from lint.rules.schema import (
    LEVELS,
    SEVERITIES,
    Key,
    Where,
    check_choice,
    check_mapping,
    check_str_list,
    describe,
)
from lint.rules.yamlnodes import load_yaml_with_lines

STATUSES = ("missing", "weak", "planned")
DEFAULT_COVERAGE = {"missing": "warning", "weak": "info", "planned": "info"}
APPLIES_TO = (*LEVELS, "unknown")
CHECKLIST_KEYS = {
    "checklist": Key("str", True, "清单名（--checklist 使用的名称）"),
    "title": Key("str", True, "标题"),
    "extends": Key("str", doc="继承的清单名"),
    "levels": Key("list", doc="自动选用本清单的报告层级"),
    "select": Key("list", doc="启用的规则（选择器）；缺省为全部"),
    "ignore": Key("list", doc="停用的规则（选择器）"),
    "severity": Key("mapping", doc="选择器 → error/warning/info"),
    "weights": Key("mapping", doc="选择器 → 评分权重（默认 1.0）"),
    "coverage": Key("mapping", doc="主题状态 missing/weak/planned → 严重程度或 off"),
    "not_applicable": Key("mapping", doc="层级或 all → 不适用的主题（选择器）"),
}


@dataclass(frozen=True)
class Selector:
    text: str
    location: str  # file:line of the selector, for "matches nothing"
    key: str

    def matches(self, rule: Rule) -> bool:
        return selector_matches(self.text, rule)


def selector_matches(text: str, rule: Rule) -> bool:
    """Id, id prefix (``FZ10`` or ``FZ10*``), slug, or ``kind:<kind>``."""
    if text.startswith("kind:"):
        return rule.kind == text[5:]
    if text.endswith("*"):
        return rule.id.startswith(text[:-1])
    return rule.id.startswith(text) or rule.slug == text


@dataclass
class Checklist:
    """One checklist file, parsed (``ids`` fields are filled by ``resolve``)."""

    name: str
    title: str
    origin: str
    extends: str | None = None
    extends_at: str = ""
    levels: tuple[str, ...] = ()
    select: tuple[Selector, ...] | None = None  # None: every rule
    ignore: tuple[Selector, ...] = ()
    severity: list[tuple[Selector, str]] = field(default_factory=list)
    weights: list[tuple[Selector, Decimal]] = field(default_factory=list)
    coverage: dict[str, str] = field(default_factory=dict)
    not_applicable: dict[str, tuple[Selector, ...]] = field(default_factory=dict)


@dataclass
class Resolved:
    """A checklist with its parents merged and its selectors turned into rule ids."""

    name: str
    title: str
    origin: str
    levels: tuple[str, ...]
    selected: frozenset[str]
    severity: dict[str, str]
    weights: dict[str, Decimal]
    coverage: dict[str, str]
    not_applicable: dict[str, frozenset[str]]


def parse_checklist(file: Path, display: str | None = None) -> Checklist:
    """Read one checklist file strictly (selectors are checked later, against rules)."""
    data, lines = load_yaml_with_lines(file, display)
    where = Where(lines)
    if data is None:
        raise where.error("文件为空（检查清单需要 checklist 与 title）")
    check_mapping(data, CHECKLIST_KEYS, where)
    coverage = {
        status: _coverage_value(value, where, status)
        for status, value in _mapping(data, "coverage", where, STATUSES).items()
    }
    return Checklist(
        name=data["checklist"],
        title=data["title"],
        origin=where.location("checklist"),
        extends=data.get("extends"),
        extends_at=where.location("extends"),
        levels=_levels(data, where),
        select=_selectors(data["select"], where, "select") if "select" in data else None,
        ignore=_selectors(data.get("ignore") or [], where, "ignore"),
        severity=_severities(data, where),
        weights=_weights(data, where),
        coverage=coverage,
        not_applicable={
            level: _selectors(items, where.child("not_applicable"), level)
            for level, items in _mapping(data, "not_applicable", where, (*LEVELS, "all")).items()
        },
    )


def _mapping(data: dict[str, Any], name: str, where: Where, keys: tuple[str, ...]) -> dict:
    value = data.get(name) or {}
    for key in value:
        check_choice(str(key), keys, name, where, name, str(key))
    return dict(value)


def _levels(data: dict[str, Any], where: Where) -> tuple[str, ...]:
    if data.get("levels") is None:
        return ()
    items = check_str_list(data["levels"], where, "levels")
    for index, level in enumerate(items):
        check_choice(level, APPLIES_TO, "层级", where, "levels", index)
    return tuple(items)


def _selectors(items: Any, where: Where, key: str) -> tuple[Selector, ...]:
    if not isinstance(items, list):
        raise where.error(f"应为选择器列表，实际为{describe(items)}", key)
    if not items:
        return ()
    check_str_list(items, where, key)
    return tuple(
        Selector(s, where.location(key, i), where.key(key, i)) for i, s in enumerate(items)
    )


def _severities(data: dict[str, Any], where: Where) -> list[tuple[Selector, str]]:
    found = []
    for text, value in (data.get("severity") or {}).items():
        check_choice(str(value), SEVERITIES, "severity", where, "severity", str(text))
        found.append(
            (Selector(str(text), where.location("severity", text), f"severity.{text}"), value)
        )
    return found


def _weights(data: dict[str, Any], where: Where) -> list[tuple[Selector, Decimal]]:
    found = []
    for text, value in (data.get("weights") or {}).items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise where.error(f"权重应为非负数，实际为{describe(value)}", "weights", str(text))
        found.append(
            (
                Selector(str(text), where.location("weights", text), f"weights.{text}"),
                Decimal(str(value)),
            )
        )
    return found


def _coverage_value(value: Any, where: Where, status: str) -> str:
    if value is False or value == "off":  # YAML 1.1 reads a bare ``off`` as false
        return ""
    return check_choice(str(value), SEVERITIES, "coverage", where, "coverage", status)
