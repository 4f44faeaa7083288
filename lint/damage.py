"""Repairs of text damaged by broken converters, as ``MappedText`` edits.

* Pinyin annotations a converter inserted after characters: ``建設(shè)`` → ``建設``.
* GBK byte misalignment: a lost lead byte became ``?`` and the following characters are the
  GBK bytes shifted by one (``?,F(xiàn)將`` → ``。現將``). The run after ``?`` is re-encoded
  to GBK behind a candidate lead byte and decoded again; a result is accepted only when every
  character is CJK or punctuation and the last one reads as the pinyin annotation that the
  converter left behind it (the character where the bytes realign).
* U+FFFD replacement characters are recorded (and kept: the damage stays visible to checks).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from lint import recache
from lint.textmap import Edit, MappedText

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ"
_SYLLABLE = f"[a-z{_TONED}]{{1,7}}"
# The annotation, right after the character it reads (text[start - 1]); searching for the
# bracket first is much faster than trying every CJK character. The pattern opens with the
# bracket itself, so ``re`` skips to each bracket with its prefix scan; the lookbehind then looks
# at the character before it (~15% faster than a leading lookahead on the bracket).
_PINYIN = re.compile(rf"[(（](?<=[\u3400-\u9fff\uf900-\ufaff][(（])(?P<syl>{_SYLLABLE})[)）]")
_MOJIBAKE = re.compile(
    # The second "?" may have swallowed the "(" of the annotation too: "袛?shù)".
    rf"\?(?P<run>[^\s?()（）]{{1,40}}?)(?:(?P<tail>\?)\(?|\()(?P<syl>{_SYLLABLE})\)"
)
# GBK lead bytes to try: the punctuation row A1 first, then the rest.
_LEADS = (0xA1, *range(0xA2, 0xFF), *range(0x81, 0xA1))
_MAX_ASCII_IN_RUN = 6
# A bigram at each CJK character that another follows: the pattern opens with the character's
# class, so ``re`` skips to CJK characters in its prefix scan; the lookbehind steps back over
# it to the lookahead that reads the pair (a pattern opening with the lookahead, ``(?=(..))``,
# is tried at every position: ~10% slower on a damaged report).
_BIGRAM = re.compile("[\u4e00-\u9fff](?<=(?=([\u4e00-\u9fff]{2}))[\u4e00-\u9fff])")
_PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】—…·「」『』")


class Damage(NamedTuple):
    """One repair, in CURRENT text coordinates of the ``MappedText`` it was found in."""

    kind: str
    start: int
    end: int
    original: str
    repaired: str


def _data(name: str) -> str:
    return (Path(__file__).resolve().parent / "data" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Toneless syllables of pypinyin's dictionary (``lint/data/make_pinyin.py``)."""
    return frozenset(_data("pinyin-syllables.txt").split())


@lru_cache(maxsize=1)
def _readings_text() -> str:
    """Lines ``readings<TAB>characters`` (``lint/data/make_pinyin.py``); a character is on
    one line at most."""
    return _data("pinyin-readings.txt")


@lru_cache(maxsize=8192)
def _readings_of(char: str) -> tuple[str, ...]:
    """Tone-marked readings of one character, as pypinyin gives them; none for a non-Han one.

    Looked up in the text of the table (a few microseconds) rather than parsed into a dict
    first (~15 ms): a report meets a few hundred characters at most."""
    text = _readings_text()
    at = text.find(char) if len(char) == 1 and char not in "\t\n" else -1
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        tab = text.index("\t", start)
        if tab < at:  # in the characters column (not a letter of a reading)
            return tuple(text[start:tab].split(","))
        at = text.find(char, at + 1)
    return ()


