"""Readers: bytes of one input become a ``Source`` (original lines + container metadata).

The reader is chosen by sniffing the content as well as the extension. Every failure is an
``InputError`` with a stable code; nothing here writes to the input.
"""

from __future__ import annotations

from pathlib import Path

from lint.errors import InputError
from lint.model import Source

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def read_path(path: Path, display: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read one file into a ``Source``; ``display`` is the path as the user gave it."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{display}: 文件不存在", code="not-found") from None
    except OSError as exc:
        raise InputError(f"{display}: 无法读取（{exc.strerror}）", code="unreadable") from None
    if size > max_bytes:
        raise InputError(
            f"{display}: 文件大小 {size} 字节，超过上限 {max_bytes} 字节（可用 --max-size 调整）",
            code="too-large",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{display}: 无法读取（{exc.strerror}）", code="unreadable") from None
    return read_bytes(data, display, suffix=path.suffix.lower(), max_bytes=max_bytes)


def read_bytes(
    data: bytes, display: str, *, suffix: str = "", max_bytes: int = DEFAULT_MAX_BYTES
) -> Source:
    """Decode the bytes of one input (a file or standard input)."""
    from lint.sources.text import read_text

    if not data:
        raise InputError(f"{display}: 文件为空", code="empty")
    if len(data) > max_bytes:
        raise InputError(f"{display}: 超过大小上限 {max_bytes} 字节", code="too-large")
    return read_text(data, display)
