"""Fast paths of the per-report steps give the answers of their plain forms.

Cutting pinyin annotations in one pass (``MappedText.absorb``) against the general
``splice``; the repairs' spans (``Repairs.locate``) against a plain scan for each; the
repairs' kinds, first one and spans of some kinds read from their tuples against the
``Repair``s made; the normalizer's own pinyin step against ``damage.remove_pinyin``; the script
detection that stops counting early against a full count; the excerpt found with
``str.find`` against the character-by-character walk; the spans, repairs and quantities built
by hand-written ``__init__``s against their dataclass fields; a clause's adverbial frames
(``segment.frames``, skipped without 在 or 、) against every match of ``FRAME``. Inputs are
generated, and the three real reports are run through the plain and the fast normalizer.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint import damage, normalize, segment, t2s
from lint.checks import report_text
from lint.document import document_from_text
from lint.numeric import bind, lists, relations
from lint.numeric.extract import Quantity, extract_quantities
from lint.numeric.interval import Interval
from lint.offsets import Repair, Repairs, Span, sorted_spans
from lint.reporters.view import excerpt
from lint.textmap import Edit, MappedText

REPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "reports"
# Characters that make the generated texts interesting: CJK (with and without readings),
# brackets, pinyin letters, sentence stops, traditional characters.
ALPHABET = "建設设法治领領(（)）shèlǐngzhìfǎ。；！？\n，a1 國国"


# Pieces of damaged text: characters with annotations that read them, that do not, toneless
# ones, and brackets that hold no pinyin.
PIECES = [
    "建",
    "設",
    "设",
    "領",
    "(shè)",
    "（shè）",
    "(lǐng)",
    "(ling)",
    "(she)",
    "(xyz)",
    "国",
    "。",
    "a",
]
damaged_texts = st.lists(st.sampled_from(PIECES), max_size=20).map("".join)


@st.composite
def mapped_and_ranges(draw: st.DrawFn) -> tuple[MappedText, list[tuple[int, int]]]:
    text = draw(st.text(alphabet=ALPHABET, min_size=1, max_size=40))
    mapped = MappedText.identity(text)
    if draw(st.booleans()):  # a map that is not the identity: after a deletion
        mapped = mapped.splice([Edit(0, min(1, len(text)), "")])
    cuts = sorted(draw(st.sets(st.integers(0, len(mapped.text)), max_size=8)))
    ranges = []
    last = 0
    for at in cuts:
        end = draw(st.integers(at + 1, at + 4))
        if at >= last and end <= len(mapped.text):
            ranges.append((at, end))
            last = end
    return mapped, ranges


@settings(max_examples=300, deadline=None)
@given(case=mapped_and_ranges())
def test_absorb_is_the_splice_of_one_kept_character(
    case: tuple[MappedText, list[tuple[int, int]]],
) -> None:
    mapped, ranges = case
    edits = [Edit(s, e, mapped.text[s], ((s, e),)) for s, e in ranges]
    fast, plain = mapped.absorb(ranges), mapped.splice(edits)
    assert (fast.text, fast.starts, fast.ends) == (plain.text, plain.starts, plain.ends)


@settings(max_examples=300, deadline=None)
@given(case=mapped_and_ranges(), wanted=st.lists(st.tuples(st.integers(0, 45), st.integers(0, 8))))
def test_locate_is_a_plain_scan_of_each(
    case: tuple[MappedText, list[tuple[int, int]]], wanted: list[tuple[int, int]]
) -> None:
    mapped, ranges = case
    mapped = mapped.absorb(ranges)  # characters that map to wider original ranges
    originals = [(start, start + size) for start, size in wanted]
    repairs = Repairs([], mapped.to_textmap(), "")
    assert [repairs.locate(*r) for r in originals] == [_plain_locate(mapped, r) for r in originals]


def _plain_locate(mapped: MappedText, original: tuple[int, int]) -> Span:
    """The current characters produced from inside ``original``: from the first whose
    original start is at or after its start, as long as each lies inside it."""
    lo, hi = original
    i = next((k for k, s in enumerate(mapped.starts) if s >= lo), len(mapped.text))
    j = i
    while j < len(mapped.text) and mapped.starts[j] <= hi and mapped.ends[j] <= hi:
        j += 1
    return Span(i, j)


def _check_repairs(repairs: Repairs) -> None:
    """``kinds``, ``first`` and ``spans_of`` (read from the tuples) against the ``Repair``s."""
    made = list(repairs)
    assert repairs.kinds() == [r.kind for r in made]
    first = min(made, key=lambda r: r.span.start) if made else None
    assert repairs.first() == first
    for kinds in ({"pinyin"}, {"lost-dash", "mojibake", "replacement-char"}, set()):
        assert repairs.spans_of(kinds) == [r.span for r in made if r.kind in kinds]


@settings(max_examples=300, deadline=None)
@given(text=damaged_texts, tail=st.sampled_from(["", "（20212025年）", "\ufffd", "?,F(xiàn)將"]))
def test_repairs_read_as_the_repairs_made(text: str, tail: str) -> None:
    _check_repairs(normalize.normalize_text(tail + text + tail).repairs)


@pytest.mark.parametrize("name", ["jinta-2023", "shiyan-2023", "weibin-2024"])
def test_real_report_repairs_read_as_the_repairs_made(name: str) -> None:
    text = (REPORTS / f"{name}.txt").read_text(encoding="utf-8")
    repairs = normalize.normalize_text(text).repairs
    _check_repairs(repairs)
    assert len(repairs) > 100 or name != "shiyan-2023"  # the damaged report: hundreds


def test_absorb_refuses_overlapping_ranges() -> None:
    with pytest.raises(ValueError):
        MappedText.identity("建设（shè）").absorb([(0, 3), (2, 4)])


def _plain_pinyin(mapped: MappedText, found: list[normalize._Found]) -> MappedText:
    """The normalizer's pinyin step as it was: ``remove_pinyin`` and one ``_Found`` each."""
    return normalize._step(mapped, damage.remove_pinyin, found)


