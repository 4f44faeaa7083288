"""The headings of a document, indexed for grading: the heading a hit sits in, the text right
under a heading, and whether a heading is the lead of an enumerated item (一是…)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from lint.model import Document, Section
from lint.offsets import SPAN_ORDER, Span
from lint.structure import ENUM_LEVEL


@lru_cache(maxsize=8)
def part_title_heading(titles: tuple[str, ...]) -> re.Pattern[str] | None:
    """A heading's title (``Section.title``: its number and closing marks cut) that opens with
    the system an Outline part is named after (健全政府机构职能体系; 健全法治政府建设科技保障体系，
    全面建设数字法治政府), the clause in group ``system``: that clause names the part, not one
    topic of it. The part's other clause (全面建设数字法治政府) may name a topic, and is left to
    the usual grading."""
    # longest first, then by text: the same pattern in every process (a set's order is not)
    systems = sorted(
        {c.strip() for t in titles for c in re.split(r"[，,]", t) if c.strip().endswith("体系")},
        key=lambda clause: (-len(clause), clause),
    )
    if not systems:
        return None
    system = "(?P<system>" + "|".join(map(re.escape, systems)) + ")"
    return re.compile(f"{system}(?:[，,、][^，,。；;\n]*)?")


class Headings:
    """The headings of one document, in position order."""

    def __init__(self, doc: Document, part_titles: Sequence[str] = ()) -> None:
        self.text = doc.text
        self.end = len(doc.text)
        self.part_systems = part_title_heading(tuple(part_titles))
        self.spans = sorted((s.heading for s in doc.sections), key=SPAN_ORDER)
        self.starts = [h.start for h in self.spans]
        # (heading start, end) → its section (tuple keys: a Span's __hash__ is Python code)
        self.sections = {(s.heading.start, s.heading.end): s for s in doc.sections}
        self._systems: dict[int, tuple[int, int]] = {}  # heading start → its system's span

    def of(self, hit: Span) -> Span | None:
        """The heading the hit sits in, if any."""
        index = bisect.bisect_right(self.starts, hit.start) - 1
        if index >= 0:
            heading = self.spans[index]
            if hit.start < heading.end:  # (and ``heading.start <= hit.start``: the bisection)
                return heading
        return None

    def names_part(self, heading: Span, hit: Span) -> bool:
        """Whether the hit is inside the system an Outline part is named after, in a heading
        that opens with it (see ``part_title_heading``); found once per heading."""
        span = self._systems.get(heading.start)
        if span is None:
            span = self._systems[heading.start] = self._system(heading)
        return span[0] <= hit.start < span[1]

    def _system(self, heading: Span) -> tuple[int, int]:
        """Where the heading's part system is, or an empty span."""
        pattern = self.part_systems
        section = self.section(heading)
        found = pattern.fullmatch(section.title) if pattern and section else None
        if found is None:
            return (0, 0)
        start = self.text.find(found["system"], heading.start, heading.end)
        return (start, start + len(found["system"])) if start >= 0 else (0, 0)

    def section(self, heading: Span) -> Section | None:
        return self.sections.get((heading.start, heading.end))

    def headed_text(self, heading: Span) -> Span:
        """The text right under a heading, up to the next heading of any level."""
        index = bisect.bisect_right(self.starts, heading.start)
        end = self.starts[index] if index < len(self.starts) else self.end
        section = self.section(heading)
        if section is not None:
            end = min(end, section.body.end)
        return Span(heading.start, max(heading.end, end))

    def enumerated(self, heading: Span) -> bool:
        """Whether a heading is the lead of an item inside a paragraph (二是将法治建设成效作为…
        考评指标，…): a clause of running text, where a deed is a deed."""
        section = self.section(heading)
        return section is not None and section.level == ENUM_LEVEL
