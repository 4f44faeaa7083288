"""Metadata on synthetic reports: title forms, report year, issuer, level, dates."""

from __future__ import annotations

import pytest

from lint.document import build_document, document_from_text
from lint.offsets import Source

BODY = (
    "一年来，在上级的正确领导下，我们坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政，"
    "法治政府建设取得新成效。\n一、主要举措和成效\n（一）加强组织领导。研究法治政府建设工作5次。"
)

TITLES = [
    ("county-gov", "某某县人民政府关于2022年度法治政府建设情况的报告", "某某县", "county", 2022),
    ("department", "某某市司法局2021年法治政府建设年度报告", "某某市司法局", "department", 2021),
    ("township", "某某镇2023年法治政府建设工作报告", "某某镇", "township", 2023),
    ("province", "某某省2020年法治政府建设情况报告", "某某省", "province", 2020),
    (
        "province-department",
        "某某省司法厅2022年度法治政府建设情况报告",
        "某某省司法厅",
        "department",
        2022,
    ),
    ("traditional", "某某縣人民政府關於2022年度法治政府建設情況的報告", "某某县", "county", 2022),
    (
        "party-and-government",
        "中共某某县委 某某县人民政府关于2022年法治政府建设情况的报告",
        "某某县",
        "county",
        2022,
    ),
    ("district-of-city", "宝鸡市渭滨区2024年度法治政府建设工作总结", "渭滨区", "county", 2024),
    (
        "government-office",
        "某某市人民政府办公室2023年度法治政府建设情况报告",
        "某某市人民政府办公室",
        "department",
        2023,
    ),
    ("municipality", "北京市2023年法治政府建设年度情况报告", "北京市", "province", 2023),
    ("subdistrict", "某某街道办事处2023年法治政府建设工作报告", "某某街道办事处", "township", 2023),
    ("autonomous-prefecture", "某某自治州2023年法治政府建设情况报告", "某某自治州", "city", 2023),
    ("autonomous-region", "某某自治区2023年法治政府建设情况报告", "某某自治区", "province", 2023),
    ("banner", "某某旗2023年法治政府建设情况报告", "某某旗", "county", 2023),
    ("chinese-year", "某某县二〇二三年法治政府建设情况报告", "某某县", "county", 2023),
    ("year-first-municipality", "2018年上海市法治政府建设情况的报告", "上海市", "province", 2018),
    ("year-first-county", "2023年度某某县法治政府建设情况报告", "某某县", "county", 2023),
    ("chinese-year-first", "二〇二三年某某县法治政府建设情况报告", "某某县", "county", 2023),
    ("bare-office", "区政府办2025年度法治政府建设工作报告", "区政府办", "department", 2025),
    ("bare-bureau", "县司法局关于2023年度法治政府建设情况的报告", "县司法局", "department", 2023),
    (
        "organ-with-its-other-name",
        "某某自治区某某委办（某某局）2025年度法治政府建设工作报告",
        "某某自治区某某委办（某某局）",
        "department",
        2025,
    ),
    (
        "sector-system",
        "某某县卫健系统2024年法治政府建设年度报告",
        "某某县卫健系统",
        "department",
        2024,
    ),
]


@pytest.mark.parametrize(
    ("title", "issuer", "level", "year"),
    [c[1:] for c in TITLES],
    ids=[f"title.{c[0]}" for c in TITLES],
)
def test_title_forms(title: str, issuer: str, level: str, year: int) -> None:
    meta = document_from_text(title + "\n" + BODY).meta
    assert meta.title == title.replace(" ", "").replace("縣", "县").replace("關於", "关于").replace(
        "建設情況的報告", "建设情况的报告"
    )
    assert (meta.issuer, meta.level, meta.report_year) == (issuer, level, year)


def test_title_over_two_lines() -> None:
    doc = document_from_text("某某市人民政府\n关于2023年法治政府建设情况的报告\n" + BODY)
    assert doc.meta.title == "某某市人民政府关于2023年法治政府建设情况的报告"
    assert (
        doc.original_text(doc.meta.title_span) == "某某市人民政府\n关于2023年法治政府建设情况的报告"
    )
    assert doc.meta.issuer == "某某市"