# The annotation pattern without its leading lookahead on the bracket (the plain form).
_PINYIN_PLAIN = re.compile(
    rf"(?<=[\u3400-\u9fff\uf900-\ufaff])[(（](?P<syl>{damage._SYLLABLE})[)）]"
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
def test_pinyin_pattern_as_without_its_lookahead(text: str) -> None:
    found = [(m.span(), m.group("syl")) for m in damage._PINYIN.finditer(text)]
    assert found == [(m.span(), m.group("syl")) for m in _PINYIN_PLAIN.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(text=damaged_texts)
def test_pinyin_step_matches_remove_pinyin(text: str) -> None:
    fast_found: list[normalize._Found] = []
    plain_found: list[normalize._Found] = []
    fast = normalize._remove_pinyin(MappedText.identity(text), fast_found)
    plain = _plain_pinyin(MappedText.identity(text), plain_found)
    assert (fast.text, fast.starts, fast.ends) == (plain.text, plain.starts, plain.ends)
    assert fast_found == plain_found


def _remove_pinyin_by_edits(mapped: MappedText) -> tuple[MappedText, list[damage.Damage]]:
    """``damage.remove_pinyin`` written with general edits, as before ``absorb``."""
    edits, damages = [], []
    for match in damage._PINYIN.finditer(mapped.text):
        start, end = match.start() - 1, match.end()
        char = mapped.text[start]
        if damage._annotates(char, match.group(1)):
            edits.append(Edit(start, end, char, ((start, end),)))
            damages.append(damage.Damage("pinyin", start, end, char + match.group(0), char))
    return mapped.splice(edits), damages


@pytest.mark.parametrize("name", ["jinta-2023", "shiyan-2023", "weibin-2024"])
def test_real_report_pinyin_as_by_edits(name: str) -> None:
    text = (REPORTS / f"{name}.txt").read_text(encoding="utf-8")
    mapped = MappedText.identity(text)
    fast, fast_damages = damage.remove_pinyin(mapped)
    plain, plain_damages = _remove_pinyin_by_edits(mapped)
    assert (fast.text, fast.starts, fast.ends) == (plain.text, plain.starts, plain.ends)
    assert fast_damages == plain_damages


def _script_by_full_count(before: str, after: str) -> str:
    changed = sum(map(str.__ne__, before, after))
    if not changed:
        return "simplified"
    cjk = sum(1 for c in before if "\u4e00" <= c <= "\u9fff") or 1
    return "traditional" if changed / cjk > 0.05 else "simplified"


@settings(max_examples=300, deadline=None)
@given(
    before=st.text(alphabet="国國发發法a1，", max_size=1200),
    flips=st.sets(st.integers(0, 1199), max_size=200),
)
def test_script_detection_stops_early_with_the_same_answer(before: str, flips: set[int]) -> None:
    swap = {"国": "國", "國": "国", "发": "發", "發": "发"}
    after = "".join(swap.get(c, c) if i in flips else c for i, c in enumerate(before))
    assert normalize.detect_script(before, after) == _script_by_full_count(before, after)


@pytest.mark.parametrize("name", ["jinta-2023", "shiyan-2023", "weibin-2024"])
def test_real_report_script(name: str) -> None:
    text = (REPORTS / f"{name}.txt").read_text(encoding="utf-8")
    converted = t2s.converter().convert(text)
    assert normalize.detect_script(text, converted) == _script_by_full_count(text, converted)


def _excerpt_by_walk(text: str, span: Span, limit: int) -> tuple[int, int]:
    """The excerpt's normalized range, walked one character at a time (the plain form)."""
    lo = max(0, span.start)
    hi = min(len(text), max(span.end, lo + 1))
    stops = "。；！？\n"
    while lo > 0 and text[lo - 1] not in stops and span.start - lo < limit:
        lo -= 1
    while hi < len(text) and text[hi - 1] not in stops and hi - span.end < limit:
        hi += 1
    return lo, hi


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(alphabet="法治。；！？\n，a", min_size=1, max_size=50),
    start=st.integers(0, 50),
    length=st.integers(0, 6),
    limit=st.integers(0, 12),
)
def test_excerpt_finds_the_stops_of_the_walk(
    text: str, start: int, length: int, limit: int
) -> None:
    doc = document_from_text(text)
    start = min(start, len(doc.text))
    span = Span(start, min(len(doc.text), start + length))
    lo, hi = _excerpt_by_walk(doc.text, span, limit)
    expected = doc.original_text(Span(lo, hi)).strip() if doc.text else ""
    assert excerpt(doc, span, limit) == expected


def test_hand_written_inits_set_every_field() -> None:
    span = Span(2, 5)
    assert (span.start, span.end, len(span)) == (2, 5, 3)
    assert span == Span(2, 5) and hash(span) == hash(Span(2, 5)) and span < Span(2, 6)
    assert dataclasses.replace(span, end=7) == Span(2, 7)
    with pytest.raises(ValueError):
        Span(5, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 1  # type: ignore[misc]
    assert not hasattr(span, "__dict__")  # slots: attribute reads stay cheap
    assert pickle.loads(pickle.dumps(span)) == span and copy.deepcopy(span) == span
    repair = Repair("pinyin", span, "設(shè)", "設")
    assert dataclasses.astuple(repair) == ("pinyin", (2, 5), "設(shè)", "設")
    interval = Interval(Decimal(1), Decimal(2))
    quantity = Quantity(span, Decimal(3), interval, "件", "count")
    fields = {f.name: getattr(quantity, f.name) for f in dataclasses.fields(Quantity)}
    assert fields == {
        "span": span, "value": Decimal(3), "interval": interval, "unit": "件", "kind": "count",
        "qualifier": "", "decimals": 0, "text": "",
    }  # fmt: skip


@pytest.mark.parametrize("name", ["jinta-2023", "shiyan-2023", "weibin-2024"])
def test_labels_skip_the_tail_search_only_where_it_cannot_match(name: str) -> None:
    """Every figure's label in a real report, against the filler search run on every label."""
    text = (REPORTS / f"{name}.txt").read_text(encoding="utf-8")
    view = bind.view_of(document_from_text(text).text)
    assert view.quantities
    for q in view.quantities:
        plain = bind._FILLER_TAIL.sub("", view.raw_label(q).strip())
        assert view.label(q) == bind._FILLER_HEAD.sub("", plain)


@pytest.mark.parametrize("name", ["jinta-2023", "shiyan-2023", "weibin-2024"])
def test_remembered_raw_labels_are_the_clause_before_the_figure(name: str) -> None:
    text = (REPORTS / f"{name}.txt").read_text(encoding="utf-8")
    view = bind.view_of(document_from_text(text).text)
    for q in view.quantities:
        plain = view.text[view.clause_start(q.span.start) : q.span.start]
        assert view.raw_label(q) == plain and view.raw_label(q) == plain  # computed, remembered


@pytest.mark.parametrize("label", ["受理案件共计", "办结率达到了", "收到申请", "共", "", "计为"])
def test_label_tail_fillers(label: str) -> None:
    view = bind.TextView(label + "12件", list(range(len(label) + 3)))
    view.quantities = extract_quantities(view.text)
    plain = bind._FILLER_HEAD.sub("", bind._FILLER_TAIL.sub("", label.strip()))
    assert view.label(view.quantities[0]) == plain


NEEDS = [
    ["法治", "复议"],
    ["(?P<x>督察)", "(?P<x>考核)"],  # the same group name twice: searched one by one
    ["[0-9]+件", "办结"],
    ["不存在的词"],
]


@pytest.mark.parametrize("name", ["jinta-2023", "shiyan-2023", "weibin-2024"])
@pytest.mark.parametrize("needs", NEEDS, ids=["plain", "same-group", "class", "absent"])
def test_any_in_answers_as_any_match(name: str, needs: list[str]) -> None:
    text = document_from_text((REPORTS / f"{name}.txt").read_text(encoding="utf-8")).text
    for start in range(0, len(text), 97):
        end = min(len(text), start + 211)
        expected = report_text.any_match(needs, text, start, end) is not None
        assert report_text.any_in(needs, text, start, end) == expected


def _role_by_phrases(label: str, roles: list[list[str]], exclude: list[str]) -> int | None:
    """``relations._role`` without the alternation that rules labels out first."""
    if any(word in label for word in exclude):
        return None
    return relations.best_role(label, roles)


STAGES = [["收到", "收件"], ["受理", "立案"], ["办结", "审结", "调解成功", "调解"]]


@settings(max_examples=400, deadline=None)
@given(
    label=st.lists(
        st.sampled_from(["收到", "受理", "办结", "调解", "成功", "案件", "不予", "行政", "件"]),
        max_size=6,
    ).map("".join)
)
def test_role_as_by_phrases(label: str) -> None:
    exclude = ["不予"]
    assert relations._role(label, STAGES, exclude) == _role_by_phrases(label, STAGES, exclude)


@pytest.mark.parametrize("name", ["jinta-2023", "shiyan-2023", "weibin-2024"])
def test_real_report_roles(name: str) -> None:
    text = (REPORTS / f"{name}.txt").read_text(encoding="utf-8")
    view = bind.view_of(document_from_text(text).text)
    for q in view.quantities:
        label = view.label(q)
        assert relations._role(label, STAGES, []) == _role_by_phrases(label, STAGES, [])


@settings(max_examples=200, deadline=None)
@given(case=mapped_and_ranges(), empties=st.lists(st.integers(0, 40), max_size=3))
def test_drop_ranges_skips_empty_ranges(
    case: tuple[MappedText, list[tuple[int, int]]], empties: list[int]
) -> None:
    """Empty ranges cut nothing, and no range at all gives the same text and map."""
    mapped, ranges = case
    size = len(mapped.text)
    with_empty = sorted({*ranges, *((min(e, size), min(e, size)) for e in empties)})
    # keep the list non-overlapping: an empty range inside a cut range is dropped
    with_empty = [
        r
        for r in with_empty
        if (r[0] == r[1] and not any(s < r[0] < e for s, e in ranges)) or r in ranges
    ]
    plain, fast = mapped.drop_ranges(ranges), mapped.drop_ranges(with_empty)
    assert (fast.text, fast.starts, fast.ends) == (plain.text, plain.starts, plain.ends)
    same = mapped.drop_ranges([])
    assert (same.text, same.starts, same.ends) == (mapped.text, mapped.starts, mapped.ends)


def test_identity_map_is_one_range_per_character() -> None:
    mapped = MappedText.identity("建设法治政府")
    assert mapped.starts == [0, 1, 2, 3, 4, 5]
    assert mapped.ends == [1, 2, 3, 4, 5, 6]
    assert MappedText.identity("").starts == [] == MappedText.identity("").ends


def _plain_view(text: str) -> bind.TextView:
    """``view_of`` as it was: every text cut at its pinyin, offsets listed one by one."""
    parts: list[str] = []
    offsets: list[int] = []
    last = 0
    for match in bind.PINYIN_RE.finditer(text):
        parts.append(text[last : match.start()])
        offsets.extend(range(last, match.start()))
        last = match.end()
    parts.append(text[last:])
    offsets.extend(range(last, len(text)))
    return bind.TextView("".join(parts), offsets)


@pytest.mark.parametrize(
    "text",
    ["受理行政复议案件12件，办结10件。", "建设（shè）法治政府3项，（ling）2件", "", "（shè）"],
)
def test_view_without_pinyin_as_the_plain_view(text: str) -> None:
    view, plain = bind.view_of(text), _plain_view(text)
    assert view.text == plain.text
    assert list(view.offsets) == plain.offsets
    assert view.quantities == extract_quantities(plain.text)


def _plain_quantities(text: str) -> list[Quantity]:
    """``extract_quantities`` without the early skip of unitless numbers."""
    from lint.numeric import extract

    quoted = extract.quoted_spans(text)
    found = []
    for match in extract.QUANTITY_RE.finditer(text):
        if any(q.contains(match.start()) for q in quoted):
            continue
        quantity = extract._quantity(text, match)
        if quantity:
            found.append(quantity)
    return found


@pytest.mark.parametrize("name", ["jinta-2023", "shiyan-2023", "weibin-2024"])
def test_real_report_quantities_as_without_the_skip(name: str) -> None:
    text = bind.view_of(document_from_text((REPORTS / f"{name}.txt").read_text("utf-8")).text).text
    found = extract_quantities(text)
    assert found == _plain_quantities(text)
    assert len(found) > 20  # the reports state dozens of figures


@pytest.mark.parametrize("name", ["jinta-2023", "shiyan-2023", "weibin-2024"])
def test_memoized_lookups_answer_as_a_scan(name: str) -> None:
    """``part_at``/``section_at``/``paragraph_at`` (tables per stretch) against scans."""
    doc = document_from_text((REPORTS / f"{name}.txt").read_text(encoding="utf-8"))
    parts = {part.part for part in doc.parts}
    assert len(parts) >= 3 and doc.sections  # the reports have parts and headings
    for offset in [*range(0, len(doc.text), 3), len(doc.text)]:
        part = next((p.part for p in doc.parts if p.span.contains(offset)), "other")
        assert doc.part_at(offset) == part
        inside = [s for s in doc.sections if s.body.contains(offset)]
        deepest = max((s.level for s in inside), default=0)
        assert doc.section_at(offset) == next(
            (s for s in reversed(inside) if s.level == deepest), None
        )
        paragraph = next((p for p in doc.paragraphs if p.contains(offset)), None)
        assert doc.paragraph_at(offset) == paragraph


def test_lookup_tables_follow_a_replaced_list() -> None:
    doc = document_from_text("一、主要举措\n建设法治政府。\n二、存在的不足\n有差距。")
    assert doc.section_at(8) is not None
    doc.sections = []
    assert doc.section_at(8) is None


@pytest.mark.parametrize("name", ["jinta-2023", "shiyan-2023", "weibin-2024"])
def test_bigram_starts_as_the_first_character_of_each_pair(name: str) -> None:
    text = (REPORTS / f"{name}.txt").read_text(encoding="utf-8")
    found, given = damage.Bigrams(text), damage.Bigrams(pairs=damage.Bigrams(text).pairs)
    assert found.starts == frozenset(pair[0] for pair in found.pairs) == given.starts
    assert len(found.starts) > 300  # a report uses hundreds of characters before another


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    return [(m.start(1), m.end(), m.group(1)) for m in matches]


@settings(max_examples=500, deadline=None)
@given(line=st.text(alphabet="一二三十四是，。：a\n", max_size=16))
def test_enumerations_as_the_lookbehind_pattern(line: str) -> None:
    from lint.checks import report_numbering

    fast = report_numbering._enumerations(line)
    assert _spans(fast) == _spans(list(report_numbering._ENUM.finditer(line)))


@pytest.mark.parametrize("name", ["jinta-2023", "shiyan-2023", "weibin-2024"])
def test_real_report_enumerations(name: str) -> None:
    from lint.checks import report_numbering

    doc = document_from_text((REPORTS / f"{name}.txt").read_text(encoding="utf-8"))
    lines = [doc.text[p.start : p.end] for p in doc.paragraphs]
    fast = [_spans(report_numbering._enumerations(line)) for line in lines]
    assert fast == [_spans(list(report_numbering._ENUM.finditer(line))) for line in lines]
    assert sum(map(len, fast)) >= 3  # each report enumerates with 一是、二是 …


FRAME_PIECES = [*"在对下、，等和", "领导", "指导", "研究", "部署", "工作", "进行了", "予以明确"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(FRAME_PIECES), max_size=24).map("".join), st.integers(0, 6))
def test_frames_as_every_match_of_the_frame_pattern(text: str, start: int) -> None:
    clause = Span(min(start, len(text)), len(text))
    plain = tuple(m.span() for m in segment.FRAME.finditer(text, clause.start, clause.end))
    assert segment.frames(text, clause) == plain


@pytest.mark.parametrize("name", ["jinta-2023", "shiyan-2023", "weibin-2024"])
def test_real_report_frames(name: str) -> None:
    text = document_from_text((REPORTS / f"{name}.txt").read_text(encoding="utf-8")).text
    cuts = segment.Cuts.of(text)
    found = 0
    for start, end in zip(cuts.clause_starts, [*cuts.clause_starts[1:], len(text)], strict=True):
        plain = tuple(m.span() for m in segment.FRAME.finditer(text, start, end))
        assert segment.frames(text, Span(start, end)) == plain
        found += len(plain)
    assert found > 0


def _plain_cut(text: str, offset: int, ends: frozenset[str]) -> Span:
    """The sentence (clause) around ``offset``: back to just after the last end mark before
    it, on through the next end mark (included)."""
    start = offset
    while start > 0 and text[start - 1] not in ends:
        start -= 1
    end = offset
    while end < len(text) and text[end] not in ends:
        end += 1
    return Span(start, min(end + 1, len(text)))


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet="法治，。；：\n建设！a", min_size=1, max_size=40),
    offsets=st.lists(st.integers(0, 39), max_size=12),
)
def test_cuts_remembered_by_index_are_the_plain_cuts(text: str, offsets: list[int]) -> None:
    cuts = segment.Cuts(
        [0, *(i + 1 for i, c in enumerate(text) if c in segment.SENTENCE_ENDS)],
        [0, *(i + 1 for i, c in enumerate(text) if c in segment.CLAUSE_ENDS)],
        len(text),
    )
    for offset in [o for o in offsets if o < len(text)] * 2:  # asked again: the kept span
        assert cuts.sentence(offset) == _plain_cut(text, offset, segment.SENTENCE_ENDS)
        assert cuts.clause(offset) == _plain_cut(text, offset, segment.CLAUSE_ENDS)


