"""Web page furniture: the lines a scraped page adds around the report.

Leading ``日期:… 来源:… 作者:``, ``点击量:``, ``字体 大 中 小``, ``政府信息公开指南`` menu lines,
the ``索引号/发布机构/名称/有效性/文号/发布日期`` block (keys with colons, in brackets, or set
apart by spaces; a key alone on its line with its value on the next), the ``原文链接/政策解读链接``
lines, the ``…-信息公开`` column line, a trail of columns (``A >> B >> C``); trailing
``打印/收藏/纠错/关闭``, ``责任编辑``, ``分享到``. They are cut from what checks see (the original
keeps them) and handed to metadata, which reads the publication date from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_KEYS = (
    "日期|发布日期|发布时间|更新时间|时间|来源|信息来源|文章来源|作者|编辑|责任编辑|审核|"
    "点击量|点击数|点击率|点击次数|浏览次数|浏览量|阅读量|阅读次数|访问量|访问次数|"
    "索引号|发布机构|发文机关|发文字号|名称|标题|有效性|文号|主题分类|体裁分类|组配分类|"
    "服务对象分类|公开方式|公开范围|公开时限|生成日期|成文日期|发文日期|信息分类|所属机构|"
    "关键词|主题词|信息名称|发布单位|废止日期|实施日期|公开形式|信息索引号|文件名称|内容分类|"
    "公文生成日期|备注/文号|制发机构|发文机构|内容概述|消息来源|访问次数|字体大小|分类|公开类别|"
    "原文链接|政策解读链接|解读链接|相关解读"
)


def _spaced(word: str) -> str:
    """A key whose characters pages pad with spaces: ``名  称``, ``有 效 性``."""
    return r"\s*".join(re.escape(c) for c in word)


_KEY = "(?:" + "|".join(_spaced(k) for k in _KEYS.split("|")) + ")"
# A list bullet or table border before a key: ``• 索引号:``, ``- 发布机构:``, ``| [ 索引号 ] |``.
_LEAD = r"^[\s|｜•·\-－*]*"
_KEY_LINE = re.compile(
    _LEAD + r"(?:[【\[]\s*" + _KEY + r"\s*[】\]]|" + _KEY + r"\s*[】\]]?\s*[：:])"
)
_TOKEN = (
    r"[【\[]?\s*(?:打印(?:本页|此页)?|收藏|纠错|我要纠错|关闭(?:窗口|本页)?|分享(?:到)?|返回顶部|"
    r"顶部|返回(?:首页|顶部)?|保存|扫一扫(?:在手机打开当前页)?|字体|字号|[大中小]|默认|视力保护色|"
    r"政府信息公开(?:指南|制度|目录|年报)?|政府信息|公开指南|公开制度|公开目录|公开年报|"
    r"法定主动公开内容|依申请公开|首页|网站首页|微信|微博|QQ空间)\s*[】\]]?"
)
_TOKEN_LINE = re.compile(rf"^(?:{_TOKEN}[\s|｜/：:,，、]*)+$")
# Keys set apart by spaces only, two or more on a line: ``索引号 发布机构 某某局``.
_BARE_KEY = re.compile(r"(?:^|(?<=\s))" + _KEY + r"(?=\s|$)")
# The site column a page names before the report: ``某某区人民政府(政府办公室)-信息公开``.
_COLUMN_LINE = re.compile(r"^\S{2,40}?[-_—|｜]\s*(?:政府)?信息公开(?:专栏|平台|网)?$")
_PLACE_LINE = re.compile(r"^(?:当前位置|您(?:当前的?|现在的|的)位置|所在位置|首页\s*[>＞»])")
# a trail of site columns: ``某某区人民政府信息公开专栏 >> 政府办公室 >> 信息公开基础平台``
_CRUMB = r"[^。，,；;>＞»]{1,40}"
_CRUMBS = re.compile(rf"^{_CRUMB}(?:\s*(?:>>|＞＞|>|＞|»)\s*{_CRUMB}){{2,}}$")
# a bar of links: ``中国政府网 | 某某市人民政府网 | 某某区人民政府网 | |``
_LINK_BAR = re.compile(r"^(?:[^|｜。，]{0,20}[|｜]\s*){3,}")
_TAIL_LINE = re.compile(
    r"^[（(]?\s*(?:责任编辑|编辑|审核|校对|来源|上一篇|下一篇|相关链接)\s*[：:]"
)
_LINE = re.compile(r"[^\n]+")
_PROSE_MIN = 50
_HEAD_MAX_LINES = 30
_TAIL_MAX_LINES = 12
_VALUE_MAX = 40
_TITLE_WORD = re.compile(r"报告|总结|情况|法治")


@dataclass(frozen=True)
class FurnitureLine:
    start: int  # offsets in the text furniture was found in
    end: int
    text: str


def find_furniture(text: str) -> list[FurnitureLine]:
    """Furniture lines at the head (before the first prose line) and tail (after the last)."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    prose = [i for i, (s, e) in enumerate(lines) if _is_prose(text[s:e])]
    first = prose[0] if prose else len(lines)
    last = prose[-1] if prose else len(lines)
    found: list[FurnitureLine] = []
    for i, (s, e) in enumerate(lines):
        head = i < min(first, _HEAD_MAX_LINES)
        tail = i > last and i >= len(lines) - _TAIL_MAX_LINES
        line = text[s:e].strip()
        if not (head or tail):
            continue
        # a key listed alone (``• 公开方式:``) has its value on the next line (``主动公开``)
        value = bool(found) and found[-1].start == lines[i - 1][0] and _is_value(line, found[-1])
        if value or is_furniture(line, tail=tail):
            found.append(FurnitureLine(s, e, line))
    return found


def _is_value(line: str, key: FurnitureLine) -> bool:
    """A short line under a key line that ends with its colon (``• 公开方式:``); not the
    report's title under ``名称:``, which metadata still reads."""
    return (
        key.text.endswith((":", "："))
        and len(line) <= _VALUE_MAX
        and not _is_prose(line)
        and _TITLE_WORD.search(line) is None
    )


def is_furniture(line: str, *, tail: bool = False) -> bool:
    if not line:
        return False
    if any(p.match(line) for p in (_KEY_LINE, _TOKEN_LINE, _PLACE_LINE, _CRUMBS, _LINK_BAR)):
        return True
    if _COLUMN_LINE.match(line) or (_BARE_KEY.match(line) and len(_BARE_KEY.findall(line)) >= 2):
        return True
    return tail and bool(_TAIL_LINE.match(line))


def _is_prose(line: str) -> bool:
    return len(line) >= _PROSE_MIN and ("。" in line or "，" in line)


def drop_ranges(text: str, lines: list[FurnitureLine]) -> list[tuple[int, int]]:
    """Ranges to cut: each furniture line with its line break."""
    out = []
    for line in lines:
        end = line.end + 1 if line.end < len(text) and text[line.end] == "\n" else line.end
        out.append((line.start, end))
    return out
