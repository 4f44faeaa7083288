"""Who issued the report and at which level of government.

The issuer comes from the title's prefix (``十堰市人民政府关于…``, ``XX市司法局2021年…``), or,
without a title, from the place that opens the report (``2023年，金塔县坚持…``).
Levels: ``province`` 省/自治区/直辖市; ``city`` 设区的市/自治州/地区/盟; ``county``
县/区/旗/县级市/自治县; ``township`` 乡/镇/街道; ``department`` for an organ of a
government (局/委/办/厅…). A name ending in 市 is a 设区的市 unless the text shows a
county-level city: no ``县（市、区）`` below it and a superior ``XX市委`` above it, or
``镇（街道）`` as its units.
"""

from __future__ import annotations

import re

_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
_SUFFIX_LEVEL = (
    ("特别行政区", "province"),
    ("自治区", "province"),
    ("省", "province"),
    ("自治州", "city"),
    ("地区", "city"),
    ("盟", "city"),
    ("自治县", "county"),
    ("自治旗", "county"),
    ("林区", "county"),
    ("县", "county"),
    ("旗", "county"),
    ("区", "county"),
    ("市", "city"),
    ("州", "city"),
    ("街道办事处", "township"),
    ("街道", "township"),
    ("民族乡", "township"),
    ("乡", "township"),
    ("镇", "township"),
    ("苏木", "township"),
)
_SUFFIXES = "|".join(s for s, _ in _SUFFIX_LEVEL)
_PLACE = re.compile(rf"[\u4e00-\u9fff]+?(?:{_SUFFIXES})")
_GOVERNMENT = re.compile(r"^(人民政府|政府|管委会|管理委员会|办事处)?$")
_ORGAN = re.compile(r"(局|厅|委员会|委|办公室|办|中心|署|院|所|处|队|站|馆|会)$")
_PARTY = re.compile(r"^中共[\u4e00-\u9fff]{2,12}?(委员会|委)[\s、和与及]*")
_NOT_NAME = re.compile(r"^(全|我|各|本|该|市县|县乡|城|社|辖|市|县|区|镇|乡|省)")
_OPENING = re.compile(
    rf"(?:^|[，。；])(?:\d{{4}}年(?:以来|度)?，?)?(?P<place>[\u4e00-\u9fff]{{2,8}}?(?:{_SUFFIXES}))"
    r"(?:委|人民政府|政府)?(?:坚持|深入|全面|认真|以|在|紧紧|始终|围绕|聚焦|立足|持续|扎实|积极|"
    r"大力|进一步|切实|牢固|严格|着力|不断|高度)"
)
_CITY_CLUES = re.compile(
    r"县（市、?区）|县（区、?市）|县市区|县（市）区|区县|县区|各县|市县两级|市县乡|市、县"
)
_TOWN_UNITS = re.compile(r"各镇|镇（街道）|乡镇（街道）|镇街|镇（办）")
_SUPERIOR = re.compile(r"(?P<city>[\u4e00-\u9fff]{2,4}市)(?:委|人民政府|政府)")


def issuer_from_title(title: str) -> tuple[str | None, str]:
    """Issuer and level from the words before 关于/the year/法治政府 in a title."""
    prefix = re.split(r"关于|(?:19|20)\d\d|[二〇零]{2}|法治|依法行政|年度", title, maxsplit=1)[0]
    prefix = _PARTY.sub("", re.sub(r"\s+", "", prefix))
    return parse_issuer(prefix)


def parse_issuer(name: str) -> tuple[str | None, str]:
    """``十堰市人民政府`` → (十堰市, city); ``XX市司法局`` → (XX市司法局, department)."""
    places = list(_PLACE.finditer(name))
    if not places:
        return None, "unknown"
    last = places[-1]
    rest = name[last.end() :]
    place = last.group(0)
    if rest and not _GOVERNMENT.match(rest) and _ORGAN.search(rest):
        return name[places[0].start() :], "department"
    return place, level_of(place)


def level_of(place: str) -> str:
    if place in _MUNICIPALITIES:
        return "province"
    for suffix, level in _SUFFIX_LEVEL:
        if place.endswith(suffix):
            return level
    return "unknown"


def issuer_from_text(paragraphs: list[str]) -> tuple[str | None, str]:
    """The place that opens the report, if the report names itself there."""
    for para in paragraphs:
        for match in _OPENING.finditer(para):
            place = _strip_leading(match.group("place"))
            if place and not _NOT_NAME.match(place):
                return place, level_of(place)
    return None, "unknown"


def _strip_leading(place: str) -> str:
    """``在金塔县`` style prefixes never belong to the name."""
    return re.sub(r"^(在|对|为|由|是|从)", "", place)


def resolve_city(issuer: str, level: str, text: str) -> str:
    """A 市 issuer is a 设区的市 unless the text shows a county-level city."""
    if level != "city" or not issuer.endswith("市") or issuer.endswith("州"):
        return level
    if _CITY_CLUES.search(text):
        return "city"
    superior = {m.group("city") for m in _SUPERIOR.finditer(text)} - {issuer}
    superior = {c for c in superior if not _NOT_NAME.match(c) and not c.endswith(issuer)}
    if superior or _TOWN_UNITS.search(text):
        return "county"
    return "city"


def level_from_pronouns(text: str) -> str:
    """Without a named issuer: the report's ``我县/全区/我局`` words tell the level."""
    counts = {
        "department": len(re.findall(r"我局|本局|我委|我办|我厅", text)),
        "county": len(re.findall(r"我县|全县|我区|全区|我旗|全旗", text)),
        "city": len(re.findall(r"我市|全市", text)),
        "province": len(re.findall(r"我省|全省", text)) // 3,
        "township": len(re.findall(r"我镇|全镇|我乡|全乡|我街道|全街道", text)),
    }
    level, count = max(counts.items(), key=lambda kv: kv[1])
    return level if count else "unknown"