@given(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 5)), max_size=30))
def test_sorted_spans_is_the_sorted_set(pairs: list[tuple[int, int]]) -> None:
    spans = [Span(start, start + size) for start, size in pairs]
    assert sorted_spans(spans) == sorted(set(spans))


@pytest.mark.parametrize("name", ["jinta-2023", "shiyan-2023", "weibin-2024"])
def test_slogan_runs_by_clause_starts_as_by_clause_spans(name: str) -> None:
    from lint.checks.topic_grade import Grader
    from lint.checks.topic_words import SLOGAN_LEAD, SLOGAN_RUN

    doc = document_from_text((REPORTS / f"{name}.txt").read_text(encoding="utf-8"))
    grader = Grader(doc)
    runs = 0
    for start in grader.cuts.sentence_starts:
        sentence = grader.cuts.sentence(start)
        at, leads = sentence.start, 0  # the plain walk, clause by clause
        while at < sentence.end:
            clause = grader.cuts.clause(at)
            leads += SLOGAN_LEAD.match(doc.text, clause.start) is not None
            at = clause.end
        assert grader._slogan_run(sentence) == (leads >= SLOGAN_RUN)
        runs += leads >= SLOGAN_RUN
    assert runs > 0


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=ALPHABET + "、：:,", max_size=60))
def test_char_offsets_are_a_character_class_search(text: str) -> None:
    """``segment.char_offsets`` (``str.find`` per character) against a regex's matches."""
    from lint.numeric.enumeration import _BOUNDARY

    for chars in (segment.SENTENCE_ENDS, segment.CLAUSE_ENDS, bind.CLAUSE_END, _BOUNDARY):
        pattern = "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
        assert segment.char_offsets(text, chars) == [m.start() for m in re.finditer(pattern, text)]


