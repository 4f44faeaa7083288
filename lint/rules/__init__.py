"""Rule packs: loading YAML rule files strictly, and selecting rules for one report.

``load_bundled(extra)`` loads ``rules/`` plus a user's ``--rules`` paths and checks every
bundled checklist against the result; any failure is a ``RuleError`` naming ``file:line [key]``.
The format is documented for rule authors in ``rules/SCHEMA.md``; the checks themselves are
in ``schema.py`` (keys and types) and ``build.py`` (one rule).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lint.errors import RuleError
from lint.model import Rule
from lint.paths import rules_dir

if TYPE_CHECKING:
    from lint.rules.checklists import Resolved
    from lint.rules.inherit import RuleSource
    from lint.rules.schema import Where

RULE_SUFFIXES = (".yaml", ".yml")


@dataclass
class OutlinePart:
    id: str  # "outline-2021/ch05"
    number: str  # "五"
    title: str
    reference: str = ""

    @property
    def pack(self) -> str:
        """The Outline pack the part belongs to: ``outline-2021``."""
        return self.id.partition("/")[0]


@dataclass
class RuleSet:
    rules: dict[str, Rule] = field(default_factory=dict)
    parts: dict[str, OutlinePart] = field(default_factory=dict)
    checklists: dict[str, Resolved] = field(default_factory=dict)  # bundled, by name

    def add(self, rule: Rule, where: Where | None = None) -> None:
        if rule.id in self.rules:
            other = self.rules[rule.id].origin
            location = where.location("id") if where else rule.origin
            raise RuleError(
                f"规则编号 {rule.id} 重复（已在 {other} 定义）", location=location, key="id"
            )
        self.rules[rule.id] = rule

    def find(self, name: str) -> Rule | None:
        """A rule by id, or by slug (the first rule with that slug, in load order)."""
        if name in self.rules:
            return self.rules[name]
        return next((r for r in self.rules.values() if r.slug == name), None)

    def part_titles(self, rules: Iterable[Rule]) -> tuple[str, ...]:
        """The titles of every part of the Outline packs these rules belong to, in a fixed
        order (the same whichever of a pack's rules are selected)."""
        packs = {self.parts[r.part].pack for r in rules if r.part in self.parts}
        return tuple(sorted({p.title for p in self.parts.values() if p.pack in packs}))


def rule_files(path: Path) -> list[Path]:
    """``path`` itself, or every ``*.yaml``/``*.yml`` under a folder, sorted."""
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in RULE_SUFFIXES)
    return [path]


def load_rule_paths(
    paths: list[Path], ruleset: RuleSet | None = None, *, root: Path | None = None
) -> RuleSet:
    """Load rule files and folders into ``ruleset``. Messages show paths relative to ``root``.

    All the files are read before any rule is built, so a rule may extend (``match.extends``)
    a rule of a file read after its own."""
    ruleset = ruleset if ruleset is not None else RuleSet()
    files: list[tuple[Path, str]] = []
    for path in paths:
        if not path.exists():
            raise RuleError("规则文件或目录不存在", location=str(path))
        files += [(file, _display(file, root)) for file in rule_files(path)]
    _load_files(files, ruleset)
    return ruleset


def load_bundled(extra: list[Path] | None = None, *, checklists: bool = True) -> RuleSet:
    """The bundled packs plus ``extra`` user rule paths; bundled checklists resolved.

    Without ``extra``, the result comes from the rule cache (``lint.rules.cache``) when the
    bundled files and the loader have not changed since it was written.
    """
    if not extra and checklists:
        from lint.rules.cache import cached_ruleset

        return cached_ruleset(lambda: _load_bundled([], checklists=True))
    return _load_bundled(extra, checklists=checklists)


def _load_bundled(extra: list[Path] | None, *, checklists: bool) -> RuleSet:
    bundled = rules_dir()
    ruleset = load_rule_paths([bundled], root=bundled.parent)
    load_rule_paths(list(extra or []), ruleset)
    if checklists:
        from lint.rules.resolve import load_bundled_checklists

        ruleset.checklists = load_bundled_checklists(ruleset)
    return ruleset


def load_rule_file(file: Path, ruleset: RuleSet, display: str | None = None) -> list[Rule]:
    """Load one rule file strictly into ``ruleset``; return its rules."""
    return _load_files([(file, display)], ruleset)


def _load_files(files: Sequence[tuple[Path, str | None]], ruleset: RuleSet) -> list[Rule]:
    """Read every file (parts included), then build and add their rules in file order."""
    from lint.rules.inherit import Builder

    sources = [
        source for file, display in files for source in _read_rule_file(file, display, ruleset)
    ]
    builder = Builder(sources, ruleset.rules, ruleset.parts)
    loaded = []
    for source in sources:
        rule = builder.build(source)
        ruleset.add(rule, source.where)
        loaded.append(rule)
    return loaded


def _read_rule_file(file: Path, display: str | None, ruleset: RuleSet) -> list[RuleSource]:
    """One file's rule mappings, unchecked; its Outline parts are added to ``ruleset``."""
    # The YAML reader and the rule checks are imported here: a run served by the rule cache
    # never parses a rule file (PyYAML alone takes ~10 ms to import).
    from lint.rules.inherit import RuleSource
    from lint.rules.schema import FILE_KEYS, Where, check_mapping
    from lint.rules.yamlnodes import load_yaml_with_lines

    data, lines = load_yaml_with_lines(file, display)
    top = Where(lines)
    if data is None:
        raise top.error("文件为空（规则文件需要 rules 列表）")
    check_mapping(data, FILE_KEYS, top)
    pack = _pack_id(data, top)
    _add_parts(data.get("parts") or [], pack, top.child("parts"), ruleset)
    return [
        RuleSource(raw, Where(lines, ("rules", index), ("rules", index)), pack)
        for index, raw in enumerate(data["rules"])
    ]


def _pack_id(data: dict[str, Any], top: Where) -> str:
    from lint.rules.schema import PACK_KEYS, check_mapping

    if data.get("pack") is None:
        return ""
    check_mapping(data["pack"], PACK_KEYS, top.child("pack"))
    return str(data["pack"]["id"])


def _add_parts(parts: list[Any], pack: str, where: Where, ruleset: RuleSet) -> None:
    from lint.rules.schema import PART_KEYS, check_mapping

    if parts and not pack:
        raise where.error("声明 parts 需要同时声明 pack.id")
    for index, raw in enumerate(parts):
        item = where.child(index)
        check_mapping(raw, PART_KEYS, item)
        part_id = f"{pack}/{raw['id']}"
        if part_id in ruleset.parts:
            raise item.error(f"纲要部分 {part_id} 重复定义", "id")
        ruleset.parts[part_id] = OutlinePart(
            part_id, str(raw.get("number") or ""), raw["title"].strip(), raw.get("reference") or ""
        )


def _display(file: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return file.relative_to(root).as_posix()
        except ValueError:
            pass
    return file.as_posix()
