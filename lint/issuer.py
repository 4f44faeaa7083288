"""Who issued the report and at which level of government.

The issuer comes from the title's prefix (``十堰市人民政府关于…``, ``XX市司法局2021年…``), or,
without a title, from the place that opens the report (``2023年，金塔县坚持…``).
Levels: ``province`` 省/自治区/直辖市; ``city`` 设区的市/自治州/地区/盟; ``county``
县/区/旗/县级市/自治县; ``township`` 乡/镇/街道; ``department`` for an organ of a
government (局/委/办/厅…). A name ending in 市 is a 设区的市 unless it is on the list of
county-level cities (``lint/data/county-cities.txt``) or named after its prefecture
(``邵阳市邵东市``); one on neither list, such as a city made since the lists (from cpca), is a
设区的市 unless the text shows a county-level city: no ``县（市、区）`` below it and a superior
``XX市委`` above it, or ``镇（街道）`` as its units. A name on the list of prefecture-level
cities (``lint/data/prefecture-cities.txt``) is a 设区的市 whatever the text says.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

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
    ("街", "township"),  # Guangzhou-style 街道 named ``XX街``
    ("民族乡", "township"),
    ("乡", "township"),
    ("镇", "township"),
    ("苏木", "township"),
)
_SUFFIXES = "|".join(s for s, _ in _SUFFIX_LEVEL)
# ``杭州市``, ``宁乡市``: a name ending in 州 or 乡 may go on with 市 (not the 州 of an
# autonomous prefecture, nor a township's 市场监管所), ``贵州省``, ``开州区``: one ending in 州
# with 省 or 区; ``新市镇``: a 市 may go on with 镇.
_PLACE = re.compile(
    rf"[\u4e00-\u9fff]+?(?:{_SUFFIXES})(?:(?<=[州乡])市(?!场)|(?<=州)[省区]|(?<=市)镇)?"
)
# What a title prefix may carry before the unit's own name: ``鲤城区人民政府金龙街道办事处``.
_PARENT_GOVERNMENT = re.compile(r"^.*(?:人民政府|政府)(?=.)")
_GOVERNMENT = re.compile(r"^(人民政府|政府|管委会|管理委员会|办事处)?$")
_ORGAN = re.compile(r"(局|厅|部|委员会|委|办公室|办|中心|署|院|所|处|队|站|馆|会|系统)$")
# an organ's other names in brackets after its own: ``藏语委办（编译局）``,
# ``市数据局（市营商环境建设局、市行政审批局）``
_OTHER_NAMES = r"[（(][^（()）\n]{1,40}[)）]"
_ALIAS = re.compile(_OTHER_NAMES + "$")
_YEAR_FIRST = re.compile(
    r"(?:(?:19|20)\d\d(?:[—－-](?:19|20)?\d\d)?|[二〇零]{2}[〇零一二三四五六七八九]{2})年度?(?:上半年|全年)?"
    r"(?P<name>.{2,30}?)(?:关于|法治|依法行政)"
)
_PARTY = re.compile(r"^中共[\u4e00-\u9fff]{2,12}?(委员会|委)[\s、和与及]*")
_NOT_NAME = re.compile(
    r"^(全|我|各|本|该|市县|县乡|城(?:区|乡|市|镇)|社|辖|市|县|区|镇|乡|省"
    # a verb or an ordinal before 市委/县委 or 街党工委 (召开七届市委…会议, 充分发挥街党工委…)
    # is no place name
    r"|召开|组织|开展|推动|推进|建立|制定|成立|举办|印发|出台|听取|研究|充分|发挥|[^届]*届"
    # nor a slogan verb before them (坚持市委、市政府的领导)
    r"|坚持|落实|贯彻|围绕|加强|强化|深化|认真|严格|始终"
    # nor one that learns from or receives another government (借鉴自治区人民政府在…召开的…)
    r"|借鉴|学习|参照|对标|迎接|接受|配合)"
)
_VERB = (
    r"(?:坚持|深入|全面|认真|以|在|紧紧|始终|围绕|聚焦|立足|持续|扎实|积极|大力|进一步|切实|牢固|"
    r"严格|着力|不断|高度|高举|按照|坚定不移地?)"
)
_OWN_WORK = r"(?:法治政府建设|法治建设|依法行政)?(?:工作)?"
_LEAD_IN = r"(?:^|[，。；：,;:])(?:\d{4}年(?:以来|度)?[，,]?)?"
_OPENING = re.compile(
    _LEAD_IN
    + rf"(?P<place>[\u4e00-\u9fff]{{2,8}}?(?:{_SUFFIXES})"
    # a county whose own name is one character (``滑县``, ``歙县``)
    + r"|[\u4e00-\u9fff]县"
    # a prefecture's short name (``巴州党委、政府``) only as its party committee or government
    + r"|[\u4e00-\u9fff]州(?=党委|委|人民政府|政府))(?:委|人民政府|政府)?"
    # ``2025年，某某街道领导班子始终以…``, ``某某镇党委坚持…``: the place's leadership opens it
    + r"(?:领导班子|党工委|党委)?"
    # ``某某区委、区政府坚持…``, ``某州党委、政府坚持…``, ``某某街党工委、办事处高举…``
    + r"(?:、?(?:[省市州县区旗乡镇]|街道)?(?:人民政府|政府|办事处))?"
    # ``2024年，乐平市法治政府建设工作坚持…``
    + _OWN_WORK
    + _VERB
    # ``现将某市某区人民政府2023年法治政府建设年度情况报告如下``
    + rf"|现将(?P<named>[\u4e00-\u9fff]{{2,16}}?(?:{_SUFFIXES}))(?:人民政府|政府)?\d{{4}}年"
)
# An organ that opens its own report: ``2024年，省教育厅坚持…``, ``司法部坚持…``.
_ORGAN_OPENING = re.compile(
    _LEAD_IN
    + r"(?P<organ>[\u4e00-\u9fff]{2,16}?(?:局|厅|部|委员会|委|办公室|办))(?:党组|党委)?"
    + f"(?:{_OTHER_NAMES})?"  # the names it also bears, before its verb (在市委…)
    + _OWN_WORK
    + _VERB
)
# 格局/布局/大局 end in 局 and are no bureau; an organ's name has no 的, no 我
# (``定期听取我局法治建设工作…``) and no 了 (``县委组建了中共某县委…``).
_NOT_ORGAN = re.compile(r"[的我了]|[格布大全开变新结]局$")
# (``各级领导干部坚持…``: cadres, not a 部)
_PARTY_ORGAN = re.compile(
    r"^(?:中共)?[\u4e00-\u9fff]{0,8}?(?:党委|党工委|党组|[省市县区州旗]委)$|^在|干部$"
)
# A government that names itself only by its unit: ``2022年，县人民政府坚持…``,
# ``县政府及工作部门坚持…``.
_BARE_UNIT = re.compile(
    _LEAD_IN
    + r"(?:我|本)?(?P<unit>省|市|县|区|旗|州|镇|乡|街道)(?:人民)?政府(?:及其?各?(?:工作)?部门)?"
    + _VERB
)
# A document number before a title: ``[某政发〔2026〕7号]某某市人民政府关于…``.
_DOC_NUMBER = re.compile(r"^[\[［【(（]?[\u4e00-\u9fff]{1,10}〔(?:19|20)\d\d〕\d+号[\]］】)）]?")
# An organ named by its government's level alone: ``区政府办``, ``县司法局``, ``市委办``.
_BARE_ORGAN = re.compile(
    r"^(?:省|市|县|区|州|旗|盟)(?:(?:人民)?政府(?:办公室|办)"
    r"|[\u4e00-\u9fff]{1,10}?(?:局|厅|委员会|委|办公室|办|中心|署))$"
)
_BARE_LEVEL = {"省": "province", "市": "city", "州": "city", "县": "county", "区": "county"}
_CITY_CLUES = re.compile(
    r"县（市、?区）|县（区、?市）|县市区|县（市）区|区（市）县|区（市、县）|区县|县区|各县|市县两级|市县乡|市、县|旗区|旗县"
)
# The city or prefecture a city is named after: ``邵阳市``邵东市, ``恩施州``利川市.
_CITY_ABOVE = r"[\u4e00-\u9fff]{2,5}[市州盟]"
_CITY_IN_CITY = re.compile(_CITY_ABOVE + r"[\u4e00-\u9fff]{1,4}市$")
_HEAD = 200  # where a report names its issuer (the title and its first lines)
_TOWN_UNITS = re.compile(r"各镇|镇（街道?）|乡镇（街道）|镇街|镇（办）")
# A superior city named as an actor: ``在金华市委、市政府的领导下``; never ``召开市政府常务会``.
_SUPERIOR = re.compile(
    r"(?:^|(?<=[，。；、：（“\s在和及与按照根据]))(?P<city>[\u4e00-\u9fff]{2,4}市)(?:委|人民政府|政府)"
    r"(?=[、，和及与的]|(?:坚强|正确)?领导)"
)


def issuer_from_title(title: str) -> tuple[str | None, str]:
    """Issuer and level from the words before 关于/the year/法治政府 in a title (after it when
    the title opens with 关于), or, in a title that opens with its year
    (``2018年上海市法治政府建设情况的报告``), right after the year."""
    title = _DOC_NUMBER.sub("", re.sub(r"\s+", "", title))
    # ``关于某某区司法局2024年度…``: the issuer right after an opening 关于
    title = title[2:] if title.startswith("关于") else title
    prefix = re.split(r"关于|(?:19|20)\d\d|[二〇零]{2}|法治|依法行政|年度", title, maxsplit=1)[0]
    # ``某某县交通运输局：2022年度…``: the issuer set apart by a colon
    found = parse_issuer(_PARTY.sub("", prefix.rstrip("：:")))
    after_year = _YEAR_FIRST.match(title)
    if found[0] is None and after_year is not None:
        return parse_issuer(_PARTY.sub("", after_year.group("name")))
    return found


def parse_issuer(name: str) -> tuple[str | None, str]:
    """``十堰市人民政府`` → (十堰市, city); ``XX市司法局`` → (XX市司法局, department); an organ
    named by its level alone (``区政府办``, ``县司法局``) → (区政府办, department)."""
    places = list(_PLACE.finditer(name))
    if not places:
        return (name, "department") if _BARE_ORGAN.match(name) else (None, "unknown")
    last = places[-1]
    rest = _ALIAS.sub("", name[last.end() :])
    place = _own_name(last.group(0))
    if rest and not _GOVERNMENT.match(rest) and _ORGAN.search(rest):
        return _own_name(name[places[0].start() :]), "department"
    return place, level_of(place)


def _own_name(name: str) -> str:
    """Without the parent government the title names first, if a place name remains."""
    own = _PARENT_GOVERNMENT.sub("", name)
    return own if _PLACE.match(own) else name


def level_of(place: str) -> str:
    if place in _MUNICIPALITIES:
        return "province"
    for suffix, level in _SUFFIX_LEVEL:
        if place.endswith(suffix):
            return level
    return "unknown"


def issuer_from_text(paragraphs: list[str]) -> tuple[str | None, str]:
    """Who opens the report: a place (``金塔县坚持``), an organ (``省教育厅坚持``) or a
    government named by its unit only (``县人民政府坚持``, issuer unknown, level known)."""
    for para in paragraphs:
        found = [f for f in (_opening_place(para), _opening_organ(para), _opening_unit(para)) if f]
        if found:
            return min(found)[1:]
    return None, "unknown"


def _opening_place(para: str) -> tuple[int, str | None, str] | None:
    for match in _OPENING.finditer(para):
        place = _strip_leading(match.group("place") or match.group("named"))
        if place and not _NOT_NAME.match(place):
            return match.start(), place, level_of(place)
    return None


def _opening_organ(para: str) -> tuple[int, str | None, str] | None:
    for match in _ORGAN_OPENING.finditer(para):
        organ = match.group("organ")
        if not _PARTY_ORGAN.search(organ) and not _NOT_ORGAN.search(organ):
            return match.start(), organ, "department"
    return None


def _opening_unit(para: str) -> tuple[int, str | None, str] | None:
    match = _BARE_UNIT.search(para)
    if match is None:
        return None
    return match.start(), None, _BARE_LEVEL.get(match.group("unit"), "township")


def _strip_leading(place: str) -> str:
    """``在金塔县`` style prefixes never belong to the name."""
    return re.sub(r"^(在|对|为|由|是|从)", "", place)


def resolve_city(issuer: str, level: str, text: str) -> str:
    """A 市 issuer on the list of prefecture-level cities is a 设区的市, one on the list of
    county-level cities or named after its prefecture (``邵阳市邵东市``) is a county; one on
    neither list (a city made after the lists) is a 设区的市 unless the text shows a
    county-level city."""
    if level != "city" or not issuer.endswith("市") or issuer.endswith("州"):
        return level
    if _listed(issuer, _cities("prefecture-cities.txt")):
        return "city"
    if _listed(issuer, _cities("county-cities.txt")) or _under_city(issuer, text):
        return "county"
    if _CITY_CLUES.search(text):
        return "city"
    superior = {_strip_leading(m.group("city")) for m in _SUPERIOR.finditer(text)} - {issuer}
    superior = {c for c in superior if not _NOT_NAME.match(c) and not c.endswith(issuer)}
    if superior or _TOWN_UNITS.search(text):
        return "county"
    return "city"


def _under_city(issuer: str, text: str) -> bool:
    """A city named after the city above it (``邵阳市邵东市``), in the issuer or where the
    text first names it: a county-level city."""
    first = text.find(issuer, 0, _HEAD)
    named = text[max(0, first - 6) : first + len(issuer)] if first > 0 else ""
    return any(_CITY_IN_CITY.search(name) for name in (issuer, named))


@lru_cache(maxsize=2)
def _cities(name: str) -> frozenset[str]:
    """The names on a list of cities of one level (``lint/data/make_cities.py``)."""
    path = Path(__file__).resolve().parent / "data" / name
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _listed(issuer: str, names: frozenset[str]) -> bool:
    """``晋州市`` on the list, also after its province or prefecture (``河北省晋州市``)."""
    return issuer in names or any(
        issuer[cut:] in names for cut in range(2, len(issuer) - 2) if issuer[cut - 1] in "省市州盟"
    )


_SELF_ORGAN = re.compile(
    r"(?:我|本)(?:局|委|厅|部)(?![员会门])|(?:^|(?<=[，。；、：\s年]))(?:局|委|厅|部)(?:党组|党委)"
    r"|(?:^|(?<=[，。；、：\s年]))[省市县区]局"
)


# The principal leader whose first-responsible duty the report describes names the organ.
_LEADER = re.compile(
    r"(?P<title>自治区主席|省长|市长|州长|县长|区长|旗长|镇长|乡长|局长|厅长|部长)[^。；]{0,30}?第一责任人"
)
_LEADER_LEVEL = {"自治区主席": "province", "省长": "province", "市长": "city", "州长": "city"}
_LEADER_LEVEL |= {"县长": "county", "区长": "county", "旗长": "county", "镇长": "township"}
_LEADER_LEVEL |= {
    "乡长": "township",
    "局长": "department",
    "厅长": "department",
    "部长": "department",
}


def level_from_pronouns(text: str) -> str:
    """Without a named issuer: the report's ``我县/全区/我局`` words tell the level.

    An organ that calls itself ``我局/我委/局党组``, or ``市局/省局`` at a clause's start, is a
    department whatever else it counts; ``我区/全区`` is the autonomous region when the text
    says 自治区 more than 区委/区政府."""
    if _SELF_ORGAN.search(text):
        return "department"
    leader = _LEADER.search(text)
    if leader:
        return _LEADER_LEVEL[leader.group("title")]
    district = len(re.findall(r"我区|全区", text))
    region = len(re.findall(r"自治区", text)) > len(
        re.findall(r"(?<!自治)区(?:委|人民政府|政府)", text)
    )
    counts = {
        "department": len(re.findall(r"我办", text)),
        "county": len(re.findall(r"我县|全县|我旗|全旗", text)) + (0 if region else district),
        "city": len(re.findall(r"我市|全市", text)),
        "province": len(re.findall(r"我省|全省", text)) // 3 + (district if region else 0),
        # ``我街``: a Guangzhou-style 街道 named ``XX街``
        "township": len(re.findall(r"我镇|全镇|我乡|全乡|我街道?|全街道?", text)),
    }
    level, count = max(counts.items(), key=lambda kv: kv[1])
    return level if count else "unknown"
