"""Regular expressions in rules: RE2, a linear-time engine, with character offsets.

Every regex that comes from a rule file (bundled or a user's ``--rules``) is compiled here,
never with ``re``: RE2 runs in time linear in the text, so no pattern can hang a run through
catastrophic backtracking. The price is RE2's syntax: no lookaround (``(?=…)``, ``(?!…)``,
``(?<=…)``, ``(?<!…)``), no backreferences (``\\1``), no possessive quantifiers; such a
pattern is a load error that says so.

Offsets: spans are *character* offsets, so they index ``doc.text`` directly. The ``re2``
binding would encode the whole text to UTF-8 and count characters from its start on every
call; ``Pattern.search``/``finditer`` instead keep the last text's UTF-8 bytes (``_Encoded``)
and convert offsets through checkpoints, so many searches over one document, each in a region
(``pos``/``endpos``), cost what their regions cost. ``matches`` goes through the binding.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Sequence
from typing import Any

import ahocorasick_rs
import re2

from lint.errors import RuleError
from lint.offsets import Span
from lint.rules.atoms import Requirements, requirements
from lint.rules.tails import nonempty, tails

RE2_LIMITS = (
    "规则中的正则表达式由 RE2 引擎执行（线性时间），不支持前瞻/后行断言 (?=…) (?!…) (?<=…) (?<!…)、"
    "反向引用 \\1 和占有量词"
)


def _options() -> Any:
    options = re2.Options()
    options.log_errors = False  # errors are reported by us, with file and line
    return options


def _raw_search(regex: Any) -> Any:
    """The binding's compiled ``RE2`` object's ``Match`` bound to an unanchored search over
    bytes, ``(data, pos, endpos) -> spans``, or ``None`` when this binding has none.

    ``re2._Regexp.search`` over bytes calls the same ``Match`` but through a generator that
    wraps the spans in a match object: ~2 µs a call, and a report makes a few hundred calls.
    The result is the same: the byte span of the whole match (group 0), ``(-1, -1)`` if none.
    """
    raw = getattr(regex, "_regexp", None)
    anchor = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)
    if raw is None or anchor is None or not callable(getattr(raw, "Match", None)):
        return None
    match = raw.Match
    return lambda data, pos, endpos: match(anchor, data, pos, endpos)[0]


def _wrapped_search(regex: Any) -> Any:
    """``_raw_search`` through the binding's public ``search``: the plain path."""

    def search(data: bytes, pos: int, endpos: int) -> tuple[int, int]:
        match = regex.search(data, pos, endpos)
        return _NO_MATCH if match is None else match.span()

    return search


_NO_MATCH = (-1, -1)


