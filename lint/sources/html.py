"""HTML pages: the article text without the site's navigation, plus the page title and date.

1. Decode: BOM, else the ``<meta charset>`` the page declares, else the text decoder.
2. Drop scripts, styles, form controls, hidden elements, ``<nav>``/``<aside>``/``<footer>``,
   elements whose id/class name navigation, menus, footers, breadcrumbs or sharing, and
   short blocks carrying the site's copyright/ICP notice.
3. The article root: from ``<body>`` descend into the child holding nearly all of the
   non-link Chinese text, unless a sibling carries the article heading; a title above the
   root (h1, h2, or an element named "title") becomes the first line.
4. One ``Source`` line per block element (``<br>`` splits); link-only lines (menus, "related
   articles") are left out. ``<h1>``–``<h6>`` are recorded as heading levels.
"""

from __future__ import annotations

import re
from typing import Any

from lint.errors import InputError
from lint.offsets import Source
from lint.sources import htmlmeta
from lint.sources.htmlwalk import BLOCK_TAGS, HEADINGS, cjk_count, extract_lines
from lint.sources.text import decode, plausible

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.I)
_GB_ALIASES = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "euc-cn", "x-euc-cn"}
_DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "select", "option", "button", "input", "textarea", "nav", "aside", "footer", "head",
)  # fmt: skip
_DROP_WORDS = (
    "nav", "menu", "footer", "breadcrumb", "crumb", "share", "sidebar", "copyright", "related",
)  # fmt: skip
_DROP_TOKENS = {"header", "head", "foot", "topbar", "toolbar", "position", "location"}
# Site footers: copyright, ICP licence, site code, the office that runs the site.
_FOOTER_TEXT = re.compile(
    r"版权所有|Copyright|©|ICP\s*备|网站标识码|(?:主办|承办|技术支持)(?:单位)?\s*[:：]", re.I
)
_FOOTER_MAX = 300  # characters: a longer block is not a footer notice
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_TOKEN = re.compile(r"[a-z0-9]+")
_TITLE_MAX = 120  # characters: longer elements called "title" are not a title line
_DESCEND_SHARE = 0.95  # a child holding this share of its parent's article text is the article


def read_html(data: bytes, display: str) -> Source:
    text, encoding = decode_html(data, display)
    root = _parse(text, display)
    metas = htmlmeta.meta_values(root)
    body = root.find("body")
    if body is None:
        body = root
    _drop_boilerplate(body)
    article = _article_root(body)
    heading = _heading_before(body, article)
    lines, levels = extract_lines(article)
    if heading is not None:
        lines.insert(0, heading[0])
        levels = {0: heading[1], **{k + 1: v for k, v in levels.items()}}
    if not lines:
        raise InputError(f"{display}: 网页中没有正文文字。请确认保存的是报告正文页面", code="empty")
    first_heading = next((lines[i] for i in sorted(levels)), None)
    meta = _container_meta(root, metas, first_heading, body)
    return Source(display, lines, "html", encoding, container_meta=meta, heading_levels=levels)


def decode_html(data: bytes, display: str) -> tuple[str, str]:
    """BOM first, then the declared charset (strict), then the plain-text decoder."""
    declared = _declared_charset(data)
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            if "\x00" not in text and plausible(text):
                return text, declared
    try:
        return decode(data, display)
    except InputError as exc:
        if exc.code != "decode-failed" or not declared:
            raise
        failure = exc
    try:  # the page said what it is: keep it, damaged bytes become U+FFFD
        return data.decode(declared, errors="replace"), declared
    except LookupError:
        raise failure from None


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    return "gb18030" if name in _GB_ALIASES else name


def _parse(text: str, display: str) -> Any:
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        return lxml.html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except lxml.etree.ParserError:
        raise InputError(f"{display}: 网页为空。请确认保存的是报告正文页面", code="empty") from None
    except Exception:  # lxml/libxml2 errors on damaged markup
        raise InputError(
            f"{display}: 网页无法解析，可能已损坏。请在浏览器中打开后另存为网页或 .txt 再检查",
            code="corrupt",
        ) from None


