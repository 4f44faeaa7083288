"""Word .docx: body and table-cell paragraphs in reading order, heading levels, core properties.

The archive is measured with ``zipfile`` before python-docx parses anything, so a zip bomb
is refused (``zip-bomb``) without being inflated. One ``Source`` line per paragraph (a soft
line break inside a paragraph starts a new line too); table cells are read row by row.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from lint.errors import InputError
from lint.offsets import Source

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAX_MEMBERS = 10_000
_ABSOLUTE_LIMIT = 200 * 1024 * 1024  # uncompressed bytes, whatever --max-size says
_EXPANSION = 20  # uncompressed total may be this many times the size limit
_HEADING_NAME = re.compile(r"(?:heading|标题)\s*([1-9])", re.IGNORECASE)
_CONTAINERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "smartTag"}
_TEXT_TAGS = (W + "t", W + "tab", W + "br", W + "cr", W + "noBreakHyphen")
_SKIP_ANCESTORS = {W + "moveFrom", W + "del", W + "p", W + "txbxContent"}
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def read_docx(data: bytes, display: str, *, max_bytes: int) -> Source:
    check_zip_bomb(data, display, max_bytes=max_bytes)
    document = _open(data, display)
    styles = _style_levels(document)
    lines: list[str] = []
    levels: dict[int, int] = {}
    for p in _paragraphs(document.element.body):
        level = _paragraph_level(p, styles)
        if level is not None:
            levels[len(lines)] = level
        lines.extend(_LINE_BREAK.split(paragraph_text(p)))
    if not any(line.strip() for line in lines):
        raise InputError(f"{display}: Word 文档中没有任何文字。请确认选对了文件", code="empty")
    meta = _core_meta(document)
    return Source(display, lines, "docx", container_meta=meta, heading_levels=levels)


def check_zip_bomb(data: bytes, display: str, *, max_bytes: int) -> None:
    """Refuse archives whose declared uncompressed size is out of proportion (before parsing).

    ``zipfile`` stops inflating a member at its declared size, so the declared sizes bound
    what python-docx can ever inflate.
    """
    limit = min(_EXPANSION * max_bytes, _ABSOLUTE_LIMIT)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except Exception:  # zipfile raises several types on damaged archives
        raise _corrupt(display) from None
    total = sum(info.file_size for info in infos)
    if len(infos) > _MAX_MEMBERS or total > limit:
        raise InputError(
            f"{display}: 解压后的内容过大（{len(infos)} 个部件，共 {total} 字节，"
            f"上限 {limit} 字节），疑为压缩炸弹，已拒绝读取。请确认文件来源，"
            "或用 Word/WPS 打开后重新另存为 .docx",
            code="zip-bomb",
        )


def _open(data: bytes, display: str) -> Any:
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except Exception:  # python-docx, zipfile and lxml errors all mean a damaged package
        raise _corrupt(display) from None


def _corrupt(display: str) -> InputError:
    return InputError(
        f"{display}: Word 文档已损坏，无法解析。请用 Word 或 WPS 打开并重新另存为 .docx 后再检查",
        code="corrupt",
    )


def _paragraphs(container: Any) -> Iterator[Any]:
    """``w:p`` elements in reading order: body paragraphs and table cells, row by row."""
    for child in container.iterchildren():
        tag = child.tag
        if tag == W + "p":
            yield child
        elif tag == W + "tbl":
            for row in child.iterchildren(W + "tr"):
                for cell in row.iterchildren(W + "tc"):
                    yield from _paragraphs(cell)
        elif tag in _CONTAINERS:
            yield from _paragraphs(child)


def paragraph_text(p: Any) -> str:
    """The visible text of one paragraph (tracked deletions and nested text boxes left out)."""
    parts: list[str] = []
    for element in p.iter(*_TEXT_TAGS):
        if _skipped(element, p):
            continue
        tag = element.tag
        if tag == W + "t":
            parts.append(element.text or "")
        elif tag == W + "tab":
            parts.append("\t")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
        elif tag == W + "cr" or element.get(W + "type") in (None, "textWrapping"):
            parts.append("\n")
    return "".join(parts)


def _skipped(element: Any, p: Any) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not p:
        if parent.tag in _SKIP_ANCESTORS:
            return True
        parent = parent.getparent()
    return False


def _style_levels(document: Any) -> dict[str, int]:
    """Paragraph style id → heading level, from the style name or its outline level."""
    by_id = {s.get(W + "styleId"): s for s in document.styles.element.iterchildren(W + "style")}
    levels: dict[str, int] = {}
    for style_id in by_id:
        level = _style_level(style_id, by_id)
        if level is not None:
            levels[style_id] = level
    return levels


def _style_level(style_id: str, by_id: dict[str, Any]) -> int | None:
    seen: set[str] = set()
    while style_id in by_id and style_id not in seen:
        seen.add(style_id)
        style = by_id[style_id]
        name = _attr(style, "name")
        match = _HEADING_NAME.fullmatch((name or "").strip())
        if match:
            return int(match.group(1))
        outline = _outline_level(style)
        if outline is not None:
            return outline
        style_id = _attr(style, "basedOn") or ""
    return None


def _paragraph_level(p: Any, styles: dict[str, int]) -> int | None:
    level = _outline_level(p)
    if level is not None:
        return level
    style_id = _attr(p.find(W + "pPr"), "pStyle")
    return styles.get(style_id or "")


def _outline_level(element: Any) -> int | None:
    """``w:outlineLvl`` 0..8 is heading level 1..9; 9 means body text."""
    value = _attr(element.find(W + "pPr"), "outlineLvl")
    if value is None or not value.isdigit() or int(value) > 8:
        return None
    return int(value) + 1


def _attr(parent: Any, child: str) -> str | None:
    """The ``w:val`` of ``parent``'s child element ``w:<child>``."""
    if parent is None:
        return None
    element = parent.find(W + child)
    return None if element is None else element.get(W + "val")


def _core_meta(document: Any) -> dict[str, Any]:
    """Core properties: title, author, created, modified (dates as ``YYYY-MM-DD``)."""
    meta: dict[str, Any] = {}
    try:
        props = document.core_properties
        values = {
            "title": props.title,
            "author": props.author,
            "created": props.created,
            "modified": props.modified,
        }
    except Exception:  # a damaged core.xml only costs the metadata
        return meta
    for key, value in values.items():
        if isinstance(value, (datetime, date)):
            meta[key] = value.strftime("%Y-%m-%d")
        elif isinstance(value, str) and value.strip():
            meta[key] = value.strip()
    return meta
