"""``lint.wordcut`` cuts exactly as rjieba (jieba-rs, HMM off) does.

The word boundaries of topic hits (``lint.segment.glued``) come from ``lint.wordcut``; rjieba
is the reference it replaces. Compared token for token: every line of the three real reports,
windows of them at seeded random places and sizes (the hit windows ``glued`` cuts are of this
kind), strings built from dictionary words and the characters where jieba-rs's splitting has
rules (ASCII runs, ``+#&._%-``, whitespace, ``\\r\\n``, characters outside the BMP), and the
``glued`` verdict of every window of the reports.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from lint import segment, wordcut
from lint.offsets import Span

rjieba = pytest.importorskip("rjieba")

REPORTS = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "reports").glob("*.txt"))
TEXTS = [path.read_text(encoding="utf-8") for path in REPORTS]
# Characters where the cut has rules of its own (block letters, whitespace, Rust's ``\s``
# against Python's: \x1c-\x1f are whitespace to Python only), and rare and astral characters.
SPECIAL = [*"abcXYZ019+#&._%-，。、；：\r\n\t \u3000\x1c\x1f\x85\xa0😀𠀀𪜀\u2028ａ１", "\r\n"]


def reference(text: str) -> list[tuple[str, int, int]]:
    return [tuple(token) for token in rjieba.tokenize(text, "default", False)]


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_every_line_of_the_real_reports(path: Path) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        assert wordcut.tokenize(line) == reference(line), line


def test_windows_of_the_real_reports() -> None:
    rng = random.Random(7)
    for _ in range(5000):
        text = rng.choice(TEXTS)
        size = rng.choice([rng.randint(1, 30), rng.randint(30, 200)])
        start = rng.randrange(max(1, len(text) - size))
        window = text[start : start + size]
        assert wordcut.tokenize(window) == reference(window), window


def test_dictionary_words_among_special_characters() -> None:
    rng = random.Random(11)
    words = wordcut.dictionary().trie.keys("法")[:3000] + wordcut.dictionary().trie.keys("政")
    for _ in range(5000):
        pieces = [
            rng.choice(words) if rng.random() < 0.6 else rng.choice(SPECIAL) * rng.randint(1, 3)
            for _ in range(rng.randint(1, 8))
        ]
        text = "".join(pieces)
        assert wordcut.tokenize(text) == reference(text), text


@pytest.mark.parametrize(
    "text",
    ["", "\r\n", "a", "abc网球拍卖会def", "我们中出了一个叛徒", "2023年度12件，100%", "陈述法定"],
)
def test_small_cases(text: str) -> None:
    assert wordcut.tokenize(text) == reference(text)


def test_glued_verdicts_match_the_rjieba_cut() -> None:
    """The verdict of ``glued`` for hits of one to four characters all over a report, against
    the same verdict computed from rjieba's tokens."""
    text = TEXTS[0]
    for start in range(0, len(text) - 4, 3):
        span = Span(start, start + 1 + start % 4)
        lo, hi = max(0, start - segment.WINDOW), min(len(text), span.end + segment.WINDOW)
        expected = any(
            end - begin > 1
            and (begin + lo < span.start < end + lo or begin + lo < span.end < end + lo)
            for _word, begin, end in reference(text[lo:hi])
        )
        assert segment.glued(text, span) is expected, text[lo:hi]


def test_dictionary_files_agree() -> None:
    words = wordcut.dictionary()
    assert len(words.freqs) == len(words.trie) > 300_000
    assert words.logp(words.trie["法治"]) < 0


def test_straddled_against_rjieba_tokens() -> None:
    """``straddled`` cuts only the blocks that hold a cut: its verdict is that of all tokens."""
    rng = random.Random(5)
    for _ in range(5000):
        text = rng.choice(TEXTS)
        size = rng.randint(2, 24)
        start = rng.randrange(len(text) - size)
        window = text[start : start + size]
        if rng.random() < 0.2:  # whitespace pairs, which jieba-rs keeps as one token
            at = rng.randrange(size)
            window = window[:at] + "\r\n" + window[at:]
        cuts = sorted(rng.sample(range(len(window) + 1), 2))
        expected = any(
            end - begin > 1 and begin < cut < end
            for _word, begin, end in reference(window)
            for cut in cuts
        )
        assert wordcut.straddled(window, cuts) is expected, (window, cuts)
