"""``match.extends``: a topic rule that takes another rule's ``match`` and adds to it.

The 2015–2020 Outline pack names most concepts the way the 2021–2025 pack does; a twin that
``extends`` the newer rule's ``match`` finds a concept with the same words in reports of both
eras without copying them. A user rule can extend a bundled one the same way (a local variant
of ``FZ1055`` with the province's own names for its committee).

Merging: for a list key (``any``, ``regex``, ``deeds``, ``related``, ``exclude``,
``exclude_regex``, ``boundary``) the rule's own items come first, so an error in one of them is
reported at its own line, and the parent's follow, less those the rule already lists; for
``components`` and ``umbrella`` the rule's own value, when given, replaces the parent's. The
parent may extend another rule in turn. A parent that is not loaded, has no ``match``, or
leads back to the rule is a load error at the ``extends`` line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from lint.model import Rule
from lint.rules.schema import Where

LIST_KEYS = ("any", "regex", "deeds", "related", "exclude", "exclude_regex", "boundary")


@dataclass(frozen=True)
class RuleSource:
    """One rule mapping as read from its file, before it is checked."""

    raw: Any
    where: Where
    pack: str

    @property
    def id(self) -> str | None:
        rule_id = self.raw.get("id") if isinstance(self.raw, dict) else None
        return rule_id if isinstance(rule_id, str) else None

    @property
    def parent(self) -> object:
        """The ``match.extends`` value, or ``None`` when the rule extends nothing."""
        match = self.raw.get("match") if isinstance(self.raw, dict) else None
        return match.get("extends") if isinstance(match, dict) else None


def extended_match(own: Mapping[str, Any], parent: Mapping[str, Any]) -> dict[str, Any]:
    """``own`` (without its ``extends``) merged over ``parent`` as the module docstring says."""
    merged = {key: value for key, value in own.items() if key != "extends"}
    for key, value in parent.items():
        if key not in merged:
            merged[key] = value
        elif key in LIST_KEYS and _listish(merged[key]) and _listish(value):
            mine = _as_list(merged[key])
            merged[key] = mine + [item for item in _as_list(value) if item not in mine]
    return merged


def _listish(value: Any) -> bool:
    return isinstance(value, (str, list))


def _as_list(value: str | list[Any]) -> list[Any]:
    return [value] if isinstance(value, str) else list(value)


class Builder:
    """Builds the rules of one load, each parent before the rules that extend it.

    ``loaded`` holds the rules of earlier loads (the bundled packs, when a user's files are
    loaded on top of them): a rule may extend one of those too. ``parts``: the Outline parts
    the rules may name.
    """

    def __init__(
        self,
        sources: Sequence[RuleSource],
        loaded: Mapping[str, Rule],
        parts: Mapping[str, object],
    ) -> None:
        self._by_id: dict[str, RuleSource] = {}
        for source in sources:
            if source.id is not None:
                self._by_id.setdefault(source.id, source)
        self._loaded = loaded
        self._parts = parts
        self._built: dict[int, Rule] = {}
        self._building: list[str] = []

    def build(self, source: RuleSource) -> Rule:
        from lint.rules.build import build_rule

        key = id(source)
        if key not in self._built:
            raw = source.raw
            if source.parent is None:
                rule = build_rule(raw, source.where, source.pack, self._parts)
            else:
                match = extended_match(raw["match"], self._parent_match(source))
                rule = build_rule({**raw, "match": match}, source.where, source.pack, self._parts)
                rule = replace(rule, extends=str(source.parent))
            self._built[key] = rule
        return self._built[key]

    def _parent_match(self, source: RuleSource) -> Mapping[str, Any]:
        name = source.parent
        if not isinstance(name, str):
            raise source.where.error("应为被继承规则的编号（字符串）", "match", "extends")
        if name == source.id or name in self._building:
            chain = " → ".join([*self._building, source.id or "?", name])
            raise source.where.error(f"match.extends 形成循环：{chain}", "match", "extends")
        parent_source = self._by_id.get(name)
        if parent_source is not None:
            self._building.append(source.id or "?")
            try:
                parent = self.build(parent_source)
            finally:
                self._building.pop()
        elif name in self._loaded:
            parent = self._loaded[name]
        else:
            raise source.where.error(
                f"match.extends 引用的规则 {name} 不存在（须为已加载的规则编号）",
                "match",
                "extends",
            )
        match = parent.params.get("match")
        if not isinstance(match, Mapping):
            raise source.where.error(
                f"规则 {name} 没有 match，无法继承（只能继承 topic 规则）", "match", "extends"
            )
        return match
