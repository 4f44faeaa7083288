"""Normalization: the text checks see, with an offset map back to the original.

Steps (each a ``MappedText`` rewrite, so the map composes): traditional → simplified
(OpenCC), width folding, canonical punctuation. Reporters never show normalized text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from lint.model import Repair, Source, TextMap
from lint.textmap import MappedText

# Full-width ASCII variants (digits, letters, %, +, -, ., /) fold to ASCII.
_WIDTH = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
for _keep in "，（）：；！？":
    _WIDTH.pop(ord(_keep), None)
_WIDTH[0x3000] = " "
# ASCII punctuation written in Chinese prose folds to the Chinese forms checks match on.
_ASCII_PUNCT = re.compile(r"(?<!\d),|,(?!\d)|[();:!]")
_TO_CJK = {",": "，", "(": "（", ")": "）", ";": "；", ":": "：", "!": "！"}


@dataclass
class Normalized:
    textmap: TextMap
    script: str  # "simplified" or "traditional": the input's script before conversion
    repairs: list[Repair] = field(default_factory=list)


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def normalize(source: Source) -> Normalized:
    mapped = MappedText.identity(source.text)
    converted = mapped.map_same_length(_t2s().convert)
    script = detect_script(mapped.text, converted.text)
    mapped = converted.translate(_WIDTH)
    mapped = mapped.sub(_ASCII_PUNCT, lambda m: _TO_CJK[m.group(0)])
    return Normalized(mapped.to_textmap(), script)


def detect_script(before: str, after: str) -> str:
    """Traditional when a noticeable share of CJK characters changed under t2s."""
    changed = sum(1 for a, b in zip(before, after, strict=False) if a != b)
    cjk = sum(1 for c in before if "\u4e00" <= c <= "\u9fff") or 1
    return "traditional" if changed / cjk > 0.05 else "simplified"
