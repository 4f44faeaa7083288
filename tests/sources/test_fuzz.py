"""Fuzz: no byte string makes a reader fail with anything but an ``InputError``."""

from __future__ import annotations

import contextlib
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint import sources
from lint.errors import InputError
from lint.offsets import Source

from .helpers import make_docx, make_pdf

SUFFIXES = ["", ".txt", ".md", ".docx", ".html", ".pdf", ".doc"]
PREFIXES = [
    b"",
    b"PK\x03\x04",
    b"%PDF-1.4\n",
    b"<!DOCTYPE html><html><body>",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
]
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DOCX = make_docx(["某县2023年度法治政府建设工作报告", "正文"], table=[["甲", "乙"]])
PDF = make_pdf([["某县2023年度法治政府建设工作报告", "正文"]])


def _read(data: bytes, suffix: str) -> None:
    """Call the dispatcher directly: the catch-all in ``read_bytes`` must not be needed."""
    try:
        source = sources._dispatch(data, "fuzz" + suffix, suffix, sources.DEFAULT_MAX_BYTES)
    except InputError as exc:
        assert exc.code and exc.message.startswith("fuzz")
        return
    assert isinstance(source, Source)
    assert not any("\n" in line or "\r" in line for line in source.lines)


@FUZZ
@given(st.sampled_from(PREFIXES), st.binary(max_size=2000), st.sampled_from(SUFFIXES))
def test_arbitrary_bytes(prefix: bytes, data: bytes, suffix: str) -> None:
    _read(prefix + data, suffix)
    with contextlib.suppress(InputError):
        sources.read_bytes(prefix + data, "fuzz" + suffix, suffix=suffix)


@FUZZ
@given(st.text(max_size=500), st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_arbitrary_text(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:  # lone surrogates
        return
    _read(data, ".txt")
    _read(data, ".html")


def _mutate(data: bytes, seed: int, flips: int) -> bytes:
    rng = random.Random(seed)
    buffer = bytearray(data)
    for _ in range(flips):
        buffer[rng.randrange(len(buffer))] = rng.randrange(256)
    return bytes(buffer[: rng.randrange(len(buffer) // 2, len(buffer) + 1)])


@FUZZ
@given(st.integers(0, 2**32), st.integers(1, 20), st.sampled_from([".docx", ".txt"]))
def test_damaged_docx(seed: int, flips: int, suffix: str) -> None:
    _read(_mutate(DOCX, seed, flips), suffix)


@FUZZ
@given(st.integers(0, 2**32), st.integers(1, 20), st.sampled_from([".pdf", ""]))
def test_damaged_pdf(seed: int, flips: int, suffix: str) -> None:
    _read(_mutate(PDF, seed, flips), suffix)
