"""Regenerate ``jieba-words.marisa`` and ``jieba-freqs.bin`` from jieba's dictionary.

``python lint/data/make_jieba.py [DICT.TXT]`` (default: the ``dict.txt`` of the installed
``jieba`` package, the dictionary jieba-rs embeds, and so ``rjieba``). ``lint.wordcut`` reads
these files instead of importing rjieba at run time (whose import builds its dictionary:
~0.1 s per process):

* ``jieba-words.marisa``: every word of the dictionary in a MARISA trie (``marisa_trie.Trie``);
* ``jieba-freqs.bin``: the word's frequency, an unsigned 32-bit little-endian integer per
  trie key id, in key-id order.

Read as jieba-rs reads its dictionary: a line's first whitespace-separated field is the word,
the second its frequency (0 when absent); a word given again takes the later frequency.
``tests/document/test_wordcut.py`` checks that the cut matches rjieba's.
"""

from __future__ import annotations

import sys
from array import array
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORDS = HERE / "jieba-words.marisa"
FREQS = HERE / "jieba-freqs.bin"


def read_dictionary(path: Path) -> dict[str, int]:
    freqs: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            fields = line.split()
            if fields:
                freqs[fields[0]] = int(fields[1]) if len(fields) > 1 else 0
    return freqs


def default_dictionary() -> Path:
    import jieba

    return Path(jieba.__file__).resolve().parent / "dict.txt"


def main(argv: list[str]) -> None:
    import marisa_trie

    source = Path(argv[0]) if argv else default_dictionary()
    freqs = read_dictionary(source)
    trie = marisa_trie.Trie(freqs)
    table = array("I", bytes(4 * len(trie)))
    for word, key in trie.items():
        table[key] = freqs[word]
    if sys.byteorder != "little":
        table.byteswap()
    trie.save(str(WORDS))
    FREQS.write_bytes(table.tobytes())
    print(f"{len(trie)} words from {source}")


if __name__ == "__main__":
    main(sys.argv[1:])
