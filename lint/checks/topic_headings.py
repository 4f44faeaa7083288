"""The headings of a document, indexed for grading: the heading a hit sits in, the text right
under a heading, and whether a heading is the lead of an enumerated item (一是…)."""

from __future__ import annotations

import bisect

from lint.model import Document, Section
from lint.offsets import SPAN_ORDER, Span
from lint.structure import ENUM_LEVEL


class Headings:
    """The headings of one document, in position order."""

    def __init__(self, doc: Document) -> None:
        self.end = len(doc.text)
        self.spans = sorted((s.heading for s in doc.sections), key=SPAN_ORDER)
        self.starts = [h.start for h in self.spans]
        # (heading start, end) → its section (tuple keys: a Span's __hash__ is Python code)
        self.sections = {(s.heading.start, s.heading.end): s for s in doc.sections}

    def of(self, hit: Span) -> Span | None:
        """The heading the hit sits in, if any."""
        index = bisect.bisect_right(self.starts, hit.start) - 1
        if index >= 0:
            heading = self.spans[index]
            if hit.start < heading.end:  # (and ``heading.start <= hit.start``: the bisection)
                return heading
        return None

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
