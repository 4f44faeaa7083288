"""Walking an HTML tree into lines: one line per block element, ``<br>`` splits a line."""

from __future__ import annotations

import re
from typing import Any

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCK_TAGS = frozenset(
    {
        *HEADINGS, "p", "div", "section", "article", "main", "header", "footer", "li", "ul",
        "ol", "dl", "dt", "dd", "td", "th", "tr", "table", "tbody", "thead", "tfoot",
        "caption", "blockquote", "pre", "center", "figure", "figcaption", "address", "form",
        "fieldset", "hr", "body", "html",
    }
)  # fmt: skip
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def cjk_count(element: Any, *, links: bool = True) -> int:
    """Chinese characters in ``element``'s text (without link text unless ``links``)."""
    if not links and element.tag == "a":
        return 0
    count = _count(element.text_content())
    if not links:
        count -= sum(_count(a.text_content()) for a in element.iterdescendants("a"))
    return count


def _count(text: str) -> int:
    return len(_CJK.findall(text))


class _Lines:
    """Accumulates text pieces and cuts them into lines."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.levels: dict[int, int] = {}
        self.pieces: list[str] = []
        self.plain = False  # the pending line has text outside links
        self.level = 0
        self.links = 0
        self.pre = 0

    def add(self, text: str | None) -> None:
        if not text:
            return
        if not self.pre:
            text = _SPACES.sub(" ", text)
        self.pieces.append(text)
        if self.links == 0 and text.strip():
            self.plain = True

    def flush(self) -> None:
        text, plain = "".join(self.pieces), self.plain
        self.pieces, self.plain = [], False
        if not plain:
            return  # empty, or link-only (menus, "related articles")
        for piece in _LINE_BREAK.split(text):
            line = piece.strip()
            if line:
                if self.level:
                    self.levels[len(self.lines)] = self.level
                self.lines.append(line)


def extract_lines(root: Any) -> tuple[list[str], dict[int, int]]:
    """The lines of ``root``'s text and the heading level of heading lines."""
    from lxml import etree

    out = _Lines()
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            _start(out, tag, element)
        else:
            _end(out, tag, element, is_root=element is root)
    out.flush()
    return out.lines, out.levels


def _start(out: _Lines, tag: str, element: Any) -> None:
    if tag in BLOCK_TAGS or tag == "br":
        out.flush()
    if tag in HEADINGS:
        out.level = HEADINGS[tag]
    out.links += tag == "a"
    out.pre += tag == "pre"
    if tag:
        out.add(element.text)


def _end(out: _Lines, tag: str, element: Any, *, is_root: bool) -> None:
    out.links -= tag == "a"
    out.pre -= tag == "pre"
    if tag in BLOCK_TAGS:
        out.flush()
    if tag in HEADINGS:
        out.level = 0
    if not is_root:
        out.add(element.tail)
