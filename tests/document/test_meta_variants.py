"""Metadata on layout variants seen on scraped government pages (synthetic wording).

Each case is one general pattern: how pages wrap a report (table-style furniture, bullets),
how reports name their issuer (an organ opening its own report, a government named by its
unit only, a parent government before a street office) and which words tell the level.
"""

from __future__ import annotations

import pytest

from lint.document import document_from_text

PROSE = "一年来，各项工作有序推进，依法行政水平稳步提高，取得了较好的成效。\n一、主要举措和成效\n"

FURNITURE = [
    (
        "table-row-keys",
        "| [ 索引号 ] | 000000/2026-00001 | [ 发文字号 ] | 无 |\n"
        "| [ 发布机构 ] | 某某局 | ||\n"
        "| [ 成文日期 ] | 2026-01-20 | [ 发布日期 ] | 2026-02-03 |\n",
        "2026-02-03",
    ),
    (
        "bracket-keys-without-colon",
        "[ 索引号 ] 000000/2026-00002 [ 发文字号 ]\n"
        "[ 成文日期 ] 2026-01-20 [ 发布日期 ] 2026-02-04\n",
        "2026-02-04",
    ),
    (
        # keys and values separated by spaces only, several keys on a line
        "space-separated-keys",
        "索引号 发布机构 某某局(行政复议局)\n公开类别 主动公开 发布时间 2026-03-31\n",
        "2026-03-31",
    ),
    (
        "site-column-line",
        "某某县人民政府(政府办公室)-信息公开\n返回首页\n发布时间: 2026-02-26\n",
        "2026-02-26",
    ),
    (
        "link-bar-and-breadcrumb",
        "中国政府网 | 某某市人民政府网 | 某某区人民政府网 | |\n"
        "您当前位置： 首页 > 卫生健康委员会 > 政务公开 > 法治政府建设年度报告\n"
        "发布时间: 2026-03-01\n",
        "2026-03-01",
    ),
    (
        "bulleted-keys",
        "  • 信息索引号：000000/2024-1\n  • 发布机构：某某市人民政府\n- 发布日期：2024-02-19\n",
        "2024-02-19",
    ),
]


@pytest.mark.parametrize(
    ("head", "published"),
    [c[1:] for c in FURNITURE],
    ids=[f"meta-variant.furniture.{c[0]}" for c in FURNITURE],
)
def test_furniture_blocks_are_cut_before_the_title(head: str, published: str) -> None:
    title = "某某县人民政府关于2025年法治政府建设情况的报告"
    doc = document_from_text(head + title + "\n" + PROSE)
    assert doc.meta.title == title
    assert doc.meta.published == published
    assert "索引号" not in doc.text
    assert "公开" not in doc.text


def test_a_heading_is_never_the_title() -> None:
    text = (
        "2019年，某某县坚持依法行政，扎实推进各项工作，取得了较好的成效。\n"
        "一、2019年推进法治政府建设情况\n"
    )
    meta = document_from_text(text).meta
    assert meta.title is None
    assert meta.report_year == 2019


def test_prose_time_word_is_no_publication_date() -> None:
    text = "某某县2023年法治政府建设情况报告\n统计截止时间2023年12月31日，各项工作有序推进。\n"
    assert document_from_text(text).meta.published is None


