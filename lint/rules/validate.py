"""``fzlint rules --check PATH...``: validate rule files and checklists, report every error.

Given files are loaded on top of the bundled packs (so a duplicate id or a reference to a
bundled Outline part is checked too; a bundled file given again is not loaded twice); a file
whose top-level mapping has a ``checklist`` key is a checklist. One error per file is reported
(loading a file stops at its first error).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from lint.errors import RuleError
from lint.paths import rules_dir
from lint.rules import RuleSet, load_rule_file, load_rule_paths, rule_files
from lint.rules.checklists import Checklist, parse_checklist
from lint.rules.resolve import bundled_checklists, resolve


def validate_paths(paths: list[Path]) -> tuple[str, list[RuleError]]:
    """A one-line summary and the errors (empty when everything is valid)."""
    errors: list[RuleError] = []
    ruleset = RuleSet()
    try:
        bundled = rules_dir()
        load_rule_paths([bundled], ruleset, root=bundled.parent)
    except RuleError as exc:
        errors.append(exc)
    rule_paths, checklist_paths = _classify(paths, errors)
    bundled_files = {file.resolve() for file in rule_files(rules_dir())}
    extra = 0
    for file in rule_paths:
        if file.resolve() in bundled_files:
            continue  # loaded (and checked) with the bundled packs above
        extra += 1
        try:
            load_rule_file(file, ruleset, file.as_posix())
        except RuleError as exc:
            errors.append(exc)
    checked = _check_checklists(checklist_paths, ruleset, errors)
    # counted as the rules are: the bundled packs and checklists are always checked too
    files = len(bundled_files) + extra
    summary = f"{files} 个规则文件、{checked} 个检查清单，共 {len(ruleset.rules)} 条规则"
    return summary, errors


def _classify(paths: list[Path], errors: list[RuleError]) -> tuple[list[Path], list[Path]]:
    rules: list[Path] = []
    checklists: list[Path] = []
    for path in paths:
        if not path.exists():
            errors.append(RuleError("文件或目录不存在", location=path.as_posix()))
            continue
        for file in rule_files(path):
            (checklists if _is_checklist(file) else rules).append(file)
    return rules, checklists


def _is_checklist(file: Path) -> bool:
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return False  # the rule loader reports it, with its line
    return isinstance(data, dict) and "checklist" in data


def _check_checklists(paths: list[Path], ruleset: RuleSet, errors: list[RuleError]) -> int:
    """Bundled checklists, then the given ones (which may extend bundled ones or each other)."""
    try:
        available: dict[str, Checklist] = dict(bundled_checklists())
    except RuleError as exc:
        errors.append(exc)
        available = {}
    given: list[Checklist] = []
    for path in paths:
        try:
            given.append(parse_checklist(path, path.as_posix()))
        except RuleError as exc:
            errors.append(exc)
    available.update({c.name: c for c in given})
    for checklist in available.values():
        try:
            resolve(checklist, available, ruleset.rules.values())
        except RuleError as exc:
            errors.append(exc)
    return len(available)
