"""Which rules apply to one report: outline pack by report year, checklist by level."""

from __future__ import annotations

from dataclasses import dataclass, field

from lint.model import Meta, Rule
from lint.rules import RuleSet


@dataclass
class Selection:
    active: list[Rule] = field(default_factory=list)
    not_applicable: frozenset[str] = frozenset()
    weights: dict[str, float] = field(default_factory=dict)
    coverage_severity: dict[str, str] = field(
        default_factory=lambda: {"missing": "warning", "weak": "info", "planned": "info"}
    )


def checklist_for(meta: Meta) -> str:
    """The checklist a report's detected level selects."""
    return {"department": "department", "township": "township"}.get(meta.level, "local-government")


def select_rules(
    ruleset: RuleSet,
    meta: Meta,
    *,
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
    severity: dict[str, str] | None = None,
) -> Selection:
    """Rules that apply to this report (``meta.outline`` and ``meta.checklist`` are set)."""
    active: list[Rule] = []
    not_applicable: set[str] = set()
    for rule in ruleset.rules.values():
        if rule.part and not rule.part.startswith(f"{meta.outline}/"):
            continue
        if select and not rule.id.startswith(select):
            continue
        if ignore and rule.id.startswith(ignore):
            continue
        applies = (not rule.levels or meta.level in rule.levels or meta.level == "unknown") and (
            rule.years is None
            or meta.report_year is None
            or rule.years[0] <= meta.report_year <= rule.years[1]
        )
        if not applies:
            if rule.kind != "topic":
                continue
            not_applicable.add(rule.id)
        active.append(rule)
    return Selection(active, frozenset(not_applicable))
