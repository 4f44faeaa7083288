"""Plain text and Markdown: UTF-8 (with or without BOM), GB18030/GBK, UTF-16 with BOM."""

from __future__ import annotations

import re

from lint.errors import InputError
from lint.model import Source

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def read_text(data: bytes, display: str, *, fmt: str = "text") -> Source:
    text, encoding = decode(data, display)
    return Source(path=display, lines=_LINE_BREAK.split(text), format=fmt, encoding=encoding)


def decode(data: bytes, display: str) -> tuple[str, str]:
    """Cheap tries first (BOMs, strict UTF-8, strict GB18030); then charset-normalizer."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise InputError(f"{display}: 无法识别文件编码", code="decode-failed")
