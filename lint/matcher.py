"""One pass over a document for every topic rule: where each topic is mentioned.

All literal strings of all topic rules (``any`` terms, ``components`` terms, ``exclude``
contexts) go into ONE Aho-Corasick automaton, built once per rule set and cached; each rule's
RE2 patterns are compiled once. A scan runs the automaton over the text once, runs each
compiled pattern once (line by line, only where its literals occur:
``PatternSet.line_matches``), then per rule drops hits inside an ``exclude`` context, drops short
hits glued to a neighbour by a dictionary word (``lint.segment.glued``), adds the hits of
``deeds`` patterns (``Scan.deeds`` keeps them apart for the grader), and turns
``components`` into hits where enough of them meet in one paragraph (or section, sentence).
The hits of ``related`` patterns count too, and ``Scan.related`` keeps apart those no other
key found: the grader rates them at most ``weak``.
The keys themselves are documented in ``lint.checks.topics``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import ahocorasick_rs

from lint.errors import RuleError
from lint.memo import Kept
from lint.model import Document, Rule
from lint.offsets import Span, sorted_spans
from lint.rules.regex import Pattern, PatternSet, compile_pattern, lazy_pattern
from lint.segment import Cuts, glued

MATCH_KEYS = frozenset(
    {
        "any",
        "regex",
        "deeds",
        "related",
        "components",
        "exclude",
        "exclude_regex",
        "boundary",
        "umbrella",
    }
)
WITHIN = ("paragraph", "section", "sentence")
SHORT_TERM = 2  # terms this short always have their word boundaries checked


@dataclass
class Components:
    min: int
    groups: list[list[str]]
    within: str = "paragraph"


@dataclass
class Spec:
    """A topic rule's ``match`` mapping, checked and compiled."""

    rule: str
    any: list[str] = field(default_factory=list)
    regex: list[Pattern] = field(default_factory=list)
    deeds: list[Pattern] = field(default_factory=list)
    related: list[Pattern] = field(default_factory=list)
    components: Components | None = None
    exclude: list[str] = field(default_factory=list)
    exclude_regex: list[Pattern] = field(default_factory=list)
    boundary: frozenset[str] = frozenset()
    umbrella: bool = False  # a heading naming it may head other topics' work (``Grader``)
    # the literal terms (``any`` and components) whose word boundaries are checked: the
    # short ones and those listed in ``boundary``
    glue: frozenset[str] = frozenset()


def parse_spec(rule: Rule, *, checked: bool = False) -> Spec:
    """Check and compile ``rule.params["match"]``; ``RuleError`` names the bad key.
    ``checked``: the rule was loaded (and so checked): its patterns are compiled when first
    searched (``lazy_pattern``)."""
    match = rule.params.get("match")
    if not isinstance(match, Mapping):
        raise _error(rule, "topic 规则需要 match 映射（any、regex 或 components）", "match")
    unknown = sorted(set(match) - MATCH_KEYS)
    if unknown:
        allowed = "、".join(sorted(MATCH_KEYS))
        raise _error(
            rule, f"match 中有未知的键 {unknown[0]}（可用：{allowed}）", f"match.{unknown[0]}"
        )
    spec = Spec(
        rule=rule.id,
        any=_strings(rule, match, "any"),
        regex=_patterns(rule, match, "regex", checked),
        deeds=_patterns(rule, match, "deeds", checked),
        related=_patterns(rule, match, "related", checked),
        components=_components(rule, match.get("components")),
        exclude=_strings(rule, match, "exclude"),
        exclude_regex=_patterns(rule, match, "exclude_regex", checked),
    )
    spec.boundary = frozenset(_strings(rule, match, "boundary"))
    umbrella = match.get("umbrella", False)
    if not isinstance(umbrella, bool):
        raise _error(rule, "应为布尔值（true 或 false）", "match.umbrella")
    spec.umbrella = umbrella
    groups = spec.components.groups if spec.components else []
    literals = [*spec.any, *(term for group in groups for term in group)]
    spec.glue = spec.boundary.union(t for t in literals if len(t) <= SHORT_TERM)
    if not (spec.any or spec.regex or spec.deeds or spec.related or spec.components):
        raise _error(rule, "match 需要 any、regex、deeds 或 components 之一", "match")
    return spec