def test_title_with_the_web_page_date_after_it() -> None:
    """A web copy's title line often ends in its posting date; the date is not the report year."""
    doc = document_from_text("某某市司法局2023年法治政府建设情况报告 (2024-02-26)\n" + BODY)
    assert doc.meta.title_span is not None
    assert doc.original_text(doc.meta.title_span).startswith("某某市司法局2023年")
    assert (doc.meta.issuer, doc.meta.level, doc.meta.report_year) == (
        "某某市司法局",
        "department",
        2023,
    )


def test_organ_line_above_a_year_title() -> None:
    doc = document_from_text("某某市交通运输局\n2023年法治政府建设工作报告\n" + BODY)
    assert doc.meta.title == "某某市交通运输局2023年法治政府建设工作报告"
    assert (doc.meta.issuer, doc.meta.level) == ("某某市交通运输局", "department")


CITY_TEXT = [
    ("prefecture", "各县（市、区）政府按照要求积极向同级党委报告。", "city"),
    (
        "county-level-superior",
        "在某某市委、市政府的正确领导下，某某市全市各镇（街道）扎实推进。",
        "county",
    ),
    ("county-level-towns", "全市各镇（街道）全部建立法律顾问制度。", "county"),
    ("default-city", "全市法治政府建设取得新成效。", "city"),
    ("slogan-verb-is-no-superior", "坚持市委、市政府的统一领导，法治政府建设取得新成效。", "city"),
    (
        "districts-and-towns-of-a-prefecture",
        "抽查3个区（市）县和5个镇（街道）的法治建设情况。",
        "city",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "level"), [c[1:] for c in CITY_TEXT], ids=[f"city-level.{c[0]}" for c in CITY_TEXT]
)
def test_city_or_county_level_city(sentence: str, level: str) -> None:
    text = "某某市2023年法治政府建设情况报告\n" + BODY + "\n" + sentence
    assert document_from_text(text).meta.level == level


LISTED = [
    # the body says nothing of the city's level: only the lists of cities can
    ("county-level", "晋州市人民政府关于2023年法治政府建设情况的报告", "", "county"),
    ("county-level-after-province", "河北省晋州市2023年法治政府建设情况报告", "", "county"),
    ("county-level-2", "丹江口市人民政府关于2022年度法治政府建设情况的报告", "", "county"),
    ("prefecture", "石家庄市人民政府关于2023年法治政府建设情况的报告", "", "city"),
    ("department", "晋州市司法局2023年法治政府建设情况报告", "", "department"),
    # a prefecture on the list stays a city whatever clue its text gives of a county
    (
        "prefecture-with-towns",
        "白城市人民政府2022年度报告",
        "全市各镇（街道）建立法律顾问制度。",
        "city",
    ),
    (
        "prefecture-with-town-units",
        "临沂市2020年法治政府建设工作报告",
        "各乡镇（街道）全面推进。",
        "city",
    ),
    # a city on neither list, named after its prefecture, is a county-level city
    ("city-under-a-city", "某某市某东市2023年度法治政府建设工作报告", "", "county"),
]


@pytest.mark.parametrize(
    ("title", "sentence", "level"), [c[1:] for c in LISTED], ids=[f"listed.{c[0]}" for c in LISTED]
)
def test_city_level_from_the_lists(title: str, sentence: str, level: str) -> None:
    assert document_from_text(title + "\n" + BODY + "\n" + sentence).meta.level == level


