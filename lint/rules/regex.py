"""Regular expressions in rules: RE2, a linear-time engine, with character offsets.

Every regex that comes from a rule file (bundled or a user's ``--rules``) is compiled here,
never with ``re``: RE2 runs in time linear in the text, so no pattern can hang a run through
catastrophic backtracking. The price is RE2's syntax: no lookaround (``(?=…)``, ``(?!…)``,
``(?<=…)``, ``(?<!…)``), no backreferences (``\\1``), no possessive quantifiers; such a
pattern is a load error that says so.

Offsets: for ``str`` input the ``re2`` binding returns *character* offsets (it encodes the
text to UTF-8, matches, and converts the byte offsets back), so spans index ``doc.text``
directly. Each call encodes the whole text once, so scan a text with one ``finditer`` call
(and ``pos``/``endpos`` for a region) rather than many ``search`` calls in a loop.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import re2

from lint.errors import RuleError
from lint.model import Span

RE2_LIMITS = (
    "规则中的正则表达式由 RE2 引擎执行（线性时间），不支持前瞻/后行断言 (?=…) (?!…) (?<=…) (?<!…)、"
    "反向引用 \\1 和占有量词"
)


def _options() -> Any:
    options = re2.Options()
    options.log_errors = False  # errors are reported by us, with file and line
    return options


class Pattern:
    """A compiled rule regex. ``source`` is the pattern as written in the rule."""

    __slots__ = ("_regex", "source")

    def __init__(self, source: str, regex: Any) -> None:
        self.source = source
        self._regex = regex

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Span]:
        """Non-overlapping matches in ``text[pos:endpos]`` as character spans of ``text``."""
        for match in self._regex.finditer(text, pos, endpos):
            yield Span(match.start(), match.end())

    def matches(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        """RE2 match objects, character offsets. ``group(name)``/``groupdict()`` take names,
        but ``start``/``end``/``span`` take a group *number* only (``regex.groupindex``)."""
        return self._regex.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Span | None:
        """The first match as a character span, or ``None``."""
        match = self._regex.search(text, pos, endpos)
        return Span(match.start(), match.end()) if match is not None else None

    @property
    def groupindex(self) -> dict[str, int]:
        return dict(self._regex.groupindex)

    def __repr__(self) -> str:
        return f"Pattern({self.source!r})"


def compile_pattern(
    pattern: object, location: str = "", key: str = "", *, allow_empty: bool = False
) -> Pattern:
    """Compile a rule's regex with RE2, or raise ``RuleError`` at ``location`` / ``key``.

    A pattern that can match the empty string is refused unless ``allow_empty``: it would
    "match" everywhere and make a rule fire (or a topic look covered) on any text.
    """
    if not isinstance(pattern, str) or not pattern:
        raise RuleError("正则表达式必须是非空字符串", location=location, key=key)
    try:
        regex = re2.compile(pattern, _options())
    except re2.error as exc:
        detail = exc.args[0] if exc.args else exc
        if isinstance(detail, bytes):
            detail = detail.decode("utf-8", "replace")
        raise RuleError(
            f"正则表达式无效：{pattern}（{detail}）。{RE2_LIMITS}", location=location, key=key
        ) from None
    if not allow_empty and regex.search("") is not None:
        raise RuleError(
            f"正则表达式 {pattern} 可匹配空字符串，会在任何文本上命中", location=location, key=key
        )
    return Pattern(pattern, regex)
