"""Helpers for the topic tests: run the bundled topic rules over a text or a report."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from lint.checks import RunContext
from lint.checks.topics import TopicCheck
from lint.document import build_document, document_from_text
from lint.model import Document, Rule, TopicResult
from lint.rules import RuleSet, load_bundled
from lint.sources import read_path

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "fixtures" / "reports"
LABELS = ROOT / "fixtures" / "labels"
CHECK = TopicCheck()


@lru_cache(maxsize=1)
def ruleset() -> RuleSet:
    return load_bundled()


def topic_rules(pack: str) -> list[Rule]:
    return [r for r in ruleset().rules.values() if r.kind == "topic" and r.part.startswith(pack)]


def rule_by_slug(pack: str, slug: str) -> Rule:
    return next(r for r in topic_rules(pack) if r.slug == slug)


def text_doc(text: str, meta: dict[str, Any] | None = None) -> Document:
    doc = document_from_text(text)
    for key, value in (meta or {}).items():
        setattr(doc.meta, key, value)
    return doc


@lru_cache(maxsize=4)
def report_doc(name: str) -> Document:
    return build_document(read_path(REPORTS / name, name))


def statuses(doc: Document, rules: list[Rule], ctx: RunContext | None = None) -> dict[str, str]:
    return {t.slug: t.status for t in results(doc, rules, ctx)}


def results(doc: Document, rules: list[Rule], ctx: RunContext | None = None) -> list[TopicResult]:
    return CHECK.run(rules, doc, ctx or RunContext(part_titles=ruleset().part_titles(rules))).topics


def status_of(text: str, rule: Rule, meta: dict[str, Any] | None = None) -> str:
    return results(text_doc(text, meta), [rule])[0].status
