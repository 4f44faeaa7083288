"""PDF: the text layer (pypdf), page by page, one ``Source`` line per extracted line.

A PDF whose pages carry no text (a scan) is ``no-text-layer``; a password-protected one is
``encrypted``; anything pypdf cannot parse is ``corrupt``. pypdf's warnings and log records
are silenced while reading, so nothing reaches standard error.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from lint.errors import InputError
from lint.offsets import Source
from lint.sources.htmlmeta import iso_date
from lint.sources.text import LINE_BREAK


def read_pdf(data: bytes, display: str) -> Source:
    with _quiet():
        reader = _open(data, display)
        texts = _page_texts(reader, display)
        meta = _pdf_meta(reader)
    if not texts:
        raise InputError(f"{display}: PDF 没有任何页面。请确认选对了文件", code="empty")
    if not any(text.strip() for text in texts):
        raise InputError(
            f"{display}: PDF 没有文字层（可能是扫描件或图片），无法检查。"
            "需先进行文字识别（OCR），或提供报告的 .docx/.txt 版本",
            code="no-text-layer",
        )
    lines = [line for text in texts for line in LINE_BREAK.split(text.rstrip("\r\n"))]
    meta["pages"] = len(texts)
    return Source(display, lines, "pdf", container_meta=meta)


@contextmanager
def _quiet() -> Iterator[None]:
    logger = logging.getLogger("pypdf")  # the parent of every pypdf module's logger
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _open(data: bytes, display: str) -> Any:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
    except Exception:  # pypdf raises many types on damaged files
        raise _corrupt(display) from None
    if encrypted and not _decrypt(reader):
        raise InputError(
            f"{display}: PDF 已加密（需要密码），无法读取文字。"
            "请用原程序去除密码后重新导出 PDF，或提供报告的 .docx/.txt 版本",
            code="encrypted",
        )
    return reader


def _decrypt(reader: Any) -> bool:
    """Many PDFs are encrypted with an empty user password (restrictions only)."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # wrong password, unsupported algorithm, missing crypto library
        return False


def _page_texts(reader: Any, display: str) -> list[str]:
    try:
        return [page.extract_text() or "" for page in reader.pages]
    except Exception:  # damaged page trees, content streams or fonts
        raise _corrupt(display) from None


def _corrupt(display: str) -> InputError:
    return InputError(
        f"{display}: PDF 文件已损坏，无法解析。请用 PDF 阅读器打开确认，重新导出后再检查，"
        "或提供报告的 .docx/.txt 版本",
        code="corrupt",
    )


def _pdf_meta(reader: Any) -> dict[str, Any]:
    """Document information: title, author, created, modified (not a publication date)."""
    meta: dict[str, Any] = {}
    try:
        info = reader.metadata or {}
        values = {
            "title": info.get("/Title"),
            "author": info.get("/Author"),
            "created": info.get("/CreationDate"),
            "modified": info.get("/ModDate"),
        }
    except Exception:  # a damaged info dictionary only costs the metadata
        return meta
    for key, value in values.items():
        text = str(value).strip() if value is not None else ""
        if key in ("created", "modified"):
            text = _pdf_date(text) or ""
        if text:
            meta[key] = text
    return meta


def _pdf_date(value: str) -> str | None:
    """``D:20240228144100+08'00'`` → ``2024-02-28``."""
    digits = value.removeprefix("D:")[:8]
    if len(digits) == 8 and digits.isdigit():
        return iso_date(f"{digits[:4]}-{digits[4:6]}-{digits[6:]}")
    return None
