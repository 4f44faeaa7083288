"""The closed set of check implementations. YAML rules configure them.

A rule names its implementation with ``kind`` (topic, numeric, structure, format, phrase)
and ``check`` (e.g. ``rate``, ``required-part``; topic rules default to ``coverage``).
An implementation is a module-level object with:
- ``kind``: the rule kind, and ``names``: the ``check`` values it handles;
- ``validate(rule)``: raise ``RuleError`` for bad kind-specific keys (called at load time);
- ``run(rules, doc, ctx)``: return a ``CheckOutput`` for the active rules it handles.
Modules are imported lazily, so a run loads only what it uses.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Protocol

from lint.model import Document, Finding, Rule, TopicResult

# Modules under lint.checks that export ``CHECKS: list[CheckImpl]``.
CHECK_MODULES = ("topics", "numeric", "report", "phrases")
DEFAULT_CHECK = {"topic": "coverage"}


@dataclass
class RunContext:
    """Per-run facts a check may need beyond the document."""

    outline: str | None = None
    checklist: str | None = None
    not_applicable: frozenset[str] = frozenset()  # topic rule ids the checklist/year excludes
    optional: frozenset[str] = frozenset()  # of those, the ones excluded by level alone
    weights: dict[str, Decimal] = field(default_factory=dict)  # rule id -> topic weight
    part_titles: tuple[str, ...] = ()  # every part title of the topics' Outline packs
    # topic status -> finding severity ("" = no finding), from the checklist
    coverage_severity: dict[str, str] = field(
        default_factory=lambda: {"missing": "warning", "weak": "info", "planned": "info"}
    )


@dataclass
class CheckOutput:
    findings: list[Finding] = field(default_factory=list)
    topics: list[TopicResult] = field(default_factory=list)


class CheckImpl(Protocol):
    kind: str
    names: frozenset[str]

    def validate(self, rule: Rule) -> None: ...

    def run(self, rules: Sequence[Rule], doc: Document, ctx: RunContext) -> CheckOutput: ...


def check_name(rule: Rule) -> str:
    return rule.check or DEFAULT_CHECK.get(rule.kind, "")


@lru_cache(maxsize=1)
def registry() -> dict[tuple[str, str], CheckImpl]:
    """Every implementation by (rule kind, check name)."""
    found: dict[tuple[str, str], CheckImpl] = {}
    for name in CHECK_MODULES:
        try:
            module = importlib.import_module(f"lint.checks.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"lint.checks.{name}":
                raise
            continue
        for impl in module.CHECKS:
            for check in impl.names:
                found[(impl.kind, check)] = impl
    return found


def implementation(rule: Rule) -> CheckImpl | None:
    return registry().get((rule.kind, check_name(rule)))
