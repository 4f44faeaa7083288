"""Faster ``re`` searches for alternations: a lookahead on the characters a match can start with.

Python's ``re`` skips ahead to a possible start only when a pattern opens with a literal, a
character class, or alternatives that each open with a literal. A pattern such as the grader's
``FACT`` (``\\d+…个|[两二…]+次|《…》|制定|…|(?<![务息])公开|…``) opens with none of these, so a
search tries every alternative at every position of the text. ``guarded(pattern)`` is the same
pattern behind ``(?=[…])``, the class of every character a match of it can begin with: at most
positions that single test fails, and the search moves on. Matches, groups and their names are
those of the pattern itself (the lookahead holds wherever a match starts, and adds no group).

The class is read from the parsed pattern: the first character consumed by every alternative
(past lookarounds and anchors, into groups and repeats of at least one). Where that is not a
plain set (a negated class ``[^…]``, an optional or empty start, inline flags, a backreference)
the pattern is returned as it is: a guard is only ever added where it is exact.
"""

from __future__ import annotations

import re
from typing import Any

from lint import recache
from lint.sreparse import constants as _c
from lint.sreparse import parser as _p

_ZERO_WIDTH = frozenset({_c.ASSERT, _c.ASSERT_NOT, _c.AT})
_REPEATS = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT})
_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead on its possible first characters, or ``pattern`` itself
    when they cannot be told (see the module docstring). The guarded pattern's text is kept
    between runs (``lint.recache.derived``): parsing a long alternation costs ~1 ms."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return pattern  # (a verbose pattern's comment could swallow the closing parenthesis)
    key = (pattern.pattern, pattern.flags)
    source = recache.derived("firstchar.guarded", key, lambda: guard_source(pattern))
    return pattern if source is None else re.compile(source, pattern.flags)


def found_by(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern whose ``search`` finds a match exactly where ``pattern``'s does (same ``pos``
    and ``endpos``), for a yes-or-no test: its match is only the first character of
    ``pattern``'s (and its groups are not to be read). It opens with the class of possible
    first characters, consumed, then checks from one character back that ``pattern`` matches
    there (``[…](?<=(?=…)[\\s\\S])``): ``re`` skips to a character of an opening class in a
    tight loop, where a pattern that opens with a lookahead (``guarded``) is tried at every
    position. ``pattern`` itself where no class can be told."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return pattern
    key = (pattern.pattern, pattern.flags)
    source = recache.derived("firstchar.found_by", key, lambda: _found_by_source(pattern))
    return pattern if source is None else re.compile(source, pattern.flags)


def _found_by_source(pattern: re.Pattern[str]) -> str | None:
    return _around_first(pattern, "{first}(?<=(?=(?:{body}))[\\s\\S])")


def _around_first(pattern: re.Pattern[str], template: str) -> str | None:
    """``template`` filled with the class of ``pattern``'s first characters and its text; None
    where no class can be told or the result does not compile."""
    first = _first_class(pattern)
    if first is None:
        return None
    source = template.format(first=first, body=pattern.pattern)
    try:
        re.compile(source, pattern.flags)
    except re.error:
        return None
    return source


def _first_class(pattern: re.Pattern[str]) -> str | None:
    """The class of the characters a match of ``pattern`` can begin with, or None."""
    try:
        items: list[tuple[Any, Any]] = []
        if not _first(_p.parse(pattern.pattern, pattern.flags).data, items):
            return None
        return _class(items)
    except (re.error, AttributeError, TypeError, ValueError):  # an unexpected parse
        return None


def guard_source(pattern: re.Pattern[str]) -> str | None:
    """The text of ``guarded(pattern)``; None where no guard is added."""
    return _around_first(pattern, "(?={first})(?:{body})")


def _first(sequence: Any, items: list[tuple[Any, Any]]) -> bool:
    """Add to ``items`` the class items of the first character any match of ``sequence``
    consumes; False when that cannot be told."""
    for op, av in sequence:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            items.append((op, av))
            return True
        if op is _c.IN:
            if any(item is _c.NEGATE for item, _ in av):
                return False
            items.extend(av)
            return True
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            return not (add_flags or del_flags) and _first(inner.data, items)
        if op in _REPEATS:
            least, _most, inner = av
            return least >= 1 and _first(inner.data, items)
        if op is _c.BRANCH:
            return all(_first(branch.data, items) for branch in av[1])
        return False
    return False  # the sequence can match without consuming a character


def _class(items: list[tuple[Any, Any]]) -> str | None:
    """``[…]`` of class items (literals, ranges, categories), or None for anything else."""
    parts = []
    for op, av in items:
        if op is _c.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is _c.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            return None
    return "[" + "".join(dict.fromkeys(parts)) + "]" if parts else None
