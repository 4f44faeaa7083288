"""The literal strings a rule regex's every match must contain, to skip lines it cannot match.

``PatternSet.line_matches`` searches a pattern only in the lines where it may match. What it
may match is read here from the pattern itself: a list of *requirements*, each a set of
literal strings one of which every match contains (``法治(?:政府)?建设[^。；，\\n]{0,12}督导``:
one of 法治建设/法治政府建设, and 督导). A line that lacks every string of one requirement holds
no match. The strings are found in a report by one Aho-Corasick automaton of all of them.

As for ``lint.rules.tails``, the pattern is parsed by Python's ``re`` parser, only when its
syntax means the same to RE2 (``_REFUSED``); otherwise, or when nothing is required, the
pattern has no requirements (None) and is searched in every line. A run of literals, small
classes of literals (``审[查核]``), optional groups and alternations of such (``(?:政府)?``)
gives the strings of the run itself, crossed (at most ``MAX_STRINGS``); a group, an
alternation whose every branch requires something, or an item repeated at least once gives
what it requires. At most ``KEPT`` requirements are kept, those of the longest strings.
"""

from __future__ import annotations

import re
from typing import Any

from lint import recache
from lint.sreparse import DIFFERENT_SYNTAX, literal_class, read_parsed
from lint.sreparse import constants as _c

MAX_STRINGS = 16  # a requirement of more strings is left out (too many to look for)
MAX_CHARS = 8  # a class of more characters is no literal
KEPT = 2  # requirements kept per pattern
# RE2 syntax ``re`` may read otherwise (``DIFFERENT_SYNTAX``; flags but ``(?m)``): unlike
# ``lint.rules.tails``, ``$`` and ``(?m)`` are kept, anchors that require nothing
_REFUSED = re.compile(r"\(\?(?!:|P<|m\))|" + DIFFERENT_SYNTAX)

Requirements = tuple[tuple[str, ...], ...]


def requirements(source: str) -> Requirements | None:
    """The requirements of ``source``: sets of strings, one string of each set in every match;
    None when none is known. Kept between runs (``lint.recache.derived``, under ``_KEPT_AS``:
    a new name whenever this reading changes, so that no run takes an older one's)."""
    return recache.derived(_KEPT_AS, source, lambda: _requirements(source))


_KEPT_AS = "rules.atoms.1"


def _requirements(source: str) -> Requirements | None:
    found = read_parsed(source, _REFUSED, lambda pattern: _sequence(list(pattern.data)))
    if found is None:
        return None
    kept = [tuple(sorted(s)) for s in found if s and all(s) and len(s) <= MAX_STRINGS]
    kept.sort(key=lambda s: (-min(map(len, s)), len(s), s))
    return tuple(kept[:KEPT]) or None


def _sequence(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """What a sequence requires: each run of exact items as its strings, and what the other
    items require."""
    out: list[frozenset[str]] = []
    run = [""]
    for op, av in items:
        exact = _exact([(op, av)])
        if exact is not None and len(run) * len(exact) <= MAX_STRINGS:
            run = [r + e for r in run for e in exact]
            continue
        if run != [""]:
            out.append(frozenset(run))
        run = [""]
        if exact is not None:  # too many with the run: a run of its own
            run = exact
        else:
            out += _item(op, av)
    if run != [""]:
        out.append(frozenset(run))
    return out


def _item(op: Any, av: Any) -> list[frozenset[str]]:
    """What one item that is not exact requires."""
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        return [] if add_flags or del_flags else _sequence(list(inner.data))
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _sequence(list(branch.data))
            if not found:
                return []
            union |= max(found, key=lambda s: (min(map(len, s)), -len(s)))
        return [frozenset(union)]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        least, _most, inner = av
        return _sequence(list(inner.data)) if least >= 1 else []
    return []


def _exact(items: list[tuple[Any, Any]]) -> list[str] | None:
    """Every string the sequence can match, when they are few; else None."""
    run = [""]
    for op, av in items:
        if op is _c.LITERAL:
            strings = [chr(av)]
        elif op is _c.IN and (chars := literal_class(av, MAX_CHARS)) is not None:
            strings = chars
        elif op is _c.SUBPATTERN and not av[1] and not av[2]:
            found = _exact(list(av[3].data))
            if found is None:
                return None
            strings = found
        elif op is _c.BRANCH:
            strings = []
            for branch in av[1]:
                found = _exact(list(branch.data))
                if found is None:
                    return None
                strings += found
        elif op is _c.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            found = _exact(list(av[2].data))
            if found is None:
                return None
            strings = ["", *found]
        else:
            return None
        run = [r + s for r in run for s in strings]
        if len(run) > MAX_STRINGS:
            return None
    return run
