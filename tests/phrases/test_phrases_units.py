"""Table tests for the helpers behind the document-title and dated-term checks."""

from __future__ import annotations

import datetime

import pytest

from lint.checks.phrases_terms import horizon
from lint.checks.phrases_titles import canonical, title_key
from lint.checks.report_text import cn_number, parse_date
from lint.document import document_from_text


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("法治政府建设实施纲要(2021-2025)", "法治政府建设实施纲要（2021—2025年）"),
        ("法治政府建设实施纲要（20212025年）", "法治政府建设实施纲要（2021—2025年）"),
        ("法治政府建设实施纲要 （2015 — 2020年）", "法治政府建设实施纲要（2015—2020年）"),
    ],
)
def test_canonical(title: str, want: str) -> None:
    assert canonical(title) == want


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("法制政府建设实施纲要（2021—2026年）", "法治政府建设实施纲要"),
        ("中华人民共和国行政复议法", "行政复议法"),
    ],
)
def test_title_key(title: str, want: str) -> None:
    assert title_key(title) == want


@pytest.mark.parametrize(
    ("token", "want"), [("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("二十三", 23), ("7", 7)]
)
def test_cn_number(token: str, want: int) -> None:
    assert cn_number(token) == want


def test_parse_date_precision() -> None:
    assert parse_date("2024-05") == datetime.date(2024, 5, 1)
    assert parse_date("2021") == datetime.date(2021, 1, 1)
    assert parse_date("2024-13-40") is None


def test_horizon_is_publication_else_end_of_first_quarter() -> None:
    doc = document_from_text("某县2023年度法治政府建设情况报告")
    doc.meta.report_year, doc.meta.published, doc.meta.signed = 2023, None, "2024-01-17"
    assert horizon(doc) == datetime.date(2024, 3, 31)
    doc.meta.published = "2024-02-28"
    assert horizon(doc) == datetime.date(2024, 2, 28)
