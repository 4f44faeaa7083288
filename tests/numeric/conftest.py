"""Shared helpers: run numeric rules alone on a text."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lint.checks import RunContext
from lint.checks.numeric import NumericCheck
from lint.document import document_from_text
from lint.model import Document, Finding, Rule
from lint.rules import load_rule_paths

ROOT = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def numeric_rules() -> dict[str, Rule]:
    return dict(load_rule_paths([ROOT / "rules" / "numeric"]).rules)


def run_rules(rules: list[Rule], text: str) -> tuple[Document, list[Finding]]:
    doc = document_from_text(text)
    return doc, NumericCheck().run(rules, doc, RunContext()).findings
