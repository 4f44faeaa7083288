"""Structure and parts on small synthetic reports, one per layout."""

from __future__ import annotations

import pytest

from lint.document import build_document, document_from_text
from lint.offsets import Source

INTRO = (
    "2023年，某某县坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政，"
    "法治政府建设取得新成效。现将有关情况报告如下。"
)
WORK = "（一）加强组织领导。县政府常务会议研究法治政府建设工作5次，及时解决重大问题。"
DUTY = "县政府主要负责人认真履行推进法治建设第一责任人职责，亲自部署、亲自过问。"
SHORT = "一是法治意识有待提高；二是执法队伍专业化水平不足。"
PLAN = "一是加强学习培训；二是规范行政执法。"

LAYOUTS = [
    (
        "five-headings",
        [
            "某某县2023年度法治政府建设情况报告",
            INTRO,
            "一、2023年推进法治政府建设的主要举措和成效",
            WORK,
            "二、党政主要负责人履行推进法治建设第一责任人职责情况",
            DUTY,
            "三、存在的不足和原因",
            SHORT,
            "四、2024年推进法治政府建设的主要安排",
            PLAN,
            "五、其他需要报告的情况",
            "无。",
        ],
        [
            ("preamble", False),
            ("measures", True),
            ("responsibility", True),
            ("shortcomings", True),
            ("plans", True),
            ("other", True),
        ],
    ),
    (
        "unheaded-tail",
        [
            "某某县2023年度法治政府建设情况报告",
            INTRO,
            "一、加强组织领导",
            WORK,
            "二、深化放管服改革",
            "（一）优化营商环境。全年办结事项2910件。",
            "一年来，我县法治政府建设虽然取得一定成效，但仍存在一些不足：" + SHORT,
            "下一步，我们将" + PLAN,
        ],
        [("preamble", False), ("measures", True), ("shortcomings", False), ("plans", False)],
    ),
    (
        "one-paragraph-both",
        [
            "某某县2023年度法治政府建设情况报告",
            INTRO,
            "一、加强组织领导",
            WORK,
            "我县法治政府建设仍存在一定差距：" + SHORT + "2024年，我们将持续推进法治政府建设。",
        ],
        [("preamble", False), ("measures", True), ("shortcomings", False), ("plans", False)],
    ),
    (
        "mixed-heading",
        [
            "某某县2023年度法治政府建设情况报告",
            INTRO,
            "一、主要工作开展情况",
            WORK,
            "二、存在的问题及下一步工作打算",
            "问题主要是：" + SHORT,
            "下一步，我县将" + PLAN,
        ],
        [("preamble", False), ("measures", True), ("shortcomings", True), ("plans", False)],
    ),
    (
        "no-headings",
        [
            "某某县2023年度法治政府建设情况报告",
            INTRO,
            "全年县政府常务会议研究法治政府建设工作5次，审查规范性文件9件，办结行政复议案件19件。",
            "今年以来，虽然我县法治政府建设取得了一定成效，但还存在一定的差距：" + SHORT,
            "2024年，我县将" + PLAN,
        ],
        [("preamble", False), ("measures", False), ("shortcomings", False), ("plans", False)],
    ),
    (
        "duty-inside-measures",
        [
            "某某县2023年度法治政府建设情况报告",
            INTRO,
            "一、2023年法治政府建设主要举措和成效",
            WORK,
            DUTY,
            "针对存在的问题，县政府开展专项整治，解决问题35个。",
            "二、存在的不足",
            SHORT,
            "三、下一步工作打算",
            PLAN,
        ],
        [("preamble", False), ("measures", True), ("shortcomings", True), ("plans", True)],
    ),
    (
        "duty-paragraph-lead",
        [
            "某某县2023年度法治政府建设情况报告",
            INTRO,
            "一、加强组织领导",
            WORK,
            "在履行推进法治建设第一责任人职责方面，" + DUTY,
            "下一步，我县将" + PLAN,
        ],
        [("preamble", False), ("measures", True), ("responsibility", False), ("plans", False)],
    ),
    (
        "plans-year-must-be-later",
        [
            "某某县2023年度法治政府建设情况报告",
            INTRO,
            "一、加强组织领导",
            WORK,
            "2023年，我县将法治政府建设纳入全县重点工作，全年审查文件9件。",
        ],
        [("preamble", False), ("measures", True)],
    ),
    (
        # 部署安排/安排部署 in a heading is work done ("arranged and deployed"), not a plan
        "deploy-and-arrange-headings",
        [
            "某某县2023年度法治政府建设情况报告",
            INTRO,
            "一、强化组织领导，全面部署安排法治政府建设",
            WORK,
            "二、统筹安排部署，深化放管服改革",
            "（一）优化营商环境。全年办结事项2910件。",
            "三、下一步工作安排",
            PLAN,
        ],
        [("preamble", False), ("measures", True), ("plans", True)],
    ),
    (
        # 取得新思路 ("found new approaches") reports a result; 工作思路 is a plan
        "approaches-found-heading",
        [
            "某某县2023年度法治政府建设情况报告",
            INTRO,
            "一、深化依法行政，法治政府建设取得新思路",
            WORK,
            "二、下一步工作思路",
            PLAN,
        ],
        [("preamble", False), ("measures", True), ("plans", True)],
    ),
]


