"""Properties of the offset map: inside the original, monotonic, empty only for insertions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.document import document_from_text
from lint.normalize import normalize_text
from lint.offsets import Span

PIECES = st.sampled_from(
    [
        "建設(shè)",
        "關(guān)",
        "(社区)",
        "(一)",
        "(20212025年)",
        "2021-2025年",
        "?,F(xiàn)將",
        "?!笆咧腔鄢鞘袛?shù)字",
        "\ufffd",
        "１２３",
        "，",
        ",",
        "1,249",
        ":",
        "14:41",
        "\n",
        "日期:2024-02-28 来源:司法局",
        "点击量:",
        "字体 大 中 小",
        "【打印】【关闭】",
        "一是",
        "二是",
        "。",
        "一、",
        "（一）",
        "1.",
        "法治政府建设",
        "存在的不足",
        "下一步，我们将",
        "\u3000",
        "\u200b",
        "ǎ",
        "(",
        ")",
        "?",
        "a",
        " ",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=30).map("".join)


def _check_map(original: str, text: str, starts: list[int], ends: list[int]) -> None:
    assert len(starts) == len(ends) == len(text)
    for i in range(len(text)):
        assert 0 <= starts[i] <= ends[i] <= len(original)
        if i:
            assert starts[i - 1] <= starts[i]
            assert ends[i - 1] <= ends[i]


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_map_stays_inside_original_and_is_monotonic(original: str) -> None:
    result = normalize_text(original)
    tm = result.textmap
    _check_map(original, tm.text, tm.starts, tm.ends)
    dashes = [r.span for r in result.repairs if r.kind == "lost-dash"]
    for i in range(len(tm.text)):
        if tm.starts[i] == tm.ends[i]:
            assert tm.text[i] == "—" and any(s.contains(i) for s in dashes)


@settings(max_examples=100, deadline=None)
@given(TEXTS, st.data())
def test_original_text_of_any_span_is_the_original_slice(
    original: str, data: st.DataObject
) -> None:
    doc = document_from_text(original)
    n = len(doc.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    orig = doc.original_span(Span(start, end))
    assert 0 <= orig.start <= orig.end <= len(doc.source.text)
    assert doc.original_text(Span(start, end)) in doc.source.text


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_structure_spans_are_inside_the_text(original: str) -> None:
    doc = document_from_text(original)
    n = len(doc.text)
    for section in doc.sections:
        assert 0 <= section.heading.start <= section.heading.end <= n
        assert section.body.start <= section.heading.start or section.level == 6
        assert section.body.end <= n
    covered = 0
    for part in sorted(doc.parts, key=lambda p: p.span.start):
        assert part.span.end <= n
        covered = max(covered, part.span.end)
    assert covered == n or not doc.parts
