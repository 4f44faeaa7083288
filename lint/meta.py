"""Report metadata: title, report year, issuer, level, published and signed dates.

Sources, in order of trust: the report's own title line(s); its headings and opening
(``一、2023年度…``, ``2023年，…``, ``现将2024年度…情况总结如下``); the page furniture that
normalization cut (``发布日期: 2025-01-03``); the container (``container_meta``).
The report year is the year reported ON, never the publication year by mistake.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from lint.issuer import (
    issuer_from_text,
    issuer_from_title,
    level_from_pronouns,
    resolve_city,
)
from lint.model import Meta
from lint.offsets import Span

_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
_YEAR = r"(?:19|20)\d\d|[〇零一二三四五六七八九]{4}"
_MD = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_NIAN = r"[ \u3000]?年"  # ``2023 年``: Word and PDF put a space between the figure and 年
_TOPIC = re.compile(r"法治政府|依法行政|法治建设")
_HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])"
)
_TITLE_END = re.compile(r"(报告|总结|情况|年报)(\s*[（(][^）)]{1,12}[）)])?$")
_ISSUER_LINE = re.compile(
    r"^[\u4e00-\u9fff\s]{2,30}(人民政府|政府|局|委员会|委|办公室|办|厅|办事处|管委会)$"
)
_TITLE_YEAR = re.compile(rf"({_YEAR}){_NIAN}")
_HEADING_YEAR = re.compile(rf"^[一二三四五六七八九十]{{1,3}}、[^。]{{0,20}}?({_YEAR}){_NIAN}")
_PLANS_WORDS = re.compile(r"安排|打算|计划|思路|下一步|明年|展望")
# ``现将2024年度…情况总结如下``, ``现将某市某区人民政府2023年法治政府建设年度情况报告如下``
_PHRASE_YEAR = re.compile(rf"现将[^。\d]{{0,24}}?({_YEAR}){_NIAN}度?[^。]{{0,20}}?(情况|工作)")
# ``2021年，某某县坚持…``, ``2020年某某街以…``: a long opening paragraph that starts with its year
# (not a date, 2020年12月; not a plan, 2025年将…)
_OPENING_YEAR = re.compile(
    rf"^({_YEAR}){_NIAN}(?![\d一二三四五六七八九十]{{1,2}}月|[^。，]{{0,12}}?将)"
)
_PLAN_YEAR = re.compile(rf"^({_YEAR}){_NIAN}(?:度)?，?[^。，]{{0,12}}?将")
_DATE = re.compile(rf"({_YEAR})\s*[-/.年]\s*({_MD})\s*[-/.月]\s*({_MD})\s*日?")
_PUBLISHED_KEYS = ("发布日期", "发布时间", "发文日期", "日期", "时间")
_SIGNED = re.compile(rf"({_YEAR})年({_MD})月({_MD})日$")
_TITLE_LINES = 12
_TITLE_MAX = 60
_TITLE_TAIL = 12  # the words a broken title carries on its second line (工作情况的报告)
_LATE_MONTH = 11


def extract_meta(
    text: str,
    container: dict[str, Any],
    *,
    paragraphs: Sequence[Span] | None = None,
    furniture: Sequence[str] = (),
) -> Meta:
    paras = list(paragraphs) if paragraphs is not None else _paragraphs(text)
    meta = Meta()
    span = find_title(text, paras)
    if span is not None:
        meta.title, meta.title_span = re.sub(r"\s+", "", text[span.start : span.end]), span
    else:
        meta.title = _fallback_title(furniture, container)
    meta.published, meta.published_span = _published(text, furniture, container)
    meta.signed, meta.signed_span = _signed(text, paras)
    meta.report_year = report_year(meta.title, text, paras, meta.published, meta.signed)
    meta.issuer, meta.level = _issuer(meta.title, text, paras)
    return meta


def _paragraphs(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def find_title(text: str, paragraphs: Sequence[Span]) -> Span | None:
    """The report's own title line; with the issuer line above a ``关于…`` or ``2023年…`` line."""
    for i, para in enumerate(paragraphs[:_TITLE_LINES]):
        line = text[para.start : para.end].strip()
        if not is_title(line):
            if _broken_title(line, text, paragraphs[i + 1 : i + 2]):
                return Span(para.start, paragraphs[i + 1].end)
            continue
        if i > 0 and (line.startswith("关于") or _TITLE_YEAR.match(line)):
            above = paragraphs[i - 1]
            if _ISSUER_LINE.match(text[above.start : above.end].strip()):
                return Span(above.start, para.end)
        return para
    return None


def _broken_title(line: str, text: str, following: Sequence[Span]) -> bool:
    """``2024年某某县法治政府建设`` / ``工作总结``: a title broken before its last words."""
    if not following or not _TOPIC.search(line) or _TITLE_END.search(line):
        return False
    rest = text[following[0].start : following[0].end].strip()
    return len(rest) <= _TITLE_TAIL and is_title(line + rest)