@pytest.mark.parametrize(
    ("lines", "expected"), [c[1:] for c in LAYOUTS], ids=[f"layout.{c[0]}" for c in LAYOUTS]
)
def test_parts_by_layout(lines: list[str], expected: list[tuple[str, bool]]) -> None:
    doc = document_from_text("\n".join(lines))
    assert [(p.part, p.headed) for p in doc.parts] == expected
    assert doc.meta.report_year == 2023


def test_mixed_heading_without_plans_words_still_has_both_parts() -> None:
    lines = ["一、主要工作", WORK, "二、存在的问题和下一步打算", SHORT]
    doc = document_from_text("\n".join(lines))
    assert {p.part for p in doc.parts} >= {"measures", "shortcomings", "plans"}


def test_plans_split_inside_paragraph_cuts_enumeration_body() -> None:
    doc = document_from_text("\n".join(LAYOUTS[2][1]))
    plans = next(p for p in doc.parts if p.part == "plans")
    assert doc.text[plans.span.start :].startswith("2024年，我们将")
    last_item = [s for s in doc.sections if s.level == 6][-1]
    assert last_item.part == "shortcomings"
    assert last_item.body.end <= plans.span.start


HEADINGS = [
    ("level1", "一、总体情况", 1, "一、", "总体情况"),
    ("level2-run-in", "（二）健全机制。全年召开会议3次。", 2, "（二）", "健全机制"),
    ("level3", "3.强化督查考核。对发现的问题进行通报。", 3, "3.", "强化督查考核"),
    ("level3-dunhao", "2、完善工作机制", 3, "2、", "完善工作机制"),
    ("level4", "（1）规范性文件审查", 4, "（1）", "规范性文件审查"),
    ("level5", "①行政复议", 5, "①", "行政复议"),
]


@pytest.mark.parametrize(
    ("line", "level", "number", "title"),
    [c[1:] for c in HEADINGS],
    ids=[f"heading.{c[0]}" for c in HEADINGS],
)
def test_heading_levels(line: str, level: int, number: str, title: str) -> None:
    (section,) = [s for s in document_from_text(line).sections if s.level < 6]
    assert (section.level, section.number, section.title) == (level, number, title)


NOT_HEADINGS = [
    ("date-like", "3.15消费者权益日开展宣传活动，发放资料600份，接待群众咨询200人次，效果良好。"),
    ("long-first-sentence", "1" + "、" + "全" * 70 + "。后文。"),
    ("word-with-shi", "坚持统一是原则；二是方法。"),
]


@pytest.mark.parametrize(
    "line", [c[1] for c in NOT_HEADINGS], ids=[f"no-heading.{c[0]}" for c in NOT_HEADINGS]
)
def test_not_headings(line: str) -> None:
    assert document_from_text(line).sections == []


def test_enumeration_titles_and_bodies() -> None:
    text = (
        "（一）健全机制。聚焦重点。一是坚持高位推动，全力夯实基础。内容甲。"
        "二是加强组织领导。内容乙。"
    )
    doc = document_from_text(text)
    items = [s for s in doc.sections if s.level == 6]
    assert [(s.number, s.title) for s in items] == [
        ("一是", "坚持高位推动，全力夯实基础"),
        ("二是", "加强组织领导"),
    ]
    assert doc.text[items[0].body.start : items[0].body.end].endswith("内容甲。")
    parent = doc.sections[0]
    assert parent.body.end == len(doc.text)


def test_docx_heading_hints() -> None:
    lines = ["某某县2023年度法治政府建设情况报告", "总体情况", INTRO, "存在的不足", SHORT]
    source = Source("r.docx", lines, "docx", heading_levels={0: 1, 1: 1, 3: 1})
    doc = build_document(source)
    assert [(s.number, s.title, s.level) for s in doc.sections if s.level < 6] == [
        ("", "总体情况", 1),
        ("", "存在的不足", 1),
    ]
    assert [p.part for p in doc.parts] == ["preamble", "measures", "shortcomings"]
