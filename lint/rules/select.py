"""Which rules apply to one report: outline pack by report year, checklist by level.

The engine sets ``meta.outline`` and ``meta.checklist`` and calls :func:`select_rules`. The
checklist selects rules and gives severities, weights and coverage severities; the command
line (``select``/``ignore``/``severity``, selectors as in checklists) narrows and overrides
last. Topic rules that do not apply (the rule's ``levels``/``years``, or the checklist's
``not_applicable``) stay active with status ``not-applicable``; other rules are dropped. A
topic left out only by the rule's ``levels`` is also ``optional``: the level does not owe it,
but a report that covers it is credited (a city bureau drafting a regulation, a district
hosting a 基层立法联系点; see ``lint.checks.topics``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal

from lint.model import Meta, Rule
from lint.rules import RuleSet
from lint.rules.checklists import DEFAULT_COVERAGE, Resolved, selector_matches
from lint.rules.resolve import FALLBACK_CHECKLIST, bundled_checklists, load_checklist


@dataclass
class Selection:
    active: list[Rule] = field(default_factory=list)
    not_applicable: frozenset[str] = frozenset()
    optional: frozenset[str] = frozenset()  # not applicable only by the rule's levels
    weights: dict[str, Decimal] = field(default_factory=dict)  # topic rule id -> weight
    coverage_severity: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_COVERAGE))
    checklist: str = ""
    part_titles: tuple[str, ...] = ()  # every part title of the active rules' Outline packs


def checklist_for(meta: Meta, ruleset: RuleSet | None = None) -> str:
    """The checklist a report's detected level selects (``levels`` in the checklist files)."""
    if ruleset is not None and ruleset.checklists:
        levels = {name: c.levels for name, c in ruleset.checklists.items()}
    else:
        levels = {name: c.levels for name, c in bundled_checklists().items()}
    for name in sorted(levels):
        if meta.level in levels[name]:
            return name
    return FALLBACK_CHECKLIST


def select_rules(
    ruleset: RuleSet,
    meta: Meta,
    *,
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
    severity: dict[str, str] | None = None,
    checklist: str | None = None,
) -> Selection:
    """Rules that apply to this report (``meta.outline`` is set; the checklist is
    ``checklist``, else ``meta.checklist``, else the one ``meta.level`` selects).

    A batch selects for a handful of different (outline, level, year) combinations only:
    the answer is remembered per combination and rule set (a copy is returned)."""
    key = (
        tuple(map(id, ruleset.rules.values())),
        tuple(map(id, ruleset.checklists.values())),
        checklist or meta.checklist,
        meta.outline,
        meta.level,
        meta.report_year,
        select,
        ignore,
        tuple((severity or {}).items()),
    )
    found = _MEMO.get(id(ruleset))
    if found is None or found[0] is not ruleset:
        if len(_MEMO) >= _MEMO_SIZE:
            _MEMO.clear()
        found = _MEMO[id(ruleset)] = (ruleset, {})
    known = found[1]
    if key not in known:
        if len(known) >= _MEMO_SIZE:
            known.clear()
        known[key] = _select(ruleset, meta, select, ignore, severity, checklist)
    return _copy(known[key])


_MEMO: dict[int, tuple[RuleSet, dict[tuple[object, ...], Selection]]] = {}
_MEMO_SIZE = 16  # rule sets, and combinations per rule set


def _copy(selection: Selection) -> Selection:
    """A copy whose mutable fields the caller may change (the others are immutable)."""
    return dataclasses.replace(
        selection,
        active=list(selection.active),
        weights=dict(selection.weights),
        coverage_severity=dict(selection.coverage_severity),
    )


def _select(
    ruleset: RuleSet,
    meta: Meta,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    severity: dict[str, str] | None,
    checklist: str | None,
) -> Selection:
    chosen = load_checklist(
        checklist or meta.checklist or checklist_for(meta, ruleset), ruleset, strict=False
    )
    excluded = chosen.not_applicable.get("all", frozenset()) | chosen.not_applicable.get(
        meta.level, frozenset()
    )
    selection = Selection(coverage_severity=dict(chosen.coverage), checklist=chosen.name)
    not_applicable: set[str] = set()
    optional: set[str] = set()
    for rule in ruleset.rules.values():
        if not _chosen(rule, meta, chosen, select, ignore):
            continue
        if not _applies(rule, meta) or rule.id in excluded:
            if rule.kind != "topic":
                continue
            not_applicable.add(rule.id)
            if rule.admits_year(meta.report_year) and rule.id not in excluded:
                optional.add(rule.id)  # the level does not owe it: credited when covered
        rule = _with_severity(rule, chosen, severity or {})
        selection.active.append(rule)
        if rule.kind == "topic":
            selection.weights[rule.id] = chosen.weights.get(rule.id, Decimal(1))
    selection.not_applicable = frozenset(not_applicable)
    selection.optional = frozenset(optional)
    selection.part_titles = ruleset.part_titles(selection.active)
    return selection


def _chosen(
    rule: Rule, meta: Meta, chosen: Resolved, select: tuple[str, ...], ignore: tuple[str, ...]
) -> bool:
    if rule.part and not rule.part.startswith(f"{meta.outline}/"):
        return False
    if rule.id not in chosen.selected:
        return False
    if select and not any(selector_matches(s, rule) for s in select):
        return False
    return not any(selector_matches(s, rule) for s in ignore)


def _applies(rule: Rule, meta: Meta) -> bool:
    return rule.admits_level(meta.level) and rule.admits_year(meta.report_year)


def _with_severity(rule: Rule, chosen: Resolved, overrides: dict[str, str]) -> Rule:
    """The rule with the checklist's, then the command line's, severity."""
    wanted = chosen.severity.get(rule.id, rule.severity)
    for text, level in overrides.items():
        if selector_matches(text, rule):
            wanted = level
    return rule if wanted == rule.severity else dataclasses.replace(rule, severity=wanted)
