"""Exit codes 0/1/2 in the situations the JSON contract names, for every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import REQUIRED, run, run_json

from lint.reporters import REPORTERS


def test_complete_report_exits_0(reports: Path) -> None:
    code, data = run_json("--no-config", "--select", REQUIRED, "reports/complete.txt")
    assert code == 0
    assert data["reports"][0]["findings"] == []
    assert data["summary"]["exit_code"] == 0


def test_missing_part_exits_1_with_exact_finding(reports: Path) -> None:
    code, data = run_json("--no-config", "--select", REQUIRED, "reports/missing.txt")
    assert code == 1
    findings = data["reports"][0]["findings"]
    assert [(f["rule"], f["severity"]) for f in findings] == [("FZS302", "error")]
    assert data["summary"] == {
        "reports": 1,
        "failed_reports": 0,
        "errors": 1,
        "warnings": 0,
        "infos": 0,
        "exit_code": 1,
    }


@pytest.mark.parametrize(("fail_on", "code"), [("error", 1), ("never", 0)])
def test_fail_on(reports: Path, fail_on: str, code: int) -> None:
    args = ("--no-config", "--select", REQUIRED, "--fail-on", fail_on, "reports/missing.txt")
    assert run(*args).exit_code == code


def test_min_score_fails_a_low_score(reports: Path) -> None:
    _, data = run_json("--no-config", "reports/complete.txt")
    overall = data["reports"][0]["score"]["overall"]
    if overall is None:
        pytest.skip("no topic rules apply yet, so the report has no score")
    args = ("--no-config", "--fail-on", "never", "reports/complete.txt")
    assert run(*args, "--min-score", str(overall)).exit_code == 0
    assert run(*args, "--min-score", str(overall + 0.1)).exit_code == 1


@pytest.mark.parametrize("fmt", list(REPORTERS))
def test_unreadable_input_exits_2_in_every_format(reports: Path, fmt: str) -> None:
    result = run("--no-config", "--format", fmt, "reports/complete.txt", "reports/nope.txt")
    assert result.exit_code == 2
    assert "not-found" in result.stdout


def test_bad_config_exits_2_naming_file_and_key(reports: Path) -> None:
    Path(".fzlint.yaml").write_text("selct: [FZS301]\n", encoding="utf-8")
    result = run("reports/complete.txt")
    assert result.exit_code == 2
    assert ".fzlint.yaml" in result.stderr and "selct" in result.stderr
    assert "Traceback" not in result.output


def test_unknown_rule_in_select_exits_2(reports: Path) -> None:
    result = run("--no-config", "--select", "FZX999", "reports/complete.txt")
    assert result.exit_code == 2 and "FZX999" in result.stderr


def test_output_file_written_whole(reports: Path) -> None:
    result = run("--no-config", "--format", "json", "-o", "out.json", "reports/complete.txt")
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(Path("out.json").read_text(encoding="utf-8"))["summary"]["reports"] == 1
    assert [p.name for p in Path(".").iterdir() if p.name.startswith(".out")] == []


def test_output_into_missing_folder_exits_2(reports: Path) -> None:
    result = run("--no-config", "-o", "no/such/dir/out.json", "reports/complete.txt")
    assert result.exit_code == 2 and "output-failed" in result.stderr


def test_standard_input(reports: Path) -> None:
    data = Path("reports/missing.txt").read_bytes()
    result = run("--no-config", "--select", REQUIRED, "--format", "json", "-", input=data)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["reports"][0]["path"] == "-"