YEARS = [
    ("title", "某某县2023年度法治政府建设情况报告\n" + BODY, 2023),
    (
        "heading",
        BODY.replace("一、主要举措和成效", "一、2022年度法治政府建设的主要举措和成效"),
        2022,
    ),
    (
        "opening",
        "2021年，某某县坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新成效。\n"
        + BODY,
        2021,
    ),
    (
        "opening-without-comma",
        "2020年某某街以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新成效。\n" + BODY,
        2020,
    ),
    (
        "opening-with-ascii-comma",
        "2022年,某某县坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新成效。\n"
        + BODY,
        2022,
    ),
    (
        "opening-with-a-space-before-nian",
        "2023 年是贯彻落实某某精神的开局之年。某局坚持依法行政，法治政府建设取得新成效。\n" + BODY,
        2023,
    ),
    ("title-with-a-space-before-nian", "某某县2024 年度法治政府建设情况报告\n" + BODY, 2024),
    (
        "phrase",
        "某某县坚持依法行政，取得新成效。现将2020年度法治政府建设工作情况报告如下。\n" + BODY,
        2020,
    ),
    ("plans-heading", BODY + "\n二、2025年工作安排\n一是加强学习；二是规范执法。", 2024),
    ("published-minus-one", "日期:2024-02-28 14:41:00 来源:司法局\n" + BODY, 2023),
    (
        "title-states-publication-year",
        "发布日期：2024-03-01\n某某县2024年法治政府建设年度报告\n"
        "2023年，某某县坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新成效。\n"
        + BODY,
        2023,
    ),
]


@pytest.mark.parametrize(
    ("text", "year"), [c[1:] for c in YEARS], ids=[f"year.{c[0]}" for c in YEARS]
)
def test_report_year(text: str, year: int) -> None:
    assert document_from_text(text).meta.report_year == year


def test_published_from_furniture_and_container() -> None:
    doc = document_from_text("发布机构: 某某区人民政府 发布日期: 2025-01-03 00:00:00\n" + BODY)
    assert doc.meta.published == "2025-01-03"
    assert "发布日期" not in doc.text
    source = Source("p.html", BODY.split("\n"), "html", container_meta={"published": "2024-03-05"})
    assert build_document(source).meta.published == "2024-03-05"


SIGNED = [
    ("digits", BODY + "\n某某县人民政府\n2024年1月17日", "2024-01-17"),
    ("chinese", BODY + "\n二〇二四年一月十七日", "2024-01-17"),
    ("none", BODY + "\n2024年，我们将继续推进。", None),
]


@pytest.mark.parametrize(
    ("text", "signed"), [c[1:] for c in SIGNED], ids=[f"signed.{c[0]}" for c in SIGNED]
)
def test_signed(text: str, signed: str | None) -> None:
    assert document_from_text(text).meta.signed == signed


def test_issuer_from_opening_without_title() -> None:
    text = (
        "2023年，某某县坚持以习近平法治思想为指导，全面推进依法行政，"
        "法治政府建设取得新成效。\n一、主要工作"
    )
    meta = document_from_text(text).meta
    assert (meta.title, meta.issuer, meta.level) == (None, "某某县", "county")


LEVEL_WORDS = [
    ("wo-ju", "一年来，我局坚持依法行政，全局法治意识增强，我局执法水平提升。", "department"),
    ("shi-ju", "全市市场监管系统坚持依法行政，全市执法水平提升。市局获评先进集体。", "department"),
    ("sheng-ju", "全省系统依法行政，全省水平提升，全省监管有力。省局领导带头学法。", "department"),
    ("shi", "全市坚持依法行政，我市执法水平提升，市公安局、市司法局开展联合检查。", "city"),
    ("shi-plain", "全市坚持依法行政，我市执法水平不断提升。", "city"),
    ("wo-jie", "在区委、区政府的领导下，我街坚持依法行政，我街执法水平不断提升。", "township"),
]


@pytest.mark.parametrize(
    ("text", "level"), [c[1:] for c in LEVEL_WORDS], ids=[f"level.{c[0]}" for c in LEVEL_WORDS]
)
def test_level_from_pronouns_when_nothing_names_the_issuer(text: str, level: str) -> None:
    """Without a named issuer the level comes from how the report names itself: 我局, or a
    bureau of its level (市局, 省局) as its own subject, is a department."""
    assert document_from_text(text).meta.level == level