def _error(rule: Rule, message: str, key: str) -> RuleError:
    return RuleError(message, location=rule.origin, key=key)


def _strings(rule: Rule, match: Mapping[str, Any], key: str) -> list[str]:
    value = match.get(key)
    if value is None:
        return []
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list):
        raise _error(rule, "应为字符串列表", f"match.{key}")
    for index, item in enumerate(items):
        if not isinstance(item, str) or not item.strip():
            raise _error(rule, "应为非空字符串", f"match.{key}[{index}]")
    return [item.strip() for item in items]


def _patterns(
    rule: Rule, match: Mapping[str, Any], key: str, checked: bool = False
) -> list[Pattern]:
    value = match.get(key)
    items = [value] if isinstance(value, str) else value or []
    if not isinstance(items, list):
        raise _error(rule, "应为正则表达式列表", f"match.{key}")
    if checked:
        return [lazy_pattern(item, line_edges=True) for item in items]
    return [
        compile_pattern(item, rule.origin, f"match.{key}[{index}]")
        for index, item in enumerate(items)
    ]


def _components(rule: Rule, raw: Any) -> Components | None:
    if raw is None:
        return None
    key = "match.components"
    if not isinstance(raw, Mapping) or set(raw) - {"min", "of", "within"}:
        raise _error(rule, "components 应为 {min: 整数, of: [[词, …], …], within: …}", key)
    groups = raw.get("of")
    if not isinstance(groups, list) or not groups:
        raise _error(rule, "components.of 应为非空的词组列表", f"{key}.of")
    for index, group in enumerate(groups):
        if not isinstance(group, list) or not group:
            raise _error(rule, "每个成分应为非空的词列表", f"{key}.of[{index}]")
        if not all(isinstance(term, str) and term.strip() for term in group):
            raise _error(rule, "成分中的词应为非空字符串", f"{key}.of[{index}]")
    least = raw.get("min", len(groups))
    if not isinstance(least, int) or isinstance(least, bool) or not 1 <= least <= len(groups):
        raise _error(rule, f"components.min 应为 1 到 {len(groups)} 的整数", f"{key}.min")
    within = raw.get("within", "paragraph")
    if within not in WITHIN:
        raise _error(rule, f"components.within 应为 {'、'.join(WITHIN)} 之一", f"{key}.within")
    return Components(least, [[t.strip() for t in g] for g in groups], within)


@dataclass
class Scan:
    """What one scan found: rule id → sorted hits (spans of the text) that count for that
    topic, and rule id → those of its hits that ``deeds`` (``related``) patterns found; and the
    scanned rules whose ``match.umbrella`` is set."""

    hits: dict[str, list[Span]]
    deeds: dict[str, frozenset[Span]]
    related: dict[str, frozenset[Span]] = field(default_factory=dict)
    umbrellas: frozenset[str] = frozenset()


