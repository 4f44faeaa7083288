"""Plain text and Markdown: UTF-8 (with or without BOM), UTF-16/32 with BOM, GB18030/GBK.

Decoding: the BOM decides when there is one; otherwise strict UTF-8, then strict GB18030
(or Big5/cp950 when both fit and charset-normalizer prefers it), then UTF-8 with at most 1%
broken characters, then charset-normalizer among Chinese encodings, else ``decode-failed``.
Lines split on ``\\r\\n``, ``\\r`` and ``\\n`` only; their content is kept verbatim.
"""

from __future__ import annotations

import re
import unicodedata

from lint.errors import InputError
from lint.offsets import Source

LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Control bytes that do not occur in text files (tab, LF, VT, FF, CR, ESC, SUB are allowed).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 26, 27))
_BINARY_SAMPLE = 4096
_BINARY_SHARE = 0.10  # share of control bytes in the sample above which it is not text
_SUSPICIOUS_SHARE = 0.02  # share of unassigned/private/control characters a decoding may have
_DAMAGED_SHARE = 0.01  # share of broken characters tolerated in a UTF-8 file
# Encodings the detector may choose from: the ones Chinese documents are written in.
_DETECTABLE = ("utf_8", "gb18030", "cp950", "big5hkscs", "utf_16", "utf_32")
_PLAUSIBLE_SAMPLE = 100_000  # characters examined by ``plausible``
_MD_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]|$)")
_MD_FENCE = re.compile(r" {0,3}(```|~~~)")


def read_text(data: bytes, display: str, *, fmt: str = "text") -> Source:
    """Decode ``data`` and split it into lines; ``fmt`` is ``text`` or ``markdown``."""
    text, encoding = decode(data, display)
    if not text.strip().strip("\ufeff").strip():
        raise InputError(f"{display}: 文件没有任何文字（只有空白）。请确认选对了文件", code="empty")
    lines = split_lines(text)
    levels = markdown_headings(lines) if fmt == "markdown" else {}
    return Source(display, lines, fmt, encoding=encoding, heading_levels=levels)


def split_lines(text: str) -> list[str]:
    """``LINE_BREAK.split(text)``; ``str.split`` when there is no ``\r`` (the usual case)."""
    return LINE_BREAK.split(text) if "\r" in text else text.split("\n")


def decode(data: bytes, display: str) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was decoded with."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            # The BOM states the encoding; damaged bytes become U+FFFD (the normalizer reports it).
            return data.decode(encoding, errors="replace"), encoding
    if b"\x00" in data:
        return _utf16_without_bom(data, display)
    if looks_binary(data):
        raise InputError(
            f"{display}: 这是二进制文件，不是文本报告。请检查是否选错了文件，"
            "或把报告另存为 .docx 或 .txt 后再检查",
            code="unsupported-format",
        )
    return _decode_plain(data, display)


def looks_binary(data: bytes) -> bool:
    sample = data[:_BINARY_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > _BINARY_SHARE * len(sample)


def _decode_plain(data: bytes, display: str) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    found = _chinese_legacy(data) or _damaged_utf8(data) or _detect(data, _DETECTABLE)
    if found is not None:
        return found
    raise InputError(
        f"{display}: 无法识别文件编码（不是 UTF-8、GB18030/GBK、Big5 或带 BOM 的 UTF-16）。"
        "请用文本编辑器另存为 UTF-8 编码后再检查",
        code="decode-failed",
    )


def _chinese_legacy(data: bytes) -> tuple[str, str] | None:
    """Strict GB18030; Big5 bytes also decode as GB18030, so let the detector choose."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    if not plausible(text):
        return None
    try:
        big5 = data.decode("cp950")
    except UnicodeDecodeError:
        return text, "gb18030"
    guess = _detect(data, ("gb18030", "cp950"))
    return (big5, "cp950") if guess is not None and guess[1] == "cp950" else (text, "gb18030")


def _damaged_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few broken bytes: keep it, with U+FFFD where they were (reported later)."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    return (text, "utf-8") if broken <= _DAMAGED_SHARE * len(text) else None


def _detect(data: bytes, encodings: tuple[str, ...]) -> tuple[str, str] | None:
    """charset-normalizer's best guess among ``encodings``, if it yields plausible text."""
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(data, cp_isolation=list(encodings)).best()
        if best is None:
            return None
        text = str(best)
    except Exception:  # a detector failure just means "no guess"
        return None
    return (text, best.encoding) if text and plausible(text) else None


def _utf16_without_bom(data: bytes, display: str) -> tuple[str, str]:
    """NUL bytes: UTF-16 without a BOM if that decodes to text made of what reports are made
    of (CJK ideographs and punctuation, printable ASCII, line breaks), else an error.

    Nearly any even-length binary decodes as UTF-16 to *some* characters, so mere
    decodability says nothing; the character repertoire does."""
    if len(data) % 2 == 0:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _report_like(text):
                return text, encoding
    raise InputError(
        f"{display}: 文本文件中含有 NUL（\\0）字节，可能已损坏或并非文本文件。"
        "请用文本编辑器打开确认，另存为 UTF-8 编码后再检查",
        code="nul-bytes",
    )


def _report_like(text: str) -> bool:
    """At least 95% of the characters are CJK, CJK/full-width punctuation, Latin (pinyin
    damage brings tone marks) or white space; none is a control character; and there is a line
    break or a Chinese comma or full stop, as in any report."""
    sample = text[:_PLAUSIBLE_SAMPLE]
    if not sample or any(_suspicious(ch) for ch in sample):
        return False
    if not any(mark in sample for mark in "\n，。"):
        return False
    typical = sum(1 for ch in sample if _typical(ch))
    return typical >= 0.95 * len(sample)


def _typical(ch: str) -> bool:
    code = ord(ch)
    return (
        0x20 <= code < 0x7F
        or ch in "\t\n\r"
        or 0xA0 <= code <= 0x24F  # Latin-1 supplement, Latin extended A/B (pinyin tones)
        or 0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0x3000 <= code <= 0x303F  # CJK symbols and punctuation
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
        or 0x2010 <= code <= 0x206F  # general punctuation (dashes, quotes)
    )


def plausible(text: str) -> bool:
    """Few characters that real text does not contain (controls, private use, unassigned)."""
    sample = text[:_PLAUSIBLE_SAMPLE]
    bad = sum(1 for ch in sample if _suspicious(ch))
    return bad <= _SUSPICIOUS_SHARE * len(sample)


def _suspicious(ch: str) -> bool:
    if ch in "\t\n\r\f\v\x1a\x1b":
        return False
    return ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs")


def markdown_headings(lines: list[str]) -> dict[int, int]:
    """ATX headings (``#`` .. ``######``) outside fenced code blocks: {line index: level}."""
    levels: dict[int, int] = {}
    fence: str | None = None
    for index, line in enumerate(lines):
        opened = _MD_FENCE.match(line)
        if opened:
            fence = None if fence == opened.group(1) else (fence or opened.group(1))
            continue
        match = None if fence else _MD_HEADING.match(line)
        if match:
            levels[index] = len(match.group(1))
    return levels
