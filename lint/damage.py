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
from dataclasses import dataclass
from functools import lru_cache

from lint.textmap import Edit, MappedText

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ"
_SYLLABLE = f"[a-z{_TONED}]{{1,7}}"
_PINYIN = re.compile(
    rf"(?P<ch>[\u3400-\u9fff\uf900-\ufaff])(?P<ann>[(（](?P<syl>{_SYLLABLE})[)）])"
)
_MOJIBAKE = re.compile(
    # The second "?" may have swallowed the "(" of the annotation too: "袛?shù)".
    rf"\?(?P<run>[^\s?()（）]{{1,40}}?)(?:(?P<tail>\?)\(?|\()(?P<syl>{_SYLLABLE})\)"
)
# GBK lead bytes to try: the punctuation row A1 first, then the rest.
_LEADS = (0xA1, *range(0xA2, 0xFF), *range(0x81, 0xA1))
_MAX_ASCII_IN_RUN = 6
_PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】—…·「」『』")


@dataclass(frozen=True)
class Damage:
    """One repair, in CURRENT text coordinates of the ``MappedText`` it was found in."""

    kind: str
    start: int
    end: int
    original: str
    repaired: str


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    from pypinyin.constants import PINYIN_DICT

    found = {p for value in PINYIN_DICT.values() for p in value.split(",")}
    return frozenset(_toneless(p) for p in found)


