"""Word .docx: reading order, table cells, heading levels, core properties, zip bombs."""

from __future__ import annotations

import copy
import datetime
import io
import zipfile

import docx
from docx.oxml.ns import qn

from lint.sources import read_bytes

from .helpers import make_docx, read_error


def _read(data: bytes, **kwargs: int) -> tuple[list[str], dict[int, int], dict[str, object]]:
    source = read_bytes(data, "报告.docx", suffix=".docx", **kwargs)
    assert source.format == "docx"
    return source.lines, source.heading_levels, source.container_meta


def _save(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_paragraphs_and_table_cells_in_reading_order() -> None:
    data = make_docx(
        ["前言段落", "表格之前"],
        table=[["指标", "数量"], ["复议案件", "12件"]],
        after_table=["表格之后"],
    )
    lines, _, _ = _read(data)
    assert lines == ["前言段落", "表格之前", "指标", "数量", "复议案件", "12件", "表格之后"]


def test_heading_styles_give_levels() -> None:
    data = make_docx([("某县2023年度报告", 1), "正文", ("（一）加强领导", 2), ("小节", 3)])
    lines, levels, _ = _read(data)
    assert lines == ["某县2023年度报告", "正文", "（一）加强领导", "小节"]
    assert levels == {0: 1, 2: 2, 3: 3}


def test_chinese_style_names_and_outline_levels() -> None:
    document = docx.Document()
    style = document.styles.add_style("标题 2", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("一、主要举措", style=style)
    outlined = document.add_paragraph("大纲级别三")
    p_pr = outlined._p.get_or_add_pPr()
    level = p_pr.makeelement(qn("w:outlineLvl"), {qn("w:val"): "2"})
    p_pr.append(level)
    document.add_paragraph("正文")
    _, levels, _ = _read(_save(document))
    assert levels == {0: 2, 1: 3}


def test_soft_line_break_starts_a_new_line_and_tabs_are_kept() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("某县人民政府")
    paragraph.add_run().add_break()
    paragraph.add_run("2024年2月26日\t签")
    lines, _, _ = _read(_save(document))
    assert lines == ["某县人民政府", "2024年2月26日\t签"]


def test_tracked_deletions_are_left_out_and_insertions_kept() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("保留")
    run = paragraph.runs[0]._r
    deleted = paragraph._p.makeelement(qn("w:del"), {})
    gone = copy.deepcopy(run)
    gone.find(qn("w:t")).tag = qn("w:delText")
    gone.find(qn("w:delText")).text = "删除"
    deleted.append(gone)
    inserted = paragraph._p.makeelement(qn("w:ins"), {})
    added = copy.deepcopy(run)
    added.find(qn("w:t")).text = "插入"
    inserted.append(added)
    paragraph._p.append(deleted)
    paragraph._p.append(inserted)
    lines, _, _ = _read(_save(document))
    assert lines == ["保留插入"]


def test_nested_table_cells_are_read_in_place() -> None:
    document = docx.Document()
    document.add_paragraph("前")
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "外甲"
    inner = outer.cell(0, 1).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "内"
    document.add_paragraph("后")
    lines, _, _ = _read(_save(document))
    assert [line for line in lines if line] == ["前", "外甲", "内", "后"]


def test_core_properties_without_a_publication_date() -> None:
    created = datetime.datetime(2024, 2, 26, 9, 30)
    data = make_docx(["正文"], title="某县2023年度法治政府建设情况报告", created=created)
    _, _, meta = _read(data)
    assert meta["title"] == "某县2023年度法治政府建设情况报告"
    assert meta["created"] == "2024-02-26"
    assert "published" not in meta


def test_docx_content_named_txt_is_read_as_docx() -> None:
    source = read_bytes(make_docx(["正文一", "正文二"]), "报告.txt", suffix=".txt")
    assert source.format == "docx"
    assert source.lines == ["正文一", "正文二"]


def _with_member(data: bytes, name: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr(name, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_zip_bomb_is_refused_before_parsing() -> None:
    # A valid document plus a highly compressible padding member: python-docx would read it.
    data = _with_member(make_docx(["正文"]), "word/media/pad.bin", b"\0" * 3_000_000)
    assert len(data) < 100_000
    error = read_error(data, "炸弹.docx", max_bytes=100_000)
    assert error.code == "zip-bomb"
    assert read_bytes(data, "ok.docx", suffix=".docx").lines == ["正文"]  # default limit


def test_truncated_docx_is_corrupt() -> None:
    data = make_docx(["正文"])
    assert read_error(data[: len(data) // 2], "半截.docx").code == "corrupt"


def test_docx_without_its_main_part_is_corrupt() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(make_docx(["正文"]))) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info, src.read(info))
    assert read_error(out.getvalue(), "缺件.docx").code == "corrupt"


def test_docx_suffix_on_text_is_corrupt() -> None:
    error = read_error("这其实是文本".encode(), "假的.docx")
    assert error.code == "corrupt"


def test_docx_without_text_is_empty() -> None:
    assert read_error(make_docx(["", "  "]), "空白.docx").code == "empty"
