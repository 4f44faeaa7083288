"""Grading a topic's hits: covered, weak or planned (see ``Grader.grade``).

Each remaining hit is graded (see ``grade``): ``planned`` when it sits in the plans or
shortcomings part of the report or in a future/negated clause (将继续, 下一步, 尚未建立,
有待…); ``weak`` when its clause states no fact (for a hit in a heading: when neither the text
right under the heading nor its whole section states one, or, for one item of a heading's list,
when that text does not name the topic again); ``covered`` when it states one. A fact
(``FACT``) is a number with a unit (26次, 9件, 100%), a named document (《…》, but not the one
the hit is part of), a concrete verb of doing (制定, 印发, 开展, 办理, 审查…; not when it names
a system: 审查制度; not 同部署 or 重要部署, which are slogans), a meeting that studied or
discussed something (常务会议专题学习…), a zero figure (未发生…案件) or a list of means
(采取…等方式). The guide of its clause (以习近平法治思想为指导) is only named; the subject of a
result formula (法治化营商环境持续优化) is graded by its own clause, in a heading of several
clauses like one item of a list. In a run of aims (a sentence of four or more clauses that each
open with a slogan verb: 严格履行…，强化…，提升…，压实…) only the hit's own clause counts. In
the preamble only the hit's own clause counts: its run-on sentence strings slogans together.
When the hit is the object of a slogan verb (落实, 推进, 加强…) its
own clause counts, or a means clause right before it (通过…等形式，深入学习…), or, unless it is
one item of a 、-list, the rest of its sentence (严格落实第一责任人责任，召开专题会议5次);
otherwise the whole sentence does. A short one-clause lead sentence (一是深化行政审批制度改革。)
is graded like a heading, by the sentence after it. A hit in a frame (在…的指导下；对A、B等工作
进行了部署; 研究部署A、B等重点工作) is ``weak``. A hit inside a document title is graded by
the verb before the title (``TITLE_USE``): a document the government made (制定《…》) is
``covered``; a superior document it follows (贯彻落实《纲要》) only ``weak``; a title cited as
the report's basis (根据《督察工作规定》) or a law that is studied (集体学习《行政复议法》) does
not count.
"""

from __future__ import annotations

import bisect
import re

from lint.model import Document, Span
from lint.segment import Cuts, in_frame, listed, run_in_body, title_around

