"""Grading a topic's hits: covered, weak or planned (see ``Grader.grade``).

Each remaining hit is graded (see ``grade``): ``planned`` when it sits in the plans or
shortcomings part of the report or in a future/negated clause (将继续, 下一步, 尚未建立, 有待…);
``weak`` when its clause states no fact (for a hit in a heading: when neither the text right
under the heading nor its whole section states one, or, for one item of a heading's list or a
heading that names another topic too (强化法治督察考核; not an item's lead that runs on into its
sentence: 三是将…作为普法重点内容，组织开展…), when that text does not name the topic again,
or, for an umbrella topic (``match.umbrella``: 履行第一责任人职责 over items on studying), when
that text names another topic and not this one; the system an Outline part is named after,
heading a part as in （二）健全政府机构职能体系, names the part, not a topic of it, and is
``weak`` whatever its text says); ``covered`` when it states one (a fact: see
``lint.checks.topic_facts``: a figure, a document, a deed, a meeting held, an honour…).

The guide of its clause (以习近平法治思想为指导) is only named; the subject of a result formula
(法治化营商环境持续优化) is graded by its own clause, in a heading of several clauses like one
item of a list. In a run of aims (a sentence of four or more clauses that each open with a
slogan verb: 严格履行…，强化…，提升…，压实…) only the hit's own clause counts. In the preamble
only the hit's own clause counts: its run-on sentence strings slogans together. When the hit is
the object of a slogan verb (落实, 推进, 加强…) its own clause counts, or a means clause right
before it (通过…等形式，深入学习…) or a meeting held before a study (召开党组会3次，深入学习…),
or, unless it is one item of a 、-list, the rest of its sentence (严格落实第一责任人责任，召开
专题会议5次), but not when the hit names a system and the rest names another topic (落实会前学法
制度，制定应知应会清单: that topic's fact); otherwise the whole sentence does. A clause that
opens by studying or researching right after a meeting held (召开党组会议12次，专题研究A、B等
重点任务) is that meeting's deed, whatever list or frame it holds. A 、 inside a short quoted
name (“一网通办、一次办成”改革) makes no list. A short one-clause lead sentence (一是深化行政
审批制度改革。) is graded like a heading, by the rest of its paragraph. A hit in a frame (在…的
指导下；对A、B等工作进行了部署; 研究部署A、B等重点工作), or one item of a quoted formula of
principles (“党委领导、人大监督、政府实施、部门联动、社会参与”), is ``weak``; quoted names side
by side (“一门一窗”“一业一证”等) are a list, as A、B、C are.

A hit inside a document title is graded by the verb before the title (``TITLE_USE``): a document
the government made or put the topic into (制定《…》, 纳入《…》) is ``covered``; a superior
document it follows (贯彻落实《纲要》), or one the centre made (中共中央、国务院印发《纲要》),
only ``weak``, and so is one cited as the basis of the work (根据《纲要》，扎实推进…) or of the
report itself (根据《纲要》，现将…报告如下); a law that is studied (集体学习《行政复议法》;
without brackets, one of a list: 开展宪法、行政复议法等法律法规学习) does not count."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from lint.checks.topic_facts import law_studied, states_fact, title_use
from lint.checks.topic_headings import Headings
from lint.checks.topic_words import (
    ADHERE,
    COUNTED_MEETING,
    FUTURE,
    GUIDE,
    MADE,
    MEANS,
    MEETING,
    PURPOSE,
    RESULT,
    SHORTFALL,
    SLOGAN,
    SLOGAN_LEAD,
    SLOGAN_RUN,
    STUDY,
    SYSTEM,
    TASK_LIST,
)
from lint.firstchar import found_by
from lint.matcher import Scan
from lint.model import Document
from lint.offsets import Span
from lint.segment import (
    CLAUSE_ENDS,
    JOINERS,
    Cuts,
    frames,
    in_formula,
    listed,
    quote_around,
    run_in_body,
)

# The word lists' patterns searched at every grade, opening with the class of the characters a
# match can start with (``lint.firstchar.found_by``): ``re`` then skips to those characters.
_FUTURE, _SHORTFALL = map(found_by, (FUTURE, SHORTFALL))
PLAN_PARTS = frozenset({"plans", "shortcomings"})
RANK = {"covered": 0, "weak": 1, "planned": 2}
_GRADES = {rank: grade for grade, rank in RANK.items()}
_NO_SPANS: frozenset[Span] = frozenset()
MAX_EVIDENCE = 3
_UNKNOWN = "?"  # not looked up yet (``title_use`` answers None or a use's name)


class Grader:
    """Grades hits of one document: covered, weak or planned."""

    def __init__(
        self,
        doc: Document,
        found: Scan | None = None,
        part_titles: Sequence[str] = (),
    ) -> None:
        """``found``: the topic matcher's scan of ``doc`` (every topic's hits, deeds, related
        hits and umbrella rules); none for grading alone."""
        self.doc = doc
        found = found or Scan({}, {})
        self.topics = found.hits  # every topic's hits (rule id → hits): ``names_other_topic``
        self.umbrellas = found.umbrellas  # the rules whose name heads other topics' work
        self._rule = ""  # the rule being graded
        self._starts: list[int] = []  # every topic's hit starts, sorted (built when needed)
        self._owners: list[str] = []  # the rule of each of those hits
        self.deeds = found.deeds
        self.related = found.related
        self._deeds: frozenset[Span] = frozenset()  # the deeds of the topic being graded
        self.text = doc.text
        self.cuts = Cuts.of(doc.text)
        self.headings = Headings(doc, part_titles)
        self._hits: list[Span] = []  # the hits of the topic being graded
        self._title_uses: dict[tuple[int, int], str | None] = {}
        self._runs: dict[int, bool] = {}  # sentence start → whether it is a run of slogans
        # (clause start, end) → its frames (tuple keys: a Span's __hash__ is Python code)
        self._frames: dict[tuple[int, int], tuple[tuple[int, int], ...]] = {}
        self._planned: dict[tuple[int, int, int], bool] = {}  # (start, clause) → planned

    def status(self, hits: list[Span], rule_id: str = "") -> tuple[str, list[Span]]:
        """The topic's status and its best evidence (at most three hits): the first hits
        (by position) of the best grade that do not overlap each other. ``hits`` come in
        position order, as ``Scan.hits`` gives them."""
        if not hits:
            return "missing", []
        self._deeds = self.deeds.get(rule_id, _NO_SPANS)
        self._rule = rule_id
        related = self.related.get(rule_id, _NO_SPANS)
        title = self.doc.meta.title_span
        if title is not None:
            start, end = title.start, title.end
            hits = [h for h in hits if not (h.start < end and start < h.end)]
        self._hits = hits
        by_rank: dict[int, list[Span]] = {}
        covered: list[Span] = []  # the evidence among the covered hits so far
        for hit in hits:  # in position order: once three covered hits are found, none can beat them
            if not self.counts(hit):
                continue
            rank = RANK[self.grade(hit)]
            if related and hit in related:  # it touches the topic without being it: at most weak
                rank = max(rank, RANK["weak"])
            by_rank.setdefault(rank, []).append(hit)
            if rank == 0 and not (covered and any(hit.overlaps(e) for e in covered)):
                covered.append(hit)
                if len(covered) == MAX_EVIDENCE:
                    break
        if not by_rank:
            return "missing", []
        best = min(by_rank)
        ranked = [hit for rank in sorted(by_rank) for hit in by_rank[rank]]
        return _GRADES[best], _evidence(ranked)

    def counts(self, hit: Span) -> bool:
        """A hit in a law studied does not count."""
        use = self.title_use(hit)
        return use != "studied" and not law_studied(self.text, self.cuts, hit)

    def grade(self, hit: Span) -> str:
        part = self.doc.part_at(hit.start)
        if part in PLAN_PARTS:
            return "planned"
        clause = self.cuts.clause(hit.start)
        sentence = self.cuts.sentence(hit.start)
        if part == "preamble":  # its run-on sentence strings slogans: only the hit's clause counts
            sentence = clause
        if self.planned(sentence.start, clause):
            return "planned"
        heading = self.headings.of(hit)
        # a heading counts when the text it heads states a fact; a deed leading an item counts
        deed = bool(self._deeds) and hit in self._deeds  # (an empty set still hashes the hit)
        if heading is not None and not (deed and self.headings.enumerated(heading)):
            if self.headings.names_part(heading, hit):  # （二）健全政府机构职能体系: the part
                return "weak"
            return self.grade_heading(heading, hit)
        if self.studied_at_meeting(clause, sentence):
            return "covered"  # 召开党组会议19次，专题研究A、B等重点任务: the meeting is the fact
        if self.in_frame(clause, hit) or in_formula(self.text, clause, hit):
            return "weak"
        if deed:
            return "covered"
        use = self.title_use(hit)
        if use == "basis":  # 根据《纲要》，扎实推进…: the work's basis, named only
            return "weak"
        if use is not None:  # followed: named only, unless the rest of the sentence says how
            rest = Span(clause.end, sentence.end)
            done = use == "made" or MADE.search(self.text, rest.start, rest.end) is not None
            return "covered" if done or states_fact(self.text, rest, hit, False) else "weak"
        if GUIDE.match(self.text, hit.end, clause.end):  # 以…为指导: a guide, never a deed
            return "weak"
        if self.slogan_run(sentence) or self.task_item(hit, clause):
            sentence = clause  # 强化…，提升…，压实…; 谋划A、B等重点任务: only its clause counts
        if self.result_subject(hit):
            if states_fact(self.text, clause, hit) or self.purpose_of_deeds(clause, sentence, hit):
                return "covered"
        elif SLOGAN.search(self.text, clause.start, hit.start) is None:
            if states_fact(self.text, sentence, hit):
                return "covered"
        elif self.slogan_object_fact(hit, clause, sentence):
            return "covered"
        body = run_in_body(self.text, sentence, self.cuts, self.doc.paragraph_at(hit.start))
        return "weak" if body is None else self.grade_headed(sentence, body, hit)

    def planned(self, start: int, clause: Span) -> bool:
        """Whether the text from ``start`` (the sentence's) to the end of the clause says it
        is future (``FUTURE``), or the clause states a shortfall (``SHORTFALL``); found once
        per window (hits of several topics share a clause)."""
        key = (start, clause.start, clause.end)
        found = self._planned.get(key)
        if found is None:
            text = self.text
            found = self._planned[key] = bool(
                _FUTURE.search(text, start, clause.end)
                or _SHORTFALL.search(text, clause.start, clause.end)
            )
        return found

    def in_frame(self, clause: Span, hit: Span) -> bool:
        """Whether the hit sits inside an adverbial frame 在…指导下 of its clause (the clause's
        ``lint.segment.frames``, found once per clause)."""
        key = (clause.start, clause.end)
        found = self._frames.get(key)
        if found is None:
            found = self._frames[key] = frames(self.text, clause)
        return bool(found) and any(start <= hit.start and hit.end <= end for start, end in found)

    def slogan_run(self, sentence: Span) -> bool:
        """A sentence strung from clauses that each open with a slogan verb (严格履行…，强化…，
        提升…，压实…，落实…): a list of aims, where no clause's fact carries over to another."""
        known = self._runs.get(sentence.start)
        if known is None:
            known = self._runs[sentence.start] = self._slogan_run(sentence)
        return known

    def _slogan_run(self, sentence: Span) -> bool:
        """Counts the clauses of the sentence that open with a slogan, walking the clause
        starts themselves (a sentence starts a clause: its end marks end clauses too)."""
        text, starts = self.text, self.cuts.clause_starts
        index = bisect.bisect_right(starts, sentence.start) - 1
        leads = 0
        while index < len(starts) and starts[index] < sentence.end:
            leads += SLOGAN_LEAD.match(text, starts[index]) is not None
            index += 1
        return leads >= SLOGAN_RUN

    def slogan_object_fact(self, hit: Span, clause: Span, sentence: Span) -> bool:
        """The object of a slogan verb (落实第一责任人责任) counts when its own clause states a
        fact; when a means clause or a meeting held comes right before it (…，通过…等形式，深入
        学习…; 召开党组会，传达学习…); or, unless the hit is one item of a 、-list: when its
        clause closes the sentence as what the facts before it served (…讲座25场，推动法治宣传
        教育深入人心), or, unless it names a system adhered to or urged on others (坚持集体讨论决策
        制度, 督促落实…责任制), when the rest of the sentence does by a deed or figure (…责任，
        主动召开专题会议5次; 严格落实…第一责任人制度，将…纳入学习内容), unless the hit names a
        system and the rest names another topic, whose fact it then is (落实会前学法制度，制定
        领导干部应知应会清单)."""
        if states_fact(self.text, clause, hit):
            return True
        if self.led_by(MEANS, clause, sentence) or self.studied_at_meeting(clause, sentence):
            return True
        item = quote_around(self.text, clause, hit)
        if listed(self.text, clause, item, "、") and not self.own_list(item, clause):
            return False
        if self.purpose_of_deeds(clause, sentence, hit):
            return True
        if SYSTEM.match(self.text, hit.end, clause.end) and (
            ADHERE.search(self.text, clause.start, hit.start) is not None
            or self.names_other_topic(clause.end, sentence.end)
        ):
            return False  # a system adhered to, or one whose sentence goes on to another topic
        return states_fact(self.text, Span(clause.end, sentence.end), hit, titles=False)

    def own_list(self, item: Span, clause: Span) -> bool:
        """Whether the 、-list holding the item lists only names of the topic being graded
        (发挥法律顾问、公职律师作用): its neighbours across each 、 are hits too, and the run
        of them is no item of a longer list."""
        text, hits = self.text, self._hits
        start, end = item.start, item.end
        while start - 1 > clause.start and text[start - 1] == "、":
            start = next((h.start for h in hits if h.end == start - 1), -1)
            if start < 0:
                return False
        while end < clause.end and text[end] == "、":
            end = next((h.end for h in hits if h.start == end + 1), -1)
            if end < 0:
                return False
        return (start, end) != (item.start, item.end) and not (
            text[start - 1 : start] in JOINERS or text[end : end + 1] in JOINERS
        )

    def studied_at_meeting(self, clause: Span, sentence: Span) -> bool:
        """A clause that opens by studying or researching, right after a clause holding a
        meeting (召开党组会，传达学习…; 召开党组会议19次，专题研究…): the meeting did it. What a
        meeting researched is its agenda, work done only when the meetings are counted
        (召开…会议，专题研究A、B等工作 lists the agenda)."""
        study = STUDY.match(self.text, clause.start)
        if study is None:
            return False
        held = MEETING if "学习" in study.group() else COUNTED_MEETING
        return self.led_by(held, clause, sentence)

    def led_by(self, pattern: re.Pattern[str], clause: Span, sentence: Span) -> bool:
        """Whether ``pattern`` matches a clause of the sentence ending right where ``clause``
        starts (the patterns end with the clause's comma: 通过…等形式，; 召开党组会3次，)."""
        return any(
            m.end() == clause.start
            for m in pattern.finditer(self.text, sentence.start, clause.start)
        )

    def title_use(self, hit: Span) -> str | None:
        """How the hit's clause uses the document title holding it (see ``TITLE_USE``)."""
        key = (hit.start, hit.end)
        found = self._title_uses.get(key, _UNKNOWN)
        if found is _UNKNOWN:
            found = self._title_uses[key] = title_use(self.text, self.cuts, hit)
        return found

    def grade_heading(self, heading: Span, hit: Span) -> str:
        """A heading is graded by the text right under it, or, when that states no fact, by
        its whole section (一、履行第一责任人职责情况 over subsections that say what was done)."""
        # a heading naming another topic too, unless it is an item's lead opening a sentence
        # that runs on (三是将…作为普法计划重点内容，组织开展…: running text, a deed of both)
        shared = self.names_other_topic(heading.start, heading.end) and not (
            self.headings.enumerated(heading)
            and self.several_clauses(self.cuts.sentence(heading.start))
        )
        grade = self.grade_headed(heading, self.headings.headed_text(heading), hit, shared)
        section = self.headings.section(heading)
        if grade == "weak" and section is not None and section.body.end > heading.end:
            body = Span(heading.start, section.body.end)
            grade = self.grade_headed(heading, body, hit, shared)
        return grade

    def grade_headed(self, heading: Span, body: Span, hit: Span, shared: bool = False) -> str:
        """A hit in a heading (or a run-in lead): covered when the text it heads states a fact;
        when the heading lists several things (权责清单、负面清单制度), names another topic too
        (``shared``: 强化法治督察考核, a heading's facts on 督察 alone), or the hit is the subject
        of a result formula in one of its clauses (健全职能体系，营商环境持续优化), only if that
        text names the topic again; for an umbrella topic (履行第一责任人职责 over items on
        studying), only if it names the topic again or names no other topic."""
        if not states_fact(self.text, body, hit):
            return "weak"
        several = (
            shared
            or listed(self.text, heading, hit)
            or (self.several_clauses(heading) and self.result_subject(hit))
        )
        if not (several or self._rule in self.umbrellas) or any(
            heading.end <= other.start < body.end and self.counts(other) for other in self._hits
        ):
            return "covered"  # one topic in an ordinary heading, or named again under it
        return "weak" if several or self.names_other_topic(heading.end, body.end) else "covered"

    def names_other_topic(self, start: int, end: int) -> bool:
        """Whether a hit of another topic than the one being graded starts in ``start``–``end``
        (the facts there are that topic's); every topic's hits are indexed at the first call."""
        if not self._starts and self.topics:
            found = sorted((h.start, rule) for rule, hits in self.topics.items() for h in hits)
            self._starts = [at for at, _ in found]
            self._owners = [rule for _, rule in found]
        index = bisect.bisect_left(self._starts, start)
        while index < len(self._starts) and self._starts[index] < end:
            if self._owners[index] != self._rule:
                return True
            index += 1
        return False

    def task_item(self, hit: Span, clause: Span) -> bool:
        """Whether the hit is one item of a list of tasks closing its clause (谋划执法改革、
        营商环境等重点任务), or the task a clause researches (研究解决A等重要事项): the tasks
        are named, not done, by the rest of the sentence."""
        text = self.text
        return (
            listed(text, clause, hit, "、") or text.find("研究", clause.start, hit.start) >= 0
        ) and bool(TASK_LIST.match(text, hit.end, clause.end + 1))

    def result_subject(self, hit: Span) -> bool:
        """Whether the hit is the subject of a result formula closing its clause
        (法治化营商环境持续优化)."""
        return RESULT.match(self.text, hit.end, self.cuts.clause(hit.start).end + 1) is not None

    def purpose_of_deeds(self, clause: Span, sentence: Span, hit: Span) -> bool:
        """Whether the clause closes its sentence naming what the facts before it served
        (…出台《意见》，推动法治化营商环境优化提升)."""
        return (
            clause.start > sentence.start
            and PURPOSE.match(self.text, clause.start) is not None
            and states_fact(self.text, Span(sentence.start, clause.start), hit)
        )

    def several_clauses(self, heading: Span) -> bool:
        """Whether a clause break falls inside the heading (进一步健全…，法治化营商环境持续优化),
        or another span, not counting the punctuation it ends with."""
        text, last = self.text, heading.end - 1
        while last > heading.start and (text[last] in CLAUSE_ENDS or text[last].isspace()):
            last -= 1
        return self.cuts.clause(heading.start) != self.cuts.clause(last)


def _evidence(hits: list[Span]) -> list[Span]:
    """At most three hits, in order, none overlapping an earlier one."""
    evidence: list[Span] = []
    for hit in hits:
        if not any(hit.overlaps(e) for e in evidence):
            evidence.append(hit)
        if len(evidence) == MAX_EVIDENCE:
            break
    return evidence
