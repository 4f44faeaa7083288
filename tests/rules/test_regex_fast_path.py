"""``Pattern``'s direct call of the binding's ``Match`` finds what its public ``search`` finds,
and a lazy pattern (``lazy_pattern``, compiled when first searched) what a compiled one finds.

Every bundled topic pattern, and a few patterns with groups, empty-able parts and ASCII, run
both ways (``Pattern(..., plain=True)`` is the binding's public path) over the real reports
and over generated text: the same spans from ``finditer``, ``search`` and ``line_matches``.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import re2
from hypothesis import given, settings
from hypothesis import strategies as st
from rule_patterns import topic_pattern_sources

from lint.offsets import Span
from lint.rules.regex import Pattern, PatternSet, compile_pattern, lazy_pattern


def topic_patterns() -> list[Pattern]:
    return [compile_pattern(source) for source in topic_pattern_sources()]


PATTERNS = topic_patterns()
REPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "reports"
EXTRA = ["(法治)(政府)", "a?b", "考核|学习", r"\d+(?:\.\d+)?%?", "[^，。]{2,6}等", "x*y", "^一是"]
FAST = [*PATTERNS, *(compile_pattern(p) for p in EXTRA)]
PLAIN = [Pattern(p.source, re2.compile(p.source), plain=True) for p in FAST]


def spans(patterns: list[Pattern], text: str, pos: int = 0, endpos: int | None = None) -> list:
    return [(list(p.finditer(text, pos, endpos)), p.search(text, pos, endpos)) for p in patterns]


def test_the_fast_path_is_taken() -> None:
    # the plain path wraps ``regex.search``; the direct one does not name ``search``
    assert FAST[0]._search.__name__ != "search"
    assert PLAIN[0]._search.__name__ == "search"


@pytest.mark.parametrize("name", sorted(p.name for p in REPORTS.glob("*.txt")))
def test_direct_and_plain_find_the_same_in_a_real_report(name: str) -> None:
    text = (REPORTS / name).read_text(encoding="utf-8")
    assert spans(FAST, text) == spans(PLAIN, text)
    assert spans(FAST, text, 1000, 5000) == spans(PLAIN, text, 1000, 5000)
    assert PatternSet(FAST).line_matches(text) == PatternSet(PLAIN).line_matches(text)


PIECES = [*"法治政府建设考核学习，。；\n一是等（）ab1.%", "纳入", "督察", "第一责任人"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.integers(-2, 50),
    st.integers(-2, 50),
)
def test_direct_and_plain_find_the_same_in_generated_text(text: str, pos: int, end: int) -> None:
    assert spans(FAST, text, pos, end) == spans(PLAIN, text, pos, end)


def test_a_pattern_pickles_with_its_path() -> None:
    for pattern in (FAST[0], PLAIN[0]):
        copy = pickle.loads(pickle.dumps(pattern))
        assert copy.source == pattern.source
        assert copy._search.__name__ == pattern._search.__name__
        assert list(copy.finditer("法治政府建设考核")) == list(pattern.finditer("法治政府建设考核"))


LAZY = [lazy_pattern(p.source) for p in FAST]


@pytest.mark.parametrize("name", sorted(p.name for p in REPORTS.glob("*.txt")))
def test_lazy_and_compiled_patterns_find_the_same_in_a_real_report(name: str) -> None:
    text = (REPORTS / name).read_text(encoding="utf-8")
    lazy = [lazy_pattern(p.source) for p in FAST]
    assert PatternSet(lazy).line_matches(text) == PatternSet(FAST).line_matches(text)
    assert spans(lazy, text, 1000, 5000) == spans(FAST, text, 1000, 5000)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join), st.integers(-2, 50))
def test_lazy_and_compiled_patterns_find_the_same_in_generated_text(text: str, pos: int) -> None:
    assert spans(LAZY, text, pos) == spans(FAST, text, pos)


def test_a_lazy_pattern_compiles_when_first_searched() -> None:
    pattern = lazy_pattern("法治(政府)")
    assert pattern._regex is None
    assert pattern.search("建设法治政府") == Span(2, 6)
    assert pattern._regex is not None
    assert pattern._search.__name__ == FAST[0]._search.__name__  # then the direct path
    assert pattern.groupindex == {}
    copy = pickle.loads(pickle.dumps(lazy_pattern("考核")))
    assert list(copy.finditer("年度考核")) == [Span(2, 4)]


def test_a_lazy_pattern_in_a_set_compiles_when_first_possible() -> None:
    pattern = lazy_pattern("法治(政府)")
    assert PatternSet([pattern]).line_matches("考核学习\n督察") == [[]]  # filtered out
    assert pattern._regex is None  # never searched, never compiled
    assert PatternSet([pattern]).line_matches("考核\n建设法治政府") == [[Span(5, 9)]]
    assert pattern._regex is not None
    assert pattern._search.__name__ == FAST[0]._search.__name__
    assert pattern.search("建设法治政府") == Span(2, 6)
    assert pattern.groupindex == {}
    copy = pickle.loads(pickle.dumps(pattern))
    assert list(copy.finditer("法治政府")) == [Span(0, 4)]