class TopicMatcher:
    """The compiled form of a set of topic rules; ``scan`` gives each rule's hits."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)  # kept so cache keys (ids) stay unique while cached
        self.specs = [parse_spec(rule, checked=True) for rule in rules]
        self.umbrellas = frozenset(spec.rule for spec in self.specs if spec.umbrella)
        self.automaton = _automaton(self.specs)  # a ``Literals``
        self.patterns = PatternSet(
            [p for s in self.specs for p in (*s.regex, *s.deeds, *s.related, *s.exclude_regex)]
        )
        self._found: tuple[str, list[list[Span]]] | None = None

    def scan(self, doc: Document) -> Scan:
        """Each rule's hits in ``doc.text`` that count for its topic, and which of them are
        ``deeds`` (phrases that are the work itself)."""
        text = doc.text
        found = _literal_hits(self.automaton, text, len(self.specs))
        cuts = Cuts.of(text)
        result: dict[str, list[Span]] = {}
        found_deeds: dict[str, frozenset[Span]] = {}
        found_related: dict[str, frozenset[Span]] = {}
        stuck: dict[tuple[int, int], bool] = {}  # (start, end) → glued (topics share terms)
        for index, spec in enumerate(self.specs):
            terms, groups, excluded = found[index]
            if spec.exclude_regex:
                excluded += self._matches(spec.exclude_regex, text)
            glue = spec.glue  # (``_counts`` written out: ~200 terms a report)
            hits = [
                h
                for h, term in terms
                if (not excluded or _clear(h, excluded))
                and (term not in glue or not _glued(text, h, stuck))
            ]
            if spec.regex:
                hits += [s for s in self._matches(spec.regex, text) if _clear(s, excluded)]
            if spec.deeds:
                deeds = self._matches(spec.deeds, text)
                found_deeds[spec.rule] = frozenset(deeds)
                hits += [s for s in deeds if _clear(s, excluded)]
            if spec.components:
                hits += _component_hits(spec, doc, cuts, groups, excluded, stuck)
            if spec.related:  # only what no other key found is merely related
                related = {s for s in self._matches(spec.related, text) if _clear(s, excluded)}
                found_related[spec.rule] = frozenset(related.difference(hits))
                hits += related
            result[spec.rule] = sorted_spans(hits) if hits else []
        return Scan(result, found_deeds, found_related, self.umbrellas)

    def _matches(self, patterns: list[Pattern], text: str) -> list[Span]:
        """The matches of ``patterns`` in the text, line by line (``PatternSet.line_matches``:
        all patterns of the rule set at once, kept for the text being scanned)."""
        if not patterns:
            return []
        if self._found is None or self._found[0] is not text:
            self._found = (text, self.patterns.line_matches(text))
        found, index = self._found[1], self.patterns.index
        return [s for p in patterns for s in found[index[id(p)]]]


_Found = tuple[list[tuple[Span, str]], dict[int, list[tuple[Span, str]]], list[Span]]
# A literal's payload: the term, and the rules it is an ``any`` term of, a component of
# (rule, group) and an exclusion of.
_Payload = tuple[str, tuple[int, ...], tuple[tuple[int, int], ...], tuple[int, ...]]


@dataclass
class Literals:
    """Every literal of a rule set in one Aho-Corasick automaton, and each one's payload by
    its index in the automaton. ``ahocorasick_rs`` finds all ~230 occurrences in a report in
    ~0.1 ms; ``pyahocorasick`` took ~0.4 ms: its trie nodes look a character up among their
    children one by one, ~180 at the root (the terms' first characters), and a character of
    the text that starts no term is such a miss at the root. The automaton is a contiguous NFA,
    not a DFA: a DFA of ~530 terms is a table of a few hundred KB that the rest of a report's
    work pushes out of the cache, so in a batch its scan cost ~0.23 ms a report (~0.07 run
    back to back) against ~0.14 for the compact NFA."""

    payloads: list[_Payload]
    automaton: Any  # None when the rules have no literal

    def __len__(self) -> int:
        return len(self.payloads)


def _automaton(specs: list[Spec]) -> Literals:
    """One automaton of every literal, with each literal's payload (``_Payload``)."""
    payloads: dict[str, tuple[list[int], list[tuple[int, int]], list[int]]] = {}
    for index, spec in enumerate(specs):
        for term in spec.any:
            payloads.setdefault(term, ([], [], []))[0].append(index)
        for group_index, group in enumerate(spec.components.groups if spec.components else []):
            for term in group:
                payloads.setdefault(term, ([], [], []))[1].append((index, group_index))
        for term in spec.exclude:
            payloads.setdefault(term, ([], [], []))[2].append(index)
    terms = list(payloads)
    automaton = None
    if terms:
        automaton = ahocorasick_rs.AhoCorasick(
            terms,
            matchkind=ahocorasick_rs.MatchKind.Standard,  # every occurrence, overlaps too
            implementation=ahocorasick_rs.Implementation.ContiguousNFA,  # (see above)
        )
    found = [(term, tuple(a), tuple(c), tuple(e)) for term, (a, c, e) in payloads.items()]
    return Literals(found, automaton)


def literal_matches(literals: Literals, text: str) -> list[tuple[int, int, int]]:
    """Every occurrence of every literal in ``text`` (overlapping ones too), as
    ``(payload index, start, end)`` in characters."""
    if literals.automaton is None:
        return []
    found: list[tuple[int, int, int]] = literals.automaton.find_matches_as_indexes(
        text, overlapping=True
    )
    return found


def _literal_hits(literals: Literals, text: str, count: int) -> list[_Found]:
    found: list[_Found] = [([], {}, []) for _ in range(count)]
    terms = [f[0] for f in found]
    groups = [f[1] for f in found]
    excluded = [f[2] for f in found]
    payloads = literals.payloads
    for index, start, end in literal_matches(literals, text):
        term, anys, components, excludes = payloads[index]
        span = Span(start, end)
        if anys:
            hit = (span, term)
            for rule in anys:
                terms[rule].append(hit)
        for rule, group in components:
            groups[rule].setdefault(group, []).append((span, term))
        for rule in excludes:
            excluded[rule].append(span)
    return found


def _clear(hit: Span, excluded: list[Span]) -> bool:
    return not excluded or not any(hit.overlaps(e) for e in excluded)


def _glued(text: str, hit: Span, stuck: dict[tuple[int, int], bool]) -> bool:
    """``glued``, decided once per span of the text (``stuck``: the answers so far; ~12% of
    the spans asked about are asked again, for another topic with the same term)."""
    key = (hit.start, hit.end)
    found = stuck.get(key)
    if found is None:
        found = stuck[key] = glued(text, hit)
    return found


def _counts(
    spec: Spec,
    text: str,
    hit: Span,
    term: str,
    excluded: list[Span],
    stuck: dict[tuple[int, int], bool],
) -> bool:
    """A literal hit outside every exclusion, not glued to its neighbours when its term is one
    whose boundaries are checked (``Spec.glue``; ``stuck``: see ``_glued``)."""
    if not _clear(hit, excluded):
        return False
    return term not in spec.glue or not _glued(text, hit, stuck)


def _component_hits(
    spec: Spec,
    doc: Document,
    cuts: Cuts,
    groups: dict[int, list[tuple[Span, str]]],
    excluded: list[Span],
    stuck: dict[tuple[int, int], bool],
) -> list[Span]:
    """Component hits in every container where at least ``min`` groups meet. A container
    whose hits (counting or not) come from too few groups is skipped before any hit's word
    boundaries are decided: dropping hits cannot add groups."""
    assert spec.components is not None
    least, within = spec.components.min, spec.components.within
    # (container start, end) → group → its hits (tuple keys: a Span's __hash__ is Python code)
    by_container: dict[tuple[int, int], dict[int, list[tuple[Span, str]]]] = {}
    for group, hits in groups.items():
        for hit, term in hits:
            box = _container(doc, cuts, hit.start, within)
            key = (box.start, box.end)
            by_container.setdefault(key, {}).setdefault(group, []).append((hit, term))
    out: list[Span] = []
    for met in by_container.values():
        if len(met) < least:
            continue
        kept = [
            counted
            for hits in met.values()
            if (counted := [h for h, t in hits if _counts(spec, doc.text, h, t, excluded, stuck)])
        ]
        if len(kept) >= least:
            out.extend(hit for hits in kept for hit in hits)
    return out


def _container(doc: Document, cuts: Cuts, offset: int, within: str) -> Span:
    if within == "sentence":
        return cuts.sentence(offset)
    if within == "section":
        section = doc.section_at(offset)
        if section is not None:
            return section.body
    return doc.paragraph_at(offset) or cuts.sentence(offset)


_MATCHERS: Kept[tuple[tuple[str, int], ...], TopicMatcher] = Kept()


def matcher_for(rules: Sequence[Rule]) -> TopicMatcher:
    """The compiled matcher for these rules, built once and kept (keyed by rule identity)."""
    key = tuple((rule.id, id(rule.params)) for rule in rules)
    return _MATCHERS.get(key, lambda: TopicMatcher(rules))
