"""Normalization: the text checks see, with an offset map back to the original.

Steps, each a ``MappedText`` rewrite so the map composes:

1. damage repairs on the original characters (``lint.damage``): GBK byte misalignment
   (``?,F(xiàn)將`` → ``。現將``), pinyin annotations (``建設(shè)`` → ``建設``); U+FFFD
   replacement characters are recorded and kept;
2. traditional → simplified (OpenCC ``t2s``, per-character map kept; a text it cannot change is
   left as it is: ``lint.t2s``); ``script`` detection;
3. width folding (full-width digits/letters → ASCII) and canonical punctuation (Chinese prose
   punctuation as full-width ``，（）：；！``; ``,`` and ``:`` between digits stay ASCII);
4. the dash lost in ``(20212025年)`` → ``（2021—2025年）``; year-range hyphens → ``—``;
5. web page furniture removed (``lint.furniture``); its lines are kept for metadata.

Every repair is a ``Repair`` whose span is in the final normalized text (``lint.offsets.Repairs``:
kept as plain tuples until asked for). Reporters never
show normalized text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lint import t2s
from lint.damage import Damage, find_replacement_chars, pinyin_ranges, repair_mojibake
from lint.furniture import drop_ranges, find_furniture
from lint.offsets import Repairs, Source, TextMap
from lint.textmap import Edit, MappedText

# Full-width ASCII variants (digits, letters, %, +, -, ., /) fold to ASCII.
_WIDTH = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
for _keep in "，（）：；！？":
    _WIDTH.pop(ord(_keep), None)
_WIDTH[0x3000] = " "
_WIDTH[0x00A0] = " "
_WIDTH.update({code: " " for code in range(0x2000, 0x200B)})
_WIDTH_CHARS = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_WIDTH)) + "]+")
# ASCII punctuation written in Chinese prose folds to the Chinese forms checks match on.
# ``,`` and ``:`` between two digits stay ASCII (1,000 and 14:41).
_COMMA = re.compile(r",(?:(?<!\d,)|(?!\d))")
_COLON = re.compile(r":(?:(?<!\d:)|(?!\d))")
_TO_CJK = {",": "，", "(": "（", ")": "）", ";": "；", ":": "：", "!": "！"}
_INVISIBLE = re.compile("[\u200b-\u200f\u00ad\ufeff\u2060]")
# Two years run together where a converter dropped the dash: （20212025年）.
# (A year's ``19``/``20`` comes first, then the test that no digit or dot precedes it,
# ``(?<![\d.]..)``: a pattern that opens with alternatives of literals lets ``re`` skip to
# their characters in a tight loop, where one opening with a lookaround is tried at every
# position of the text.)
_LOST_DASH = re.compile(r"((?:19|20)(?<![\d.]..)\d\d)((?:19|20)\d\d)(?=年|）)")
_YEAR_HYPHEN = re.compile(r"((?:19|20)(?<![\d.]..)\d\d)[-–―~](?=(?:19|20)\d\d年)")
_MAX_RANGE = 20
_CJK = re.compile("[\u4e00-\u9fff]+")


@dataclass
class Normalized:
    textmap: TextMap
    script: str  # "simplified" or "traditional": the input's script before conversion
    repairs: Repairs = field(default_factory=Repairs)
    # Normalized text of the web page furniture lines that were cut (metadata reads them).
    furniture: list[str] = field(default_factory=list)


# A repair found by a step: (kind, original start, original end, repaired text). Plain
# tuples: a damaged report has hundreds of them.
_Found = tuple[str, int, int, str]


def normalize(source: Source) -> Normalized:
    return normalize_text(source.text)


def normalize_text(text: str) -> Normalized:
    found: list[_Found] = []
    mapped = MappedText.identity(text)
    mapped = _step(mapped, repair_mojibake, found)
    mapped = _remove_pinyin(mapped, found)
    found += [_found(mapped, d) for d in find_replacement_chars(mapped)]
    mapped = mapped.splice([Edit(m.start(), m.end(), "") for m in _INVISIBLE.finditer(mapped.text)])
    converted = mapped.map_same_length(t2s.convert)
    script = detect_script(mapped.text, converted.text)
    mapped = converted.translate(_WIDTH, only=_WIDTH_CHARS)
    mapped = mapped.with_text(_cjk_punctuation(mapped.text))
    mapped = mapped.sub(_YEAR_HYPHEN, lambda m: m.group(1) + "—")
    mapped = _restore_dash(mapped, found)
    lines = find_furniture(mapped.text)
    mapped = mapped.drop_ranges(drop_ranges(mapped.text, lines))
    lines_text = [line.text for line in lines]
    textmap = mapped.to_textmap()
    return Normalized(textmap, script, Repairs(found, textmap, text), lines_text)


def _cjk_punctuation(text: str) -> str:
    """ASCII punctuation of Chinese prose as the full-width forms (one character each)."""
    for char in "();!":
        text = text.replace(char, _TO_CJK[char])
    return _COLON.sub(_TO_CJK[":"], _COMMA.sub(_TO_CJK[","], text))


def _step(mapped: MappedText, repair: Any, found: list[_Found]) -> MappedText:
    new, damages = repair(mapped)
    found += [_found(mapped, d) for d in damages]
    return new


def _remove_pinyin(mapped: MappedText, found: list[_Found]) -> MappedText:
    """``lint.damage.remove_pinyin`` without its ``Damage``s: hundreds in a damaged report."""
    text, starts, ends = mapped.text, mapped.starts, mapped.ends
    ranges = pinyin_ranges(text)
    found += [("pinyin", starts[s], ends[e - 1], text[s]) for s, e in ranges]
    return mapped.absorb(ranges)


def _found(mapped: MappedText, damage: Damage) -> _Found:
    start, end = mapped.starts[damage.start], mapped.ends[damage.end - 1]
    return (damage.kind, start, end, damage.repaired)


def _restore_dash(mapped: MappedText, found: list[_Found]) -> MappedText:
    """``20212025`` before 年 or ）→ ``2021—2025``; the dash maps to an empty original range."""
    edits = []
    for match in _LOST_DASH.finditer(mapped.text):
        first, second = int(match.group(1)), int(match.group(2))
        if not 0 < second - first <= _MAX_RANGE:
            continue
        s, mid, e = match.start(), match.start(2), match.end()
        digits = [(i, i + 1) for i in range(s, e)]
        pieces = (*digits[: mid - s], (mid, mid), *digits[mid - s :])
        edits.append(Edit(s, e, f"{match.group(1)}—{match.group(2)}", pieces))
        start, end = mapped.starts[s], mapped.ends[e - 1]
        found.append(("lost-dash", start, end, edits[-1].text))
    return mapped.splice(edits)


def detect_script(before: str, after: str) -> str:
    """Traditional when a noticeable share (over 5%) of CJK characters changed under t2s."""
    if before == after:
        return "simplified"
    return "traditional" if _changed(before, after) else "simplified"


_TRADITIONAL_SHARE = 0.05


def _changed(before: str, after: str, block: int = 512) -> bool:
    """Whether the positions that differ (over the shorter length) are more than the share
    of CJK characters. Equal blocks are skipped whole; the count stops at the share.

    The CJK characters are counted (a pass over the text) only when needed: there are at
    most ``len(before)`` of them, so a count over that share of the length is over the share
    of them too."""
    count = 0
    size = len(before) or 1
    for at in range(0, min(len(before), len(after)), block):
        a, b = before[at : at + block], after[at : at + block]
        if a != b:
            count += sum(map(str.__ne__, a[: len(b)], b[: len(a)]))
            if count / size > _TRADITIONAL_SHARE:
                return True
    cjk = (len(before) - len(_CJK.sub("", before))) or 1
    return count / cjk > _TRADITIONAL_SHARE
