"""``--format json``: the public contract, schema version 1, streamed report by report.

The bytes are those of ``json.dump(view.document_dict(...), indent=2, ensure_ascii=False)``:
each report is written as soon as it arrives, the summary last.

The standard library encodes with ``indent`` in pure Python, one generator step per token.
orjson (a compiled encoder) writes the same text for the plain values reports are made of
(dicts with string keys, lists, strings, integers, booleans, None, and floats between 1e-4 and
1e16, which both print as the shortest round-trip digits) about ten times faster; where its
output could differ (a float printed in exponent form or below 1e-4, a value it refuses) the
standard library writes it. In a batch each report is encoded by the worker that checked it
(``Reporter.encode_utf8``) and sent as UTF-8 bytes, which the parent writes without
decoding or encoding them again.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

import orjson

from lint import __version__
from lint.reporters.base import RenderContext, ReportResult
from lint.reporters.output import write_utf8
from lint.reporters.view import SCHEMA_VERSION

# ``e-`` right after a digit: a float's negative exponent (searched from its literal ``e-``:
# ``re`` skips ahead to it, then looks behind; a report's JSON has ~200 ``e-`` in its slugs)
_EXPONENT = re.compile(rb"e-(?<=[0-9]e-)")
# orjson's text of ``{"r": [value]}`` around the value's: the value indented two levels deeper
# (what a report in the ``reports`` list is) without a pass over its lines
_WRAP_HEAD, _WRAP_TAIL = map(len, orjson.dumps({"r": [0]}, option=orjson.OPT_INDENT_2).split(b"0"))


def _dumps(value: Any, depth: int) -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)`` at nesting ``depth`` (its line
    breaks indented by ``depth`` levels)."""
    text = _orjson(value)
    if text is None:
        import json  # the rare values orjson does not write as ``json`` does

        text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + "  " * depth) if depth else text


def _orjson(value: Any) -> str | None:
    data = _orjson_utf8(value)
    return None if data is None else data.decode("utf-8")


def _orjson_utf8(value: Any) -> bytes | None:
    """orjson's UTF-8 bytes (indented by 2), or None where ``json`` must write the value."""
    try:
        data = orjson.dumps(value, option=orjson.OPT_INDENT_2)
    except (TypeError, orjson.JSONEncodeError):  # big integers, other types, non-str keys
        return None
    return None if _may_differ(data) else data


def _may_differ(data: bytes) -> bool:
    """Where orjson's text may differ from ``json``'s: a float below 1e-4 (``0.00001`` vs
    ``1e-05``) or with a negative exponent (``1e-9`` vs ``1e-09``). A string holding such text
    (``2e-3``) takes the slower path too, which is only slower. (NaN and infinities, which the
    view never produces, would be ``null`` here and ``NaN`` there.)"""
    return b"0.0000" in data or _EXPONENT.search(data) is not None


# Everything before the reports' list: the schema version and the tool.
_HEADER = (
    f'{{\n  "schema_version": {SCHEMA_VERSION},\n'
    f'  "tool": {_dumps({"name": "fzlint", "version": __version__}, 1)},\n  "reports": '
)


class Reporter:
    needs_lines = False

    @staticmethod
    def encode(data: dict[str, Any]) -> str:
        """One report as ``add`` writes it; depends on the report alone, so a batch worker
        can make it (``ReportResult.encoded``)."""
        return _dumps(data, 2)

    @staticmethod
    def encode_utf8(data: dict[str, Any]) -> bytes | str:
        """``encode``'s text as UTF-8 bytes (what a batch worker sends: the parent writes
        them as they are); the text itself where it has no UTF-8 form (a lone surrogate)."""
        encoded = _orjson_utf8({"r": [data]})  # (two levels deeper: see ``_WRAP_HEAD``)
        if encoded is not None:
            return encoded[_WRAP_HEAD : len(encoded) - _WRAP_TAIL]
        text = _dumps(data, 2)
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError:
            return text

    def __init__(self, out: TextIO, ctx: RenderContext) -> None:
        self.out = out
        self.count = 0

    def add(self, result: ReportResult) -> None:
        lead = _HEADER + "[\n    " if self.count == 0 else ",\n    "
        encoded = result.encoded
        if isinstance(encoded, bytes):
            write_utf8(self.out, lead.encode("utf-8") + encoded)
        else:
            self.out.write(lead)
            self.out.write(self.encode(result.data) if encoded is None else encoded)
        self.count += 1

    def finish(self, summary: dict[str, Any]) -> None:
        if self.count == 0:
            self.out.write(_HEADER + "[]")
        else:
            self.out.write("\n  ]")
        self.out.write(f',\n  "summary": {_dumps(summary, 1)}\n}}\n')
