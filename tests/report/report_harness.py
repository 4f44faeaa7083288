"""Running one rule alone on a text, the way the rule meta-tests and rule cases do."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from lint.checks import RunContext, implementation
from lint.document import build_document, document_from_text
from lint.model import Document, Finding, Rule
from lint.rules import RuleSet, load_bundled
from lint.sources import read_path

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "fixtures" / "reports"
CASES = ROOT / "fixtures" / "rule_cases"


@lru_cache(maxsize=1)
def ruleset() -> RuleSet:
    return load_bundled(checklists=False)


def rules_with_prefix(*prefixes: str) -> list[Rule]:
    return [r for r in ruleset().rules.values() if r.id.startswith(prefixes)]


def doc_for(text: str, meta: dict[str, Any] | None = None) -> Document:
    doc = document_from_text(text)
    for key, value in (meta or {}).items():
        setattr(doc.meta, key, str(value) if key in ("published", "signed") else value)
    return doc


def real_report(
    name: str, replace: tuple[tuple[str, str], ...] = (), *, every: bool = False
) -> Document:
    """A real report, optionally altered (each ``old`` must occur exactly once unless
    ``every``; then all its occurrences are replaced)."""
    text = (REPORTS / name).read_text(encoding="utf-8")
    for old, new in replace:
        assert text.count(old) == 1 or (every and old in text), old
        text = text.replace(old, new)
    if not replace:
        return build_document(read_path(REPORTS / name, name))
    return document_from_text(text, path=name)


def run_rule(rule: Rule, doc: Document) -> list[Finding]:
    impl = implementation(rule)
    assert impl is not None, rule.id
    return impl.run([rule], doc, RunContext()).findings


def run_all(doc: Document, *prefixes: str) -> list[Finding]:
    """Every rule with one of the prefixes, as the engine would select them for this report."""
    found: list[Finding] = []
    year = doc.meta.report_year
    for rule in rules_with_prefix(*prefixes):
        if rule.years and year is not None and not rule.years[0] <= year <= rule.years[1]:
            continue
        found.extend(run_rule(rule, doc))
    return found


def drop_lines(name: str, numbers: tuple[int, ...]) -> Document:
    """A real report with the given 1-based lines emptied (line numbers stay the same)."""
    lines = (REPORTS / name).read_text(encoding="utf-8").split("\n")
    for number in numbers:
        lines[number - 1] = ""
    return document_from_text("\n".join(lines), path=name)


def line_of(doc: Document, finding: Finding) -> int | None:
    """1-based original line of a finding; ``None`` for a whole-document finding."""
    if finding.span.start == finding.span.end == 0:
        return None
    return doc.source.position(doc.original_span(finding.span).start).line


def summary(doc: Document, findings: list[Finding]) -> list[tuple[str, int | None, str]]:
    return sorted(((f.rule, line_of(doc, f), f.severity) for f in findings), key=str)


def load_cases(prefixes: tuple[str, ...]) -> list[tuple[str, str, dict[str, Any]]]:
    """(rule id, case id, case) for every rule-case file whose name starts with a prefix."""
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        if not path.name.startswith(prefixes):
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            out.append((data["rule"], case["id"], case))
    return out
