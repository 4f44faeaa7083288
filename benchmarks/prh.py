"""Generate a prh dictionary (``prh.yml``) holding the topic terms of a rule pack.

Each literal term of a rule's ``match:`` mapping (``any`` and any strings under
``components``) becomes one prh rule ``- expected: 术语``: prh then scans every text for that
term, which is the work a textlint+prh setup would do to check the same vocabulary. Regex terms
(``match.regex``) are counted but left out: JavaScript and RE2 syntax differ, and leaving them out
only makes textlint's job lighter, so the comparison stays conservative.

Usage: ``python benchmarks/prh.py [--rules rules/outline-2021] OUT.yml``
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
DEFAULT_RULES = REPO / "rules" / "outline-2021"


@dataclass
class Terms:
    """The literal terms (in first-seen order) and the number of regex terms left out."""

    literals: list[str] = field(default_factory=list)
    regexes: int = 0
    rules: int = 0


def _strings(node: Any) -> Iterator[str]:
    """Every string inside a nested structure of lists and mappings (mapping values only)."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)


def _rule_terms(match: dict[str, Any]) -> tuple[list[str], int]:
    literals = list(_strings(match.get("any", [])))
    literals += list(_strings(match.get("components", [])))
    regexes = match.get("regex", [])
    return literals, len(regexes) if isinstance(regexes, list) else 1


def collect_terms(rule_dir: Path) -> Terms:
    """Collect the ``match`` terms of every rule in ``rule_dir/*.yaml`` (sorted by file name)."""
    terms = Terms()
    seen: set[str] = set()
    for path in sorted(rule_dir.glob("*.y*ml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for rule in data.get("rules", []) or []:
            match = rule.get("match") if isinstance(rule, dict) else None
            if not isinstance(match, dict):
                continue
            terms.rules += 1
            literals, regexes = _rule_terms(match)
            terms.regexes += regexes
            for term in literals:
                if term.strip() and term not in seen:
                    seen.add(term)
                    terms.literals.append(term)
    return terms


def prh_yaml(literals: list[str]) -> str:
    """The prh dictionary text: ``version: 1`` and one ``expected`` rule per term."""
    lines = ["version: 1", "rules:"]
    lines += [f"  - expected: {json.dumps(term, ensure_ascii=False)}" for term in literals]
    if not literals:
        lines[-1] = "rules: []"
    return "\n".join(lines) + "\n"


def write_prh(rule_dir: Path, out: Path) -> Terms:
    """Write ``out`` (whole) and return the terms it holds."""
    terms = collect_terms(rule_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(prh_yaml(terms.literals), encoding="utf-8")
    tmp.replace(out)
    return terms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--rules", type=Path, default=DEFAULT_RULES)
    args = parser.parse_args()
    terms = write_prh(args.rules, args.out)
    print(
        f"{args.out}: {len(terms.literals)} terms from {terms.rules} rules "
        f"({terms.regexes} regex terms left out)"
    )


if __name__ == "__main__":
    main()
