"""Build normalized text while keeping, for every character, where it came from.

Every normalization step is a rewrite of a ``MappedText`` into a new one; the offset map
composes automatically, so no step has to think about original positions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from lint.offsets import TextMap


class Edit(NamedTuple):
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
        # ``ends`` is ``starts`` shifted by one: sharing the int objects halves the ints a
        # report's map makes (and frees), one per character
        n = len(text)
        starts = list(range(n + 1))
        ends = starts[1:]
        del starts[n]
        return cls(text, starts, ends)

    def to_textmap(self) -> TextMap:
        return TextMap(self.text, self.starts, self.ends)

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]) -> MappedText:
        """Replace every match of ``pattern`` by ``repl(match)``.

        A replacement of the same length as its match keeps the per-character map; any other
        replacement maps each new character to the whole original range of the match.
        """
        changes = []
        for match in pattern.finditer(self.text):
            new = repl(match)
            if new != match.group(0):
                changes.append((match.start(), match.end(), new))
        if not changes:
            return self
        if all(len(new) == e - s for s, e, new in changes):
            return MappedText(_replaced(self.text, changes), self.starts, self.ends)
        return self.splice([Edit(s, e, new) for s, e, new in changes])

    def translate(self, table: dict[int, str], only: re.Pattern[str] | None = None) -> MappedText:
        """Per-character replacement by a ``str.translate`` table of 1-character values.

        ``only``: a pattern matching exactly the table's characters; replacing its matches
        gives the same text much faster when the table's characters are rare.
        """
        if only is None:
            text = self.text.translate(table)
        else:
            text = only.sub(lambda m: m.group(0).translate(table), self.text)
        if len(text) != len(self.text):
            raise ValueError("translate table must map characters to single characters")
        return MappedText(text, self.starts, self.ends)

    def with_text(self, text: str) -> MappedText:
        """The same characters' map under a text of per-character replacements."""
        if len(text) != len(self.text):
            raise ValueError("with_text needs a text of the same length")
        return self if text == self.text else MappedText(text, self.starts, self.ends)

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
        ranges = [(s, e) for s, e in ranges if e > s]
        if not ranges:
            return self  # nothing to cut: the same text and map, not a copy
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
        text, old_starts, old_ends = self.text, self.starts, self.ends
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        last = 0
        for edit in edits:
            if edit.start < last or edit.end < edit.start or edit.end > len(text):
                raise ValueError(f"bad edit {edit.start}..{edit.end}")
            out.append(text[last : edit.start])
            starts += old_starts[last : edit.start]
            ends += old_ends[last : edit.start]
            out.append(edit.text)
            for lo, hi in self._pieces(edit):
                starts.append(lo)
                ends.append(hi)
            last = edit.end
        self._keep(last, len(text), out, starts, ends)
        return MappedText("".join(out), starts, ends)

    def absorb(self, ranges: Sequence[tuple[int, int]]) -> MappedText:
        """For each sorted, non-overlapping ``(start, end)``: keep the character at ``start``
        and cut ``[start + 1, end)``; the kept character maps to the whole original range.
        The same as ``splice`` with ``Edit(start, end, text[start], ((start, end),))`` each."""
        if not ranges:
            return self
        text, old_starts, old_ends = self.text, self.starts, self.ends
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        last = 0
        for start, end in ranges:
            if start < last or end <= start or end > len(text):
                raise ValueError(f"bad range {start}..{end}")
            keep = start + 1
            out.append(text[last:keep])
            starts += old_starts[last:keep]
            ends += old_ends[last:start]
            ends.append(old_ends[end - 1])
            last = end
        self._keep(last, len(text), out, starts, ends)
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

    def _keep(self, s: int, e: int, out: list[str], starts: list[int], ends: list[int]) -> None:
        if e > s:
            out.append(self.text[s:e])
            starts.extend(self.starts[s:e])
            ends.extend(self.ends[s:e])

    def _end_at(self, s: int) -> int:
        return self.ends[s - 1] if s > 0 else 0


def _replaced(text: str, changes: list[tuple[int, int, str]]) -> str:
    """``text`` with sorted, non-overlapping ``(start, end, new)`` replacements applied."""
    out = []
    last = 0
    for start, end, new in changes:
        out.append(text[last:start])
        out.append(new)
        last = end
    out.append(text[last:])
    return "".join(out)
