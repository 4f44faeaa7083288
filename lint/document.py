"""Source → Document: normalize, find paragraphs, sections, parts and metadata."""

from __future__ import annotations

import re

from lint.meta import extract_meta
from lint.model import Document, Source, Span
from lint.normalize import normalize
from lint.structure import find_parts, find_sections

_LINE = re.compile(r"[^\n]+")


def build_document(source: Source) -> Document:
    normalized = normalize(source)
    text = normalized.textmap.text
    paragraphs = [Span(m.start(), m.end()) for m in _LINE.finditer(text) if m.group(0).strip()]
    sections = find_sections(text, paragraphs)
    parts = find_parts(text, paragraphs, sections)
    meta = extract_meta(text, source.container_meta)
    meta.script = normalized.script
    return Document(
        source=source,
        textmap=normalized.textmap,
        meta=meta,
        sections=sections,
        parts=parts,
        paragraphs=paragraphs,
        repairs=normalized.repairs,
    )


def document_from_text(text: str, path: str = "<text>") -> Document:
    """Convenience for tests and rule examples: a document from a plain string."""
    lines = re.split(r"\r\n|\r|\n", text)
    return build_document(Source(path=path, lines=lines, format="text", encoding="utf-8"))
