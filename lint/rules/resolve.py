"""Checklists against loaded rules: ``extends`` merged, selectors turned into rule ids."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from lint.errors import RuleError
from lint.model import Rule
from lint.paths import checklists_dir
from lint.rules.checklists import (
    DEFAULT_COVERAGE,
    Checklist,
    Resolved,
    Selector,
    parse_checklist,
)

if TYPE_CHECKING:
    from lint.rules import RuleSet

FALLBACK_CHECKLIST = "local-government"
V = TypeVar("V")


@lru_cache(maxsize=4)
def bundled_checklists(folder: Path | None = None) -> dict[str, Checklist]:
    """Every checklist file in the bundled folder, parsed, by name."""
    folder = folder or checklists_dir()
    found: dict[str, Checklist] = {}
    for file in sorted(folder.glob("*.y*ml")):
        checklist = parse_checklist(file, f"{folder.name}/{file.name}")
        if checklist.name in found:
            raise RuleError(
                f"检查清单 {checklist.name} 重复（已在 {found[checklist.name].origin} 定义）",
                location=checklist.origin,
                key="checklist",
            )
        found[checklist.name] = checklist
    return found


def load_bundled_checklists(ruleset: RuleSet) -> dict[str, Resolved]:
    """Resolve every bundled checklist strictly against ``ruleset``."""
    available = bundled_checklists()
    return {name: resolve(c, available, ruleset.rules.values()) for name, c in available.items()}


def load_checklist(name: str, ruleset: RuleSet, *, strict: bool = True) -> Resolved:
    """A checklist by name (bundled) or by path to a ``.yaml`` file (always strict)."""
    if name in ruleset.checklists:
        return ruleset.checklists[name]
    available = bundled_checklists()
    path = Path(name)
    if path.suffix in (".yaml", ".yml") and path.is_file():
        checklist = parse_checklist(path, path.as_posix())
        strict = True
    elif name in available:
        checklist = available[name]
    else:
        known = "、".join(sorted(available)) or "（无）"
        raise RuleError(f"没有名为 {name} 的检查清单（可用：{known}）", key="checklist")
    return resolve(checklist, available, ruleset.rules.values(), strict=strict)


def resolve(
    checklist: Checklist,
    available: Mapping[str, Checklist],
    rules: Iterable[Rule],
    *,
    strict: bool = True,
) -> Resolved:
    """Merge ``checklist`` with its parents; with ``strict``, every selector must match."""
    rules = list(rules)
    chain = _chain(checklist, available)
    if strict:
        for member in chain:
            for selector in _all_selectors(member):
                if not any(selector.matches(rule) for rule in rules):
                    raise RuleError(
                        f"选择器 {selector.text} 未匹配任何规则（清单 {member.name}）",
                        location=selector.location,
                        key=selector.key,
                    )
    return _merge(checklist, chain, rules)


def _chain(checklist: Checklist, available: Mapping[str, Checklist]) -> list[Checklist]:
    """Root first, ``checklist`` last."""
    chain = [checklist]
    while chain[-1].extends:
        child = chain[-1]
        parent = available.get(child.extends or "")
        if parent is None:
            known = "、".join(sorted(available))
            raise RuleError(
                f"继承的清单 {child.extends} 不存在（可用：{known}）",
                location=child.extends_at,
                key="extends",
            )
        if any(member.name == parent.name for member in chain):
            raise RuleError(
                f"清单继承形成循环：{parent.name}", location=child.extends_at, key="extends"
            )
        chain.append(parent)
    return chain[::-1]


def _all_selectors(checklist: Checklist) -> list[Selector]:
    found = [*(checklist.select or ()), *checklist.ignore]
    found += [s for s, _ in checklist.severity] + [s for s, _ in checklist.weights]
    for items in checklist.not_applicable.values():
        found += items
    return found


@dataclass
class _Merged:
    select: tuple[Selector, ...] | None = None
    ignore: list[Selector] = field(default_factory=list)
    severity: list[tuple[Selector, str]] = field(default_factory=list)
    weights: list[tuple[Selector, Decimal]] = field(default_factory=list)
    coverage: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_COVERAGE))
    not_applicable: dict[str, list[Selector]] = field(default_factory=dict)


def _merge(checklist: Checklist, chain: list[Checklist], rules: list[Rule]) -> Resolved:
    merged = _Merged()
    for member in chain:
        if member.select is not None:
            merged.select = member.select
        merged.ignore += member.ignore
        merged.severity += member.severity
        merged.weights += member.weights
        merged.coverage.update(member.coverage)
        for level, items in member.not_applicable.items():
            merged.not_applicable.setdefault(level, []).extend(items)
    return Resolved(
        name=checklist.name,
        title=checklist.title,
        origin=checklist.origin,
        levels=checklist.levels,
        selected=frozenset(
            r.id
            for r in rules
            if (merged.select is None or _any(merged.select, r)) and not _any(merged.ignore, r)
        ),
        severity=_by_rule(merged.severity, rules),
        weights=_by_rule(merged.weights, rules),
        coverage=merged.coverage,
        not_applicable={
            level: frozenset(r.id for r in rules if _any(items, r))
            for level, items in merged.not_applicable.items()
        },
    )


def _any(selectors: Iterable[Selector], rule: Rule) -> bool:
    return any(s.matches(rule) for s in selectors)


def _by_rule(pairs: Sequence[tuple[Selector, V]], rules: list[Rule]) -> dict[str, V]:
    """Rule id → value; a later pair (a child checklist's) overrides an earlier one."""
    found: dict[str, V] = {}
    for selector, value in pairs:
        for rule in rules:
            if selector.matches(rule):
                found[rule.id] = value
    return found
