"""Text and Markdown: encodings, line splitting, Markdown headings, text-specific errors."""

from __future__ import annotations

import pytest

from lint.sources import read_bytes

from .helpers import read_error

SAMPLE = "渭滨区2024年度法治政府建设工作总结\r\n一、主要举措\r（一）加强领导，完成3项任务。\n"
SAMPLE_LINES = [
    "渭滨区2024年度法治政府建设工作总结",
    "一、主要举措",
    "（一）加强领导，完成3项任务。",
    "",
]


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        pytest.param(SAMPLE.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(SAMPLE.encode("utf-8-sig"), "utf-8-sig", id="utf-8-bom"),
        pytest.param(SAMPLE.encode("gb18030"), "gb18030", id="gb18030"),
        pytest.param(SAMPLE.encode("gbk"), "gb18030", id="gbk"),
        pytest.param(SAMPLE.encode("utf-16"), "utf-16", id="utf-16-bom"),
        pytest.param(b"\xfe\xff" + SAMPLE.encode("utf-16-be"), "utf-16", id="utf-16-be-bom"),
        pytest.param(SAMPLE.encode("utf-32"), "utf-32", id="utf-32-bom"),
    ],
)
def test_encodings_give_the_same_lines(encoded: bytes, encoding: str) -> None:
    source = read_bytes(encoded, "报告.txt", suffix=".txt")
    assert source.lines == SAMPLE_LINES
    assert source.encoding == encoding
    assert source.format == "text"


def test_utf16_without_bom_is_read_when_it_decodes_to_text() -> None:
    text = "2024年法治政府建设 report 123\n第二行"
    source = read_bytes(text.encode("utf-16-le"), "a.txt")
    assert source.lines == ["2024年法治政府建设 report 123", "第二行"]
    assert source.encoding == "utf-16-le"


def test_big5_traditional_text_is_not_misread_as_gbk() -> None:
    text = "澠池縣2023年度法治政府建設工作報告\n一、主要舉措和成效\n（一）堅持黨的領導，統籌推進依法行政。\n"  # noqa: E501
    source = read_bytes(text.encode("cp950"), "繁體.txt")
    assert source.lines == text.split("\n")
    assert source.encoding in ("cp950", "big5hkscs", "big5")


def test_a_few_broken_bytes_in_utf8_become_replacement_characters() -> None:
    body = ("法治政府建设工作" * 40).encode("utf-8")
    source = read_bytes(body[:30] + b"\xff" + body[30:], "damaged.txt")
    assert source.encoding == "utf-8"
    assert source.lines[0].count("\ufffd") == 1
    assert source.lines[0].replace("\ufffd", "") == "法治政府建设工作" * 40


def test_line_content_is_verbatim() -> None:
    text = "　　全角缩进，\t制表符  尾随空格  \n\x0c换页符不分行\u2028也不分行"
    source = read_bytes(text.encode("utf-8"), "a.txt")
    assert source.lines == ["　　全角缩进，\t制表符  尾随空格  ", "\x0c换页符不分行\u2028也不分行"]


def test_columns_count_code_points_on_original_lines() -> None:
    source = read_bytes("第一行\r\n𠀀二行".encode(), "a.txt")
    offset = source.text.index("二")
    assert (source.position(offset).line, source.position(offset).column) == (2, 2)


def test_markdown_heading_levels() -> None:
    lines = ["# 总标题", "正文", "## 一、举措", "####### 七个井号不算", "#没有空格不算"]
    lines += ["```", "# 代码块里不算", "```", "###### 六级"]
    text = "\n".join(lines)
    source = read_bytes(text.encode(), "report.md", suffix=".md")
    assert source.format == "markdown"
    assert source.heading_levels == {0: 1, 2: 2, 8: 6}
    assert source.lines[0] == "# 总标题"  # nothing stripped


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"", id="empty.no-bytes"),
        pytest.param(b" \r\n\t \n", id="empty.ascii-whitespace"),
        pytest.param("\u3000\u3000\n".encode(), id="empty.ideographic-spaces"),
        pytest.param(b"\xef\xbb\xbf", id="empty.utf8-bom-only"),
        pytest.param("\ufeff\n \n".encode("utf-16"), id="empty.utf16-whitespace"),
    ],
)
def test_empty(data: bytes) -> None:
    assert read_error(data).code == "empty"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param("第一行\x00第二行".encode(), id="nul-bytes.utf8"),
        pytest.param(b"abc\x00def", id="nul-bytes.odd-length"),
        # Even-length binary decodes as UTF-16 to *some* characters ('Ā楢慮祲'): not text.
        pytest.param(b"\x00\x01binary", id="nul-bytes.even-length-binary"),
        pytest.param(bytes(range(256)) * 4, id="nul-bytes.all-byte-values"),
    ],
)
def test_nul_bytes(data: bytes) -> None:
    assert read_error(data).code == "nul-bytes"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\xff\x80" * 50, id="decode-failed.high-bytes"),
        pytest.param(b"caf\xe9 ol\xe9 na\xefve", id="decode-failed.latin1"),
    ],
)
def test_decode_failed(data: bytes) -> None:
    error = read_error(data)
    assert error.code == "decode-failed"
    assert "UTF-8" in error.message


def test_control_bytes_mean_a_binary_file() -> None:
    error = read_error(bytes(range(1, 32)) * 20)
    assert error.code == "unsupported-format"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a",
        "\n",
        "a\nb\n",
        "a\r\nb\rc\n",
        "\r",
        "法治\n\n政府",
        "a\u2028b\x0bc\x0cd\x1ce\x85f\nf",  # breaks of str.splitlines, not of the reader
    ],
)
def test_split_lines_as_the_line_break_pattern(text: str) -> None:
    from lint.sources.text import LINE_BREAK, split_lines

    assert split_lines(text) == LINE_BREAK.split(text)