TITLES = [
    # 贵州省, 开州区: a name ending in 州 may go on with 省 or 区
    ("province-ending-in-zhou", "贵州省2023年度法治政府建设工作情况报告", "贵州省", "province"),
    (
        "district-ending-in-zhou-then-town",
        "某某市开州区某某镇人民政府关于2025年度法治政府建设情况的报告",
        "某某镇",
        "township",
    ),
    (
        "issuer-after-guanyu",
        "关于某某新区司法局2024年度法治政府建设情况的报告",
        "某某新区司法局",
        "department",
    ),
    ("zhou-shi", "某州市人民政府关于2023年法治政府建设情况的报告", "某州市", "city"),
    (
        "organ-set-apart-by-a-colon",
        "某某县交通运输局：2022年度法治政府部门建设报告",
        "某某县交通运输局",
        "department",
    ),
    (
        "parent-government-then-street-office",
        "某某区人民政府某某街道办事处关于2022年度法治政府建设情况的报告",
        "某某街道办事处",
        "township",
    ),
    (
        "county-then-township",
        "某某县某某乡人民政府2025年法治政府建设情况报告",
        "某某乡",
        "township",
    ),
    (
        # 宁乡市 ends in 乡 then 市: the county-level city, then its town
        "county-city-ending-in-xiang-then-town",
        "宁乡市某某镇2020年度法治政府建设工作情况的报告",
        "某某镇",
        "township",
    ),
    (
        # 新市镇, 沙市镇: a 市 right before 镇/乡 is part of the town's name
        "town-named-with-shi",
        "某某县新市镇人民政府关于2022年法治政府建设情况的报告",
        "新市镇",
        "township",
    ),
    (
        # a document number before the title (its year is no report year, its 政发 no issuer)
        "document-number-first",
        "[某政发〔2026〕7号]某某市人民政府关于2025年法治政府建设情况的报告",
        "某某市",
        "city",
    ),
]


@pytest.mark.parametrize(
    ("title", "issuer", "level"),
    [c[1:] for c in TITLES],
    ids=[f"meta-variant.title.{c[0]}" for c in TITLES],
)
def test_issuer_in_title(title: str, issuer: str, level: str) -> None:
    meta = document_from_text(title + "\n" + PROSE).meta
    assert (meta.issuer, meta.level) == (issuer, level)


