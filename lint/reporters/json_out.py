"""``--format json``: the public contract, schema version 1, streamed report by report.

The bytes are those of ``json.dump(view.document_dict(...), indent=2, ensure_ascii=False)``:
each report is written as soon as it arrives, the summary last.

The standard library encodes with ``indent`` in pure Python, one generator step per token.
orjson (a compiled encoder) writes the same text for the plain values reports are made of
(dicts with string keys, lists, strings, integers, booleans, None, and floats between 1e-4 and
1e16, which both print as the shortest round-trip digits) about ten times faster; where its
output could differ (a float printed in exponent form or below 1e-4, a value it refuses) or
where orjson is not installed, ``_encode`` writes the text in Python and hands anything else
to ``json.dumps``. In a batch each report is encoded by the worker that checked it
(``Reporter.encode``), so the parent only writes text.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any, TextIO

from lint import __version__
from lint.reporters.base import RenderContext, ReportResult
from lint.reporters.view import SCHEMA_VERSION

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is a dependency; the Python encoder is exact
    orjson = None  # type: ignore[assignment]

_string: Callable[[str], str] = json.encoder.encode_basestring
_DIGITS = frozenset(b"0123456789")


class _Unusual(Exception):
    """A value ``_encode`` leaves to ``json.dumps`` (non-string keys, NaN, other types)."""


def _dumps(value: Any, depth: int) -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)`` at nesting ``depth`` (its line
    breaks indented by ``depth`` levels)."""
    fast = _orjson(value)
    if fast is not None:
        return fast.replace("\n", "\n" + "  " * depth) if depth else fast
    out: list[str] = []
    try:
        _encode(value, "\n" + "  " * depth, out)
    except _Unusual:
        text = json.dumps(value, ensure_ascii=False, indent=2)
        return text.replace("\n", "\n" + "  " * depth)
    return "".join(out)


def _orjson(value: Any) -> str | None:
    if orjson is None:
        return None
    try:
        data = orjson.dumps(value, option=orjson.OPT_INDENT_2)
    except (TypeError, orjson.JSONEncodeError):  # big integers, other types, non-str keys
        return None
    return None if _may_differ(data) else data.decode("utf-8")


def _may_differ(data: bytes) -> bool:
    """Where orjson's text may differ from ``json``'s: a float below 1e-4 (``0.00001`` vs
    ``1e-05``) or with a negative exponent (``1e-9`` vs ``1e-09``). A string holding such text
    (``2e-3``) takes the slower path too, which is only slower. (NaN and infinities, which the
    view never produces, would be ``null`` here and ``NaN`` there.)"""
    if b"0.0000" in data:
        return True
    at = data.find(b"e-")
    while at > 0:  # "e-" is rare (``outline-2021``); a digit before it makes an exponent
        if data[at - 1] in _DIGITS:
            return True
        at = data.find(b"e-", at + 2)
    return False


def _encode(value: Any, newline: str, out: list[str]) -> None:
    """Append the ``indent=2`` JSON of ``value``; ``newline`` is its line break + indentation."""
    kind = type(value)
    if kind is str:
        out.append(_string(value))
    elif kind is dict:
        _encode_dict(value, newline, out)
    elif kind is list:
        _encode_list(value, newline, out)
    else:
        out.append(_other(value, newline))


def _other(value: Any, newline: str) -> str:
    """What ``json`` writes for a value that is no plain str, dict or list."""
    if isinstance(value, str):
        return _string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float) and math.isfinite(value):
        return float.__repr__(value)
    out: list[str] = []
    if isinstance(value, (list, tuple)):
        _encode_list(value, newline, out)
    elif isinstance(value, dict):
        _encode_dict(value, newline, out)
    else:
        raise _Unusual
    return "".join(out)


def _encode_list(value: list[Any] | tuple[Any, ...], newline: str, out: list[str]) -> None:
    if not value:
        out.append("[]")
        return
    inner = newline + "  "
    separator = "," + inner
    out.append("[" + inner)
    for index, item in enumerate(value):
        if index:
            out.append(separator)
        if type(item) is str:
            out.append(_string(item))
        else:
            _encode(item, inner, out)
    out.append(newline + "]")


def _encode_dict(value: dict[Any, Any], newline: str, out: list[str]) -> None:
    if not value:
        out.append("{}")
        return
    inner = newline + "  "
    separator = "," + inner
    out.append("{" + inner)
    first = True
    for key, item in value.items():
        if type(key) is not str:
            raise _Unusual
        head = _string(key) + ": "
        out.append(head if first else separator + head)
        first = False
        kind = type(item)
        if kind is str:
            out.append(_string(item))
        elif kind is int:
            out.append(int.__repr__(item))
        elif item is None:
            out.append("null")
        else:
            _encode(item, inner, out)
    out.append(newline + "}")


class Reporter:
    needs_lines = False

    @staticmethod
    def encode(data: dict[str, Any]) -> str:
        """One report as ``add`` writes it; depends on the report alone, so a batch worker
        can make it (``ReportResult.encoded``)."""
        return _dumps(data, 2)

    def __init__(self, out: TextIO, ctx: RenderContext) -> None:
        self.out = out
        self.count = 0

    def add(self, result: ReportResult) -> None:
        if self.count == 0:
            tool = {"name": "fzlint", "version": __version__}
            self.out.write(f'{{\n  "schema_version": {SCHEMA_VERSION},\n')
            self.out.write(f'  "tool": {_dumps(tool, 1)},\n  "reports": [\n    ')
        else:
            self.out.write(",\n    ")
        encoded = result.encoded
        self.out.write(self.encode(result.data) if encoded is None else encoded)
        self.count += 1

    def finish(self, summary: dict[str, Any]) -> None:
        if self.count == 0:
            tool = {"name": "fzlint", "version": __version__}
            self.out.write(f'{{\n  "schema_version": {SCHEMA_VERSION},\n')
            self.out.write(f'  "tool": {_dumps(tool, 1)},\n  "reports": []')
        else:
            self.out.write("\n  ]")
        self.out.write(f',\n  "summary": {_dumps(summary, 1)}\n}}\n')
