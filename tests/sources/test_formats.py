"""Sniffing by content: formats fzlint refuses, and what the user is told to do."""

from __future__ import annotations

import gzip
import io
import zipfile

import pytest

from lint.sources import read_bytes

from .helpers import read_error

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
SAVE_AS = "请用 Word 或 WPS 另存为 .docx 后再检查"


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


XLSX_TYPES = b'<Types><Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'  # noqa: E501


@pytest.mark.parametrize(
    ("display", "data", "says"),
    [
        pytest.param("旧版.doc", OLE, SAVE_AS, id="unsupported-format.doc"),
        pytest.param("旧版.wps", OLE, SAVE_AS, id="unsupported-format.wps"),
        pytest.param("表格.xls", OLE, SAVE_AS, id="unsupported-format.xls"),
        pytest.param("改名.txt", OLE, SAVE_AS, id="unsupported-format.doc-named-txt"),
        pytest.param("改名.docx", OLE, SAVE_AS, id="unsupported-format.doc-named-docx"),
        pytest.param("a.rtf", rb"{\rtf1\ansi \u27491?}", SAVE_AS, id="unsupported-format.rtf"),
        pytest.param("a.png", b"\x89PNG\r\n\x1a\n\x00\x00", "OCR", id="unsupported-format.png"),
        pytest.param("a.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "OCR", id="unsupported-format.jpeg"),
        pytest.param("a.gif", b"GIF89a\x01\x00", "OCR", id="unsupported-format.gif"),
        pytest.param("a.tif", b"II*\x00\x08\x00", "OCR", id="unsupported-format.tiff"),
        pytest.param(
            "a.bmp",
            b"BM\x36\x00\x0c\x00" + b"\x00" * 4 + b"\x36\x00\x00\x00\x28\x00",
            "OCR",
            id="unsupported-format.bmp",
        ),
        pytest.param("a.gz", gzip.compress("正文".encode()), "解压", id="unsupported-format.gzip"),
        pytest.param("a.rar", b"Rar!\x1a\x07\x01\x00", "解压", id="unsupported-format.rar"),
        pytest.param("a.7z", b"7z\xbc\xaf\x27\x1c\x00\x04", "解压", id="unsupported-format.7z"),
        pytest.param(
            "a.zip", _zip({"报告.txt": "正文".encode()}), "解压", id="unsupported-format.zip"
        ),
        pytest.param(
            "表.docx",
            _zip({"[Content_Types].xml": XLSX_TYPES, "xl/workbook.xml": b"<x/>"}),
            "另存为 .docx",
            id="unsupported-format.xlsx-named-docx",
        ),
        pytest.param("a.exe", b"MZ\x90\x00\x03\x00\x00\x00", "选错", id="unsupported-format.exe"),
        pytest.param("a", b"\x7fELF\x02\x01\x01\x00", "选错", id="unsupported-format.elf"),
    ],
)
def test_unsupported_formats(display: str, data: bytes, says: str) -> None:
    error = read_error(data, display)
    assert error.code == "unsupported-format"
    assert says in error.message


def test_password_protected_docx_is_encrypted() -> None:
    data = OLE + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64
    assert read_error(data, "加密.docx").code == "encrypted"


def test_damaged_zip_is_corrupt() -> None:
    data = b"PK\x03\x04" + b"\x14\x00" * 40
    assert read_error(data, "坏.docx").code == "corrupt"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("BMW汽车销售报告", id="text.starts-with-BM"),
        pytest.param("MZ市法治政府建设报告", id="text.starts-with-MZ"),
        pytest.param("BZh91AY 不是压缩包", id="text.starts-with-BZh"),
    ],
)
def test_text_that_begins_like_a_magic_number_is_text(text: str) -> None:
    assert read_bytes(text.encode(), "a.txt").lines == [text]
