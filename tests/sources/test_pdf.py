"""PDF: the text layer page by page; scans, encryption and damage are clear errors."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from lint.sources import read_bytes

from .helpers import make_pdf, read_error


def test_chinese_text_layer_page_by_page() -> None:
    # reportlab's built-in CID font STSong-Light: pypdf extracts the Chinese text.
    data = make_pdf(
        [["某县2023年度法治政府建设工作报告", "一、主要举措（2021—2025年）"], ["第二页"]]
    )
    source = read_bytes(data, "报告.pdf", suffix=".pdf")
    assert source.format == "pdf"
    assert source.lines == [
        "某县2023年度法治政府建设工作报告",
        "一、主要举措（2021—2025年）",
        "第二页",
    ]
    assert source.container_meta["pages"] == 2
    assert "published" not in source.container_meta


def test_pdf_content_named_txt_is_read_as_pdf() -> None:
    source = read_bytes(make_pdf([["正文"]]), "报告.txt", suffix=".txt")
    assert source.format == "pdf"
    assert source.lines == ["正文"]


def _drawing_only_pdf() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.rect(50, 50, 200, 300, fill=1)  # what a scanned page looks like to a text extractor
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_scan_without_text_layer() -> None:
    error = read_error(_drawing_only_pdf(), "扫描件.pdf")
    assert error.code == "no-text-layer"
    assert "OCR" in error.message


def _encrypted_pdf(user_password: str) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    encrypt = StandardEncryption(user_password, ownerPassword="owner", strength=40)
    pdf = canvas.Canvas(out, encrypt=encrypt)
    pdf.setFont("STSong-Light", 11)
    pdf.drawString(40, 800, "加密文档正文")
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_password_protected_pdf_is_encrypted() -> None:
    assert read_error(_encrypted_pdf("secret"), "加密.pdf").code == "encrypted"


def test_pdf_with_empty_user_password_is_read() -> None:
    source = read_bytes(_encrypted_pdf(""), "受限.pdf", suffix=".pdf")
    assert source.lines == ["加密文档正文"]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"%PDF-1.7\n1 0 obj garbage", id="corrupt.garbage"),
        pytest.param(make_pdf([["正文"]])[:300], id="corrupt.truncated"),
    ],
)
def test_corrupt_pdf_says_so_quietly(data: bytes, capfd: pytest.CaptureFixture[str]) -> None:
    assert read_error(data, "坏.pdf").code == "corrupt"
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")


def test_pdf_suffix_on_text_is_corrupt() -> None:
    assert read_error("不是PDF".encode(), "假的.pdf").code == "corrupt"
