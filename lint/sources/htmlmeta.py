"""Page metadata from an HTML tree: the title and the publication date the page states.

Dates come from meta tags (``PubDate``, ``article:published_time``...) or from a
``发布日期：2024-02-28``-style line near the top of the page; they are returned as ISO dates.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

_TITLE_META = ("og:title", "articletitle", "title", "dc.title")
_DATE_META = (
    "pubdate",
    "publishdate",
    "publish_date",
    "article:published_time",
    "og:published_time",
    "og:release_date",
    "firstpublishedtime",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "date",
)
_DATE = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
# "发布日期：2024-02-28", "日期：…", "发布时间：…" — but not 成文日期 / 印发日期 (signing dates).
_DATE_LABEL = re.compile(
    r"(?:(?:发布|发表|发稿)(?:日期|时间)|(?<![\u4e00-\u9fff])(?:日期|时间))\s*[:：]\s*"
)
_TEXT_WINDOW = 3000  # characters of visible text searched for a date label
_TITLE_SEPARATOR = re.compile(r"\s*(?:[_|｜]|\s[-–—]+\s)\s*")
_CJK = re.compile(r"[\u3400-\u9fff]")


def meta_values(root: Any) -> dict[str, str]:
    """``<meta name|property=... content=...>`` as a lowercase-keyed mapping (first wins)."""
    values: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
        content = (meta.get("content") or "").strip()
        if key and content and key not in values:
            values[key] = content
    return values


def page_title(
    root: Any, metas: dict[str, str], heading: str | None, named: list[str]
) -> str | None:
    """og:title / ArticleTitle, else the article heading, else the most Chinese of the
    elements named "title" and the parts of ``<title>`` (a site name is the shorter part)."""
    for key in _TITLE_META:
        if metas.get(key) and _CJK.search(metas[key]):
            return _clean(metas[key])
    if heading:
        return heading
    node = root.find(".//title")
    text = _clean(node.text_content()) if node is not None else ""
    parts = [p for p in _TITLE_SEPARATOR.split(text) if p.strip()] + named
    return max(parts, key=lambda part: (len(_CJK.findall(part)), len(part)), default=None)


def published(metas: dict[str, str], visible_text: str) -> str | None:
    """The publication date the page states, as ``YYYY-MM-DD``."""
    for key in _DATE_META:
        found = iso_date(metas.get(key, ""))
        if found:
            return found
    window = visible_text[:_TEXT_WINDOW]
    for label in _DATE_LABEL.finditer(window):
        found = iso_date(window[label.end() : label.end() + 20], anchored=True)
        if found:
            return found
    return None


def iso_date(text: str, *, anchored: bool = False) -> str | None:
    match = _DATE.match(text) if anchored else _DATE.search(text)
    if not match:
        return None
    try:
        return date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        return None


def _clean(text: str) -> str:
    return " ".join(text.split())
