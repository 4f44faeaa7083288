"""``--format json``: the public contract, schema version 1, streamed report by report.

The bytes are those of ``json.dump(view.document_dict(...), indent=2, ensure_ascii=False)``:
each report is written as soon as it arrives, the summary last.

The standard library encodes with ``indent`` in pure Python, one generator step per token;
``_encode`` writes the same text for the plain values reports are made of (dicts with string
keys, lists, strings, numbers, booleans, None) a few times faster, and hands anything else to
``json.dumps``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any, TextIO

from lint import __version__
from lint.reporters.base import RenderContext, ReportResult
from lint.reporters.view import SCHEMA_VERSION

_string: Callable[[str], str] = json.encoder.encode_basestring


class _Unusual(Exception):
    """A value ``_encode`` leaves to ``json.dumps`` (non-string keys, NaN, other types)."""


def _dumps(value: Any, depth: int) -> str:
    out: list[str] = []
    try:
        _encode(value, "\n" + "  " * depth, out)
    except _Unusual:
        text = json.dumps(value, ensure_ascii=False, indent=2)
        return text.replace("\n", "\n" + "  " * depth)
    return "".join(out)


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
        self.out.write(_dumps(result.data, 2))
        self.count += 1

    def finish(self, summary: dict[str, Any]) -> None:
        if self.count == 0:
            tool = {"name": "fzlint", "version": __version__}
            self.out.write(f'{{\n  "schema_version": {SCHEMA_VERSION},\n')
            self.out.write(f'  "tool": {_dumps(tool, 1)},\n  "reports": []')
        else:
            self.out.write("\n  ]")
        self.out.write(f',\n  "summary": {_dumps(summary, 1)}\n}}\n')
