"""Structure and metadata of the three real reports (expected values read from the reports)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.document import build_document
from lint.model import Document
from lint.sources import read_path

REPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "reports"


def _doc(name: str) -> Document:
    return build_document(read_path(REPORTS / name, name))


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    return {n: _doc(n) for n in ("jinta-2023.txt", "shiyan-2023.txt", "weibin-2024.txt")}


META = [
    ("jinta", "jinta-2023.txt", None, "金塔县", "county", 2023, "2024-02-28", None, "simplified"),
    (
        "shiyan",
        "shiyan-2023.txt",
        "十堰市人民政府关于2023年法治政府建设情况的报告",
        "十堰市",
        "city",
        2023,
        None,
        "2024-01-17",
        "traditional",
    ),
    (
        "weibin",
        "weibin-2024.txt",
        "渭滨区2024年度法治政府建设工作总结",
        "渭滨区",
        "county",
        2024,
        "2025-01-03",
        None,
        "simplified",
    ),
]


@pytest.mark.parametrize("case", META, ids=[f"meta.{c[0]}" for c in META])
def test_metadata(docs: dict[str, Document], case: tuple) -> None:
    _, name, title, issuer, level, year, published, signed, script = case
    meta = docs[name].meta
    assert (meta.title, meta.issuer, meta.level) == (title, issuer, level)
    assert (meta.report_year, meta.published, meta.signed, meta.script) == (
        year,
        published,
        signed,
        script,
    )


PARTS = [
    (
        "jinta",
        "jinta-2023.txt",
        [("preamble", False), ("measures", True), ("shortcomings", True), ("plans", True)],
    ),
    (
        "shiyan",
        "shiyan-2023.txt",
        [("preamble", False), ("measures", True), ("shortcomings", False), ("plans", False)],
    ),
    (
        "weibin",
        "weibin-2024.txt",
        [("preamble", False), ("measures", True), ("shortcomings", False), ("plans", False)],
    ),
]


@pytest.mark.parametrize("case", PARTS, ids=[f"parts.{c[0]}" for c in PARTS])
def test_parts(docs: dict[str, Document], case: tuple) -> None:
    _, name, expected = case
    assert [(p.part, p.headed) for p in docs[name].parts] == expected


STARTS = [
    ("jinta", "jinta-2023.txt", "shortcomings", "二、2023年度法治政府建设存在的不足和原因"),
    ("jinta", "jinta-2023.txt", "plans", "三、2024年度推进法治政府建设的主要安排"),
    ("shiyan", "shiyan-2023.txt", "shortcomings", "一年來，我市法治政府建設(shè)雖然"),
    ("shiyan", "shiyan-2023.txt", "plans", "2024年，我們將進(jìn)一步鞏固"),
    ("weibin", "weibin-2024.txt", "shortcomings", "今年以来，虽然我区法治政府建设"),
    ("weibin", "weibin-2024.txt", "plans", "法治政府建设工作是一项全局性"),
]


@pytest.mark.parametrize("case", STARTS, ids=[f"part-start.{c[0]}-{c[2]}" for c in STARTS])
def test_part_starts_at_the_original_words(docs: dict[str, Document], case: tuple) -> None:
    _, name, part, original_start = case
    doc = docs[name]
    (span,) = [p.span for p in doc.parts if p.part == part]
    assert doc.original_text(span).replace(",", "，").startswith(original_start)


SECTIONS = [
    ("jinta", "jinta-2023.txt", {1: 3, 2: 6, 6: 33}),
    ("shiyan", "shiyan-2023.txt", {1: 8, 2: 25, 6: 3}),
    ("weibin", "weibin-2024.txt", {1: 6, 3: 18, 6: 10}),
]


@pytest.mark.parametrize("case", SECTIONS, ids=[f"sections.{c[0]}" for c in SECTIONS])
def test_section_counts_by_level(docs: dict[str, Document], case: tuple) -> None:
    _, name, expected = case
    counts: dict[int, int] = {}
    for section in docs[name].sections:
        counts[section.level] = counts.get(section.level, 0) + 1
    assert counts == expected


@pytest.mark.parametrize("name", ["jinta-2023.txt", "shiyan-2023.txt", "weibin-2024.txt"])
def test_numbered_headings_map_to_the_start_of_their_original_line(
    docs: dict[str, Document], name: str
) -> None:
    doc = docs[name]
    for section in (s for s in doc.sections if s.level < 6):
        orig = doc.original_span(section.heading)
        pos = doc.source.position(orig.start)
        line = doc.source.lines[pos.line - 1]
        assert pos.column == 1
        assert line.startswith(doc.original_text(section.heading))


def test_traditional_heading_stays_traditional(docs: dict[str, Document]) -> None:
    doc = docs["shiyan-2023.txt"]
    first = doc.sections[0]
    assert first.title == "全面加强党对法治政府建设的组织领导"
    assert (
        doc.original_text(first.heading)
        == "一、全面加強(qiáng)黨對法治政府建設(shè)的組織領(lǐng)導(dǎo)"
    )


def test_enumerations_do_not_cut_parent_bodies(docs: dict[str, Document]) -> None:
    doc = docs["jinta-2023.txt"]
    parent = next(s for s in doc.sections if s.number == "（一）")
    items = [s for s in doc.sections if s.level == 6 and parent.body.contains(s.heading.start)]
    assert [s.number for s in items] == ["一是", "二是", "三是"]
    assert items[0].title == "坚持高位推动，全力夯实法治基石"
    assert parent.body.end == next(s for s in doc.sections if s.number == "（二）").heading.start


def test_shiyan_repairs(docs: dict[str, Document]) -> None:
    doc = docs["shiyan-2023.txt"]
    fixed = [(r.original, r.repaired) for r in doc.repairs if r.kind == "mojibake"]
    assert fixed == [("?,F(xiàn)", "。現"), ("?!笆咧腔鄢鞘袛?shù)", "。“十堰智慧城市數")]
    assert "现将有关情况报告如下" in doc.text
    assert "。“十堰智慧城市数字云底座—武当云”" in doc.text
    assert "(" not in doc.text and "?" not in doc.text


def test_weibin_furniture_is_cut_but_dated(docs: dict[str, Document]) -> None:
    doc = docs["weibin-2024.txt"]
    assert "索引号" not in doc.text and "发布时间" not in doc.text
    assert doc.text[doc.paragraphs[0].start : doc.paragraphs[0].end] == doc.meta.title
    assert doc.original_text(doc.meta.title_span) == "渭滨区2024年度法治政府建设工作总结"
    assert doc.source.position(doc.original_span(doc.meta.title_span).start).line == 12