@pytest.mark.parametrize("name", ["jinta-2023", "shiyan-2023", "weibin-2024"])
def test_real_report_char_offsets(name: str) -> None:
    text = document_from_text((REPORTS / f"{name}.txt").read_text(encoding="utf-8")).text
    for chars in (segment.SENTENCE_ENDS, segment.CLAUSE_ENDS, bind.SENTENCE_END):
        pattern = "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
        found = segment.char_offsets(text, chars)
        assert found == [m.start() for m in re.finditer(pattern, text)]
        assert len(found) > 50


def _breakdowns_of_every_count(
    view: bind.TextView, params: dict[str, object]
) -> list[lists.Breakdown]:
    """``lists.find_breakdowns`` the plain way: every count figure tried with the params."""
    found = []
    for index, quantity in enumerate(view.quantities):
        if quantity.kind != "count":
            continue
        item = lists._after_total(view, index, params) or lists._before_sum(view, index, params)
        if item and item.parts:
            found.append(item)
    return found


def _example_texts(rule_ids: tuple[str, ...]) -> list[str]:
    from lint.rules import load_bundled

    rules = load_bundled([]).rules
    return [example.text for rule_id in rule_ids for example in rules[rule_id].examples]


@pytest.mark.parametrize("name", ["jinta-2023", "shiyan-2023", "weibin-2024", "examples"])
def test_breakdown_heads_found_once_as_by_every_count(name: str) -> None:
    """FZN205 and FZN206 share the breakdowns' possible heads (``lists.breakdown_heads``):
    each rule's breakdowns are those of trying every count figure with its own params."""
    from lint.rules import load_bundled

    rules = load_bundled([]).rules
    if name == "examples":
        texts = _example_texts(("FZN205", "FZN206"))
    else:
        texts = [(REPORTS / f"{name}.txt").read_text(encoding="utf-8")]
    seen = 0
    for text in texts:
        view = bind.view_of(document_from_text(text).text)
        for rule_id in ("FZN205", "FZN206", "FZN205"):
            params = rules[rule_id].params
            found = lists.find_breakdowns(view, params)
            assert found == _breakdowns_of_every_count(view, params)
            seen += len(found)
    assert seen > 0 or name == "weibin-2024"  # (weibin's figures head no breakdown)


def test_mapped_frequencies_and_kept_total_as_read_and_added(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``wordcut.Dictionary`` reads the frequencies where the file is mapped and takes their
    total from the cache (``recache.derived``): the table read into an array, and its sum."""
    import math
    from array import array

    from lint import recache, wordcut

    read = array("I")
    read.frombytes((wordcut.DATA / "jieba-freqs.bin").read_bytes())
    plain = math.log(sum(read))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("FZLINT_NO_CACHE", raising=False)
    recache.uninstall()
    try:
        for _ in range(2):  # computed and kept, then read from the file
            recache.install()
            words = wordcut.Dictionary()
            assert list(words.freqs) == list(read)
            assert words.logtotal == plain
            assert any(name == "wordcut.total" for name, _ in recache._STATE.derived)
            recache.save()
            recache.uninstall()
    finally:
        recache.uninstall()
        re.purge()
