"""Fast forms of lookups give the answers of their plain forms.

The structure step answers "which section holds this paragraph" in one sweep, part finding
slices headings and paragraphs by offset, and the damage repairs read their tables without
building them whole; each is compared here with the plain scan (or the per-pair decode) it
replaces, on generated or exhaustive inputs.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from lint import damage
from lint.checks.report_parts import _skip_headings
from lint.document import document_from_text
from lint.model import Section
from lint.offsets import Span
from lint.parts import _Ordered
from lint.structure import _Innermost, _innermost


@st.composite
def sections(draw: st.DrawFn) -> list[Section]:
    """Sections with arbitrary (even overlapping, empty or unordered) bodies and levels."""
    out = []
    for _ in range(draw(st.integers(0, 12))):
        start = draw(st.integers(0, 60))
        end = draw(st.integers(start, 80))
        level = draw(st.integers(1, 6))
        out.append(Section("", "", level, Span(start, min(end, start + 3)), Span(start, end)))
    if draw(st.booleans()):
        out.sort(key=lambda s: s.body.start)
    return out


@settings(max_examples=300, deadline=None)
@given(found=sections(), offsets=st.lists(st.integers(0, 90), max_size=30))
def test_sweep_finds_the_innermost_section(found: list[Section], offsets: list[int]) -> None:
    """Rising offsets (as paragraphs come) or not, the sweep answers as the scan does."""
    for order in (sorted(offsets), offsets):
        sweep = _Innermost(found)
        assert [sweep.at(o) for o in order] == [_innermost(o, found) for o in order]


@settings(max_examples=300, deadline=None)
@given(
    starts=st.lists(st.integers(0, 50), max_size=20),
    rising=st.booleans(),
    lo=st.integers(-1, 55),
    hi=st.integers(-1, 55),
)
def test_ordered_slice_is_the_filter(starts: list[int], rising: bool, lo: int, hi: int) -> None:
    starts = sorted(starts) if rising else starts
    items = [Span(s, s + 1) for s in starts]
    assert _Ordered(items, starts).between(lo, hi) == [i for i in items if lo < i.start < hi]


def test_skip_headings_drops_the_heading_a_region_starts_with() -> None:
    doc = document_from_text("一、总体情况\n正文第一段。\n二、存在的不足\n不足之处。\n")
    spans = sorted({s.body for s in doc.sections} | {Span(0, 3), Span(3, 9)})

    def plain(span: Span) -> Span:
        for section in doc.sections:
            if section.heading.start == span.start and section.heading.end < span.end:
                return Span(section.heading.end, span.end)
        return span

    assert _skip_headings(doc, spans) == [plain(s) for s in spans]
    assert any(new != old for new, old in zip(_skip_headings(doc, spans), spans, strict=True))


def test_gbk_pairs_of_every_lead_byte_are_the_per_pair_decodes() -> None:
    for lead in range(256):
        trails = range(0x40, 0xFF) if 0x81 <= lead <= 0xFE else range(0x100)
        plain = {}
        for trail in trails:
            try:
                plain[trail] = bytes([lead, trail]).decode("gbk")
            except UnicodeDecodeError:
                continue
        assert damage._gbk_pairs(lead) == plain, hex(lead)


def test_lost_units_are_the_pairs_that_do_not_decode() -> None:
    """Pairs of bytes 81–FE that are no GBK character, grouped by first byte, in order."""
    plain = []
    for first in range(0x81, 0xFF):
        lost = []
        for second in range(0x81, 0xFF):
            try:
                bytes([first, second]).decode("gbk")
            except UnicodeDecodeError:
                lost.append(second)
        if lost:
            plain.append((first, tuple(lost)))
    assert damage._find_lost_units() == tuple(plain)  # the table itself, not a kept copy
    damage._lost_units.cache_clear()
    assert damage._lost_units() == tuple(plain)
    assert plain  # GBK leaves some pairs unassigned


def test_readings_of_every_character_are_those_of_the_table() -> None:
    table: dict[str, tuple[str, ...]] = {}
    data = Path(damage.__file__).with_name("data") / "pinyin-readings.txt"
    for line in data.read_text(encoding="utf-8").splitlines():
        found, chars = line.split("\t")
        for char in chars:
            assert char not in table, f"{char} on two lines"
            table[char] = tuple(found.split(","))
    probes = set(table) | set("abcāǎü,\t\n 1（）。A") | {"法治", ""}
    assert {c: damage._readings_of(c) for c in probes} == {c: table.get(c, ()) for c in probes}
