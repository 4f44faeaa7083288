"""The same report in every encoding and as .docx reads to the same lines and document."""

from __future__ import annotations

import re

import pytest

from lint.document import build_document
from lint.offsets import Source
from lint.sources import read_bytes

from .helpers import make_docx, weibin_text

ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-be-bom"]


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-be-bom":
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode(encoding)


@pytest.fixture(scope="module")
def expected_lines() -> list[str]:
    return re.split(r"\r\n|\r|\n", weibin_text())


@pytest.fixture(scope="module")
def docx_source(expected_lines: list[str]) -> Source:
    data = make_docx([line for line in expected_lines if line.strip()])
    return read_bytes(data, "weibin.docx", suffix=".docx")


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_weibin_encodings_give_the_same_lines(encoding: str, expected_lines: list[str]) -> None:
    source = read_bytes(_encode(weibin_text(), encoding), "weibin.txt", suffix=".txt")
    assert source.lines == expected_lines


def test_weibin_docx_gives_the_same_non_empty_lines(
    docx_source: Source, expected_lines: list[str]
) -> None:
    assert docx_source.lines == [line for line in expected_lines if line.strip()]


def _summary(source: Source) -> tuple[object, ...]:
    doc = build_document(source)
    meta = doc.meta
    sections = [(s.number, s.title, s.level, s.part) for s in doc.sections]
    return (meta.title, meta.report_year, meta.issuer, meta.level, meta.published, sections)


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16"])
def test_weibin_encodings_give_the_same_document(encoding: str) -> None:
    utf8 = read_bytes(weibin_text().encode(), "weibin.txt")
    other = read_bytes(_encode(weibin_text(), encoding), "weibin.txt")
    assert _summary(other) == _summary(utf8)


def test_weibin_docx_gives_the_same_document(docx_source: Source) -> None:
    utf8 = read_bytes(weibin_text().encode(), "weibin.txt")
    assert _summary(docx_source) == _summary(utf8)
