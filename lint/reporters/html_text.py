"""The report's ORIGINAL text as HTML, with findings and topic evidence highlighted in place.

Positions are the contract's (1-based line/column in the original, code points, end
exclusive). Every finding span becomes a ``<mark class="f sev-…">`` followed by a numbered
reference that links to its note; evidence spans get a lighter ``<mark class="ev">``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from html import escape
from itertools import pairwise
from typing import Any

from lint.reporters.xmltext import xml_safe


def esc(text: Any) -> str:
    return escape(xml_safe("" if text is None else str(text)), quote=True)


@dataclass(frozen=True)
class Mark:
    start: int  # original offset
    end: int
    kind: str  # "f" (finding) or "ev" (evidence)
    note: str = ""  # the note's anchor id (findings)
    number: int = 0  # the note's number (findings)
    severity: str = ""
    title: str = ""


class OffsetIndex:
    """Original line/column → offset in ``"\\n".join(lines)``."""

    def __init__(self, lines: list[str]) -> None:
        self.starts = [0]
        for line in lines[:-1]:
            self.starts.append(self.starts[-1] + len(line) + 1)
        self.length = self.starts[-1] + (len(lines[-1]) if lines else 0)

    def offset(self, line: int, column: int) -> int:
        index = min(max(line, 1), len(self.starts)) - 1
        return min(self.starts[index] + max(column, 1) - 1, self.length)

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1


def is_whole_document(finding: dict[str, Any]) -> bool:
    return not finding.get("excerpt") and finding["line"] == finding["end_line"] == 1


def marks_for(
    data: dict[str, Any], index: OffsetIndex, prefix: str
) -> tuple[list[Mark], list[tuple[int, str, dict[str, Any]]]]:
    """Marks for the text, and the numbered notes ``(number, anchor id, finding)``."""
    marks: list[Mark] = []
    notes = []
    for number, finding in enumerate(data["findings"], 1):
        note = f"{prefix}-n{number}"
        notes.append((number, note, finding))
        if is_whole_document(finding):
            continue
        start = index.offset(finding["line"], finding["column"])
        end = max(start, index.offset(finding["end_line"], finding["end_column"]))
        title = f"{finding['rule']} {finding['message']}"
        marks.append(Mark(start, end, "f", note, number, finding["severity"], title))
    for topic in data.get("topics") or []:
        for ev in topic.get("evidence") or []:
            start = index.offset(ev["line"], ev["column"])
            end = index.offset(ev["end_line"], ev["end_column"])
            marks.append(Mark(start, end, "ev", title=topic.get("title") or topic["rule"]))
    return marks, notes


def render_lines(lines: list[str], marks: list[Mark], prefix: str) -> str:
    """One ``<div class="ln">`` per original line, marks split at line ends."""
    index = OffsetIndex(lines)
    buckets: dict[int, list[Mark]] = {}
    refs: dict[int, list[Mark]] = {}  # line -> findings whose note reference goes there
    for mark in marks:
        first, last = index.line_of(mark.start), index.line_of(max(mark.start, mark.end - 1))
        for line_no in range(first, last + 1):
            buckets.setdefault(line_no, []).append(mark)
        if mark.kind == "f":
            refs.setdefault(last, []).append(mark)
    out = []
    for number, text in enumerate(lines):
        base = index.starts[number]
        body = _line_html(text, base, buckets.get(number, []), refs.get(number, []))
        out.append(
            f'<div class="ln" id="{prefix}-L{number + 1}"><span class="no">{number + 1}</span>'
            f'<span class="tx">{body}</span></div>'
        )
    return "\n".join(out)


def _line_html(text: str, base: int, marks: list[Mark], refs: list[Mark]) -> str:
    end = base + len(text)
    at: dict[int, list[Mark]] = {}
    for mark in refs:
        at.setdefault(min(max(mark.end, base), end), []).append(mark)
    cuts = {base, end, *at}
    for mark in marks:
        cuts.update(min(max(p, base), end) for p in (mark.start, mark.end))
    points = sorted(cuts)
    parts = [_ref(m) for m in at.get(base, [])]
    for lo, hi in pairwise(points):
        parts.append(_segment(text[lo - base : hi - base], lo, hi, marks))
        parts.extend(_ref(m) for m in at.get(hi, []))
    return "".join(parts)


def _segment(text: str, lo: int, hi: int, marks: list[Mark]) -> str:
    inside = [m for m in marks if m.start <= lo and hi <= m.end and m.start < m.end]
    findings = [m for m in inside if m.kind == "f"]
    if findings:
        worst = _worst(findings)
        title = esc("；".join(m.title for m in findings))
        notes = " ".join(m.note for m in findings)
        return (
            f'<mark class="f sev-{esc(worst)}" title="{title}" data-notes="{esc(notes)}">'
            f"{esc(text)}</mark>"
        )
    if inside:
        return f'<mark class="ev" title="{esc(inside[0].title)}">{esc(text)}</mark>'
    return esc(text)


def _worst(marks: list[Mark]) -> str:
    order = {"error": 3, "warning": 2, "info": 1}
    return max((m.severity for m in marks), key=lambda s: order.get(s, 0))


def _ref(mark: Mark) -> str:
    return (
        f'<a class="ref sev-{esc(mark.severity)}" href="#{mark.note}" '
        f'id="{mark.note}-ref">[{mark.number}]</a>'
    )
