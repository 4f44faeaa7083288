"""Report metadata: title, report year, issuer, level, published and signed dates."""

from __future__ import annotations

import re

from lint.model import Meta, Span

_TITLE = re.compile(r"[^\n]{0,40}?(法治政府建设|依法行政)[^\n]{0,30}?(报告|总结|情况)[^\n]{0,6}")
_YEAR_IN_TITLE = re.compile(r"(20\d{2})年")
_ISO_DATE = re.compile(r"(20\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")
_PUBLISHED = re.compile(r"(发布(日期|时间)|日期)\s*[:：]\s*(20\d{2})-(\d{1,2})-(\d{1,2})")
_SIGNED = re.compile(r"(20\d{2})年(\d{1,2})月(\d{1,2})日\s*$")
_ISSUER = re.compile(
    r"([\u4e00-\u9fff]{2,12}?(省|自治区|市|自治州|州|盟|县|自治县|旗|区|乡|镇|街道))"
    r"(人民政府)?([\u4e00-\u9fff]{0,12}?(局|委员会|厅|办公室|委|办))?"
)


def extract_meta(text: str, container: dict[str, object]) -> Meta:
    meta = Meta()
    title = _find_title(text)
    if title is not None:
        meta.title = text[title.start : title.end].strip()
        meta.title_span = title
    meta.report_year = _report_year(meta.title, text)
    meta.published, meta.published_span = _published(text, container)
    meta.signed, meta.signed_span = _signed(text)
    meta.issuer, meta.level = _issuer_and_level(meta.title or text[:400])
    return meta


def _find_title(text: str) -> Span | None:
    for line_match in re.finditer(r"[^\n]+", text[:2000]):
        line = line_match.group(0)
        if len(line) <= 60 and _TITLE.search(line):
            return Span(line_match.start(), line_match.end())
    return None


def _report_year(title: str | None, text: str) -> int | None:
    for source in (title or "", text[:600]):
        match = _YEAR_IN_TITLE.search(source)
        if match:
            return int(match.group(1))
    return None


def _published(text: str, container: dict[str, object]) -> tuple[str | None, Span | None]:
    match = _PUBLISHED.search(text[:2000])
    if match:
        y, m, d = int(match.group(3)), int(match.group(4)), int(match.group(5))
        return f"{y:04d}-{m:02d}-{d:02d}", Span(match.start(), match.end())
    value = container.get("published")
    return (str(value), None) if value else (None, None)


def _signed(text: str) -> tuple[str | None, Span | None]:
    tail = text.rstrip()
    match = _SIGNED.search(tail[-40:])
    if not match:
        return None, None
    offset = len(tail) - len(tail[-40:])
    y, m, d = (int(g) for g in match.groups())
    return f"{y:04d}-{m:02d}-{d:02d}", Span(offset + match.start(), offset + match.end())


def _issuer_and_level(title: str) -> tuple[str | None, str]:
    match = _ISSUER.search(title)
    if not match:
        return None, "unknown"
    issuer = match.group(1)
    if match.group(4):
        return match.group(0), "department"
    suffix = match.group(2)
    level = {
        "省": "province",
        "自治区": "province",
        "市": "city",
        "自治州": "city",
        "州": "city",
        "盟": "city",
        "县": "county",
        "自治县": "county",
        "旗": "county",
        "区": "county",
        "乡": "township",
        "镇": "township",
        "街道": "township",
    }[suffix]
    return issuer, level