def _toneless(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def readings(char: str) -> list[str]:
    """Tone-marked readings of one character (all heteronyms)."""
    from pypinyin import Style, pinyin

    return list(pinyin(char, style=Style.TONE, heteronym=True, errors="ignore")[0] or [])


def reads_as(char: str, syllable: str) -> bool:
    """Whether ``syllable`` (tone-marked or toneless) is a reading of ``char``."""
    found = readings(char)
    if _toneless(syllable) == syllable:
        return syllable in {_toneless(r) for r in found}
    return syllable in found


def is_pinyin(syllable: str) -> bool:
    return _toneless(syllable) in _syllables()


def repair_mojibake(mapped: MappedText) -> tuple[MappedText, list[Damage]]:
    edits: list[Edit] = []
    damages: list[Damage] = []
    context: frozenset[str] | None = None
    for match in _MOJIBAKE.finditer(mapped.text):
        context = context if context is not None else _bigrams(mapped.text)
        run, tail, syllable = match.group("run"), bool(match.group("tail")), match.group("syl")
        fixed = decode_shifted(run, tail, syllable, context)
        if fixed is None:
            continue
        edits.append(Edit(match.start(), match.end(), fixed))
        damages.append(Damage("mojibake", match.start(), match.end(), match.group(0), fixed))
    return mapped.splice(edits), damages


def decode_shifted(
    run: str, lost_trail: bool, syllable: str, context: frozenset[str] = frozenset()
) -> str | None:
    """Decode ``run`` as GBK bytes shifted by a lost lead byte, or ``None`` if implausible.

    ``lost_trail``: the run is followed by a second ``?`` that replaced the trailing byte of
    the annotated character, so the last byte of the run is a dangling lead byte.
    ``context``: CJK bigrams of the whole document; among plausible decodings the one whose
    bigrams the document uses most wins (ties: the first, i.e. lead byte A1 first).
    """
    if sum(c.isascii() for c in run) > _MAX_ASCII_IN_RUN:
        return None
    try:
        options = [_byte_options(c) for c in run]
    except UnicodeEncodeError:
        return None
    best: tuple[int, str] | None = None
    for lead in _LEADS:
        for combo in itertools.product(*options):
            for text in _candidates(bytes([lead]), combo, lost_trail, syllable, context):
                score = _support(text, context)
                if best is None or score > best[0]:
                    best = (score, text)
        if best is not None:
            return best[1]
    return None


def _candidates(
    lead: bytes, combo: tuple[bytes, ...], lost_trail: bool, syllable: str, context: frozenset[str]
) -> list[str]:
    """Plausible decodings of one byte reading: as is, or with one lost 2-byte unit restored.

    A converter decoding the shifted bytes drops a unit that is no GBK character (e.g. the
    pair AE D1 made of the tail of 十 and the head of 堰). Such a unit is restored only where
    the two characters it completes form a bigram the document uses elsewhere.
    """
    data = lead + b"".join(combo)
    found = []
    for tail in _tails(data, lost_trail, syllable):
        whole = data + tail
        found += [t for t in _decode_all([whole]) if _plausible(t, syllable)]
        found += [
            t for t in _decode_all(_restored(lead, combo, tail, context)) if _plausible(t, syllable)
        ]
    return found


def _tails(data: bytes, lost_trail: bool, syllable: str) -> list[bytes]:
    if not lost_trail:
        return [b""]
    out = []
    for t in range(0x40, 0xFF):
        try:
            char = bytes([data[-1], t]).decode("gbk")
        except UnicodeDecodeError:
            continue
        if reads_as(char, syllable):
            out.append(bytes([t]))
    return out


def _restored(
    lead: bytes, combo: tuple[bytes, ...], tail: bytes, context: frozenset[str]
) -> list[bytes]:
    out = []
    offset = len(lead)
    for i in range(1, len(combo)):
        offset += len(combo[i - 1])
        if offset % 2 == 0:
            continue
        before = lead + b"".join(combo[:i])
        after = b"".join(combo[i:]) + tail
        for x, y in _lost_units():
            try:
                pair = bytes([before[-1], x]).decode("gbk") + bytes([y, after[0]]).decode("gbk")
            except UnicodeDecodeError:
                continue
            if pair in context:
                out.append(before + bytes([x, y]) + after)
    return out


@lru_cache(maxsize=1)
def _lost_units() -> tuple[tuple[int, int], ...]:
    """Byte pairs (both >= 0x81) that are no GBK character."""
    out = []
    for x in range(0x81, 0xFF):
        for y in range(0x81, 0xFF):
            try:
                bytes([x, y]).decode("gbk")
            except UnicodeDecodeError:
                out.append((x, y))
    return tuple(out)


def _decode_all(candidates: list[bytes]) -> list[str]:
    out = []
    for data in candidates:
        try:
            out.append(data.decode("gbk"))
        except UnicodeDecodeError:
            continue
    return out


def _bigrams(text: str) -> frozenset[str]:
    return frozenset(
        text[i : i + 2] for i in range(len(text) - 1) if _cjk(text[i]) and _cjk(text[i + 1])
    )


def _support(text: str, context: frozenset[str]) -> int:
    return sum(1 for i in range(len(text) - 1) if text[i : i + 2] in context)


def _cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _byte_options(char: str) -> list[bytes]:
    """GBK bytes a run character may stand for (ASCII may be a folded full-width form)."""
    if char.isascii() and char.isprintable():
        return [char.encode("ascii"), chr(ord(char) + 0xFEE0).encode("gbk")]
    return [char.encode("gbk")]


def _plausible(text: str, syllable: str) -> bool:
    if not text or not all(_common(c) for c in text):
        return False
    return reads_as(text[-1], syllable)


def _common(char: str) -> bool:
    return _cjk(char) or char in _PUNCT


def remove_pinyin(mapped: MappedText) -> tuple[MappedText, list[Damage]]:
    """Drop a parenthesised pinyin syllable that directly follows a CJK character."""
    edits: list[Edit] = []
    damages: list[Damage] = []
    for match in _PINYIN.finditer(mapped.text):
        char, syllable = match.group("ch"), match.group("syl")
        if not is_pinyin(syllable):
            continue
        toned = _toneless(syllable) != syllable
        if not toned and not reads_as(char, syllable):
            continue
        # The kept character maps to itself plus its annotation, so a span that ends with it
        # quotes the whole original ``領(lǐng)``.
        edits.append(Edit(match.start(), match.end(), char, ((match.start(), match.end()),)))
        damages.append(Damage("pinyin", match.start(), match.end(), match.group(0), char))
    return mapped.splice(edits), damages


def find_replacement_chars(mapped: MappedText) -> list[Damage]:
    """U+FFFD marks bytes the reader could not decode; they are kept and recorded."""
    return [
        Damage("replacement-char", i, i + 1, "\ufffd", "\ufffd")
        for i, c in enumerate(mapped.text)
        if c == "\ufffd"
    ]
