"""What a topic hit's own words say: whether a window states a fact (``states_fact``), how the
clause uses a document title holding the hit (``title_use``), whether the hit is a law studied
(``law_studied``).

A fact (``FACT``) is a number with a unit (26次, 9件, 100%), a named document (《…》, but not the
one the hit is part of, nor one only followed: 贯彻落实《规定》), a concrete verb of doing (制定,
印发, 开展, 办理, 审查, 公示, 调整了, 进行动态调整, 加强了…; not when it names a system or a
procedure: 审查制度, 审查程序, 合法性审查; not 同部署 or 重要部署, which are slogans), a
meeting that studied or discussed something (常务会议专题学习…), a zero figure (未发生…案件,
全年无…), an honour, a rank or a result received (被评为, 被评定为, 荣获, 排名第二, 考核结果为…,
通过…验收), a disposal into something concrete (将…作为培训的重点内容, 把…纳入…清单), a
disposal or deed said done of all its objects (述职报告均纳入述法内容, 均进行任前考法) or a
list of means (采取…等方式). A hit whose own words hold an act, a count or a deed done by
all (中心组开展法治学习, 中心组进行6次法治学习, 干部均进行任前考法) states it.

A title's use is named by the verb before it (``TITLE_USE``; not one inside an earlier title):
a document the government made or put the topic into (制定《…》, 纳入《…》; not 新修订《…》, the
newly revised law), a superior document it follows (贯彻落实《纲要》; also one the centre made:
中共中央、国务院印发《纲要》), one cited as a basis (根据《纲要》), or a law that is studied
(集体学习《行政复议法》; 开展《…法》等6次集体学法)."""

from __future__ import annotations

import re

from lint.checks.topic_words import (
    ALL_DONE,
    ALL_DONE_ACTS,
    CENTRE,
    COUNT,
    FACT,
    FOLLOWED_TAIL,
    LAW_LIST,
    LAW_STUDIED,
    LAW_STUDY,
    LAW_TITLE_END,
    PUSHED_TAIL,
    STUDIED_AFTER,
    TITLE,
    TITLE_USE,
)
from lint.firstchar import found_by, guarded
from lint.offsets import Span
from lint.segment import Cuts, title_around

# Searched through the class of the characters a match can start with (``lint.firstchar``): the
# same matches, found without trying every alternative at every position of the window.
_FACT = found_by(FACT)
_TITLE_USE = guarded(TITLE_USE)
# A law named without brackets and studied right after its name (行政复议法专题讲座, 行政复议法
# 培训; not 行政复议法律…, 行政复议法治…)
_LAW_THEN_STUDY = re.compile(rf"(?![律规治定院])[^。；，,、\n]{{0,4}}?(?:{LAW_STUDY})")
# A clause that goes on with the list of the clause before it (…，以及《行政复议法》等)
_GOES_ON = re.compile(r"\s*(?:以及|及其|还有)")
# What may stand between the titles of such a list: a joiner, the body that issued the next
# one (中共中央办公厅、国务院办公厅《…》和《…》), nothing else (no verb of its own)
_LISTED_TITLE_GAP = re.compile(
    r"\s*(?:[、和及与]|以及)?\s*(?:[\u4e00-\u9fff、]{0,30}?(?:中央|国务院|办公厅|政府|委员会|委|部|厅|局|办))?"
)
# A hit whose own words hold the act or a count (中心组开展法治学习, 中心组进行6次法治学习;
# ``COUNT``: not an ordinal, 委员会第12次会议) states it: the act is no less done for being
# part of what the rule matched.
_ACT_IN_HIT = re.compile(
    rf"开展|召开|举办|{COUNT}(?:次|场|期|批|轮|件|项|人次|场次)|{ALL_DONE}(?:{ALL_DONE_ACTS})"
)


