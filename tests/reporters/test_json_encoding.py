"""The JSON reporter's encoders write exactly what ``json.dumps(indent=2)`` writes.

Reports are encoded by orjson where its text is the standard library's, else by the standard
library; the result is compared with ``json.dumps(value, indent=2, ensure_ascii=False)`` (the
contract's bytes) on generated values, floats of every magnitude included.
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint import __version__
from lint.reporters import json_out
from lint.reporters.base import RenderContext, ReportResult

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=12)
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=25,
)


def expected(value: Any, depth: int) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * depth)


@settings(max_examples=300, deadline=None)
@given(value=VALUES, depth=st.integers(min_value=0, max_value=3))
def test_dumps_is_json_dumps(value: Any, depth: int) -> None:
    assert json_out._dumps(value, depth) == expected(value, depth)


@pytest.mark.parametrize(
    "value",
    [1e-05, -2.5e-07, 1.5e-09, 0.0001, 0.00012, 1e16, 1.5e300, 82.5, 100.0, -0.0, 2**64, 2**80],
)
def test_numbers_where_the_encoders_differ(value: Any) -> None:
    """orjson writes ``1e-5`` as ``0.00001`` and refuses integers past 64 bits: those (and
    a string holding ``2e-3``) are written by ``json`` itself."""
    data = {"score": value, "list": [value], "text": "2e-3 and outline-2021"}
    assert json_out._dumps(data, 1) == expected(data, 1)
    assert json_out.Reporter.encode_utf8(data) == expected(data, 2).encode("utf-8")


def test_non_string_keys_are_written_as_json_writes_them() -> None:
    data = {"a": {1: "x", None: [], 2.5: {}}}
    assert json_out._dumps(data, 2) == expected(data, 2)


def test_reporter_writes_a_worker_encoded_report_unchanged() -> None:
    """A batch worker encodes its report (``Reporter.encode``); the reporter writes that text."""

    class Out:
        def __init__(self) -> None:
            self.parts: list[str] = []

        def write(self, text: str) -> int:
            self.parts.append(text)
            return len(text)

    data = {"path": "a.txt", "status": "ok", "findings": []}
    fresh, given_text = Out(), Out()
    json_out.Reporter(fresh, RenderContext()).add(ReportResult(data))  # type: ignore[arg-type]
    encoded = json_out.Reporter.encode(data)
    json_out.Reporter(given_text, RenderContext()).add(  # type: ignore[arg-type]
        ReportResult({"path": "other"}, encoded=encoded)
    )
    assert given_text.parts == fresh.parts
    assert encoded == expected(data, 2)


@settings(max_examples=200, deadline=None)
@given(value=st.dictionaries(st.text(max_size=6), VALUES, max_size=4))
def test_utf8_encoding_is_the_texts(value: Any) -> None:
    """What a worker sends (``encode_utf8``) is ``encode``'s text as UTF-8."""
    encoded = json_out.Reporter.encode_utf8(value)
    assert isinstance(encoded, bytes)
    assert encoded.decode("utf-8") == json_out.Reporter.encode(value) == expected(value, 2)


def test_text_without_a_utf8_form_stays_text() -> None:
    data = {"path": "a\udc80.txt", "score": 1e-05}
    assert json_out.Reporter.encode_utf8(data) == json_out.Reporter.encode(data)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_reporter_writes_utf8_bytes_as_the_text(encoding: str) -> None:
    """Bytes from a worker go straight to a UTF-8 stream's buffer, after the text before
    them; to a stream of another encoding they are written as text."""
    data = [{"path": f"{n}.txt", "status": "ok", "findings": ["法治"]} for n in "ab"]

    def written(results: list[ReportResult]) -> bytes:
        raw = io.BytesIO()
        out = io.TextIOWrapper(raw, encoding=encoding, newline="\n")
        reporter = json_out.Reporter(out, RenderContext())
        for result in results:
            reporter.add(result)
        reporter.finish({"reports": 2})
        out.flush()
        return raw.getvalue()

    plain = written([ReportResult(d) for d in data])

    def sent_bytes(value: dict[str, Any]) -> bytes:
        encoded = json_out.Reporter.encode_utf8(value)
        assert isinstance(encoded, bytes)
        return encoded

    sent = written([ReportResult({}, encoded=sent_bytes(d)) for d in data])
    mixed = written([ReportResult(data[0]), ReportResult({}, encoded=sent_bytes(data[1]))])
    assert sent == plain
    assert mixed == plain  # the text written before the bytes comes first
    assert plain.decode(encoding) == json.dumps(
        {"schema_version": 1, "tool": {"name": "fzlint", "version": __version__},
         "reports": data, "summary": {"reports": 2}},
        ensure_ascii=False, indent=2,
    ) + "\n"  # fmt: skip