def is_title(line: str) -> bool:
    return (
        len(line) <= _TITLE_MAX
        and "。" not in line
        and not _HEADING_START.match(line)
        and bool(_TOPIC.search(line))
        and bool(_TITLE_END.search(line))
    )


def _fallback_title(furniture: Sequence[str], container: dict[str, Any]) -> str | None:
    """The page's ``名称:``/``标题:`` field or the container's title, if it is a report title."""
    values = [re.split(r"[：:]", line, maxsplit=1)[-1] for line in furniture]
    values.append(str(container.get("title") or ""))
    for value in values:
        value = re.sub(r"\s+", "", value)
        if value and is_title(value):
            return value
    return None


def report_year(
    title: str | None,
    text: str,
    paragraphs: Sequence[Span],
    published: str | None,
    signed: str | None,
) -> int | None:
    """The year reported on: title, else headings/opening, else plans year − 1, else dates."""
    lines = [text[p.start : p.end].strip() for p in paragraphs]
    stated = _first_year(_TITLE_YEAR, [title or ""], search=True)
    body = _body_year(lines)
    released = published or signed
    if stated is not None:
        if body is not None and body != stated and released and int(released[:4]) == stated:
            return body
        return stated
    if body is not None:
        return body
    plans = _first_year(_PLAN_YEAR, lines) or _heading_year(lines, plans=True)
    if plans is not None:
        return plans - 1
    if released:
        year, month = int(released[:4]), int(released[5:7])
        return year if month >= _LATE_MONTH else year - 1
    return None


def _body_year(lines: list[str]) -> int | None:
    found = _heading_year(lines, plans=False)
    if found is None:
        found = _first_year(_PHRASE_YEAR, lines, search=True)
    if found is None:
        found = _first_year(_OPENING_YEAR, [ln for ln in lines if len(ln) >= 40][:3])
    return found


def _heading_year(lines: list[str], *, plans: bool) -> int | None:
    for line in lines:
        match = _HEADING_YEAR.match(line)
        if match and bool(_PLANS_WORDS.search(line)) == plans:
            return year_value(match.group(1))
    return None


def _first_year(pattern: re.Pattern[str], lines: list[str], *, search: bool = False) -> int | None:
    for line in lines:
        match = pattern.search(line) if search else pattern.match(line)
        if match:
            return year_value(match.group(1))
    return None


def year_value(token: str) -> int:
    if token.isdigit() and token.isascii():
        return int(token)
    return int("".join(str(_CN_DIGITS[c]) for c in token))


def _small(token: str) -> int:
    if token.isdigit():
        return int(token)
    tens, _, ones = token.partition("十")
    if "十" not in token:
        return _CN_DIGITS[token]
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _iso(match: re.Match[str]) -> str | None:
    year, month, day = year_value(match.group(1)), _small(match.group(2)), _small(match.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _published(
    text: str, furniture: Sequence[str], container: dict[str, Any]
) -> tuple[str | None, Span | None]:
    for key in _PUBLISHED_KEYS:
        # Furniture may write ``[ 发布日期 ] 2026-02-10`` or ``| [ 发布日期 ] | 2026-02-10 |``;
        # prose needs the colon.
        loose = re.compile(rf"(?<!成文)(?<!生成){key}\s*[】\]]?\s*[：:|｜]?\s*")
        for line in furniture:
            for found in loose.finditer(line):
                date = _DATE.match(line, found.end())
                if date and _iso(date):
                    return _iso(date), None
        found_in_text = re.compile(rf"(?<!成文)(?<!生成){key}\s*[：:]\s*").search(text, 0, 800)
        if found_in_text:
            date = _DATE.match(text, found_in_text.end())
            if date and _iso(date):
                return _iso(date), Span(date.start(), date.end())
    value = container.get("published")
    if value:
        date = _DATE.search(str(value))
        return (_iso(date) if date else None), None
    return None, None


def _signed(text: str, paragraphs: Sequence[Span]) -> tuple[str | None, Span | None]:
    for para in list(paragraphs)[-3:][::-1]:
        line = text[para.start : para.end].rstrip()
        match = _SIGNED.search(line)
        if match and match.start() <= len(line) - len(match.group(0)) and len(line) <= 40:
            iso = _iso(match)
            if iso:
                return iso, Span(para.start + match.start(), para.start + match.end())
    return None, None


def _issuer(title: str | None, text: str, paragraphs: Sequence[Span]) -> tuple[str | None, str]:
    issuer, level = issuer_from_title(title) if title else (None, "unknown")
    if issuer is None:
        prose = [text[p.start : p.end] for p in paragraphs if p.end - p.start >= 40][:3]
        issuer, level = issuer_from_text(prose)
    if issuer is None:
        return None, level if level != "unknown" else level_from_pronouns(text)
    return issuer, resolve_city(issuer, level, text)
