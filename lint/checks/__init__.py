"""The closed set of check kinds. Each rule's ``kind`` names one; YAML rules configure them.

A check kind is a module-level object with:
- ``kind``: the rule kind it implements ("topic", "numeric", "structure", "format", "phrase");
- ``validate(rule)``: raise ``RuleError`` for bad kind-specific keys (called at load time);
- ``run(rules, doc, ctx)``: return a ``CheckOutput`` for the given active rules of its kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from lint.model import Document, Finding, Rule, TopicResult


@dataclass
class RunContext:
    """Per-run facts a check may need beyond the document."""

    outline: str | None = None
    checklist: str | None = None
    not_applicable: frozenset[str] = frozenset()  # rule ids the checklist/year excludes
    weights: dict[str, float] = field(default_factory=dict)


@dataclass
class CheckOutput:
    findings: list[Finding] = field(default_factory=list)
    topics: list[TopicResult] = field(default_factory=list)


class CheckKind(Protocol):
    kind: str

    def validate(self, rule: Rule) -> None: ...

    def run(self, rules: Sequence[Rule], doc: Document, ctx: RunContext) -> CheckOutput: ...


def registry() -> dict[str, CheckKind]:
    """All check kinds by rule kind (imported lazily, so a run loads only what it uses)."""
    from lint.checks import topics

    kinds: list[CheckKind] = [topics.CHECK]
    for name in ("numeric", "report", "phrases"):
        try:
            module = __import__(f"lint.checks.{name}", fromlist=["CHECKS"])
        except ImportError:
            continue
        kinds.extend(module.CHECKS)
    return {k.kind: k for k in kinds}
