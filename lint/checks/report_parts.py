"""The contents the 2019 督察工作规定 requires of an annual report, in whatever layout it uses.

A part is present when ``Document.parts``/``sections`` assign it (a heading or an unheaded
paragraph the structure step recognised), or when one of the rule's ``cues`` occurs anywhere
in the text (a part woven into another, e.g. the 第一责任人 duty described among the measures).
Cues may contain ``{year}`` and ``{next}`` (the report year and the year after).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from lint.checks import CheckOutput, RunContext
from lint.checks.report_text import (
    all_matches,
    any_in,
    any_match,
    require_patterns,
    sentences,
)
from lint.errors import RuleError
from lint.model import PARTS, Document, Rule
from lint.offsets import Span, sorted_spans

_ENUMERATED = re.compile(
    r"^([一二三四五六七八九十]+是|（[一二三四五六七八九十\d]+）|\d{1,2}[.．、])"
)


def cue_patterns(rule: Rule, key: str, doc: Document) -> list[str]:
    """The rule's patterns with ``{year}``/``{next}`` filled in (dropped if the year is unknown)."""
    year = doc.meta.report_year
    out = []
    for source in rule.params.get(key) or []:
        if "{" in source and year is None:
            continue
        out.append(source.replace("{year}", str(year)).replace("{next}", str((year or 0) + 1)))
    return out


def validate_part_rule(rule: Rule, required: Sequence[str] = ("cues",)) -> None:
    part = rule.params.get("part")
    if part not in PARTS:
        raise RuleError(
            f"params.part 应为 {'、'.join(PARTS)} 之一", location=rule.origin, key="params.part"
        )
    for key in (*required, "stop"):
        values = rule.params.get(key)
        if isinstance(values, list):
            values = [_sample(v) for v in values]
        sample = replace(rule, params={**rule.params, key: values})
        require_patterns(sample, key, required=key in required)


def _sample(value: object) -> object:
    """A cue with its year placeholders filled, so it can be compiled at load time."""
    if not isinstance(value, str):
        return value
    return value.replace("{year}", "2000").replace("{next}", "2001")


def structured_spans(doc: Document, part: str) -> list[Span]:
    """Stretches the structure step assigned to ``part`` (headed or not)."""
    spans = [p.span for p in doc.parts if p.part == part]
    spans += [s.body for s in doc.sections if s.part == part]
    return sorted_spans(spans)


def part_regions(doc: Document, rule: Rule) -> list[Span]:
    """Where the rule's part is: structured stretches, else the paragraph(s) its cues open."""
    part = rule.params["part"]
    found = structured_spans(doc, part)
    if found:
        return _skip_headings(doc, found)
    cue = any_match(cue_patterns(rule, "cues", doc), doc.text)
    return [] if cue is None else [_cue_region(doc, rule, cue)]


def _skip_headings(doc: Document, spans: list[Span]) -> list[Span]:
    """Each span without the heading it starts with (the first section, in document order,
    whose heading starts the span and ends inside it)."""
    heads: dict[int, list[int]] = {}
    for section in doc.sections:
        heads.setdefault(section.heading.start, []).append(section.heading.end)
    out = []
    for span in spans:
        end = next((e for e in heads.get(span.start, ()) if e < span.end), None)
        out.append(span if end is None else Span(end, span.end))
    return out


def _cue_region(doc: Document, rule: Rule, cue: Span) -> Span:
    """From the sentence of the cue to the end of its paragraph, plus enumerated follow-ups;
    cut where a ``stop`` pattern (the next part's cue) begins."""
    para = doc.paragraph_at(cue.start) or Span(cue.start, len(doc.text))
    start = next((s.start for s in sentences(doc.text, para) if s.contains(cue.start)), cue.start)
    end = para.end
    for later in doc.paragraphs:
        if later.start > end and _ENUMERATED.match(doc.text[later.start : later.end]):
            if doc.text[end : later.start].strip():
                break
            end = later.end
        elif later.start > end:
            break
    stop = any_match(cue_patterns(rule, "stop", doc), doc.text, cue.end, end)
    return Span(start, stop.start if stop is not None else end)


class RequiredPart:
    """``structure/required-part``: error when a required part is absent in every layout."""

    kind = "structure"
    names = frozenset({"required-part"})

    def validate(self, rule: Rule) -> None:
        validate_part_rule(rule)

    def run(self, rules: Sequence[Rule], doc: Document, ctx: RunContext) -> CheckOutput:
        out = CheckOutput()
        for rule in rules:
            if not (rule.admits_year(doc.meta.report_year) and rule.admits_level(doc.meta.level)):
                continue
            if structured_spans(doc, rule.params["part"]):
                continue
            if not any_in(cue_patterns(rule, "cues", doc), doc.text):
                out.findings.append(rule.finding(Span(0, 0)))
        return out


class ThinPart:
    """``structure/thin-part``: a present part without any of the rule's ``needs`` patterns."""

    kind = "structure"
    names = frozenset({"thin-part"})

    def validate(self, rule: Rule) -> None:
        validate_part_rule(rule, ("cues", "needs"))
        if rule.params.get("scope", "region") not in ("region", "cue-sentences"):
            raise RuleError(
                "params.scope 应为 region 或 cue-sentences",
                location=rule.origin,
                key="params.scope",
            )

    def run(self, rules: Sequence[Rule], doc: Document, ctx: RunContext) -> CheckOutput:
        out = CheckOutput()
        for rule in rules:
            if not (rule.admits_year(doc.meta.report_year) and rule.admits_level(doc.meta.level)):
                continue
            regions = self._regions(doc, rule)
            if not regions:
                continue  # absent: the required-part rule reports it
            needs = rule.params["needs"]
            if not any(any_in(needs, doc.text, r.start, r.end) for r in regions):
                out.findings.append(rule.finding(_first_sentence(doc, regions[0])))
        return out

    def _regions(self, doc: Document, rule: Rule) -> list[Span]:
        if rule.params.get("scope") != "cue-sentences":
            return part_regions(doc, rule)
        regions = _skip_headings(doc, structured_spans(doc, rule.params["part"]))
        return regions + cue_sentences(doc, cue_patterns(rule, "cues", doc))


def cue_sentences(doc: Document, cues: Sequence[str]) -> list[Span]:
    """Every sentence holding a cue, joined with the sentence after it (one scan per cue)."""
    found: list[Span] = []
    for hit in all_matches(cues, doc.text):
        para = doc.paragraph_at(hit.start)
        if para is None:
            continue
        parts = list(sentences(doc.text, para))
        for index, sentence in enumerate(parts):
            if sentence.contains(hit.start):
                end = parts[index + 1].end if index + 1 < len(parts) else sentence.end
                found.append(Span(sentence.start, end))
    return sorted_spans(found)


def _first_sentence(doc: Document, region: Span) -> Span:
    first = next(sentences(doc.text, region), None)
    return first if first is not None else region


CHECKS_PARTS = [RequiredPart(), ThinPart()]
