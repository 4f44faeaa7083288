"""Offsets and the texts they index. Imports nothing of ours.

A ``Span`` indexes the NORMALIZED text of a document (what checks see). The ``TextMap`` turns it
back into a range of the ORIGINAL text (what reporters show), and ``Source`` turns original
offsets into 1-based ``line``/``column`` (code points). ``Repairs`` are the normalizer's repairs,
located in the normalized text through the ``TextMap``.
"""

from __future__ import annotations

import bisect
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import Any, overload


@dataclass(frozen=True, order=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # Written out (dataclass keeps it) rather than generated: the generated frozen
        # ``__init__`` sets each field through ``object.__setattr__``, and a report makes
        # thousands of spans. The fields are slots, set through their own descriptors
        # (``_SET_START``/``_SET_END``, as fast as writing a ``__dict__``); with slots, reading
        # ``span.start`` costs a quarter of reading it from a ``__dict__``, and reads are many.
        if start < 0 or end < start:
            raise ValueError(f"bad span {start}..{end}")
        _SET_START(self, start)
        _SET_END(self, end)

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


# The slots' own setters (a frozen dataclass refuses ``span.start = …``).
_SET_START = Span.__dict__["start"].__set__
_SET_END = Span.__dict__["end"].__set__
# Span's own order, as a sort key: tuples compare in C, the dataclass's ``__lt__`` in Python
SPAN_ORDER = attrgetter("start", "end")


def sorted_spans(spans: Iterable[Span]) -> list[Span]:
    """The distinct spans in order, handled as ``(start, end)`` tuples: sorting or hashing
    Spans themselves runs the dataclass's ``__lt__``/``__hash__``, Python code, per step."""
    found = {(s.start, s.end): s for s in spans}
    return [found[key] for key in sorted(found)]


@dataclass(frozen=True)
class Position:
    """A 1-based line and column in the original input (columns count code points)."""

    line: int
    column: int


@dataclass
class Source:
    """What a reader produced: the original text as lines, plus container metadata.

    ``lines`` are the original lines without their terminators (for .docx: one body paragraph
    or table-cell paragraph per line, in reading order). Original offsets index
    ``"\\n".join(lines)``, i.e. ``text``.
    """

    path: str
    lines: list[str]
    format: str  # "text", "markdown", "docx", "html", "pdf"
    encoding: str | None = None
    container_meta: dict[str, Any] = field(default_factory=dict)
    # Optional hints from the container: indices of lines that are headings, with levels
    # (docx heading styles, HTML <h1>-<h6>).
    heading_levels: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.text = "\n".join(self.lines)
        starts = [0]
        for line in self.lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        self._line_starts = starts

    def position(self, offset: int) -> Position:
        """1-based line/column of an original offset (an end offset may equal ``len(text)``)."""
        return Position(*self.line_column(offset))

    def line_column(self, offset: int) -> tuple[int, int]:
        """``position`` as a plain pair (for the many positions of a report's JSON view)."""
        starts = self._line_starts
        index = max(bisect.bisect_right(starts, offset) - 1, 0)
        return index + 1, offset - starts[index] + 1

    def line_start(self, line: int) -> int:
        """Original offset of the first character of 1-based ``line``."""
        return self._line_starts[line - 1]


@dataclass
class TextMap:
    """Normalized text with, for every normalized character, the original range it came from.

    ``starts[i]``/``ends[i]`` are the original offsets that normalized character ``i`` was
    produced from. Both sequences are non-decreasing, so a normalized span maps to the
    original range ``[starts[span.start], ends[span.end - 1])``.
    """

    text: str
    starts: list[int]
    ends: list[int]

    def original(self, span: Span) -> Span:
        """The original range a normalized span was produced from."""
        return Span(*self.original_range(span.start, span.end))

    def original_range(self, start: int, end: int) -> tuple[int, int]:
        """``original`` as a plain pair (for the many places of a report's JSON view)."""
        if end > start and self.text:
            return self.starts[start], self.ends[end - 1]
        if not self.text:
            return 0, 0
        at = self.starts[min(start, len(self.text) - 1)]
        return at, at


@dataclass(frozen=True)
class Repair:
    """One repair the normalizer made to damaged input (pinyin annotation, mojibake...)."""

    kind: str  # "pinyin", "mojibake", "replacement-char", "lost-dash"
    span: Span  # in the normalized text
    original: str
    repaired: str

    def __init__(self, kind: str, span: Span, original: str, repaired: str) -> None:
        # Written out for speed, as ``Span.__init__``: a damaged report has hundreds.
        fields = self.__dict__
        fields["kind"] = kind
        fields["span"] = span
        fields["original"] = original
        fields["repaired"] = repaired


class Repairs(Sequence[Repair]):
    """A document's repairs, kept as the normalizer found them, ``(kind, original start,
    original end, repaired text)`` tuples, until they are asked for as ``Repair``s: a damaged
    report has hundreds, and the checks read only their kinds, the first of them and the few
    of some kinds (``kinds``, ``first``, ``spans_of``). Each span is that of the normalized
    characters produced from inside the repair's original range (``locate``)."""

    __slots__ = ("_found", "_made", "_original", "_textmap")

    def __init__(
        self,
        found: Sequence[tuple[str, int, int, str]] = (),
        textmap: TextMap | None = None,
        original: str = "",
    ) -> None:
        self._found = found
        self._textmap = textmap if textmap is not None else TextMap("", [], [])
        self._original = original
        self._made: list[Repair] | None = None

    def __len__(self) -> int:
        return len(self._found)

    @overload
    def __getitem__(self, index: int) -> Repair: ...
    @overload
    def __getitem__(self, index: slice) -> list[Repair]: ...
    def __getitem__(self, index: int | slice) -> Repair | list[Repair]:
        return self._all()[index]

    def __iter__(self) -> Iterator[Repair]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return self._all() == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Repairs({self._all()!r})"

    def kinds(self) -> list[str]:
        """The repairs' kinds, in order."""
        return [found[0] for found in self._found]

    def first(self) -> Repair | None:
        """The repair whose span starts first (the first in order among equal starts)."""
        if not self._found:
            return None
        starts = list(map(bisect.bisect_left, repeat(self._textmap.starts), map(_LO, self._found)))
        return self._make(self._found[starts.index(min(starts))])

    def spans_of(self, kinds: Container[str]) -> list[Span]:
        """The spans of the repairs of the given kinds, in order."""
        return [self.locate(lo, hi) for kind, lo, hi, _ in self._found if kind in kinds]

    def locate(self, lo: int, hi: int) -> Span:
        """The normalized characters produced from inside the original ``[lo, hi)``: from
        the first whose original start is at or after ``lo``, as long as each lies inside."""
        starts, ends, size = self._textmap.starts, self._textmap.ends, len(self._textmap.text)
        i = j = bisect.bisect_left(starts, lo)
        while j < size and starts[j] <= hi and ends[j] <= hi:
            j += 1
        return Span(i, j)

    def _make(self, found: tuple[str, int, int, str]) -> Repair:
        kind, lo, hi, repaired = found
        return Repair(kind, self.locate(lo, hi), self._original[lo:hi], repaired)

    def _all(self) -> list[Repair]:
        if self._made is None:
            self._made = [self._make(found) for found in self._found]
        return self._made


_LO = itemgetter(1)
