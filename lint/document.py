"""Source → Document: normalize, find paragraphs, metadata, sections and parts."""

from __future__ import annotations

import re

from lint.meta import extract_meta
from lint.model import Document
from lint.offsets import Source, Span, TextMap
from lint.parts import find_parts
from lint.structure import find_sections

_LINE = re.compile(r"[^\n]+")
_EDGE_SPACE = " \t\r\u3000"


def build_document(source: Source) -> Document:
    from lint.normalize import normalize

    normalized = normalize(source)
    text = normalized.textmap.text
    paragraphs = find_paragraphs(text)
    meta = extract_meta(
        text, source.container_meta, paragraphs=paragraphs, furniture=normalized.furniture
    )
    meta.script = normalized.script
    if meta.published and meta.published_span is None:
        meta.published_origin = published_origin(source, meta.published)
    hints = _heading_hints(source, normalized.textmap, paragraphs, meta.title_span)
    sections = find_sections(text, paragraphs, hints)
    parts = find_parts(text, paragraphs, sections, meta.report_year)
    return Document(
        source=source,
        textmap=normalized.textmap,
        meta=meta,
        sections=sections,
        parts=parts,
        paragraphs=paragraphs,
        repairs=normalized.repairs,
    )


_ORIGINAL_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def published_origin(source: Source, iso: str, head: int = 40) -> Span | None:
    """Original span of the stated publication date when it sits in page furniture the
    normalizer dropped (``发布日期: 2025-01-03``): the first date among the first ``head``
    lines that equals ``iso``, preferring a line that says 发布/日期."""
    found: list[tuple[int, Span]] = []
    for index, line in enumerate(source.lines[:head]):
        for match in _ORIGINAL_DATE.finditer(line):
            y, m, d = (int(g) for g in match.groups())
            if f"{y:04d}-{m:02d}-{d:02d}" == iso:
                start = source.line_start(index + 1) + match.start()
                rank = 0 if "发布" in line or "發布" in line else 1 if "日期" in line else 2
                found.append((rank, Span(start, start + len(match.group(0)))))
    return min(found, key=lambda item: (item[0], item[1].start))[1] if found else None


def find_paragraphs(text: str) -> list[Span]:
    """One span per non-empty line, without the spaces around it."""
    out = []
    for match in _LINE.finditer(text):
        line = match.group(0)
        stripped = line.strip(_EDGE_SPACE)
        if stripped:
            start = match.start() + len(line) - len(line.lstrip(_EDGE_SPACE))
            out.append(Span(start, start + len(stripped)))
    return out


def _heading_hints(
    source: Source, textmap: TextMap, paragraphs: list[Span], title: Span | None
) -> dict[int, int]:
    """Container heading levels (by original line) → paragraph index; the title is no heading."""
    if not source.heading_levels:
        return {}
    hints = {}
    for index, para in enumerate(paragraphs):
        if title is not None and para.overlaps(title):
            continue
        line = source.position(textmap.starts[para.start]).line - 1
        if line in source.heading_levels:
            hints[index] = source.heading_levels[line]
    return hints


def document_from_text(text: str, path: str = "<text>") -> Document:
    """Convenience for tests and rule examples: a document from a plain string."""
    lines = re.split(r"\r\n|\r|\n", text)
    return build_document(Source(path=path, lines=lines, format="text", encoding="utf-8"))
