"""Regenerate ``pinyin-syllables.txt`` and ``pinyin-readings.txt`` from pypinyin.

``python lint/data/make_pinyin.py`` (after upgrading pypinyin). ``lint.damage`` reads these
files instead of importing pypinyin at run time (its import costs ~170 ms per process):

* ``pinyin-syllables.txt``: every toneless syllable of pypinyin's character dictionary, one
  a line (what ``is_pinyin`` accepts);
* ``pinyin-readings.txt``: for every BMP character that pypinyin reads, its tone-marked
  readings exactly as ``pinyin(char, style=Style.TONE, heteronym=True)`` gives them; one
  line per distinct reading list: ``readings<TAB>characters``.

Both come straight from pypinyin (the readings from the very call ``lint.damage`` used to make),
so the result of every check is unchanged.
"""

from __future__ import annotations

import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def toneless(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def api_readings(char: str) -> list[str]:
    from pypinyin import Style, pinyin

    found = pinyin(char, style=Style.TONE, heteronym=True, errors="ignore")
    return list(found[0]) if found else []


def main() -> None:
    from pypinyin.constants import PINYIN_DICT

    syllables = sorted({toneless(p) for v in PINYIN_DICT.values() for p in v.split(",")})
    groups: dict[str, list[str]] = defaultdict(list)
    for code in range(0x10000):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF or char in "\t\n\r":
            continue
        found = api_readings(char)
        if found:
            if any("," in r or "\t" in r for r in found):
                sys.exit(f"unexpected reading of U+{code:04X}: {found}")
            groups[",".join(found)].append(char)
    lines = [f"{key}\t{''.join(chars)}" for key, chars in sorted(groups.items())]
    (HERE / "pinyin-syllables.txt").write_text("\n".join(syllables) + "\n", encoding="utf-8")
    (HERE / "pinyin-readings.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(syllables)} syllables, {sum(map(len, groups.values()))} characters")


if __name__ == "__main__":
    main()