# What counts as a fact in a clause: the ONE definition of "the report says what was done".
FACT = re.compile(
    r"\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?"
    r"(?:个百分点|%|％|件次|人次|场次|批次|户次|学时|[个件次项条人名场期份家部卷户批支台所处篇套天起元座轮宗])"
    r"|[两二三四五六七八九十]+(?:次|轮)"
    r"|《[^》\n]{2,}》"
    r"|制定|制发|印发|出台|修订|开展|召开"
    # 完成了年度任务、率先建成法治政府的目标 are slogans; 完成整改、建成平台 are deeds
    r"|(?:完成|建成)(?![^。；，,\n]{0,14}(?:任务|目标)(?:[。；，,\n]|$))|举办|成立|设立|组建|聘请|选聘"
    r"|邀请|授课|专题辅导|下发|配备|录入|启用|编制|梳理|命名|获评|创成|入选|审定|审议|通报|签订|列入"
    r"|新增|取消|下放|承接|精简|压减|删减"
    # these also name a system (审查、备案及清理制度): then they are nouns, not deeds
    r"|(?:办理|审查|审核|评查|清理|受理|办结|发布|公布|听取)"
    r"(?![^。；，\n]{0,8}?(?:制度|机制)(?:[。；，\n]|$))"
    r"|(?<![务息])公开(?!为常态|公正|透明)|组织(?!领导|机构|保障|体系|建设|实施)|建立(?!健全)"
    r"|向[^。；，\n]{1,10}(?:报告|报送|报备|汇报)"
    r"|(?<!决策|战略|工作|重大|相关|各项|重要|安排)(?<!同)部署(?!要求)|全覆盖|作出[^。；，\n]{0,6}批示"
    # a meeting that studied or discussed something is an occasion, not a slogan
    # (区政府常务会议专题学习…, 党组会议研究…): the meeting is the fact
    r"|(?:会议|常务会|党组会|党委会|常委会|中心组|办公会|专题会)[^。；，,\n]{0,6}?(?:学习|研究|传达)"
    r"|(?:通过|采取|采用)[^。；，,\n]{2,30}等(?:形式|方式|途径|载体|措施)"
    # a zero figure is a figure: 未发生行政复议、行政应诉败诉案件
    r"|未发生(?!变化|改变)"
)
# How a clause uses the document title 《…》 that holds a hit (the verb nearest before it):
# the government made it (制定《XX市行政复议工作规则》: a fact of the topic); it cites it as the
# basis of the report (根据《督察工作规定》: not the topic); it follows a superior document
# (贯彻落实《纲要》: named only, weak); it studies or publicises a law (集体学习《行政复议法》:
# law study, not the work the law governs). An attributive 印发的《…》 names who issued it.
TITLE_USE = re.compile(
    r"(?P<made>制定|制发|印发|出台|修订|修改|编制|发布|起草|下发|审议通过)(?!的)"
    r"|(?P<basis>根据|依据|依照)"
    r"|(?P<followed>贯彻|落实|按照|对照|对标|遵照|遵循|紧扣|围绕|(?<!制定)(?<!出台)(?<!印发)实施(?![方办意细纲规计条]))"
    r"|(?P<studied>学习|学法|研读|宣传|宣讲|解读|培训|考试)"
)
MADE = re.compile(r"(?:制定|制发|印发|出台|编制|发布|下发)了?《")
TITLE = re.compile(r"《[^》\n]*》")
LAW_TITLE_END = ("法》", "法典》", "条例》", "规定》", "办法》")
# A leading means clause (通过常务会、党组会等形式，…) says how the slogan verb after it was done.
MEANS = re.compile(r"(?:通过|依托|借助|利用)[^。；，,\n]{2,30}等(?:形式|方式|途径|载体)[，,]")
# Verbs that take a topic as their object without saying anything was done.
SLOGAN = re.compile(
    r"落实|推进|贯彻|加强|深化|坚持|强化|推动|督促|践行|弘扬|宣传|学习|纳入|围绕|聚焦|结合"
    r"|按照|对标|完善|健全|提升|提高|优化|注重|重视|突出|推行|实施|执行|规范"
)
# A hit that is the subject of a result formula (法治化营商环境持续优化): a summary, its own
# clause only counts (the figures after it are about the measures it sums up).
RESULT = re.compile(
    r"(?:的)?(?:工作)?(?:水平|质效|能力)?(?:不断|持续|进一步|稳步|显著|明显|日益|逐步|全面)?"
    r"(?:得到)?(?:优化|提升|增强|改善|巩固|彰显|向好|提高|加强|深化)[^，,。；;\n]{0,2}(?:[，,。；;\n]|$)"
)
# A hit that is the guide of its clause (以习近平法治思想为指导) names the guiding idea: weak.
GUIDE = re.compile(r"(?:[^，,。；;\n]{0,24}?为)?(?:指导|指引|引领|统领|统揽|遵循|根本遵循|主线)")
FUTURE = re.compile(
    # 拟 "plan to", but not inside 模拟/虚拟 (模拟法庭) nor 拟定 "to draft" (an act).
    r"下一步|明年|今后|来年|(?<![模虚])拟(?!定)|力争|争取|计划(?:于|在|到|年内)|[们区县市局镇府]将"
    r"|将(?:要|会|进一步|继续|持续|坚持|不断|加快|加大|全面|深入|着力|切实|积极|努力|大力"
    r"|重点|更加|围绕|聚焦|认真|扎实)"
)
SHORTFALL = re.compile(
    r"尚未|未能|还未|仍未|没有|有待|不够|不到位|滞后|较慢|薄弱|不充分|不均衡|不平衡|亟需|亟待"
    r"|缺乏|欠缺|不完善|不健全|不严谨|(?<![补齐])短板"
)
# A clause opening with a slogan verb, after an adverb (持续深化, 严格落实, 进一步加强).
SLOGAN_LEAD = re.compile(
    r"\s*(?:持续|严格|进一步|全面|深入|积极|切实|不断|着力|大力|扎实|认真)?(?:"
    + SLOGAN.pattern
    + r"|履行|压实|提升|强化|夯实|筑牢|拓展|激发|营造|健全)"
)
SLOGAN_RUN = 4  # clauses opening so in one sentence make it a run of slogans
# The object of a slogan verb that names a system (坚持集体讨论决策制度, 落实…清单制度,
# 落实“谁执法谁普法”责任制): a principle adhered to; the rest of the sentence does not show it done.
SYSTEM = re.compile(r"[^，,。；;\n]{0,16}(?:制度|机制|责任制)(?:[，,。；;\n]|$)")
PLAN_PARTS = frozenset({"plans", "shortcomings"})
RANK = {"covered": 0, "weak": 1, "planned": 2}
MAX_EVIDENCE = 3


