"""HTML pages: article text without the site furniture, charset, title and date."""

from __future__ import annotations

import pytest

from lint.sources import read_bytes, read_path

from .helpers import INPUTS, read_error


def _page(body: str, head: str = "", charset: str = "utf-8") -> bytes:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return html.encode(charset)


def test_gb2312_government_page() -> None:
    path = INPUTS / "gov-page-gb2312.html"
    source = read_path(path, "gov.html")
    assert source.format == "html"
    assert source.encoding == "gb18030"
    assert source.lines == [
        "某某县2023年度法治政府建设工作情况报告",
        "发布日期：2024-02-28 来源：县司法局 浏览次数：1024 字体：[大 中 小]",
        "2023年，在县委的坚强领导下，我县深入学习贯彻习近平法治思想，全面推进法治政府建设，"
        "现将有关情况报告如下。",
        "一、主要举措和成效",
        "（一）加强党的领导。县委常委会专题研究法治政府建设工作4次，",
        "县政府常务会议学法6次。",
        "指标",
        "数量",
        "行政复议案件",
        "12件",
        "二、存在的不足和原因",
        "一是依法行政意识有待提高；二是执法队伍建设仍需加强。",
        "三、下一步工作打算",
        "下一步，我县将继续深入推进法治政府建设。",
        "某某县人民政府",
        "2024年2月26日",
    ]
    assert source.heading_levels == {0: 1}
    assert source.container_meta == {
        "title": "某某县2023年度法治政府建设工作情况报告",
        "published": "2024-02-28",
    }


def test_utf8_article_page() -> None:
    source = read_path(INPUTS / "article-utf8.html", "article.html")
    assert source.encoding == "utf-8"
    assert source.lines == [
        "市政府关于2024年度法治政府建设情况的报告",
        "发布时间：2025年3月5日　来源：市司法局",
        "一、2024年度推进法治政府建设的主要举措和成效",
        "（一）深入学习贯彻习近平法治思想。市政府常务会议专题学法12次。",
        "（二）依法全面履行政府职能",
        "持续深化“放管服”改革；",
        "优化法治化营商环境。",
        "二、存在的不足和原因",
        "行政执法规范化水平仍需提高。",
        "三、2025年度推进法治政府建设的主要安排",
        "2025年，我市将持续推进法治政府建设。",
    ]
    assert source.heading_levels == {0: 1, 2: 2, 4: 3, 7: 2, 9: 2}
    assert source.container_meta == {
        "title": "市政府关于2024年度法治政府建设情况的报告",
        "published": "2025-03-05",
    }


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param(
            _page("<p>法治政府建设报告正文</p>", '<meta charset="gbk">', "gbk"),
            "gb18030",
            id="meta-charset-gbk",
        ),
        pytest.param(
            b"\xef\xbb\xbf" + _page("<p>法治政府建设报告正文</p>"), "utf-8-sig", id="utf8-bom"
        ),
        pytest.param(_page("<p>法治政府建设报告正文</p>", "", "gb18030"), "gb18030", id="no-meta"),
        pytest.param(
            _page("<p>法治政府建设报告正文</p>", '<meta charset="utf-8">', "gb18030"),
            "gb18030",
            id="wrong-meta",
        ),
        pytest.param(
            _page("<p>法治政府建设报告正文</p>", '<meta charset="no-such-codec">'),
            "utf-8",
            id="unknown-meta",
        ),
    ],
)
def test_charset(data: bytes, encoding: str) -> None:
    source = read_bytes(data, "page.html", suffix=".html")
    assert source.lines == ["法治政府建设报告正文"]
    assert source.encoding == encoding


def test_br_splits_and_inline_markup_joins() -> None:
    data = _page("<div>第一行<b>加粗</b>续<br/>第二行<br><span>第三</span>行</div>")
    assert read_bytes(data, "p.html", suffix=".html").lines == ["第一行加粗续", "第二行", "第三行"]


def test_scripts_styles_hidden_and_link_only_lines_are_dropped() -> None:
    body = (
        "<script>var a='脚本文字';</script><style>.x{}</style>"
        "<div class='menu'><a href='#'>首页</a></div>"
        "<p>正文第一段有实际内容。</p><p hidden>隐藏段落</p>"
        "<p><a href='/x'>上一篇链接文字</a></p><p>附件：<a href='/f'>名单.doc</a></p>"
    )
    lines = read_bytes(_page(body), "p.html", suffix=".html").lines
    assert lines == ["正文第一段有实际内容。", "附件：名单.doc"]


