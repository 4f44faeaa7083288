"""Helpers for reader tests: .docx (python-docx) and .pdf (reportlab) builders, error checks."""

from __future__ import annotations

import datetime
import io
from collections.abc import Sequence
from pathlib import Path

import pytest

from lint.errors import InputError
from lint.sources import read_bytes

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "fixtures" / "reports"
INPUTS = ROOT / "fixtures" / "inputs"


def weibin_text() -> str:
    return (REPORTS / "weibin-2024.txt").read_text(encoding="utf-8")


def make_docx(
    paragraphs: Sequence[str | tuple[str, int]] = (),
    *,
    table: Sequence[Sequence[str]] | None = None,
    after_table: Sequence[str] = (),
    title: str | None = None,
    created: datetime.datetime | None = None,
) -> bytes:
    """A .docx: paragraphs (a ``(text, level)`` pair is a heading), then a table, then more."""
    import docx

    document = docx.Document()
    if title is not None:
        document.core_properties.title = title
    if created is not None:
        document.core_properties.created = created
    for item in paragraphs:
        if isinstance(item, tuple):
            document.add_heading(item[0], level=item[1])
        else:
            document.add_paragraph(item)
    if table is not None:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    for text in after_table:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_pdf(pages: Sequence[Sequence[str]]) -> bytes:
    """A PDF whose pages draw the given lines in the built-in CID font STSong-Light."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for lines in pages:
        pdf.setFont("STSong-Light", 11)
        for index, line in enumerate(lines):
            pdf.drawString(40, 800 - 16 * index, line)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def read_error(data: bytes, display: str = "报告.txt", **kwargs: object) -> InputError:
    """The ``InputError`` reading ``data`` raises; its message must name the file in Chinese."""
    suffix = kwargs.pop("suffix", Path(display).suffix)
    with pytest.raises(InputError) as caught:
        read_bytes(data, display, suffix=str(suffix), **kwargs)  # type: ignore[arg-type]
    assert_actionable(caught.value, display)
    return caught.value


def assert_actionable(error: InputError, display: str) -> None:
    """Names the file, is Chinese, and says what to do (请/需/可 ...)."""
    assert error.message.startswith(f"{display}: ")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in error.message)
    assert any(word in error.message for word in ("请", "需", "可用")), error.message