class Grader:
    """Grades hits of one document: covered, weak or planned."""

    def __init__(
        self,
        doc: Document,
        deeds: dict[str, frozenset[Span]] | None = None,
        related: dict[str, frozenset[Span]] | None = None,
    ) -> None:
        self.doc = doc
        self.deeds = deeds or {}
        self.related = related or {}
        self._deeds: frozenset[Span] = frozenset()  # the deeds of the topic being graded
        self.text = doc.text
        self.cuts = Cuts.of(doc.text)
        self.headings = sorted(s.heading for s in doc.sections)
        self._starts = [h.start for h in self.headings]
        self._hits: list[Span] = []  # the hits of the topic being graded
        self._title_uses: dict[tuple[int, int], str | None] = {}
        self._sections = {s.heading: s for s in doc.sections}  # heading span → its section
        self._runs: dict[int, bool] = {}  # sentence start → whether it is a run of slogans

    def status(self, hits: list[Span], rule_id: str = "") -> tuple[str, list[Span]]:
        """The topic's status and its best evidence (at most three hits): the first hits
        (by position) of the best grade that do not overlap each other."""
        self._deeds = self.deeds.get(rule_id, frozenset())
        related = self.related.get(rule_id, frozenset())
        title = self.doc.meta.title_span
        hits = sorted(h for h in hits if title is None or not h.overlaps(title))
        self._hits = hits
        by_rank: dict[int, list[Span]] = {}
        covered: list[Span] = []  # the evidence among the covered hits so far
        for hit in hits:  # in position order: once three covered hits are found, none can beat them
            if not self.counts(hit):
                continue
            rank = RANK[self.grade(hit)]
            if hit in related:  # it touches the topic without being it: at most weak
                rank = max(rank, RANK["weak"])
            by_rank.setdefault(rank, []).append(hit)
            if rank == 0 and not any(hit.overlaps(e) for e in covered):
                covered.append(hit)
                if len(covered) == MAX_EVIDENCE:
                    break
        if not by_rank:
            return "missing", []
        best = min(by_rank)
        ranked = [hit for rank in sorted(by_rank) for hit in by_rank[rank]]
        return next(k for k, v in RANK.items() if v == best), _evidence(ranked)

    def counts(self, hit: Span) -> bool:
        """A hit in a title cited as the basis or a law studied does not count."""
        return self.title_use(hit) not in {"studied", "basis"}

    def grade(self, hit: Span) -> str:
        part = self.doc.part_at(hit.start)
        if part in PLAN_PARTS:
            return "planned"
        clause = self.cuts.clause(hit.start)
        sentence = self.cuts.sentence(hit.start)
        if part == "preamble":  # its run-on sentence strings slogans: only the hit's clause counts
            sentence = clause
        if FUTURE.search(self.text, sentence.start, clause.end) or SHORTFALL.search(
            self.text, clause.start, clause.end
        ):
            return "planned"
        heading = self.heading_of(hit)
        if heading is not None:  # a heading counts when the text it heads states a fact
            return self.grade_heading(heading, hit)
        if in_frame(self.text, clause, hit):
            return "weak"
        if hit in self._deeds:
            return "covered"
        use = self.title_use(hit)
        if use is not None:  # followed: named only, unless the rest of the sentence says how
            rest = Span(clause.end, sentence.end)
            done = use == "made" or MADE.search(self.text, rest.start, rest.end) is not None
            return "covered" if done or states_fact(self.text, rest, hit, False) else "weak"
        if GUIDE.match(self.text, hit.end, clause.end):  # 以…为指导: a guide, never a deed
            return "weak"
        if self.slogan_run(sentence):  # 强化…，提升…，压实…，落实…: only the own clause counts
            sentence = clause
        if RESULT.match(self.text, hit.end, clause.end + 1):
            if states_fact(self.text, clause, hit):
                return "covered"
        elif SLOGAN.search(self.text, clause.start, hit.start) is None:
            if states_fact(self.text, sentence, hit):
                return "covered"
        elif self.slogan_object_fact(hit, clause, sentence):
            return "covered"
        body = run_in_body(self.text, sentence, self.cuts, self.doc.paragraph_at(hit.start))
        return "weak" if body is None else self.grade_headed(sentence, body, hit)

    def slogan_run(self, sentence: Span) -> bool:
        """A sentence strung from clauses that each open with a slogan verb (严格履行…，强化…，
        提升…，压实…，落实…): a list of aims, where no clause's fact carries over to another."""
        known = self._runs.get(sentence.start)
        if known is None:
            known = self._runs[sentence.start] = self._slogan_run(sentence)
        return known

    def _slogan_run(self, sentence: Span) -> bool:
        starts = 0
        at = sentence.start
        while at < sentence.end:
            clause = self.cuts.clause(at)
            starts += SLOGAN_LEAD.match(self.text, clause.start) is not None
            at = clause.end
        return starts >= SLOGAN_RUN

    def slogan_object_fact(self, hit: Span, clause: Span, sentence: Span) -> bool:
        """The object of a slogan verb (落实第一责任人责任): its own clause states a fact, or a
        means clause comes right before it (…，通过…等形式，深入学习…), or, unless the hit is
        one item of a 、-list or a system adhered to (坚持集体讨论决策制度), the rest of the
        sentence does by a deed or figure (…责任，主动召开专题会议5次)."""
        if states_fact(self.text, clause, hit):
            return True
        if any(
            m.end() == clause.start for m in MEANS.finditer(self.text, sentence.start, clause.start)
        ):
            return True
        if listed(self.text, clause, hit, "、") or SYSTEM.match(self.text, hit.end, clause.end):
            return False
        return states_fact(self.text, Span(clause.end, sentence.end), hit, titles=False)

    def title_use(self, hit: Span) -> str | None:
        """How the hit's clause uses the document title holding it (see ``TITLE_USE``)."""
        key = (hit.start, hit.end)
        if key not in self._title_uses:
            self._title_uses[key] = self._title_use(hit)
        return self._title_uses[key]

    def _title_use(self, hit: Span) -> str | None:
        clause = self.cuts.clause(hit.start)
        title = title_around(self.text, clause, hit)
        if title == hit:
            return None
        uses = list(TITLE_USE.finditer(self.text, clause.start, title.start))
        use = uses[-1].lastgroup if uses else None
        law = self.text[title.start : title.end].endswith(LAW_TITLE_END)
        return None if use == "studied" and not law else use

    def grade_heading(self, heading: Span, hit: Span) -> str:
        """A heading is graded by the text right under it, or, when that states no fact, by
        its whole section (一、履行第一责任人职责情况 over subsections that say what was done)."""
        grade = self.grade_headed(heading, self.headed_text(heading), hit)
        section = self._sections.get(heading)
        if grade == "weak" and section is not None and section.body.end > heading.end:
            grade = self.grade_headed(heading, Span(heading.start, section.body.end), hit)
        return grade

    def grade_headed(self, heading: Span, body: Span, hit: Span) -> str:
        """A hit in a heading (or a run-in lead): covered when the text it heads states a fact;
        when the heading lists several things (权责清单、负面清单制度), or the hit is the subject
        of a result formula in one of its clauses (健全职能体系，营商环境持续优化), only if that
        text names the topic again."""
        if not states_fact(self.text, body, hit):
            return "weak"
        several = listed(self.text, heading, hit) or (
            _clauses(self.text, heading) > 1
            and RESULT.match(self.text, hit.end, self.cuts.clause(hit.start).end + 1) is not None
        )
        if several and not any(
            heading.end <= other.start < body.end and self.counts(other) for other in self._hits
        ):
            return "weak"
        return "covered"

    def heading_of(self, hit: Span) -> Span | None:
        index = bisect.bisect_right(self._starts, hit.start) - 1
        if index >= 0 and self.headings[index].contains(hit.start):
            return self.headings[index]
        return None

    def headed_text(self, heading: Span) -> Span:
        """The text right under a heading, up to the next heading of any level."""
        index = bisect.bisect_right(self._starts, heading.start)
        end = self._starts[index] if index < len(self._starts) else len(self.text)
        section = self._sections.get(heading)
        if section is not None:
            end = min(end, section.body.end)
        return Span(heading.start, max(heading.end, end))