def _drop_boilerplate(body: Any) -> None:
    for element in [el for el in body.iter() if el is not body and _is_furniture_tag(el)]:
        element.drop_tree()
    total = cjk_count(body)
    for element in [el for el in body.iter() if el is not body and _is_furniture_block(el)]:
        # Never drop by name what holds most of the page (a wrapper called "has-sidebar").
        if element.getparent() is not None and cjk_count(element) <= total / 2:
            element.drop_tree()


def _is_furniture_tag(element: Any) -> bool:
    if not isinstance(element.tag, str):
        return True  # comments, processing instructions
    if element.tag in _DROP_TAGS or element.get("hidden") is not None:
        return True
    if element.tag == "header" and element.find(".//h1") is None:
        return True
    return bool(_HIDDEN.search(element.get("style") or ""))


def _is_furniture_block(element: Any) -> bool:
    """A block named like furniture, or a short block with the site's copyright notice."""
    if _is_furniture_name(element):
        return True
    if element.tag not in BLOCK_TAGS or element.find(".//h1") is not None:
        return False
    text = element.text_content()
    return len(text) <= _FOOTER_MAX and bool(_FOOTER_TEXT.search(text))


def _is_furniture_name(element: Any) -> bool:
    """id/class naming navigation, menus, footers...; a header only without the page's h1."""
    names = f"{element.get('id') or ''} {element.get('class') or ''}".lower()
    if any(word in names for word in _DROP_WORDS):
        return True
    if not set(_TOKEN.findall(names)) & _DROP_TOKENS:
        return False
    return element.tag not in HEADINGS and element.find(".//h1") is None


def _article_root(body: Any) -> Any:
    node = body
    while True:
        scores = [(cjk_count(child, links=False), child) for child in node if _is_element(child)]
        total = cjk_count(node, links=False)
        best = max(scores, key=lambda pair: pair[0], default=(0, None))
        if total == 0 or best[1] is None or best[0] < _DESCEND_SHARE * total:
            return node
        if any(_has_heading(child) for _, child in scores if child is not best[1]):
            return node
        node = best[1]


def _is_element(node: Any) -> bool:
    return isinstance(node.tag, str)


def _has_heading(node: Any) -> bool:
    return node.tag in ("h1", "h2") or node.find(".//h1") is not None


def _heading_before(body: Any, article: Any) -> tuple[str, int] | None:
    """The title above the article root, when the root has no h1 itself: the last h1 before
    it, else the last h2, else the last short element whose class or id says "title"."""
    if article is body or article.tag == "h1" or article.find(".//h1") is not None:
        return None
    found: dict[str, tuple[str, int]] = {}
    for element in body.iter():
        if element is article:
            break
        kind = _title_kind(element)
        if kind and cjk_count(element, links=False):
            found[kind] = (_clean(element.text_content()), HEADINGS.get(kind, 1))
    return found.get("h1") or found.get("h2") or found.get("named")


def _title_kind(element: Any) -> str | None:
    if element.tag in ("h1", "h2"):
        return str(element.tag)
    names = f"{element.get('id') or ''} {element.get('class') or ''}".lower()
    if "title" in names and len(element.text_content()) <= _TITLE_MAX:
        return "named"
    return None


def _clean(text: str) -> str:
    return " ".join(text.split())


def _container_meta(
    root: Any, metas: dict[str, str], heading: str | None, body: Any
) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    visible = "\n".join(extract_lines(body)[0])
    named = [
        _clean(el.text_content())
        for el in body.iter()
        if _title_kind(el) == "named" and cjk_count(el, links=False)
    ]
    title = htmlmeta.page_title(root, metas, heading, named)
    if title:
        meta["title"] = title
    date = htmlmeta.published(metas, visible)
    if date:
        meta["published"] = date
    return meta
