"""Where the text is cut: word boundaries (jieba's dictionary) and clauses/sentences.

Word boundaries are decided only for the hits that need it (see ``lint.matcher``): a hit is
*glued* when a dictionary word of the surrounding text straddles its first or last character
(``陈述法定事由`` holds ``陈述`` across the start of ``述法``). The cut is rjieba's without its
HMM new-word guesser (``lint.wordcut``: the same cut over a dictionary that loads at once):
with HMM on, ``和述法工作`` is cut ``和述/法`` (a guessed "word"), with it off only dictionary
words can glue a hit to its neighbours.

Sentences end at 。！？； or a line break; clauses also at ，and ：. The enumeration comma 、
is not a break: it separates the items of one list. On these cuts: list items (``listed``), the
document title around a hit (``title_around``), run-in lead sentences (``run_in_body``) and
adverbial frames (``frames``), used by the topic grader (``lint.checks.topics``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from lint.offsets import Span

SENTENCE_ENDS = frozenset("。！？；!?;\n")
CLAUSE_ENDS = SENTENCE_ENDS | frozenset("，,：:")
WINDOW = 6  # characters of context either side that can glue a hit to a neighbour


def glued(text: str, span: Span) -> bool:
    """True when a dictionary word straddles the start or the end of ``span``: a word of
    jieba's cut (rjieba's, HMM off: ``lint.wordcut``) of the hit and ``WINDOW`` characters
    either side. jieba's dictionary is memory-mapped when the first boundary is decided."""
    from lint.wordcut import straddled

    lo = max(0, span.start - WINDOW)
    hi = min(len(text), span.end + WINDOW)
    return straddled(text[lo:hi], (span.start - lo, span.end - lo))


@dataclass
class Cuts:
    """Sentence and clause boundaries of one text, for quick lookups by offset."""

    sentence_starts: list[int]
    clause_starts: list[int]
    length: int
    # index of a sentence (clause) → its span, as looked up so far: the grader asks for the
    # sentence and clause of each hit, ~80% of them at an offset not asked before
    _sentences: dict[int, Span] = field(default_factory=dict, repr=False, compare=False)
    _clauses: dict[int, Span] = field(default_factory=dict, repr=False, compare=False)
    # offset → its sentence (clause), as asked so far: the grader asks for a hit's clause
    # three or four times
    _sentence_at: dict[int, Span] = field(default_factory=dict, repr=False, compare=False)
    _clause_at: dict[int, Span] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, text: str) -> Cuts:
        """The cuts of ``text``, computed once per text (the last text's are kept: the matcher
        and the grader cut the same document)."""
        if _LAST_CUTS and _LAST_CUTS[0][0] is text:
            return _LAST_CUTS[0][1]
        clauses = [0, *map(_NEXT, char_offsets(text, CLAUSE_ENDS))]  # (just after each break)
        sentences = [0, *map(_NEXT, char_offsets(text, SENTENCE_ENDS))]
        cuts = cls(sentences, clauses, len(text))
        _LAST_CUTS[:] = [(text, cuts)]
        return cuts

    def sentence(self, offset: int) -> Span:
        found = self._sentence_at.get(offset)
        if found is None:
            found = self._sentence_at[offset] = _around(
                self.sentence_starts, self._sentences, offset, self.length
            )
        return found

    def clause(self, offset: int) -> Span:
        found = self._clause_at.get(offset)
        if found is None:
            found = self._clause_at[offset] = _around(
                self.clause_starts, self._clauses, offset, self.length
            )
        return found


_LAST_CUTS: list[tuple[str, Cuts]] = []
_NEXT = (1).__add__


def char_offsets(text: str, chars: str | frozenset[str]) -> list[int]:
    """The offsets in ``text`` of every one of ``chars`` (single characters), in order: one
    ``str.find`` loop per character and a sort, without the match object a regex's
    ``finditer`` makes per hit (about half its time on a report's clause breaks). Each
    character's offsets are found once per text (the last text's are kept): the clause and
    sentence breaks of the grader and of the numeric checks share most of their characters."""
    if _LAST_MARKS and _LAST_MARKS[0][0] is text:
        by_char = _LAST_MARKS[0][1]
    else:
        by_char = {}
        _LAST_MARKS[:] = [(text, by_char)]
    found: list[int] = []
    for char in frozenset(chars):
        offsets = by_char.get(char)
        if offsets is None:
            offsets = by_char[char] = _offsets(text, char)
        found += offsets
    found.sort()  # (sorted runs, merged)
    return found


def _offsets(text: str, char: str) -> list[int]:
    found: list[int] = []
    add, find = found.append, text.find
    at = find(char)
    while at >= 0:
        add(at)
        at = find(char, at + 1)
    return found


_LAST_MARKS: list[tuple[str, dict[str, list[int]]]] = []


def _around(starts: list[int], made: dict[int, Span], offset: int, length: int) -> Span:
    """The span from the last of ``starts`` at or before ``offset`` to the next (``made``:
    those made so far, by index)."""
    index = bisect.bisect_right(starts, offset) - 1
    found = made.get(index)
    if found is None:
        end = starts[index + 1] if index + 1 < len(starts) else length
        found = made[index] = Span(starts[index], end)
    return found


JOINERS = frozenset("、和及与")
QUOTES = frozenset("“”\"'「」")