class Pattern:
    """A compiled rule regex. ``source`` is the pattern as written in the rule."""

    __slots__ = ("_plain", "_regex", "_search", "_text", "source")

    def __init__(self, source: str, regex: Any, *, plain: bool = False, text: str = "") -> None:
        """``regex``: the compiled RE2 object, or ``None`` to compile ``text`` (else
        ``source``) when first used (``lazy_pattern``)."""
        self.source = source
        self._text = text or source
        self._regex = regex
        self._plain = plain
        # (bytes, pos, endpos) -> the byte span of the first match, (-1, -1) if none
        self._search = self._first_search if regex is None else self._searcher(regex)

    def _searcher(self, regex: Any) -> Any:
        return (None if self._plain else _raw_search(regex)) or _wrapped_search(regex)

    @property
    def regex(self) -> Any:
        """The compiled RE2 object (compiled now if the pattern is lazy)."""
        if self._regex is None:
            self._regex = re2.compile(self._text, _options())
            self._search = self._searcher(self._regex)
        return self._regex

    def _first_search(self, data: bytes, pos: int, endpos: int) -> tuple[int, int]:
        """A lazy pattern's search: compiles it, then searches as every later call does."""
        self.regex  # noqa: B018  (compiles it and replaces ``_search``)
        result: tuple[int, int] = self._search(data, pos, endpos)
        return result

    def __reduce__(self) -> tuple[Any, ...]:
        return (_pattern, (self.source, self.regex, self._plain))

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Span]:
        """Non-overlapping matches in ``text[pos:endpos]`` as character spans of ``text``.

        The binding's own loop over the UTF-8 bytes, with its step of one character past an
        empty match.
        """
        encoded = _encoded(text)
        bounds = encoded.byte_range(pos, endpos)
        if bounds is not None:
            found: list[Span] = []
            self.byte_spans(encoded, *bounds, found)
            yield from found

    def byte_spans(
        self, encoded: _Encoded, at: int, end: int, out: list[Span], nonempty: bool = False
    ) -> None:
        """The matches in the bytes ``at``–``end`` of an encoded text (the rest of the text is
        the context of ``^``, ``$`` and ``\\b``) added to ``out``: a loop, not a generator, as
        most of the calls (one a line and live pattern) find nothing. ``nonempty``: every match
        of the pattern holds a character, so none is left to find after a match that ends at
        ``end`` (a search of nothing: a call saved, ~1 in 7 of a report's)."""
        search, data = self._search, encoded.data
        while True:
            start, stop = search(data, at, end)
            if start < 0:
                return
            out.append(Span(encoded.char_at(start), encoded.char_at(stop)))
            if at == end or (nonempty and stop == end):
                return
            at = encoded.next_char(at) if at == stop else stop

    def matches(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        """RE2 match objects, character offsets. ``group(name)``/``groupdict()`` take names,
        but ``start``/``end``/``span`` take a group *number* only (``regex.groupindex``)."""
        return self.regex.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Span | None:
        """The first match as a character span, or ``None``."""
        encoded = _encoded(text)
        bounds = encoded.byte_range(pos, endpos)
        if bounds is None:
            return None
        start, end = self._search(encoded.data, *bounds)
        if start < 0:
            return None
        return Span(encoded.char_at(start), encoded.char_at(end))

    @property
    def groupindex(self) -> dict[str, int]:
        return dict(self.regex.groupindex)

    def __repr__(self) -> str:
        return f"Pattern({self.source!r})"


def _pattern(source: str, regex: Any, plain: bool) -> Pattern:
    return Pattern(source, regex, plain=plain)


class PatternSet:
    """Which of many patterns may match in a text; and all their matches, line by line
    (``line_matches``), each pattern searched only in the lines where it may match: ~0.7 ms
    per report for the topic patterns against ~2 ms for a search of the whole text by every
    live pattern.

    What a pattern may match is read from its source (``lint.rules.atoms``: literal strings
    every match contains); the strings of all patterns are found in a line by one Aho-Corasick
    automaton (``_Prefilter``), and a pattern whose required strings are not all there cannot
    match in it, so its search is skipped (a pattern without known requirements is always
    searched). RE2's own ``FilteredRE2`` (``re2.Filter``) did this before: it compiled every
    pattern up front (~25 ms of a worker's warm-up, ~120 of the ~240 topic patterns never
    searched in a report) and its literal automaton, a DFA built as texts need it, cost ~0.7
    ms a report in a batch (cache misses) and ~17 ms more over a fresh worker's first reports.
    Patterns are compiled when first searched (``lazy_pattern``).
    """

    def __init__(self, patterns: Sequence[Pattern]) -> None:
        self.patterns = tuple(patterns)
        self.index = {id(p): i for i, p in enumerate(patterns)}
        # the literals each pattern's every match ends with (``lint.rules.tails``), or None
        self.tails = [tails(p.source) for p in self.patterns]
        # whether each pattern's every match holds a character (``lint.rules.tails``)
        self.nonempty = [nonempty(p.source) for p in self.patterns]
        self._prefilter = _Prefilter([requirements(p.source) for p in self.patterns])

    def live(self, text: str) -> frozenset[int]:
        """Indices of the patterns that may match in ``text`` (a superset of those that do)."""
        return frozenset(self._prefilter.live(text))

    def line_matches(self, text: str) -> list[list[Span]]:
        """Every pattern's matches in ``text``, line by line (a match never spans a line
        break): in each line, only the patterns that may match there are run, each over that
        line alone, so a search costs what its lines cost, not the whole text; and a pattern
        whose matches end with known literals only up to the end of the last of them in the
        line (``lint.rules.tails``)."""
        encoded = _encoded(text)
        data = encoded.data
        found: list[list[Span]] = [[] for _ in self.index]
        patterns, tails, nonempty = self.patterns, self.tails, self.nonempty
        live = self._prefilter.live
        at = 0
        for line, chars in zip(data.split(b"\n"), text.split("\n"), strict=True):
            end = at + len(line)
            if line:
                for index in live(chars):
                    ends = tails[index]
                    stop = end if ends is None else _last_end(data, ends, at, end)
                    if stop > at:  # (no ending in the line: no match)
                        patterns[index].byte_spans(encoded, at, stop, found[index], nonempty[index])
            at = end + 1
        return found


class _Prefilter:
    """The patterns that may match in a text: those whose every requirement
    (``lint.rules.atoms``) has one of its strings there, found by one Aho-Corasick automaton
    of all the strings (a contiguous NFA: compact, no states built per text)."""

    def __init__(self, needs: Sequence[Requirements | None]) -> None:
        self.always = [index for index, need in enumerate(needs) if need is None]
        self.full = [(1 << len(need)) - 1 if need else 0 for need in needs]
        strings: dict[str, list[tuple[int, int]]] = {}  # string → (pattern, requirement bit)
        for index, need in enumerate(needs):
            for bit, alternatives in enumerate(need or ()):
                for string in alternatives:
                    strings.setdefault(string, []).append((index, 1 << bit))
        self.owners = [tuple(owners) for owners in strings.values()]
        self.automaton = None
        if strings:
            self.automaton = ahocorasick_rs.AhoCorasick(
                list(strings),
                matchkind=ahocorasick_rs.MatchKind.Standard,  # every occurrence, overlaps too
                implementation=ahocorasick_rs.Implementation.ContiguousNFA,
            )

    def live(self, text: str) -> list[int]:
        """Indices of the patterns that may match in ``text``: those without requirements,
        then those whose requirements are all met."""
        if self.automaton is None:
            return self.always
        present = {k for k, _, _ in self.automaton.find_matches_as_indexes(text, overlapping=True)}
        if not present:
            return self.always
        met: dict[int, int] = {}
        owners = self.owners
        for string in present:
            for index, bit in owners[string]:
                met[index] = met.get(index, 0) | bit
        full = self.full
        return [*self.always, *(index for index, bits in met.items() if bits == full[index])]


def _last_end(data: bytes, ends: tuple[bytes, ...], at: int, end: int) -> int:
    """Where the last of ``ends`` in ``data[at:end]`` ends; -1 if none is there."""
    last = -1
    for literal in ends:
        found = data.rfind(literal, at, end)
        if found >= 0 and found + len(literal) > last:
            last = found + len(literal)
    return last


class _Encoded:
    """A text's UTF-8 bytes, with the byte offset of every ``STEP``-th character."""

    STEP = 256

    def __init__(self, text: str) -> None:
        self.text = text
        self.data = text.encode("utf-8")
        self.ascii = len(self.data) == len(text)
        sizes = (
            len(text[i : i + self.STEP].encode("utf-8")) for i in range(0, len(text), self.STEP)
        )
        self.marks = [0, *itertools.accumulate(sizes)][:-1] or [0]

    def byte_range(self, pos: int, endpos: int | None) -> tuple[int, int] | None:
        """The binding's clamping of ``pos``/``endpos``, in bytes; None for an empty range."""
        pos = max(0, min(pos, len(self.text)))
        endpos = len(self.text) if endpos is None else max(0, min(endpos, len(self.text)))
        if pos > endpos:
            return None
        return self.byte_at(pos), self.byte_at(endpos)

    def byte_at(self, char: int) -> int:
        if self.ascii:
            return char
        index = min(char // self.STEP, len(self.marks) - 1)
        return self.marks[index] + len(self.text[index * self.STEP : char].encode("utf-8"))

    def char_at(self, byte: int) -> int:
        """The character offset of a byte offset at a character boundary."""
        if self.ascii:
            return byte
        index = bisect.bisect_right(self.marks, byte) - 1
        return index * self.STEP + len(self.data[self.marks[index] : byte].decode("utf-8"))

    def next_char(self, byte: int) -> int:
        """The byte offset one character after ``byte``."""
        char = self.char_at(byte)
        return byte + len(self.text[char : char + 1].encode("utf-8"))


_LAST: list[_Encoded] = []


def _encoded(text: str) -> _Encoded:
    """The encoding of ``text``, kept for the next call (checks scan one document at a time)."""
    if _LAST and _LAST[0].text is text:
        return _LAST[0]
    found = _Encoded(text)
    _LAST[:] = [found]
    return found


def compile_pattern(
    pattern: object, location: str = "", key: str = "", *, allow_empty: bool = False
) -> Pattern:
    """Compile a rule's regex with RE2, or raise ``RuleError`` at ``location`` / ``key``.

    A pattern that can match the empty string is refused unless ``allow_empty``: it would
    "match" everywhere and make a rule fire (or a topic look covered) on any text.
    """
    if not isinstance(pattern, str) or not pattern:
        raise RuleError("正则表达式必须是非空字符串", location=location, key=key)
    try:
        regex = re2.compile(pattern, _options())
    except re2.error as exc:
        detail = exc.args[0] if exc.args else exc
        if isinstance(detail, bytes):
            detail = detail.decode("utf-8", "replace")
        raise RuleError(
            f"正则表达式无效：{pattern}（{detail}）。{RE2_LIMITS}", location=location, key=key
        ) from None
    if not allow_empty and regex.search("") is not None:
        raise RuleError(
            f"正则表达式 {pattern} 可匹配空字符串，会在任何文本上命中", location=location, key=key
        )
    return Pattern(pattern, regex)


def lazy_pattern(pattern: str, *, line_edges: bool = False) -> Pattern:
    """A pattern ``compile_pattern`` has already accepted (a loaded rule's), compiled with RE2
    only when first searched: a matcher whose ``PatternSet`` never finds a pattern possible
    in any line never compiles it. ``line_edges``: compiled under ``(?m)``, so that ``^`` and
    ``$`` are the edges of a line (the pattern is searched line by line, in the whole text as
    context, where plain ``^`` would be the start of the text alone). Its ``source`` stays as
    written, for ``lint.rules.tails`` and ``lint.rules.atoms``, whose readings hold either way
    (tails refuses ``$``; to atoms an anchor requires nothing)."""
    return Pattern(pattern, None, text=f"(?m){pattern}" if line_edges else pattern)