@lru_cache(maxsize=4096)
def _toneless(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def reads_as(char: str, syllable: str) -> bool:
    """Whether ``syllable`` (tone-marked or toneless) is a reading of ``char``."""
    found = _readings_of(char)
    if _toneless(syllable) == syllable:
        return syllable in {_toneless(r) for r in found}
    return syllable in found


def is_pinyin(syllable: str) -> bool:
    return _toneless(syllable) in _syllables()


def repair_mojibake(mapped: MappedText) -> tuple[MappedText, list[Damage]]:
    edits: list[Edit] = []
    damages: list[Damage] = []
    context = Bigrams(mapped.text)
    for match in _MOJIBAKE.finditer(mapped.text):
        run, tail, syllable = match.group("run"), bool(match.group("tail")), match.group("syl")
        fixed = decode_shifted(run, tail, syllable, context)
        if fixed is None:
            continue
        edits.append(Edit(match.start(), match.end(), fixed))
        damages.append(Damage("mojibake", match.start(), match.end(), match.group(0), fixed))
    return mapped.splice(edits), damages


def decode_shifted(
    run: str, lost_trail: bool, syllable: str, context: Bigrams | frozenset[str] = frozenset()
) -> str | None:
    """Decode ``run`` as GBK bytes shifted by a lost lead byte, or ``None`` if implausible.

    ``lost_trail``: the run is followed by a second ``?`` that replaced the trailing byte of
    the annotated character, so the last byte of the run is a dangling lead byte.
    ``context``: CJK bigrams of the whole document; among plausible decodings the one whose
    bigrams the document uses most wins (ties: the first, i.e. lead byte A1 first).

    A lead byte always opens a 2-byte unit, so ``lead + rest`` decodes as the character of
    ``lead, rest[0]`` followed by the decoding of ``rest[1:]``: the byte readings after the
    lead are decoded once, and only their first character is tried with every lead.
    """
    if sum(c.isascii() for c in run) > _MAX_ASCII_IN_RUN:
        return None
    try:
        options = [_byte_options(c) for c in run]
    except UnicodeEncodeError:
        return None
    bigrams = context if isinstance(context, Bigrams) else Bigrams(pairs=context)
    rests = [
        rest
        for combo in itertools.product(*options)
        for rest in _rests(combo, lost_trail, syllable, bigrams)
    ]
    tails = [t for t in (_tail_of(rest, syllable, bigrams) for rest in rests) if t is not None]
    for lead in _LEADS:
        best: tuple[int, str] | None = None
        for first, suffix, support in tails:
            text = _lead_text(lead, first, suffix, syllable)
            if text is None:
                continue
            score = support + (1 if suffix and text[:2] in bigrams else 0)
            if best is None or score > best[0]:
                best = (score, text)
        if best is not None:
            return best[1]
    return None


def _rests(
    combo: tuple[bytes, ...], lost_trail: bool, syllable: str, context: Bigrams
) -> list[bytes]:
    """The bytes after the lead of one byte reading: as is, or with one lost unit restored.

    A converter decoding the shifted bytes drops a unit that is no GBK character (e.g. the
    pair AE D1 made of the tail of 十 and the head of 堰). Such a unit is restored only where
    the two characters it completes form a bigram the document uses elsewhere.
    """
    body = b"".join(combo)
    found = []
    for tail in _tails(body, lost_trail, syllable):
        found.append(body + tail)
        found += _restored(combo, tail, context)
    return found


def _tail_of(rest: bytes, syllable: str, context: Bigrams) -> tuple[int, str, int] | None:
    """``(first byte, decoded rest[1:], its bigram support)``, or None when no lead can help."""
    try:
        suffix = rest[1:].decode("gbk")
    except UnicodeDecodeError:
        return None
    if suffix and not (all(_common(c) for c in suffix) and reads_as(suffix[-1], syllable)):
        return None
    return rest[0], suffix, _support(suffix, context)


def _lead_text(lead: int, first: int, suffix: str, syllable: str) -> str | None:
    char = _gbk_pairs(lead).get(first)
    if char is None or not all(_common(c) for c in char):
        return None
    text = char + suffix
    return text if suffix or reads_as(text[-1], syllable) else None


def _tails(body: bytes, lost_trail: bool, syllable: str) -> list[bytes]:
    if not lost_trail:
        return [b""]
    pairs = _gbk_pairs(body[-1])
    return [bytes([t]) for t in range(0x40, 0xFF) if t in pairs and reads_as(pairs[t], syllable)]


def _restored(combo: tuple[bytes, ...], tail: bytes, context: Bigrams) -> list[bytes]:
    out = []
    offset = 1  # the lead byte
    for i in range(1, len(combo)):
        offset += len(combo[i - 1])
        if offset % 2 == 0:
            continue
        before = b"".join(combo[:i])
        after = b"".join(combo[i:]) + tail
        out += [before + unit + after for unit in _bridges(before[-1], after[0], context)]
    return out


def _bridges(last: int, first: int, context: Bigrams) -> list[bytes]:
    """Lost units ``x y`` (in byte order) for which ``last x`` + ``y first`` is a known bigram."""
    heads, ends = _gbk_pairs(last), _gbk_ends(first)
    starts, pairs = context.starts, context.pairs  # the sets themselves: thousands of tests
    out = []
    for x, ys in _lost_units():
        head = heads.get(x)
        if head is not None and head in starts:
            out += [bytes([x, y]) for y in ys if y in ends and head + ends[y] in pairs]
    return out


_TRAILS = range(0x40, 0xFF)
_TRAIL_ROW = b"".join(bytes([0, trail, 0x20]) for trail in _TRAILS)


@lru_cache(maxsize=256)
def _gbk_pairs(lead: int) -> dict[int, str]:
    """``byte → bytes([lead, byte]).decode("gbk")`` for the bytes where that decodes.

    After a GBK lead byte (81–FE) only a trail byte 40–FE decodes, so only those are tried.
    """
    if not 0x81 <= lead <= 0xFE:
        return _decodable(((lead, b) for b in range(0x100)), 1)
    # All 190 pairs in one decode: ``lead trail SPACE`` each. A pair GBK does not map fails
    # on its lead byte alone; the space then resynchronizes, so every piece between spaces
    # is one pair: its character, or escaped bytes (a surrogate first) when it does not map.
    pieces = _TRAIL_ROW.replace(b"\0", bytes([lead])).decode("gbk", "surrogateescape")
    return {
        trail: piece
        for trail, piece in zip(_TRAILS, pieces.split(" "), strict=False)
        if len(piece) == 1 and not "\udc80" <= piece <= "\udcff"
    }


@lru_cache(maxsize=256)
def _gbk_ends(trail: int) -> dict[int, str]:
    """``byte → bytes([byte, trail]).decode("gbk")`` for the bytes where that decodes."""
    return _decodable(((b, trail) for b in range(0x100)), 0)


def _decodable(pairs: Iterable[tuple[int, int]], key: int) -> dict[int, str]:
    out = {}
    for pair in pairs:
        try:
            out[pair[key]] = bytes(pair).decode("gbk")
        except UnicodeDecodeError:
            continue
    return out


_HIGH = range(0x81, 0xFF)
_HIGH_ROW = b"".join(bytes([0, byte, 0x20]) for byte in _HIGH)
_ESCAPED = re.compile("[\udc80-\udcff]")  # a byte ``surrogateescape`` could not decode


@lru_cache(maxsize=1)
def _lost_units() -> tuple[tuple[int, tuple[int, ...]], ...]:
    """Byte pairs (both >= 0x81) that are no GBK character, grouped by first byte, in order
    (a table of Python's GBK codec, kept between runs by ``lint.recache.derived``)."""
    found: tuple[tuple[int, tuple[int, ...]], ...] = recache.derived(
        "damage.lost_units", 1, _find_lost_units
    )
    return found


def _find_lost_units() -> tuple[tuple[int, tuple[int, ...]], ...]:
    """``_lost_units``: each first byte's 126 pairs are decoded at once (``x y SPACE`` each,
    as in ``_gbk_pairs``); only the few rows with an undecodable pair are looked at pair by
    pair."""
    out = []
    for lead in _HIGH:
        row = _HIGH_ROW.replace(b"\0", bytes([lead])).decode("gbk", "surrogateescape")
        if _ESCAPED.search(row) is None:
            continue
        pieces = zip(_HIGH, row.split(" "), strict=False)  # the row ends with a space
        out.append((lead, tuple(y for y, piece in pieces if not _decoded(piece))))
    return tuple(out)


def _decoded(piece: str) -> bool:
    """Whether a piece of a ``x y SPACE`` row is the character of ``x y``."""
    return len(piece) == 1 and _ESCAPED.match(piece) is None


class Bigrams:
    """The CJK bigrams (two CJK characters in a row) of a document, found when first asked:
    ``"法治" in Bigrams(text)``; ``starts``: the first characters of those bigrams."""

    def __init__(self, text: str = "", pairs: frozenset[str] | None = None) -> None:
        self.text = text
        self._pairs = pairs
        self._found = pairs is None  # the pairs are (to be) found in the text
        self._starts: frozenset[str] | None = None

    @property
    def pairs(self) -> frozenset[str]:
        if self._pairs is None:
            self._pairs = frozenset(_BIGRAM.findall(self.text))
        return self._pairs

    @property
    def starts(self) -> frozenset[str]:
        if self._starts is None:
            if self._found:  # pairs found in the text are two characters each: the first
                # characters are every other one of the pairs joined (no step per pair)
                self._starts = frozenset("".join(self.pairs)[::2])
            else:
                self._starts = frozenset(pair[0] for pair in self.pairs if pair)
        return self._starts

    def __contains__(self, bigram: object) -> bool:
        return bigram in (self._pairs if self._pairs is not None else self.pairs)


def _support(text: str, context: Bigrams) -> int:
    pairs = context.pairs
    return sum(1 for i in range(len(text) - 1) if text[i : i + 2] in pairs)


def _cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _byte_options(char: str) -> list[bytes]:
    """GBK bytes a run character may stand for (ASCII may be a folded full-width form)."""
    if char.isascii() and char.isprintable():
        return [char.encode("ascii"), chr(ord(char) + 0xFEE0).encode("gbk")]
    return [char.encode("gbk")]


def _common(char: str) -> bool:
    return _cjk(char) or char in _PUNCT


def remove_pinyin(mapped: MappedText) -> tuple[MappedText, list[Damage]]:
    """Drop a parenthesised pinyin syllable that directly follows a CJK character.

    The kept character maps to itself plus its annotation, so a span that ends with it quotes
    the whole original ``領(lǐng)``. A damaged report carries hundreds of annotations: they
    are cut in one pass (``MappedText.absorb``) rather than as general edits."""
    text = mapped.text
    ranges = pinyin_ranges(text)
    damages = [Damage("pinyin", s, e, text[s:e], text[s]) for s, e in ranges]
    return mapped.absorb(ranges), damages


def pinyin_ranges(text: str) -> list[tuple[int, int]]:
    """``(character, end of its annotation)`` of every pinyin annotation in ``text``."""
    ranges = []
    annotates = _annotates
    for match in _PINYIN.finditer(text):
        at = match.start()
        if annotates(text[at - 1], match.group(1)):
            ranges.append((at - 1, match.end()))
    return ranges


@lru_cache(maxsize=4096)
def _annotates(char: str, syllable: str) -> bool:
    """A pinyin syllable; a toneless one must also be a reading of ``char``."""
    if not is_pinyin(syllable):
        return False
    return _toneless(syllable) != syllable or reads_as(char, syllable)


def find_replacement_chars(mapped: MappedText) -> list[Damage]:
    """U+FFFD marks bytes the reader could not decode; they are kept and recorded."""
    found = []
    at = mapped.text.find("\ufffd")
    while at >= 0:
        found.append(Damage("replacement-char", at, at + 1, "\ufffd", "\ufffd"))
        at = mapped.text.find("\ufffd", at + 1)
    return found
