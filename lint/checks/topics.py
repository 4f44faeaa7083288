"""Topic coverage: does the report cover each Outline topic, and how well.

A topic rule (``kind: topic``) says where its topic is mentioned with ``match``:

- ``any``: terms (literal strings). A term of at most two characters, or one listed in
  ``boundary``, counts only where no dictionary word straddles its edges (``陈述法定事由`` is
  not ``述法``; ``lint.segment``).
- ``regex``: RE2 patterns (linear time: a user pattern cannot hang a run; no lookaround or
  backreferences; see ``lint.rules.regex``). Every pattern key (``regex``, ``deeds``,
  ``related``, ``exclude_regex``) is matched line by line: a match never spans a line break,
  and ``^`` and ``$`` are the line's edges.
- ``deeds``: RE2 patterns of phrases that are themselves the work done (``纳入…年度考核``,
  ``就履行第一责任人职责情况…述职``): such a hit is ``covered`` wherever it is not planned
  (plans part, future or negated clause) and not in a heading without facts or a frame (the
  lead of an enumerated item, 二是将…作为考评指标, is running text, not a heading).
- ``related``: RE2 patterns of passages that touch the topic without being it (a single leg
  of the three enforcement systems, a 法治 leading group set up): such a hit makes the topic
  at most ``weak``.
- ``components``: ``{min: 2, of: [[执法公示, 公示制度], [全过程记录], [法制审核]], within:
  paragraph}``: the topic described by its parts without its name. Where terms of at least
  ``min`` groups meet in one paragraph (or ``section``, ``sentence``), they count as hits.
- ``exclude``: contexts (literal strings) that are NOT the topic even though they contain a
  term (``民主法治示范村`` for 示范创建); a hit overlapping one is dropped.
  ``exclude_regex``: the same as RE2 patterns (``应急管理`` inside a list of department names).
- ``boundary``: longer terms whose word boundaries must be checked too.
- ``umbrella: true``: the topic's name is a common heading over other topics' work (一、履行
  第一责任人职责 over items on studying and on 述法): a heading or lead naming it is ``covered``
  by the facts under it only when they name the topic again or name no other topic.
- ``extends``: another topic rule's id; its ``match`` is taken over and this rule's keys are
  added to it (``lint.rules.inherit``): a 2015 twin lists only the words of its own era.

Each remaining hit is graded by ``lint.checks.topic_grade`` (covered, weak or planned); a
topic's status is its best hit's grade, else ``missing``.

A topic the checklist or the report year excludes is ``not-applicable``. One excluded only by
its rule's ``levels`` (government legislation at a county or in a bureau) is graded all the
same and reported ``covered`` when the report covers it (a city bureau that drafted a
regulation, a district hosting a 基层立法联系点): the level does not owe it, so it raises no
finding and stays out of the scores, and anything short of covered is ``not-applicable``.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from lint.checks import CheckOutput, RunContext
from lint.checks.topic_grade import Grader
from lint.matcher import matcher_for, parse_spec
from lint.model import SEVERITY_RANK, Document, Finding, Rule, TopicResult
from lint.offsets import Span

_ONE = Decimal(1)  # a topic's weight where the checklist gives none


def _rank(severity: str) -> int:
    return SEVERITY_RANK.get(severity, 0)


class TopicCheck:
    kind = "topic"
    names = frozenset({"coverage"})

    def validate(self, rule: Rule) -> None:
        parse_spec(rule)

    def run(self, rules: Sequence[Rule], doc: Document, ctx: RunContext) -> CheckOutput:
        out = CheckOutput()
        matcher = matcher_for(rules)
        found = matcher.scan(doc)
        hits = found.hits
        grader = Grader(doc, found, ctx.part_titles)
        for rule in rules:
            required = rule.id not in ctx.not_applicable
            status = "not-applicable"
            evidence: list[Span] = []
            if required or rule.id in ctx.optional:
                status, evidence = grader.status(hits.get(rule.id, []), rule.id)
                if not required and status != "covered":  # not owed, and not done either
                    status, evidence = "not-applicable", []
            weight = ctx.weights.get(rule.id, _ONE)
            out.topics.append(
                TopicResult(
                    rule.id, rule.slug, rule.title, status, rule.part, evidence, weight, required
                )
            )
            finding = _finding(rule, status, evidence, ctx) if required else None
            if finding is not None:
                out.findings.append(finding)
        return out


def _finding(rule: Rule, status: str, evidence: list[Span], ctx: RunContext) -> Finding | None:
    ceiling = ctx.coverage_severity.get(status, "")
    if ceiling not in SEVERITY_RANK:  # "" or "off": this status is not reported
        return None
    # The checklist's severity for the status, capped by the rule's own (an unverified ⚪
    # Outline item is an info rule: its absence is a prompt, never a warning).
    severity = min(ceiling, rule.severity, key=_rank)
    if status == "missing":
        return rule.finding(Span(0, 0), severity=severity, data={"status": status})
    if status == "weak":
        message = f"报告仅提及“{rule.title}”，未写明本年度的具体举措、数据或成效"
    else:
        message = f"“{rule.title}”仅出现在下一年度安排、存在的不足或未完成的表述中"
    return rule.finding(
        evidence[0],
        message,
        related=tuple(evidence[1:]),
        severity=severity,
        data={"status": status},
    )


CHECKS = [TopicCheck()]
