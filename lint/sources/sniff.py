"""Content sniffing: what a byte string really is, whatever its file name says.

``sniff`` looks only at magic numbers and, for ZIP archives, at the member list. It never
raises: a damaged archive is reported as ``Kind("zip-damaged")`` for the caller to map.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a ZIP package is met (never for plain text)
    import zipfile

# (magic, offset, kind, label) — checked in order; the first match wins.
_MAGIC: tuple[tuple[bytes, int, str, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "ole", "OLE 复合文档"),
    (b"\x89PNG\r\n\x1a\n", 0, "image", "PNG 图片"),
    (b"\xff\xd8\xff", 0, "image", "JPEG 图片"),
    (b"GIF87a", 0, "image", "GIF 图片"),
    (b"GIF89a", 0, "image", "GIF 图片"),
    (b"II*\x00", 0, "image", "TIFF 图片"),
    (b"MM\x00*", 0, "image", "TIFF 图片"),
    (b"BM", 0, "image-bmp", "BMP 图片"),
    (b"RIFF", 0, "image-riff", "RIFF 媒体文件"),
    (b"\x1f\x8b", 0, "archive", "GZIP 压缩包"),
    (b"Rar!\x1a\x07", 0, "archive", "RAR 压缩包"),
    (b"7z\xbc\xaf\x27\x1c", 0, "archive", "7z 压缩包"),
    (b"BZh", 0, "archive-bz2", "BZIP2 压缩包"),
    (b"\xfd7zXZ\x00", 0, "archive", "XZ 压缩包"),
    (b"ustar", 257, "archive", "TAR 归档"),
    (b"MZ", 0, "binary-mz", "Windows 可执行文件"),
    (b"\x7fELF", 0, "binary", "ELF 可执行文件"),
    (b"\xcf\xfa\xed\xfe", 0, "binary", "Mach-O 可执行文件"),
    (b"\xca\xfe\xba\xbe", 0, "binary", "Java/Mach-O 二进制文件"),
    (b"\x00asm", 0, "binary", "WebAssembly 二进制文件"),
    (b"SQLite format 3\x00", 0, "binary", "SQLite 数据库"),
    (b"{\\rtf", 0, "rtf", "RTF 文档"),
    (b"PK\x03\x04", 0, "zip", "ZIP 压缩包"),
    (b"PK\x05\x06", 0, "zip", "ZIP 压缩包"),
)
_PDF_WINDOW = 1024  # the PDF header may follow some junk (the spec allows it in 1 KB)
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta")
# Content types of the main part of the OOXML/ODF packages people mistake for .docx.
_OOXML = {
    "wordprocessingml.document.main": ("docx", "Word 文档"),
    "wordprocessingml.template.main": ("docx", "Word 模板"),
    "ms-word.document.macroEnabled.main": ("docx", "Word 文档（含宏）"),
    "spreadsheetml": ("office-other", "Excel 表格"),
    "presentationml": ("office-other", "PowerPoint 演示文稿"),
}


@dataclass(frozen=True)
class Kind:
    """What the bytes are: ``name`` drives the reader choice, ``label`` is for messages."""

    name: str  # text, html, pdf, docx, zip, zip-damaged, ole, image, archive, binary, ...
    label: str = ""


def sniff(data: bytes) -> Kind:
    """The kind of content by magic numbers; plain bytes are ``text`` (or ``html``)."""
    for magic, offset, name, label in _MAGIC:
        if data[offset : offset + len(magic)] == magic and _confirm(name, data):
            return _zip_kind(data) if name == "zip" else Kind(_base(name), label)
    if b"%PDF-" in data[:_PDF_WINDOW]:
        return Kind("pdf", "PDF 文档")
    if _looks_like_html(data):
        return Kind("html", "HTML 网页")
    return Kind("text")


def _base(name: str) -> str:
    return name.split("-")[0]


def _confirm(name: str, data: bytes) -> bool:
    """Short magics (BM, BZh, RIFF) also begin ordinary text; ask for more evidence."""
    if name == "image-bmp":  # "BM" + file size + 4 reserved zero bytes
        return len(data) >= 14 and data[6:10] == b"\x00\x00\x00\x00"
    if name == "image-riff":
        return data[8:12] in (b"WEBP", b"AVI ", b"WAVE")
    if name == "binary-mz":  # DOS header: binary fields, not text that happens to say "MZ"
        return b"\x00" in data[2:64]
    if name == "archive-bz2":
        return data[3:4].isdigit() and data[4:10] == b"1AY&SY"
    return True


def _looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml"):
        return b"<html" in data[:2048].lower()
    return head.startswith(_HTML_STARTS)


def _zip_kind(data: bytes) -> Kind:
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            types = _read_small(archive, "[Content_Types].xml")
            mimetype = _read_small(archive, "mimetype")
    except Exception:  # zipfile raises many types on damaged archives; all mean "damaged"
        return Kind("zip-damaged", "ZIP 压缩包")
    for marker, (name, label) in _OOXML.items():
        if marker in types:
            return Kind(name, label)
    if "word/document.xml" in names:
        return Kind("docx", "Word 文档")
    if mimetype.startswith("application/vnd.oasis.opendocument"):
        return Kind("office-other", "OpenDocument 文档（.odt/.ods）")
    return Kind("archive", "ZIP 压缩包")


def _read_small(archive: zipfile.ZipFile, name: str, limit: int = 1 << 16) -> str:
    """A small member as text ('' when absent, too big, or unreadable)."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return ""
    if info.file_size > limit:
        return ""
    try:
        return archive.read(info).decode("utf-8", errors="replace")
    except Exception:  # damaged, encrypted or oddly compressed member: not evidence
        return ""


def ole_is_encrypted_ooxml(data: bytes) -> bool:
    """An OLE container holding an ``EncryptedPackage`` is a password-protected .docx."""
    return "EncryptedPackage".encode("utf-16-le") in data[: 1 << 20]
