"""Readers: the bytes of one input become a ``Source`` (original lines + container metadata).

The reader is chosen by sniffing the content as well as the extension (``lint.sources.sniff``):
a ``.txt`` that is really a Word file is read as one; a ``.docx`` that is not a ZIP package is
refused. Readers: ``text`` (.txt, .md; UTF-8 ± BOM, UTF-16/32 with BOM, GB18030/GBK,
charset-normalizer), ``docx`` (python-docx), ``html`` (lxml), ``pdf`` (pypdf).

Nothing here writes to an input. Every failure is an ``InputError`` whose message (Chinese)
names the file and says what to do, with one of these stable codes:

``not-found``           the path does not exist
``unreadable``          no permission, a directory or device instead of a file, an I/O error
``unsupported-format``  .doc/.wps/.xls (OLE2), RTF, images, archives, executables, other binaries
``decode-failed``       text in no encoding fzlint can recognise
``too-large``           larger than the size limit (``max_bytes``, ``--max-size``)
``empty``               no bytes, or only whitespace (also a document without any text)
``nul-bytes``           a text file containing NUL bytes (and not UTF-16)
``zip-bomb``            a .docx whose declared uncompressed size is out of proportion
``corrupt``             a damaged .docx/.pdf/.html that its library cannot parse
``encrypted``           a password-protected .pdf or .docx
``no-text-layer``       a PDF without text (a scan): it needs OCR first
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from lint.errors import InputError
from lint.offsets import Source
from lint.sources.sniff import Kind, ole_is_encrypted_ooxml, sniff

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_MARKDOWN = {".md", ".markdown"}
_HTML = {".html", ".htm", ".xhtml", ".shtml"}
_SAVE_AS_DOCX = "请用 Word 或 WPS 另存为 .docx 后再检查"


def read_path(path: Path, display: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read one file into a ``Source``; ``display`` is the path as the user gave it."""
    data = _read_file(path, display, max_bytes)
    return read_bytes(data, display, suffix=path.suffix.lower(), max_bytes=max_bytes)


def read_bytes(
    data: bytes, display: str, *, suffix: str = "", max_bytes: int = DEFAULT_MAX_BYTES
) -> Source:
    """Decode the bytes of one input (a file or standard input) with the fitting reader."""
    if len(data) > max_bytes:
        raise _too_large(display, len(data), max_bytes)
    if not data.strip():
        raise InputError(f"{display}: 文件为空（没有任何文字）。请确认选对了文件", code="empty")
    try:
        return _dispatch(data, display, suffix.lower(), max_bytes)
    except InputError:
        raise
    except Exception as exc:  # last line of defence: a library failed in a way not foreseen
        raise InputError(
            f"{display}: 文件无法解析（{type(exc).__name__}），可能已损坏。"
            "请用原程序打开确认，重新保存后再检查",
            code="corrupt",
        ) from None


def _read_file(path: Path, display: str, max_bytes: int) -> bytes:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise _unreadable(display, "这是一个目录，不是文件。请给出报告文件的路径")
        if not stat.S_ISREG(info.st_mode):
            raise _unreadable(display, "不是普通文件（设备、管道等）。请给出报告文件的路径")
        with open(path, "rb") as handle:
            data = _read_at_most(handle, info.st_size, max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{display}: 文件不存在。请检查路径是否正确", code="not-found") from None
    except PermissionError:
        raise _unreadable(display, "没有读取权限。请检查文件权限") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise _unreadable(display, f"读取失败（{reason}）。请检查文件和磁盘") from None
    if len(data) > max_bytes:
        raise _too_large(display, os.path.getsize(path), max_bytes)
    return data


def _read_at_most(handle: BinaryIO, size: int, limit: int) -> bytes:
    """``handle.read(limit)`` without a buffer of ``limit`` bytes for a small file: its
    stated size plus one byte first, the rest (up to ``limit``) only if it has grown."""
    data = handle.read(min(size + 1, limit))
    if len(data) > size and len(data) < limit:
        data += handle.read(limit - len(data))
    return data


def _unreadable(display: str, reason: str) -> InputError:
    return InputError(f"{display}: 无法读取：{reason}", code="unreadable")


def _too_large(display: str, size: int, max_bytes: int) -> InputError:
    return InputError(
        f"{display}: 文件大小 {size} 字节，超过上限 {max_bytes} 字节。"
        "确属报告的，可用 --max-size 调高上限",
        code="too-large",
    )


def _dispatch(data: bytes, display: str, suffix: str, max_bytes: int) -> Source:
    kind = sniff(data)
    if kind.name == "docx":
        from lint.sources.docx import read_docx

        return read_docx(data, display, max_bytes=max_bytes)
    if kind.name == "pdf":
        from lint.sources.pdf import read_pdf

        return read_pdf(data, display)
    if kind.name != "text" and kind.name != "html":
        raise _refuse(kind, display, data)
    if suffix == ".docx" or suffix == ".pdf":
        raise _not_what_it_says(display, suffix)
    if kind.name == "html" or suffix in _HTML:
        from lint.sources.html import read_html

        return read_html(data, display)
    from lint.sources.text import read_text

    return read_text(data, display, fmt="markdown" if suffix in _MARKDOWN else "text")


def _refuse(kind: Kind, display: str, data: bytes) -> InputError:
    """An ``InputError`` for content fzlint does not read, with what to do instead."""
    if kind.name == "zip-damaged":
        return InputError(
            f"{display}: 文件是损坏的 ZIP/Word 压缩包，无法解析。{_SAVE_AS_DOCX}", code="corrupt"
        )
    if kind.name == "ole" and ole_is_encrypted_ooxml(data):
        return InputError(
            f"{display}: Word 文档已加密（需要密码）。"
            "请在 Word 或 WPS 中取消密码后另存为 .docx 再检查",
            code="encrypted",
        )
    advice = {
        "ole": "这是旧版 Word/WPS/Excel 文件（.doc/.wps/.xls），fzlint 无法直接读取。"
        + _SAVE_AS_DOCX,
        "rtf": f"这是 RTF 文档，fzlint 无法直接读取。{_SAVE_AS_DOCX}",
        "office-other": f"这是{kind.label}，不是 Word 文档。"
        "请把报告正文另存为 .docx 或 .txt 后再检查",
        "image": f"这是{kind.label}，不含可检查的文字。需先进行文字识别（OCR），"
        "或提供报告的 .docx/.txt 版本",
        "archive": f"这是{kind.label}。请先解压，再检查其中的报告文件",
    }.get(kind.name, f"这是{kind.label or '二进制文件'}，不是报告文件。请检查是否选错了文件")
    return InputError(f"{display}: {advice}", code="unsupported-format")


def _not_what_it_says(display: str, suffix: str) -> InputError:
    what = "Word 文档（ZIP 包）" if suffix == ".docx" else "PDF（缺少 %PDF 文件头）"
    return InputError(
        f"{display}: 扩展名是 {suffix}，但内容不是有效的{what}，文件可能已损坏或扩展名有误。"
        "请用原程序打开确认并重新保存后再检查",
        code="corrupt",
    )