OPENINGS = [
    (
        "street-office-named-jie",
        "2024年，东湖街坚持以习近平法治思想为指导，扎实推进基层依法行政，取得新成效。",
        "东湖街",
        "township",
    ),
    (
        "issuer-inside-the-report-phrase",
        "根据有关规定，现将某某省某某市清河区人民政府2022年法治政府建设年度情况报告如下。",
        "某某省某某市清河区",
        "county",
    ),
    (
        "province-department",
        "2024年，省教育厅坚持以习近平法治思想为指引，深入推进依法治教，取得良好成效。",
        "省教育厅",
        "department",
    ),
    (
        "office-after-a-frame",
        "2017年，在市委、市政府的正确领导下，市政府法制办以党的十九大精神为统领，深入推进依法行政。",
        "市政府法制办",
        "department",
    ),
    (
        "ministry-without-year",
        "某某部坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设，各项工作取得新进展。",
        "某某部",
        "department",
    ),
    (
        "abbreviated-commission",
        "2025年，市卫生健康委在市委、市政府的坚强领导下，扎实推进法治政府建设各项工作。",
        "市卫生健康委",
        "department",
    ),
    (
        "government-named-by-unit",
        "2022年，县人民政府坚持以习近平法治思想为指导，扎实推进法治政府建设，取得新成效。",
        None,
        "county",
    ),
    (
        "ascii-comma-and-topic-before-the-verb",
        "2024年,某某县法治政府建设工作坚持以习近平法治思想为指导，全面推进依法行政。",
        "某某县",
        "county",
    ),
    (
        "meeting-of-a-numbered-committee-is-no-place",
        "2023年，坚持党的领导,召开七届市委全面依法治市委员会第三次会议；某某镇坚持依法行政。",
        "某某镇",
        "township",
    ),
    (
        "the-place-s-leadership-opens-the-report",
        "2025年,某某街道领导班子始终以习近平法治思想为统领，扎实履行法治建设领导职责。",
        "某某街道",
        "township",
    ),
    (
        "the-town-s-party-committee-opens-the-report",
        "2023年，某某镇党委坚持以习近平法治思想为指导，统筹推进依法治镇，法治建设取得新成效。",
        "某某镇",
        "township",
    ),
    (
        "a-district-named-after-its-town-centre",
        # 城中区/城关镇 are names; only 城区/城乡/城市/城镇 themselves are not
        "2025年,城中区坚持以习近平新时代中国特色社会主义思想为指导，深入推进依法行政。",
        "城中区",
        "county",
    ),
    (
        "the-town-area-is-no-place-name",
        "2024年，城区坚持以习近平法治思想为指导；某某镇坚持依法行政，法治政府建设取得新成效。",
        "某某镇",
        "township",
    ),
    (
        "party-committee-and-government-open-the-report",
        "2023年,在市委、市政府的精心指导下,某某区委、区政府坚持以习近平法治思想为指导，扎实推进依法行政。",
        "某某区",
        "county",
    ),
    (
        "prefecture-party-committee-and-government",
        "2023年,某州党委、政府坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想。",
        "某州",
        "city",
    ),
    (
        "street-party-committee-and-office",
        "2022年,在区委、区政府的正确领导下,某某街党工委、办事处高举习近平法治思想旗帜，全面推进法治政府建设。",
        "某某街",
        "township",
    ),
    (
        "street-acting-according-to",
        "2025年度,在区委、区政府的正确领导下,某某街道按照《法治政府建设与责任落实督查工作规定》文件要求，扎实推进。",
        "某某街道",
        "township",
    ),
    (
        "cadres-are-no-organ",
        "2023年，督促和规范各级领导干部坚持以习近平法治思想为指导；某某县坚持依法行政，取得新成效。",
        "某某县",
        "county",
    ),
    (
        "a-verb-before-jie-is-no-street",
        "充分发挥街党工委在推进法治建设工作中的领导作用；某某县坚持依法行政，取得新成效。",
        "某某县",
        "county",
    ),
    (
        "an-organ-with-its-other-names-in-brackets",
        "2025年,市数据局(市营商环境建设局、市行政审批局)在市委、市政府的坚强领导下，扎实推进依法行政。",
        "市数据局",
        "department",
    ),
    (
        "an-organ-with-its-work-before-the-verb",
        "2022年,市交通运输局法治政府建设工作坚持以习近平法治思想为指导，扎实推进依法行政。",
        "市交通运输局",
        "department",
    ),
    (
        # 格局/布局 end in 局 but are no bureau; an organ's name has no 的
        "a-pattern-is-no-bureau",
        "道路网络不断完善，城乡一体发展格局进一步巩固；某某县坚持依法行政，法治政府建设取得新成效。",
        "某某县",
        "county",
    ),
    (
        "a-name-with-de-is-no-organ",
        "覆盖全域的行政执法协调监督委员会进一步健全，运行顺畅；某某县坚持依法行政，法治政府建设取得新成效。",
        "某某县",
        "county",
    ),
    (
        "our-bureau-is-no-name",
        "局党组每季度开展学法，定期听取我局法治建设工作汇报；某某县坚持依法行政，法治政府建设取得新成效。",
        "某某县",
        "county",
    ),
    (
        "party-committee-government-without-a-pause",
        "某某镇党委政府高度重视法治政府建设工作，强化组织领导，强化责任落实，强化督促检查，取得实效。",
        "某某镇",
        "township",
    ),
    (
        "place-then-resolutely",
        "2025年，在区委、区政府的正确引领下，某某街道坚定不移地深入学习践行习近平法治思想。",
        "某某街道",
        "township",
    ),
    (
        # an organ's name holds no 了 (县委组建了中共某某县委全面依法治县委员会)
        "a-deed-is-no-organ",
        "2019年，县委组建了中共某某县委全面依法治县委员会，统筹领导全县法治工作。",
        None,
        "county",
    ),
    (
        # a county's own name may be one character (滑县, 歙县)
        "one-character-county",
        "2023年,滑县坚持以习近平法治思想为指导，扎实推进法治政府建设，法治政府建设取得新成效。",
        "滑县",
        "county",
    ),
    (
        "that-county-is-no-name",
        "2023年，该县坚持以习近平法治思想为指导；某某镇坚持依法行政，法治政府建设取得新成效。",
        "某某镇",
        "township",
    ),
    (
        "a-government-learned-from-is-no-issuer",
        "2022年,区委、区政府迎接了省依法治省办的法治督察,借鉴省人民政府在某某市召开的现场推进会经验；"
        "某某镇坚持依法行政，法治政府建设取得新成效。",
        "某某镇",
        "township",
    ),
    (
        "party-committee-is-no-issuer",
        "2023年，县委坚持统筹推进各项工作；某某镇坚持依法行政，法治政府建设取得新成效。",
        "某某镇",
        "township",
    ),
]