def _clauses(text: str, span: Span) -> int:
    """How many clauses the span holds (a heading 进一步健全…，法治化营商环境持续优化 two)."""
    body = text[span.start : span.end].rstrip("。；;，,：: \n")
    return 1 + sum(body.count(mark) for mark in "，,；;")


def _evidence(hits: list[Span]) -> list[Span]:
    """At most three hits, in order, none overlapping an earlier one."""
    evidence: list[Span] = []
    for hit in hits:
        if not any(hit.overlaps(e) for e in evidence):
            evidence.append(hit)
        if len(evidence) == MAX_EVIDENCE:
            break
    return evidence


def states_fact(text: str, window: Span, hit: Span, titles: bool = True) -> bool:
    """Whether ``window`` of ``text`` states a fact outside the hit itself.

    A document title holding the hit (《…法治政府建设实施纲要》) is part of the hit: naming the
    topic's own document is no fact about it. With ``titles`` false a named document is no fact
    either (围绕《纲要》等上级文件), only deeds and figures are.
    """
    hit = title_around(text, window, hit)
    chunk = text[window.start : window.end]
    if hit.overlaps(window):
        start, end = max(hit.start, window.start), min(hit.end, window.end)
        chunk = (
            chunk[: start - window.start] + "\u3000" * (end - start) + chunk[end - window.start :]
        )
    if not titles:
        chunk = TITLE.sub(lambda m: "\u3000" * len(m.group()), chunk)
    return FACT.search(chunk) is not None
