"""The literal strings a rule regex's every match ends with, to end its search early.

A topic pattern is searched line by line (``PatternSet.line_matches``), and most searches find
nothing in the rest of their line: RE2 still walks every byte of it. A pattern whose every
match ends with one of a few literals (``…(?:考核|考评|评价指标)``, ``…合法性审[查核]``) cannot
match past the end of the last of them in the line, so its search can stop there: its
matches are the same (each ends at or before that point, and what follows is no context of
the pattern: patterns with ``$``, ``\\b``, ``\\B`` or flags are left alone). On the reports
this skips about a third of the bytes RE2 used to walk. ``nonempty``: whether every match holds
a character (the parsed pattern's least width), so that a search need not go on after a match
that ends where the search does.

The literals are read from the pattern parsed by Python's own ``re`` parser, only for patterns
whose syntax means the same to RE2 and to ``re`` (``_REFUSED``: no flags, no escapes but those
of punctuation and of ``\\n \\t \\d \\s \\w \\D \\S \\W``, no POSIX classes, no ``{,n}``).
The last item must be a literal (with the literals right before it), a character class of at
most ``MAX_CHARS`` literal characters, or a group or alternation of such endings; anything else
gives None.
"""

from __future__ import annotations

import re
from typing import Any

from lint import recache
from lint.sreparse import DIFFERENT_SYNTAX, literal_class, read_parsed
from lint.sreparse import constants as _c

MAX_CHARS = 8  # a class of more characters gives no tail (too many ``rfind`` calls)
# RE2 syntax ``re`` may read otherwise (``DIFFERENT_SYNTAX``), or context past the match's
# end: no tails. (Also flags and named groups other than ``(?P<…>``, and ``$``.)
_REFUSED = re.compile(r"\(\?(?!:|P<)|\$|" + DIFFERENT_SYNTAX)


def tails(source: str) -> tuple[bytes, ...] | None:
    """The UTF-8 literals one of which ends every match of ``source``, or None (unknown).
    Kept between runs (``lint.recache.derived``): parsing ~200 patterns costs a few ms."""
    return recache.derived("rules.tails.1", source, lambda: _tails(source))


def nonempty(source: str) -> bool:
    """Whether every match of ``source`` is known to hold at least one character (read as
    ``tails`` reads the pattern; False when unknown). Kept between runs, as ``tails`` are."""
    return recache.derived("rules.nonempty.1", source, lambda: _nonempty(source))


def _nonempty(source: str) -> bool:
    return bool(read_parsed(source, _REFUSED, lambda pattern: pattern.getwidth()[0] > 0))


def _tails(source: str) -> tuple[bytes, ...] | None:
    found = read_parsed(source, _REFUSED, lambda pattern: _ends(list(pattern.data)))
    if not found or not all(found):
        return None
    return tuple(sorted(text.encode("utf-8") for text in found))


def _ends(sequence: list[tuple[Any, Any]]) -> set[str] | None:
    """The literal endings of a parsed sequence, or None."""
    if not sequence:
        return None
    op, av = sequence[-1]
    if op is _c.LITERAL:
        text = chr(av)
        for prev_op, prev_av in reversed(sequence[:-1]):
            if prev_op is not _c.LITERAL:
                break
            text = chr(prev_av) + text
        return {text}
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        return None if add_flags or del_flags else _ends(list(inner.data))
    if op is _c.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            ends = _ends(list(branch.data))
            if ends is None:
                return None
            found |= ends
        return found
    chars = literal_class(av, MAX_CHARS) if op is _c.IN else None
    return None if chars is None else set(chars)
