"""Table tests for figure extraction: every written form, and what is not a quantity."""

from decimal import Decimal

import pytest

from lint.numbers import INF, extract_quantities

D = Decimal

# text, (value, unit, kind, qualifier, lo, hi) of the single quantity expected
QUANTITIES = [
    ("召开会议三次", ("3", "次", "count", "", "3", "3")),
    ("两个部门", ("2", "个", "count", "", "2", "2")),
    ("一千二百零五件", ("1205", "件", "count", "", "1205", "1205")),
    ("十九个", ("19", "个", "count", "", "19", "19")),
    ("二十人", ("20", "人", "count", "", "20", "20")),
    ("1249件", ("1249", "件", "count", "", "1249", "1249")),
    ("1,160个", ("1160", "个", "count", "", "1160", "1160")),
    ("１２０件", ("120", "件", "count", "", "120", "120")),
    ("0.36万人次", ("3600", "人次", "count", "", "3550", "3650")),
    ("1.2亿条", ("120000000", "条", "count", "", "115000000", "125000000")),
    ("150万元", ("1500000", "元", "count", "", "1495000", "1505000")),
    ("19.61万件/套", ("196100", "件", "count", "", "196050", "196150")),
    ("25%", ("25", "%", "percent", "", "24.5", "25.5")),
    ("3.75%", ("3.75", "%", "percent", "", "3.745", "3.755")),
    ("11.25%", ("11.25", "%", "percent", "", "11.245", "11.255")),
    ("5‰", ("5", "‰", "permille", "", "4.5", "5.5")),
    ("百分之九十五", ("95", "%", "percent", "", "94.5", "95.5")),
    ("提高3.5个百分点", ("3.5", "个百分点", "points", "", "3.45", "3.55")),
    ("200余场次", ("200", "场次", "count", "余", "200", "300")),
    ("1249余件", ("1249", "件", "count", "余", "1249", "1250")),
    ("130余场次", ("130", "场次", "count", "余", "130", "140")),
    ("5万余人", ("50000", "人", "count", "余", "50000", "60000")),
    ("0.28万余篇", ("2800", "篇", "count", "余", "2800", "2900")),
    ("三十多个", ("30", "个", "count", "多", "30", "40")),
    ("98%以上", ("98", "%", "percent", "以上", "97.5", "inf")),
    ("超过70%", ("70", "%", "percent", "超过", "69.5", "inf")),
    ("不低于95%", ("95", "%", "percent", "不低于", "94.5", "inf")),
    ("不少于30人", ("30", "人", "count", "不少于", "30", "inf")),
    ("不到30件", ("30", "件", "count", "不到", "0", "30")),
    ("不超过5家", ("5", "家", "count", "不超过", "0", "5")),
    ("近200人", ("200", "人", "count", "近", "100", "200")),
    ("约200人", ("200", "人", "count", "约", "150", "250")),
    ("200人左右", ("200", "人", "count", "左右", "150", "250")),
    ("达到97%", ("97", "%", "percent", "", "96.5", "97.5")),
    ("出庭应诉率提升至100%", ("100", "%", "percent", "", "99.5", "100.5")),
    ("增长204%", ("204", "%", "percent", "", "203.5", "204.5")),
]

NOT_QUANTITIES = [
    "2023年",
    "2021—2025年",
    "2024年1月17日",
    "2月28日",
    "7月",
    "日期:2024-02-28 14:41:00",
    "〔2021〕33号",
    "宝渭司发（2025）1号",
    "索引号：610300-1161030201600521X6/2025-00009",
    "第一批",
    "一是",
    "第三十个法治宣传月",
    "“十四五”规划",
    "“八五”普法",
    "12345热线",
    "“1+1+N”",
    "“1半0”标准",
    "“四级46同”",
    "“三区十八室”",
    "“3.15”",
    "千家万户",
    "3个月",
    "5个工作日",
    "统一项目",
    "《2023年金塔县法治政府建设工作要点》",
    "三年行动方案",
]


def _ids(rows: list[tuple[str, object]]) -> list[str]:
    return [row[0] for row in rows]


@pytest.mark.parametrize(("text", "expected"), QUANTITIES, ids=_ids(QUANTITIES))
def test_quantity(text: str, expected: tuple[str, ...]) -> None:
    [quantity] = extract_quantities(text)
    value, unit, kind, qualifier, lo, hi = expected
    assert quantity.value == D(value)
    assert (quantity.unit, quantity.kind, quantity.qualifier) == (unit, kind, qualifier)
    assert quantity.interval.lo == D(lo)
    assert quantity.interval.hi == (INF if hi == "inf" else D(hi))


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_a_quantity(text: str) -> None:
    assert extract_quantities(text) == []


def test_values_are_decimal() -> None:
    for quantity in extract_quantities("0.36万人次，25%，三次，5万余人"):
        assert isinstance(quantity.value, Decimal)
        assert isinstance(quantity.interval.lo, Decimal)


def test_sentence_with_several_figures_keeps_order() -> None:
    text = "市本级收到行政复议申请120件，受理95件，办结80件，纠错9件，纠错率11.25%。"
    assert [q.text for q in extract_quantities(text)] == ["120件", "95件", "80件", "9件", "11.25%"]


def test_permille_in_percent() -> None:
    [quantity] = extract_quantities("5‰")
    assert quantity.percent.lo == D("0.45") and quantity.percent.hi == D("0.55")
