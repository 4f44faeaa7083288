"""Build normalized text while keeping, for every character, where it came from.

Every normalization step is a rewrite of a ``MappedText`` into a new one; the offset map
composes automatically, so no step has to think about original positions.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from lint.model import Span, TextMap


@dataclass(frozen=True)
class Edit:
    """Replace ``[start, end)`` of the current text by ``text``.

    ``pieces`` optionally gives, per new character, the ``[start, end)`` range of the CURRENT
    text it comes from (an empty range ``(p, p)`` marks an inserted character). Without
    ``pieces``, a same-length replacement keeps the per-character map and any other
    replacement maps every new character to the whole replaced range.
    """

    start: int
    end: int
    text: str
    pieces: tuple[tuple[int, int], ...] | None = None


class MappedText:
    """Text plus, per character, the original ``[start, end)`` it was produced from."""

    __slots__ = ("ends", "starts", "text")

    def __init__(self, text: str, starts: list[int], ends: list[int]) -> None:
        self.text = text
        self.starts = starts
        self.ends = ends

    @classmethod
    def identity(cls, text: str) -> MappedText:
        n = len(text)
        return cls(text, list(range(n)), list(range(1, n + 1)))

    def to_textmap(self) -> TextMap:
        return TextMap(self.text, self.starts, self.ends)

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]) -> MappedText:
        """Replace every match of ``pattern`` by ``repl(match)``.

        A replacement of the same length as its match keeps the per-character map; any other
        replacement maps each new character to the whole original range of the match.
        """
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        last = 0
        for match in pattern.finditer(self.text):
            s, e = match.span()
            new = repl(match)
            if new == match.group(0):
                continue
            self._keep(last, s, out, starts, ends)
            if len(new) == e - s:
                out.append(new)
                starts.extend(self.starts[s:e])
                ends.extend(self.ends[s:e])
            elif new:
                lo = self.starts[s] if s < len(self.text) else self._end_at(s)
                hi = self.ends[e - 1] if e > s else lo
                out.append(new)
                starts.extend([lo] * len(new))
                ends.extend([hi] * len(new))
            last = e
        if last == 0 and not out:
            return self
        self._keep(last, len(self.text), out, starts, ends)
        return MappedText("".join(out), starts, ends)

    def translate(self, table: dict[int, str]) -> MappedText:
        """Per-character replacement by a ``str.translate`` table of 1-character values."""
        text = self.text.translate(table)
        if len(text) != len(self.text):
            raise ValueError("translate table must map characters to single characters")
        return MappedText(text, self.starts, self.ends)

    def map_same_length(self, convert: Callable[[str], str]) -> MappedText:
        """Apply a converter that preserves length (e.g. OpenCC t2s), per character map kept.

        When the converter changes the length of the whole text, fall back to converting
        line by line and, for a line whose length changes, character by character.
        """
        text = convert(self.text)
        if len(text) == len(self.text):
            return MappedText(text, self.starts, self.ends)
        chars = [convert(c) if len(convert(c)) == 1 else c for c in self.text]
        return MappedText("".join(chars), self.starts, self.ends)

    def drop_ranges(self, ranges: Iterable[tuple[int, int]]) -> MappedText:
        """Remove the given (sorted, non-overlapping) ranges of the current text."""
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        last = 0
        for s, e in ranges:
            self._keep(last, s, out, starts, ends)
            last = e
        self._keep(last, len(self.text), out, starts, ends)
        return MappedText("".join(out), starts, ends)

    def splice(self, edits: Sequence[Edit]) -> MappedText:
        """Apply sorted, non-overlapping edits; the offset map composes."""
        if not edits:
            return self
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        last = 0
        for edit in edits:
            if edit.start < last or edit.end < edit.start or edit.end > len(self.text):
                raise ValueError(f"bad edit {edit.start}..{edit.end}")
            self._keep(last, edit.start, out, starts, ends)
            out.append(edit.text)
            for lo, hi in self._pieces(edit):
                starts.append(lo)
                ends.append(hi)
            last = edit.end
        self._keep(last, len(self.text), out, starts, ends)
        return MappedText("".join(out), starts, ends)

    def _pieces(self, edit: Edit) -> list[tuple[int, int]]:
        """Original ranges of the new characters of one edit."""
        if edit.pieces is not None:
            if len(edit.pieces) != len(edit.text):
                raise ValueError("one piece per new character")
            return [self._original(s, e) for s, e in edit.pieces]
        if len(edit.text) == edit.end - edit.start:
            span = slice(edit.start, edit.end)
            return list(zip(self.starts[span], self.ends[span], strict=True))
        whole = self._original(edit.start, edit.end)
        return [whole] * len(edit.text)

    def _original(self, s: int, e: int) -> tuple[int, int]:
        """Original range of current ``[s, e)``; an empty range maps to a point."""
        if e > s:
            return self.starts[s], self.ends[e - 1]
        at = self.starts[s] if s < len(self.text) else self._end_at(s)
        return at, at

    def locate(self, original: tuple[int, int]) -> Span:
        """The current span whose characters were produced from inside an original range."""
        lo, hi = original
        i = bisect.bisect_left(self.starts, lo)
        j = i
        while j < len(self.text) and self.starts[j] <= hi and self.ends[j] <= hi:
            j += 1
        return Span(i, j)

    def _keep(self, s: int, e: int, out: list[str], starts: list[int], ends: list[int]) -> None:
        if e > s:
            out.append(self.text[s:e])
            starts.extend(self.starts[s:e])
            ends.extend(self.ends[s:e])

    def _end_at(self, s: int) -> int:
        return self.ends[s - 1] if s > 0 else 0