def states_fact(text: str, window: Span, hit: Span, titles: bool = True) -> bool:
    """Whether ``window`` of ``text`` states a fact outside the hit itself.

    A document title holding the hit (《…法治政府建设实施纲要》) is part of the hit: naming the
    topic's own document is no fact about it. With ``titles`` false a named document is no fact
    either (围绕《纲要》等上级文件), only deeds and figures are.
    """
    named = title_around(text, window, hit)
    if named == hit and hit.overlaps(window) and _ACT_IN_HIT.search(text, hit.start, hit.end):
        return True  # not inside a title: 《关于开展…的通知》 names an act, it does not do it
    hit = named
    chunk = text[window.start : window.end]
    if hit.overlaps(window):
        start, end = max(hit.start, window.start), min(hit.end, window.end)
        chunk = (
            chunk[: start - window.start] + "\u3000" * (end - start) + chunk[end - window.start :]
        )
    if not titles:
        chunk = TITLE.sub(lambda m: "\u3000" * len(m.group()), chunk)
    return _FACT.search(chunk) is not None


def _goes_on(text: str, clause: Span, title: Span) -> bool:
    """Whether the clause goes on with the list of the clause before it: it opens with 以及,
    or, after a clause that ends with a title, it names titles with no verb of its own."""
    if _GOES_ON.match(text, clause.start):
        return True
    if text[clause.start - 2 : clause.start - 1] != "》":
        return False
    gap = clause.start
    for found in (*TITLE.finditer(text, clause.start, title.start), None):
        end = title.start if found is None else found.start()
        if not _LISTED_TITLE_GAP.fullmatch(text, gap, end):
            return False
        gap = title.end if found is None else found.end()
    return True


def title_use(text: str, cuts: Cuts, hit: Span) -> str | None:
    """How the hit's clause uses the document title holding it: the ``TITLE_USE`` group of the
    last verb before the title (made, followed, basis, studied), or None (no title, no verb,
    or a studied title that is no law). A clause that goes on with the list of the clause
    before it (``_goes_on``) is read with that clause, whose verb it shares."""
    clause = cuts.clause(hit.start)
    title = title_around(text, clause, hit)
    if (title is hit or title == hit) and not TITLE.fullmatch(text, hit.start, hit.end):
        return None  # a hit that is a whole title (《纲要》) is one
    if clause.start > 0 and _goes_on(text, clause, title):
        # 学习A和B，以及《行政复议法》等; 根据《A》，中办、国办《B》和《C》: a clause going on
        # with the list of the one before is used by that clause's verb
        clause = Span(cuts.clause(clause.start - 1).start, clause.end)
    # a verb inside an earlier title (按照《关于印发<A>的通知》和《关于印发<B>的通知》精神) is that
    # title's own word, not the clause's use of this one
    earlier = [(m.start(), m.end()) for m in TITLE.finditer(text, clause.start, title.start)]
    uses = [
        u
        for u in _TITLE_USE.finditer(text, clause.start, title.start)
        if not any(start < u.start() < end for start, end in earlier)
    ]
    if uses and uses[-1].lastgroup == "pushed":
        # 推动《实施方案》各项任务落实: followed; otherwise (推进《…条例》等重点立法) the verb
        # before it says how the title is used
        if PUSHED_TAIL.match(text, title.end, clause.end):
            return "followed"
        uses.pop()
    use = uses[-1].lastgroup if uses else None
    if use == "made" and CENTRE.search(text, clause.start, uses[-1].start()):
        use = "followed"  # 中共中央、国务院印发《…》: the centre's, not this government's
    if use == "made" and FOLLOWED_TAIL.match(text, title.end, clause.end):
        use = "followed"  # 结合区政府印发《…》通知要求: a document whose demands are followed
    law = text[title.start : title.end].endswith(LAW_TITLE_END)
    if use is None and law and STUDIED_AFTER.match(text, title.end, clause.end):
        return "studied"  # 将《行政复议法》等纳入中心组学习: the verb comes after the title
    return None if use == "studied" and not law else use


def law_studied(text: str, cuts: Cuts, hit: Span) -> bool:
    """A hit that names a law without brackets, studied right after its name (行政复议法专题
    讲座) or in a list of laws its clause studies (组织开展宪法、行政复议法等法律法规学习): law
    study, like 学习《行政复议法》."""
    if not text.startswith("法", hit.end):
        return False
    if _LAW_THEN_STUDY.match(text, hit.end + 1):  # 行政复议法专题讲座: the law itself studied
        return True
    if not LAW_LIST.match(text, hit.end + 1):
        return False
    clause = cuts.clause(hit.start)
    return LAW_STUDIED.search(text, clause.start, clause.end) is not None