@pytest.mark.parametrize(
    ("head", "body", "published"),
    [
        pytest.param(
            '<meta property="article:published_time" content="2024-03-01T08:00:00+08:00">',
            "<p>正文内容</p>",
            "2024-03-01",
            id="article-published-time",
        ),
        pytest.param("", "<p>日期：2024/3/2</p><p>正文内容</p>", "2024-03-02", id="date-label"),
        pytest.param(
            "", "<p>成文日期：2024-01-05</p><p>正文内容</p>", None, id="signing-date-is-not"
        ),
        pytest.param("", "<p>发布日期：2024-02-30</p><p>正文</p>", None, id="invalid-date"),
    ],
)
def test_published_date(head: str, body: str, published: str | None) -> None:
    meta = read_bytes(_page(body, head), "p.html", suffix=".html").container_meta
    assert meta.get("published") == published


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        pytest.param(
            '<meta property="og:title" content="甲县2023年度报告">',
            "<h1>乙县</h1><p>正文</p>",
            "甲县2023年度报告",
            id="og-title",
        ),
        pytest.param(
            "<title>甲县2023年度法治政府建设报告_甲县人民政府</title>",
            "<p>正文</p>",
            "甲县2023年度法治政府建设报告",
            id="title-site-suffix",
        ),
        pytest.param(
            "<title>网站</title>",
            "<h1>甲县2023年度报告</h1><p>正文</p>",
            "甲县2023年度报告",
            id="h1",
        ),
    ],
)
def test_title(head: str, body: str, title: str) -> None:
    meta = read_bytes(_page(body, head), "p.html", suffix=".html").container_meta
    assert meta["title"] == title


def test_html_content_in_a_txt_file_is_read_as_html() -> None:
    data = b"<!DOCTYPE html>\n" + _page("<p>正文内容</p>")
    source = read_bytes(data, "saved.txt", suffix=".txt")
    assert source.format == "html"
    assert source.lines == ["正文内容"]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(_page(""), id="empty.no-body-text"),
        pytest.param(_page("<script>只有脚本</script><nav>导航</nav>"), id="empty.only-furniture"),
    ],
)
def test_page_without_text_is_empty(data: bytes) -> None:
    assert read_error(data, "空页.html").code == "empty"


DIV_LAYOUT = """<html><head><title>网站首页</title></head><body>
<div class="head"><div class="logo">某某县人民政府</div></div>
<div class="wrap"><div class="position">当前位置：<a href="/">首页</a> &gt; 信息公开</div>
<div class="art-title">某某县2022年度法治政府建设工作报告</div>
<div class="art-info">发布时间：2023-03-01 来源：某某县司法局</div>
<div class="art-content"><p>2022年，我县深入学习贯彻习近平法治思想，扎实推进法治政府建设。</p>
<p>一、主要举措和成效</p><p>（一）加强组织领导。县政府常务会议专题研究法治政府建设工作3次。</p>
</div></div>
<table><tr><td>表格布局页脚 版权所有</td></tr></table></body></html>"""

TABLE_LAYOUT = """<html><body><table width=1000>
<tr><td><a href=/>首页</a> <a href=/a>新闻</a></td></tr>
<tr><td><table><tr><td width=200><a href=/x>栏目一</a><br><a href=/y>栏目二</a></td>
<td><font size=5>某某区2021年法治政府建设情况报告</font><br>
　　2021年，我区认真贯彻落实法治政府建设实施纲要。<br>　　一、主要做法<br>
　　坚持党的领导，重大行政决策全部经过合法性审查。<br>某某区人民政府<br>2022年1月20日</td></tr>
</table></td></tr><tr><td>Copyright 某某区人民政府 版权所有 ICP备12345678号</td></tr></table>
</body></html>"""


def test_div_layout_with_a_title_element_and_a_generic_page_title() -> None:
    source = read_bytes(DIV_LAYOUT.encode(), "div.html", suffix=".html")
    assert source.lines == [
        "某某县2022年度法治政府建设工作报告",
        "发布时间：2023-03-01 来源：某某县司法局",
        "2022年，我县深入学习贯彻习近平法治思想，扎实推进法治政府建设。",
        "一、主要举措和成效",
        "（一）加强组织领导。县政府常务会议专题研究法治政府建设工作3次。",
    ]
    assert source.container_meta == {
        "title": "某某县2022年度法治政府建设工作报告",
        "published": "2023-03-01",
    }


def test_table_layout_without_menus_or_copyright() -> None:
    source = read_bytes(TABLE_LAYOUT.encode(), "table.html", suffix=".html")
    assert source.lines == [
        "某某区2021年法治政府建设情况报告",
        "2021年，我区认真贯彻落实法治政府建设实施纲要。",
        "一、主要做法",
        "坚持党的领导，重大行政决策全部经过合法性审查。",
        "某某区人民政府",
        "2022年1月20日",
    ]