@pytest.mark.parametrize(
    ("text", "issuer", "level"),
    [c[1:] for c in OPENINGS],
    ids=[f"meta-variant.opening.{c[0]}" for c in OPENINGS],
)
def test_issuer_from_opening(text: str, issuer: str | None, level: str) -> None:
    meta = document_from_text(text + "\n" + PROSE).meta
    assert (meta.issuer, meta.level) == (issuer, level)


LEVEL_WORDS = [
    (
        "organ-party-group-beats-county-counts",
        "全县教育系统认真学习。2024年局党委理论学习中心组学法10次。全县学校全部配备法治副校长。"
        "全县开展法治讲座。",
        "department",
    ),
    (
        "autonomous-region-we",
        "一年来，我区坚持依法行政。自治区人民政府常务会议专题学法。自治区主席带头履职。全区法治建设提速。",
        "province",
    ),
    (
        "district-we",
        "一年来，我区坚持依法行政。区委、区政府高度重视。全区法治建设提速，区政府常务会议学法4次。",
        "county",
    ),
    (
        "government-and-its-departments",
        "2019年，在县委的坚强领导下，县政府及工作部门坚持以习近平法治思想为指导，深入推进依法行政。",
        "county",
    ),
    (
        "leader-county",
        "县委书记、县长认真履行推进法治建设第一责任人职责，定期听取汇报，研究解决重大问题。",
        "county",
    ),
    (
        "leader-department",
        "党组书记、局长严格履行推进法治建设第一责任人职责，带头学法用法，研究部署工作。",
        "department",
    ),
]


@pytest.mark.parametrize(
    ("text", "level"),
    [c[1:] for c in LEVEL_WORDS],
    ids=[f"meta-variant.level-words.{c[0]}" for c in LEVEL_WORDS],
)
def test_level_without_a_named_issuer(text: str, level: str) -> None:
    meta = document_from_text(text).meta
    assert (meta.issuer, meta.level) == (None, level)


CITY_OR_COUNTY = [
    (
        "own-government-meeting-is-no-superior",
        "市政府主要负责人主持召开市政府常务会议，研究法治政府建设工作。全市法治建设稳步推进。",
        "city",
    ),
    (
        "named-superior",
        "在甲乙市委、市政府的坚强领导下，全市法治建设稳步推进。",
        "county",
    ),
    ("banner-and-district-units", "听取各旗区法治政府建设工作汇报，督促整改。", "city"),
    ("town-and-street-units", "14个镇（街）全面建立依法治镇（街道）委员会。", "county"),
]


@pytest.mark.parametrize(
    ("sentence", "level"),
    [c[1:] for c in CITY_OR_COUNTY],
    ids=[f"meta-variant.city-level.{c[0]}" for c in CITY_OR_COUNTY],
)
def test_city_or_county_level_city(sentence: str, level: str) -> None:
    text = "某某市2023年法治政府建设情况报告\n" + PROSE + sentence
    meta = document_from_text(text).meta
    assert (meta.issuer, meta.level) == ("某某市", level)


def test_title_over_two_lines() -> None:
    """``2024年某某县法治政府建设`` / ``工作总结``: a title broken over two lines is one title."""
    meta = document_from_text("2024年某某县法治政府建设\n工作总结\n" + PROSE).meta
    assert meta.title == "2024年某某县法治政府建设工作总结"
    assert (meta.issuer, meta.level) == ("某某县", "county")


def test_year_inside_the_report_phrase_after_the_issuer() -> None:
    """``现将<issuer>2022年…情况报告如下``: the year reported on follows the issuer's name."""
    doc = document_from_text(
        "根据有关规定，现将某某市清河区人民政府2022年法治政府建设年度情况报告如下。\n" + PROSE
    )
    assert doc.meta.report_year == 2022
