"""Where the text is cut: word boundaries (jieba's dictionary) and clauses/sentences.

Word boundaries are decided only for the hits that need it (see ``lint.matcher``): a hit is
*glued* when a dictionary word of the surrounding text straddles its first or last character
(``陈述法定事由`` holds ``陈述`` across the start of ``述法``). jieba runs through ``rjieba``
without its HMM new-word guesser: with HMM on, ``和述法工作`` is cut ``和述/法`` (a guessed
"word"), with it off only dictionary words can glue a hit to its neighbours.

Sentences end at 。！？； or a line break; clauses also at ，and ：. The enumeration comma 、
is not a break: it separates the items of one list.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from lint.model import Span

SENTENCE_ENDS = frozenset("。！？；!?;\n")
CLAUSE_ENDS = SENTENCE_ENDS | frozenset("，,：:")
WINDOW = 6  # characters of context either side that can glue a hit to a neighbour


def glued(text: str, span: Span) -> bool:
    """True when a dictionary word straddles the start or the end of ``span``."""
    lo = max(0, span.start - WINDOW)
    hi = min(len(text), span.end + WINDOW)
    for _word, start, end in _tokenize(text[lo:hi]):
        start += lo
        end += lo
        if end - start > 1 and (start < span.start < end or start < span.end < end):
            return True
    return False


def _tokenize(text: str) -> Iterable[tuple[str, int, int]]:
    """jieba's words of ``text`` with offsets, HMM off.

    rjieba loads its dictionary when imported (~0.1 s), so it is imported here, on the first
    boundary to decide, not when the rules load: a run that decides none never pays for it.
    """
    import rjieba  # deliberately lazy, see above

    result: Iterable[tuple[str, int, int]] = rjieba.tokenize(text, "default", False)
    return result


@dataclass
class Cuts:
    """Sentence and clause boundaries of one text, for quick lookups by offset."""

    sentence_starts: list[int]
    clause_starts: list[int]
    length: int

    @classmethod
    def of(cls, text: str) -> Cuts:
        sentences = [0]
        clauses = [0]
        for index, char in enumerate(text):
            if char in CLAUSE_ENDS:
                clauses.append(index + 1)
                if char in SENTENCE_ENDS:
                    sentences.append(index + 1)
        return cls(sentences, clauses, len(text))

    def sentence(self, offset: int) -> Span:
        return _around(self.sentence_starts, offset, self.length)

    def clause(self, offset: int) -> Span:
        return _around(self.clause_starts, offset, self.length)


def _around(starts: list[int], offset: int, length: int) -> Span:
    index = bisect.bisect_right(starts, offset) - 1
    end = starts[index + 1] if index + 1 < len(starts) else length
    return Span(starts[index], end)