def listed(text: str, within: Span, hit: Span, joiners: frozenset[str] | str = JOINERS) -> bool:
    """Whether the hit is an item of a list (A、B和C; or joined only by ``joiners``; quoted
    items side by side, “A”“B”, are a list whatever the joiners)."""
    before = hit.start - 1
    while before > within.start and text[before] in QUOTES:
        before -= 1
    after = hit.end
    while after < within.end - 1 and text[after] in QUOTES:
        after += 1
    if "”“" in text[before : hit.start] or "”“" in text[hit.end : after + 1]:
        return True
    starts_item = before > within.start + 2 and text[before] in joiners
    return starts_item or (after < within.end and text[after] in joiners)


# A quoted formula of principles (“党委领导、人大监督、政府实施、部门联动、社会参与”): four or
# more short 、-items without figures, in one pair of quotes.
FORMULA_ITEMS = 4
FORMULA_ITEM_MAX = 6


def _quotes(text: str, window: Span, hit: Span) -> Span | None:
    """The pair of quotes “…” inside ``window`` that holds the hit, quotes included."""
    opening = text.rfind("“", window.start, hit.start + 1)
    if opening < 0 or text.find("”", opening, hit.start) >= 0:
        return None
    closing = text.find("”", hit.end, window.end)
    return None if closing < 0 else Span(opening, closing + 1)


def in_formula(text: str, clause: Span, hit: Span) -> bool:
    """Whether the hit is one item of a quoted formula of principles (see ``FORMULA_ITEMS``)."""
    quoted = _quotes(text, clause, hit)
    if quoted is None:
        return False
    items = text[quoted.start + 1 : quoted.end - 1].split("、")
    return len(items) >= FORMULA_ITEMS and all(
        0 < len(item) <= FORMULA_ITEM_MAX and not any(c.isdigit() for c in item) for item in items
    )


def quote_around(text: str, window: Span, hit: Span) -> Span:
    """The quoted name “…” inside ``window`` that holds the hit as one of its 、-parts
    (“一网通办、一次办成”改革: the name of one reform, not a list), else the hit itself. A quoted
    formula of principles (``in_formula``) is no such name."""
    quoted = _quotes(text, window, hit)
    if quoted is None or not 0 < text.count("、", quoted.start, quoted.end) < FORMULA_ITEMS - 1:
        return hit
    return quoted


def title_around(text: str, window: Span, hit: Span) -> Span:
    """The document title 《…》 inside ``window`` that holds the hit, else the hit itself."""
    opening = text.rfind("《", window.start, hit.start + 1)
    if opening < 0 or text.find("》", opening, hit.start) >= 0:
        return hit
    closing = text.find("》", hit.end - 1, window.end)
    if closing < 0 or text.find("《", hit.end, closing) >= 0:
        return hit
    return Span(opening, closing + 1)


# A run-in lead: a short one-clause sentence that opens a run of text as its heading
# (一是深化行政审批制度改革。对接…，编制…): numbered, or at the start of its paragraph.
RUN_IN_MARK = re.compile(
    r"\s*(?:[一二三四五六七八九十]+是|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])?\s*"
)
RUN_IN_MAX = 30  # characters of a run-in lead after its marker, end mark included


def run_in_body(text: str, sentence: Span, cuts: Cuts, paragraph: Span | None) -> Span | None:
    """The rest of its paragraph when ``sentence`` is a run-in lead: the lead heads it, as a
    heading heads its section (一是深化行政审批制度改革。…，…。…将11个县全部纳入改革试点范围。)."""
    if paragraph is None or text[sentence.end - 1 : sentence.end] != "。":
        return None
    mark = RUN_IN_MARK.match(text, sentence.start, sentence.end)
    start = mark.end() if mark else sentence.start
    if not text[sentence.start : start].strip() and text[paragraph.start : start].strip():
        return None  # neither numbered (一是, 2.) nor at the start of its paragraph
    if sentence.end - start > RUN_IN_MAX or cuts.clause(start).end != sentence.end:
        return None
    if sentence.end >= paragraph.end:
        return None
    return Span(sentence.end, paragraph.end)


# A frame whose topics are named in passing: an adverbial (在区委依法治区办的指导下，…) names the
# circumstance of the sentence, not its subject, so the sentence's facts are not the topic's.
FRAME = re.compile(
    r"在[^，,。；;\n]{1,40}?(?:领导|指导|带领|关心|支持|帮助|督导)下"
    # …and a list of names that something was arranged for or commented on (对A、B等工作进行了
    # 部署、予以明确; 就A、B等工作作出批示), not a list inside a document's title (对《关于A、B
    # 的报告》等文件作出批示: the document is the object).
    r"|[对就][^，,。；;\n《]{0,60}、[^，,。；;\n《]{0,60}?等[^，,。；;\n]{0,12}?"
    r"(?:(?:进行|作出|作了)了?(?:研究和?)?(?:安排部署|部署|安排)|予以明确|作出了?(?:重要)?(?:批示|指示))"
    # …or the same list after the verb (研究部署A、B、C等重点工作; 听取A、B工作情况), however
    # many items it runs to (each item holds no 、: one way to split the list).
    r"|(?:研究|安排|部署|审定|听取)(?:[^，,。；;\n、]{0,60}、)+[^，,。；;\n]{0,60}?等?"
    r"[^，,。；;\n]{0,16}?(?:工作|事项|任务)"
)


def frames(text: str, clause: Span) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` of every adverbial frame (``FRAME``) in a clause. Each of FRAME's
    branches needs 在 (在…指导下) or 、 (a list): a clause with neither has none."""
    start, end = clause.start, clause.end
    if text.find("、", start, end) < 0 and text.find("在", start, end) < 0:
        return ()
    return tuple(m.span() for m in FRAME.finditer(text, start, end))
