"""Binding: a pinyin-free view of the text, its sentences and clauses, and figure labels.

A figure's label is the text of its clause before it (``纠错率11.25%`` → 纠错率,
``其中：村级调委会86个`` → 村级调委会), without the qualifier and filler words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from lint.numeric.extract import Quantity, extract_quantities
from lint.offsets import Span
from lint.segment import char_offsets

# Pinyin a broken converter left after characters: 建设（shè）. Removed from the view.
PINYIN_RE = re.compile(r"（[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6}）")
SENTENCE_END = "。！？；\n"
CLAUSE_END = SENTENCE_END + "，：、,:"
_FILLER_WORDS = (
    "达到了|达到|提高至|提升至|提高到|提升到|不少于|不低于|不超过|超过|不到|不足|将近|接近|近|"
    "大约|约|逾|至少|共计|合计|总计|累计|共|计|达|为|了|有|是"
)
_FILLER_TAIL = re.compile(f"(?:{_FILLER_WORDS})+$")
# A label ends with filler words only if it ends with the last character of one: most labels
# (受理行政复议案件) do not, and skip the tail search, which is tried from every position.
_FILLER_LAST = frozenset(word[-1] for word in _FILLER_WORDS.split("|"))
_FILLER_HEAD = re.compile(r"^(?:其中|另外|此外|同时)[：:]?")
_FILLER_HEADS = ("其中", "另外", "此外", "同时")  # (tested first: few labels open with one)


@dataclass
class TextView:
    """Document text without pinyin annotations; ``offsets[i]`` is the document offset."""

    text: str
    offsets: Sequence[int]  # a ``range`` when the text has no pinyin: nothing to shift
    quantities: list[Quantity] = field(default_factory=list)
    # Positions of each set of boundary characters, found once (``marks``).
    _marks: dict[str, list[int]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _starts: tuple[list[Quantity], list[int]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _labels: dict[int, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    _raw_labels: dict[int, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    # (``quantities``, what ``lint.numeric.lists`` found once of them: the possible heads of a
    # breakdown, which no rule's params change)
    heads: tuple[list[Quantity], list[int]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def doc_span(self, span: Span) -> Span:
        if span.end <= span.start:
            at = self.offsets[span.start] if span.start < len(self.offsets) else 0
            return Span(at, at)
        return Span(self.offsets[span.start], self.offsets[span.end - 1] + 1)

    def marks(self, chars: str) -> list[int]:
        """Sorted offsets of every character of ``chars`` in the text (computed once)."""
        found = self._marks.get(chars)
        if found is None:
            found = self._marks[chars] = char_offsets(self.text, chars)
        return found

    def start_after(self, chars: str, pos: int) -> int:
        """Just after the last of ``chars`` before ``pos`` (0 if none): a clause's start."""
        marks = self._marks.get(chars) or self.marks(chars)
        index = bisect.bisect_left(marks, min(pos, len(self.text))) - 1
        return marks[index] + 1 if index >= 0 else 0

    def end_from(self, chars: str, pos: int) -> int:
        """The first of ``chars`` at or after ``pos`` (the text's length if none)."""
        marks = self._marks.get(chars) or self.marks(chars)
        index = bisect.bisect_left(marks, pos)
        return marks[index] if index < len(marks) else len(self.text)

    def sentence(self, pos: int) -> Span:
        return Span(self.start_after(SENTENCE_END, pos), self.end_from(SENTENCE_END, pos))

    def clause_start(self, pos: int) -> int:
        return self.start_after(CLAUSE_END, pos)

    def clause_end(self, pos: int) -> int:
        return self.end_from(CLAUSE_END, pos)

    def in_sentence(self, sentence: Span) -> list[Quantity]:
        """The quantities that start inside ``sentence`` (quantities are in text order)."""
        if self._starts is None or self._starts[0] is not self.quantities:
            self._starts = (self.quantities, [q.span.start for q in self.quantities])
        starts = self._starts[1]
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end, lo)
        return self.quantities[lo:hi]

    def raw_label(self, q: Quantity) -> str:
        """The clause text before the figure, as written (qualifier words included)."""
        found = self._raw_labels.get(q.span.start)
        if found is None:  # (asked again by each rule that binds the figure)
            start = q.span.start
            found = self._raw_labels[start] = self.text[self.clause_start(start) : start]
        return found

    def label(self, q: Quantity) -> str:
        """What the figure counts: the clause text before it without filler words."""
        found = self._labels.get(q.span.start)
        if found is None:
            label = self.raw_label(q).strip()
            if label and label[-1] in _FILLER_LAST:
                label = _FILLER_TAIL.sub("", label)
            if label.startswith(_FILLER_HEADS):
                label = _FILLER_HEAD.sub("", label)
            found = self._labels[q.span.start] = label
        return found

    def after(self, q: Quantity, limit: int = 12) -> str:
        """The words after the figure up to the end of its clause (``42项跨部门监管事项``)."""
        return self.text[q.span.end : min(self.clause_end(q.span.end), q.span.end + limit)]


def view_of(text: str) -> TextView:
    """The pinyin-free view of a normalized document text, with its quantities."""
    matches = list(PINYIN_RE.finditer(text))
    if not matches:  # the usual case: the view is the text, offsets the identity
        view = TextView(text, range(len(text)))
        view.quantities = extract_quantities(text)
        return view
    parts: list[str] = []
    offsets: list[int] = []
    last = 0
    for match in matches:
        parts.append(text[last : match.start()])
        offsets.extend(range(last, match.start()))
        last = match.end()
    parts.append(text[last:])
    offsets.extend(range(last, len(text)))
    view = TextView("".join(parts), offsets)
    view.quantities = extract_quantities(view.text)
    return view


def has_any(text: str, words: list[str] | tuple[str, ...]) -> bool:
    return any(word in text for word in words)
