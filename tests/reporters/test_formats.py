"""Every format rendered from the same hand-built reports, checked against what it must say."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
from reporter_samples import RULES, error_report, sample_report

from lint.reporters import REPORTERS, get, result_of, stream
from lint.reporters.base import RenderContext, ReportResult, coverage_rows
from lint.reporters.github import escape_data, escape_property
from lint.reporters.view import document_dict


def render(name: str, results: list[ReportResult], ctx: RenderContext) -> tuple[str, dict]:
    out = io.StringIO()
    summary = stream(name, results, out, ctx)
    return out.getvalue(), summary


def sarif_schema() -> dict:
    """The official OASIS SARIF 2.1.0 schema (errata01), copied verbatim from
    https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json
    (its ``id``) into tests/reporters/, so validation needs no network and no extra package."""
    path = Path(__file__).with_name("sarif-schema-2.1.0.json")
    schema: dict = json.loads(path.read_text(encoding="utf-8"))
    assert schema["id"].endswith("sarif-schema-2.1.0.json")
    return schema


def test_registry_modules_all_load() -> None:
    for name in REPORTERS:
        reporter = get(name)
        assert callable(reporter)


def test_json_stream_equals_contract_document(results, ctx) -> None:
    text, summary = render("json", results, ctx)
    reports = [sample_report(), error_report()]
    expected = json.dumps(document_dict(reports, 2, RULES), ensure_ascii=False, indent=2) + "\n"
    assert text == expected
    data = json.loads(text)
    assert data["summary"] == {
        "reports": 2,
        "failed_reports": 1,
        "errors": 1,
        "warnings": 2,
        "infos": 1,
        "exit_code": 2,
    }
    assert summary["exit_code"] == 2


def test_json_no_reports(ctx) -> None:
    text, _ = render("json", [], ctx)
    assert json.loads(text)["reports"] == []


@pytest.mark.parametrize(
    ("fail_on", "min_score", "code"),
    [("error", None, 1), ("never", None, 0), ("never", Decimal("40.1"), 1), ("never", 40, 0)],
)
def test_exit_code_gates(fail_on, min_score, code) -> None:
    ctx = RenderContext(rules=RULES, fail_on=fail_on, min_score=min_score)
    _, summary = render("json", [result_of(sample_report(), RULES)], ctx)
    assert summary["exit_code"] == code


def test_sarif_validates_and_locates_every_result(results, ctx) -> None:
    text, _ = render("sarif", results, ctx)
    log = json.loads(text)
    jsonschema.Draft4Validator(sarif_schema()).validate(log)
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    declared = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert declared == ["FZN201", "FZP501", "FZ1001"]
    rate = run["tool"]["driver"]["rules"][0]
    assert rate["name"] == "rate-mismatch"
    assert rate["shortDescription"]["text"] == "比率与分子分母不符"
    assert "纲要(2021—2025) 五(十五)" in rate["help"]["text"]
    assert rate["defaultConfiguration"]["level"] == "warning"
    results_ = run["results"]
    assert [r["ruleId"] for r in results_] == ["FZN201", "FZP501", "FZ1001", "FZP501"]
    assert [r["level"] for r in results_] == ["warning", "error", "warning", "note"]
    for result in results_:
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {
            "uri": "reports/%E6%9F%90%E5%8E%BF%202023.txt",
            "uriBaseId": "%SRCROOT%",
        }
        assert location["region"]["startLine"] >= 1
        assert result["partialFingerprints"]["fzlintFinding/v1"]
    assert results_[0]["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 3,
        "startColumn": 15,
        "endLine": 3,
        "endColumn": 21,
        "snippet": {"text": "全年审结行政复议案件30件，纠错率25%。"},
    }
    assert results_[2]["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert notes[0]["descriptor"]["id"] == "unsupported-format"


def test_sarif_path_outside_cwd_is_file_uri(tmp_path: Path) -> None:
    ctx = RenderContext(rules=RULES, cwd=tmp_path / "elsewhere")
    report = sample_report(str(tmp_path / "r.txt"))
    text, _ = render("sarif", [result_of(report, RULES)], ctx)
    uri = json.loads(text)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert uri["artifactLocation"]["uri"].startswith("file:///")


@pytest.mark.parametrize(("fail_on", "failures"), [("error", 1), ("warning", 3), ("info", 4)])
def test_junit_failures_at_or_above_fail_on(results, fail_on, failures) -> None:
    ctx = RenderContext(rules=RULES, fail_on=fail_on)
    text, _ = render("junit", results, ctx)
    root = ET.fromstring(text.encode("utf-8"))
    suite = root.find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["reports/某县 2023.txt", "bad/坏文件.doc"]
    assert len(cases[0].findall("failure")) == failures
    error = cases[1].find("error")
    assert error is not None and error.get("type") == "unsupported-format"
    assert suite.get("tests") == "2" and suite.get("errors") == "1"
    assert suite.get("failures") == "1"


def test_junit_min_score_failure() -> None:
    ctx = RenderContext(rules=RULES, fail_on="never", min_score=Decimal(60))
    text, _ = render("junit", [result_of(sample_report(), RULES)], ctx)
    failures = ET.fromstring(text.encode("utf-8")).iter("failure")
    assert [f.get("type") for f in failures] == ["min-score"]


def test_github_escaping_rules() -> None:
    assert escape_data("a%b\r\nc:d,e") == "a%25b%0D%0Ac:d,e"
    assert escape_property("a%b\r\nc:d,e") == "a%25b%0D%0Ac%3Ad%2Ce"


def test_github_annotation_lines(results, ctx) -> None:
    text, _ = render("github", results, ctx)
    lines = text.splitlines()
    assert lines[0] == (
        "::warning file=reports/某县 2023.txt,line=3,col=15,endLine=3,endColumn=21,"
        "title=FZN201 rate-mismatch::纠错率写作25%25，但按 7/30 计算为23.3%25"
        "（依据：纲要(2021—2025) 五(十五)）"
    )
    assert lines[1].startswith("::error file=reports/某县 2023.txt,line=6,col=5,")
    assert "::引号内用语：,50%25:%0A换行（依据：公文格式通行做法）" in lines[1]
    assert lines[2].startswith("::warning file=reports/某县 2023.txt,line=1,title=FZ1001 ")
    assert lines[3].startswith("::notice ")
    assert lines[4] == (
        "::error file=bad/坏文件.doc,title=fzlint unsupported-format::bad/坏文件.doc: 无法读取"
    )


def test_markdown_summary_and_top_findings(results, ctx) -> None:
    text, _ = render("markdown", results, ctx)
    assert text.startswith("## fzlint：2 份报告，1 个错误，2 个警告，1 个提示，1 份无法检查\n")
    assert "| reports/某县 2023.txt | 40.0 | 1 | 2 | 1 | 加强党的领导 |" in text
    assert "| bad/坏文件.doc | 无法检查 | 0 | 0 | 0 |  |" in text
    first = text.index("`FZP501` 引号内用语")  # errors come first
    assert first < text.index("`FZN201`")
    assert "\\<重视\\>" in text  # no raw HTML reaches the comment
    assert "**无法检查** `unsupported-format`" in text


def test_terminal_plain_when_not_a_terminal(results, ctx) -> None:
    text, _ = render("text", results, ctx)
    assert "\x1b[" not in text
    assert "3:15  警告  FZN201  纠错率写作25%" in text
    assert "「全年审结行政复议案件30件，纠错率25%。」" in text
    assert "依据：纲要(2021—2025) 五(十五)" in text
    assert "【主要举措和成效】一、主要举措和成效" in text
    assert "bad/坏文件.doc: 无法检查 [unsupported-format]" in text
    assert "汇总" in text  # several reports: the summary table


def test_terminal_quiet_prints_only_the_summary_line(results) -> None:
    ctx = RenderContext(rules=RULES, quiet=True)
    text, _ = render("text", results, ctx)
    assert text == "共 2 份报告：1 个错误，2 个警告，1 个提示；1 份无法检查（退出码 2）\n"


def test_terminal_statistics_counts_by_rule(results) -> None:
    ctx = RenderContext(rules=RULES, statistics=True, quiet=True)
    text, _ = render("text", results, ctx)
    rows = [line.replace("│", " ").split() for line in text.splitlines() if "FZ" in line]
    assert [row[:2] for row in rows] == [["2", "FZP501"], ["1", "FZ1001"], ["1", "FZN201"]]


def test_coverage_rows_count_what_the_score_counts() -> None:
    # part ch03 scores one owed topic covered of two; a second covered topic there is one the
    # report's level does not owe (left out of the score), so the row says 1 covered, not 2
    data = {
        "score": {"chapters": [{"id": "p3", "title": "三", "score": 50.0, "covered": 1}]},
        "topics": [
            {"part": "p3", "status": "covered"},
            {"part": "p3", "status": "missing"},
            {"part": "p3", "status": "covered"},
            {"part": "p3", "status": "not-applicable"},
        ],
    }
    ((row,),) = [coverage_rows(data)]
    assert {k: row[k] for k in ("covered", "weak", "missing", "score")} == {
        "covered": 1,
        "weak": 0,
        "missing": 1,
        "score": 50.0,
    }
