"""Table tests for each normalization step (text checks see; the original stays intact)."""

from __future__ import annotations

import pytest

from lint.document import document_from_text
from lint.normalize import normalize_text

PINYIN = [
    ("toned", "建設(shè)工作", "建设工作", 1),
    ("toned-two", "領(lǐng)導(dǎo)干部", "领导干部", 2),
    ("heteronym", "關(guān)于", "关于", 1),
    ("toneless-reading", "法治建设(she)工作", "法治建设工作", 1),
    ("toneless-not-reading", "建设(an)工作", "建设（an）工作", 0),
    ("keep-community", "村(社区)法律顾问", "村（社区）法律顾问", 0),
    ("keep-years", "纲要(2021—2025年)", "纲要（2021—2025年）", 0),
    ("keep-trial", "办法(试行)", "办法（试行）", 0),
    ("keep-number", "(一)加强领导", "（一）加强领导", 0),
    ("keep-latin", "系统(ABC)上线", "系统（ABC）上线", 0),
    ("keep-not-after-cjk", "2023(shè)", "2023（shè）", 0),
]


@pytest.mark.parametrize(
    ("text", "expected", "count"), [c[1:] for c in PINYIN], ids=[f"pinyin.{c[0]}" for c in PINYIN]
)
def test_pinyin_annotations(text: str, expected: str, count: int) -> None:
    result = normalize_text(text)
    assert result.textmap.text == expected
    assert [r.kind for r in result.repairs] == ["pinyin"] * count


MOJIBAKE = [
    ("comma-lost-lead", "示范市(縣、區(qū))?,F(xiàn)將有關(guān)情況", "。現", "。现将有关情况"),
    (
        "quote-lost-unit",
        "十堰智慧監(jiān)管。觀摩活動?!笆咧腔鄢鞘袛?shù)字云底座—武當(dāng)云”",
        "。“十堰智慧城市數",
        "。“十堰智慧城市数字云底座",
    ),
]


@pytest.mark.parametrize(
    ("text", "repaired", "normalized"),
    [c[1:] for c in MOJIBAKE],
    ids=[f"mojibake.{c[0]}" for c in MOJIBAKE],
)
def test_gbk_misalignment(text: str, repaired: str, normalized: str) -> None:
    result = normalize_text(text)
    (repair,) = [r for r in result.repairs if r.kind == "mojibake"]
    assert repair.repaired == repaired
    assert repair.original.startswith("?")
    assert normalized in result.textmap.text
    assert "?" not in result.textmap.text


def test_question_mark_without_annotation_is_left_alone() -> None:
    result = normalize_text("这是什么?,F将")
    assert [r.kind for r in result.repairs] == []
    assert "?" in result.textmap.text


def test_replacement_char_is_recorded_and_kept() -> None:
    result = normalize_text("法治\ufffd政府")
    assert result.textmap.text == "法治\ufffd政府"
    (repair,) = result.repairs
    assert (repair.kind, repair.span.start, repair.span.end) == ("replacement-char", 2, 3)


FOLDING = [
    ("digits", "共１２３件ＡＢ", "共123件AB"),
    ("comma-prose", "2023年,金塔县", "2023年，金塔县"),
    ("comma-thousands", "化解1,249件", "化解1,249件"),
    ("parens", "(一)加强", "（一）加强"),
    ("colon-prose", "主要表现在:一是", "主要表现在：一是"),
    ("colon-time", "14:41:00", "14:41:00"),
    ("semicolon-bang", "好;很好!", "好；很好！"),
    ("keep-dot-percent", "增长18.62%", "增长18.62%"),
    ("ideographic-space", "\u3000\u3000一、总体", "  一、总体"),
    ("t2s", "法治政府建設", "法治政府建设"),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in FOLDING], ids=[f"fold.{c[0]}" for c in FOLDING]
)
def test_width_and_punctuation(text: str, expected: str) -> None:
    assert normalize_text(text).textmap.text == expected


DASH = [
    ("lost-parens", "纲要(20212025年)》", "纲要（2021—2025年）》", 1),
    ("lost-no-year-char", "规划(20162020)", "规划（2016—2020）", 1),
    ("hyphen", "纲要（2015-2020年）", "纲要（2015—2020年）", 0),
    ("not-a-range", "编号(20252021年)", "编号（20252021年）", 0),
    ("date-untouched", "2025-01-03", "2025-01-03", 0),
]


@pytest.mark.parametrize(
    ("text", "expected", "count"), [c[1:] for c in DASH], ids=[f"dash.{c[0]}" for c in DASH]
)
def test_lost_dash(text: str, expected: str, count: int) -> None:
    result = normalize_text(text)
    assert result.textmap.text == expected
    assert [r.kind for r in result.repairs] == ["lost-dash"] * count


def test_lost_dash_maps_digits_exactly() -> None:
    doc = document_from_text("纲要(20212025年)")
    start = doc.text.index("2025")
    from lint.model import Span

    assert doc.original_text(Span(start, start + 4)) == "2025"
    dash = doc.text.index("—")
    assert doc.original_text(Span(dash, dash + 1)) == ""


PROSE = (
    "2023年，某某县坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政，"
    "法治政府建设取得新成效。"
)
FURNITURE = [
    ("date-source", "日期:2024-02-28 14:41:00 来源:司法局 作者:\n点击量:\n" + PROSE, 2),
    ("font-size", "字体 大 中 小\n浏览次数：25\n" + PROSE, 2),
    ("menu", "政府信息\n公开指南\n\n" + PROSE, 2),
    (
        "index-block",
        "索引号: 610300-116/2025-00009\n发布机构: 某某区人民政府 发布日期: 2025-01-03 00:00:00\n"
        "名  称: 某某区2024年度法治政府建设工作总结\n有 效 性: 有效 文  号: 某发(2025)1号\n"
        "某某区2024年度法治政府建设工作总结\n" + PROSE,
        4,
    ),
    ("trailer", PROSE + "\n【打印】【关闭】\n责任编辑：张三\n分享到：", 3),
    ("keeps-issuer-line", "十堰市人民政府\n关于2023年法治政府建设情况的报告\n" + PROSE, 0),
    (
        "value-under-its-key",
        "  • 索引号:\n\n    0025/2022-59\n  • 公开方式:\n\n    主动公开\n" + PROSE,
        4,
    ),
    ("reading-links", "原文链接:点击查看源文件\n政策解读链接:点击查看政策解读\n" + PROSE, 2),
    ("title-under-name-key-kept", "  • 名称:\n某某县2023年法治政府建设情况报告\n" + PROSE, 1),
    ("body-key-not-cut", PROSE + "\n来源：这一句不是页面附件因为它在正文中间\n" + PROSE, 0),
    ("column-trail", "某某区信息公开专栏 >> 区政府办公室 >> 政府信息公开基础平台\n" + PROSE, 1),
    ("a-comparison-is-no-trail", "完成率>95%，满意度>90%，投诉率>1%\n" + PROSE, 0),
]


@pytest.mark.parametrize(
    ("text", "cut"), [c[1:] for c in FURNITURE], ids=[f"furniture.{c[0]}" for c in FURNITURE]
)
def test_furniture_lines(text: str, cut: int) -> None:
    result = normalize_text(text)
    assert len(result.furniture) == cut
    for line in result.furniture:
        assert line not in result.textmap.text
    assert PROSE in result.textmap.text


def test_script_detection() -> None:
    assert normalize_text("關於2023年法治政府建設情況的報告").script == "traditional"
    assert normalize_text("关于2023年法治政府建设情况的报告").script == "simplified"
