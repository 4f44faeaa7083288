"""jieba's cut without its HMM, as rjieba (jieba-rs) cuts, over a dictionary that loads at once.

rjieba builds its dictionary (350,000 words) when it is imported: ~0.1 s in every process
that decides a word boundary. The same dictionary is shipped here as a MARISA trie
(``lint/data/jieba-words.marisa``, memory-mapped: nothing is built) with the words'
frequencies (``jieba-freqs.bin``); ``lint/data/make_jieba.py`` makes both from jieba's
``dict.txt``. ``tokenize`` is jieba-rs's ``tokenize(text, "default", hmm=False)``, step for
step:

- the text is split into blocks of Han characters, ASCII letters, digits and ``+#&._%-``;
  the rest is cut into whitespace (``\\r\\n`` together) and single characters;
- a block is cut on its DAG of dictionary words: from each character, every dictionary word
  that starts there (or the character alone when none does); the route maximises the sum of
  ``ln(freq) - ln(total)`` (a character that is no word: frequency 1) from the end of the
  block backwards, a tie going to the longer word;
- consecutive single ASCII letters and digits on the route are joined into one word.

``tests/document/test_wordcut.py`` compares the tokens with rjieba's on the fixture reports.
"""

from __future__ import annotations

import math
import mmap
import os
import re
import zlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
_HAN = re.compile(
    "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002a6df\U0002a700-\U0002b73f"
    "\U0002b740-\U0002b81f\U0002b820-\U0002ceaf\U0002ceb0-\U0002ebef\U0002f800-\U0002fa1f"
    "a-zA-Z0-9+#&._%\\-]+"
)
# Rust's ``\s`` is Unicode's White_Space; Python's ``\s`` also takes \x1c-\x1f
_SKIP = re.compile(
    "\r\n|[\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

Token = tuple[str, int, int]


class Dictionary:
    """jieba's words (a memory-mapped trie) and ``ln(freq) - ln(total)`` by key id."""

    def __init__(self, words: Path = DATA / "jieba-words.marisa", freqs: Path | None = None):
        import marisa_trie  # deliberately lazy: only a run that decides a boundary needs it

        self.trie: Any = marisa_trie.Trie()
        self.trie.mmap(str(words))
        data = _mapped(freqs or words.with_name("jieba-freqs.bin"))
        table = data.cast("I") if len(data) % 4 == 0 else data  # by key id, read in place
        if table.itemsize != 4 or len(table) != len(self.trie):
            raise ValueError(f"{words}: 词典与词频表不相符")
        self.logtotal = math.log(_total(table, data))
        self.freqs = table
        self.logs: dict[int, float] = {}  # key id → logp, as computed so far

    def logp(self, key: int) -> float:
        """``ln(freq) - ln(total)`` of the word with trie key id ``key``, as jieba-rs adds it."""
        found = self.logs.get(key)
        if found is None:
            freq = self.freqs[key]
            found = self.logs[key] = (math.log(freq) if freq else -math.inf) - self.logtotal
        return found


def _mapped(path: Path) -> memoryview:
    """The file's bytes, memory-mapped read-only (like the trie): not copied into the
    process, and forked workers share the pages (``_total`` reads them once, for its key)."""
    with path.open("rb") as handle:
        if not os.fstat(handle.fileno()).st_size:
            return memoryview(b"")
        return memoryview(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))


def _total(table: memoryview, data: memoryview) -> int:
    """The sum of the frequencies, kept between runs (``lint.recache.derived``) under the
    table's length and CRC-32: adding up 350,000 numbers took ~2 ms of every worker's
    warm-up, before the other workers could start."""
    from lint import recache

    key = (len(data), zlib.crc32(data))
    total: int = recache.derived("wordcut.total", key, lambda: sum(table))
    return total


@lru_cache(maxsize=1)
def dictionary() -> Dictionary:
    """The shipped dictionary, opened once per process."""
    return Dictionary()


def tokenize(text: str) -> list[Token]:
    """rjieba's ``tokenize(text, "default", False)``: (word, start, end), end exclusive."""
    tokens: list[Token] = []
    at = 0
    for match in _HAN.finditer(text):
        if match.start() > at:
            _other(text, at, match.start(), tokens)
        _block(text, match.start(), match.end(), tokens)
        at = match.end()
    if at < len(text):
        _other(text, at, len(text), tokens)
    return tokens


def straddled(text: str, cuts: Sequence[int]) -> bool:
    """Whether a word of ``tokenize(text)`` longer than one character holds ``text[c - 1]`` and
    ``text[c]`` for one of the offsets ``cuts``. Only the blocks that hold a cut are cut: no
    word crosses a block's edge, and outside the blocks only ``\r\n`` is longer than one."""
    inner = [c for c in cuts if 0 < c < len(text)]
    if any(text[c - 1 : c + 1] == "\r\n" for c in inner):
        return True
    for match in _HAN.finditer(text):
        start, end = match.span()
        held = [c for c in inner if start < c < end]
        if held:
            tokens: list[Token] = []
            _block(text, start, end, tokens)
            if any(b - a > 1 and a < c < b for _w, a, b in tokens for c in held):
                return True
    return False


def _other(text: str, start: int, end: int, tokens: list[Token]) -> None:
    """Text outside the blocks: whitespace (``\\r\\n`` as one) and single characters."""
    at = start
    while at < end:
        skip = _SKIP.match(text, at, end)
        stop = skip.end() if skip else at + 1
        tokens.append((text[at:stop], at, stop))
        at = stop


def _block(text: str, start: int, end: int, tokens: list[Token]) -> None:
    route = _route(text[start:end])
    x, left = 0, -1
    size = end - start
    while x < size:
        y = route[x]
        if y - x == 1 and text[start + x] in _ASCII_ALNUM:
            if left < 0:
                left = x
            x = y
            continue
        if left >= 0:
            tokens.append((text[start + left : start + x], start + left, start + x))
            left = -1
        tokens.append((text[start + x : start + y], start + x, start + y))
        x = y
    if left >= 0:
        tokens.append((text[start + left : end], start + left, end))


def _route(block: str) -> list[int]:
    """For each character of ``block``, where the best route's word from it ends."""
    words = dictionary()
    prefixes, logs, logp = words.trie.iter_prefixes_with_ids, words.logs, words.logp
    size = len(block)
    best = [0.0] * (size + 1)
    ends = [0] * (size + 1)
    alone = -words.logtotal  # a character that is no word: ln(1) - ln(total)
    for i in range(size - 1, -1, -1):
        top, end = -math.inf, -1
        for word, key in prefixes(block[i:]):
            j = i + len(word)
            score = logs.get(key)
            score = (logp(key) if score is None else score) + best[j]
            if end < 0 or score >= top:  # a tie goes to the longer word (a later j)
                top, end = score, j
        if end < 0:
            top, end = alone + best[i + 1], i + 1
        best[i], ends[i] = top, end
    return ends
