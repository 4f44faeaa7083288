"""Configuration files (found upwards, command line wins) and baselines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import REQUIRED, run, run_json

from lint.config import load_config, parse_config
from lint.errors import ConfigError


def test_yaml_config_found_upwards_and_cli_wins(reports: Path) -> None:
    Path(".fzlint.yaml").write_text(
        f"select: [{REQUIRED}]\nseverity:\n  FZS302: warning\n", encoding="utf-8"
    )
    code, data = run_json("reports/missing.txt")
    assert code == 0  # the configured severity is a warning, below fail-on error
    assert [f["severity"] for f in data["reports"][0]["findings"]] == ["warning"]
    assert run("--fail-on", "warning", "reports/missing.txt").exit_code == 1
    assert run("--no-config", "--select", REQUIRED, "reports/missing.txt").exit_code == 1


def test_pyproject_per_path_and_off(reports: Path) -> None:
    Path("pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.fzlint]\n'
        f'select = {REQUIRED.split(",")}\nfail-on = "warning"\n'
        '[tool.fzlint.per-path."reports/missing*"]\nseverity = {FZS302 = "off"}\n',
        encoding="utf-8",
    )
    code, data = run_json("reports/missing.txt")
    assert code == 0 and data["reports"][0]["findings"] == []


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({"fail-on": "sometimes"}, "fail-on"),
        ({"select": 3}, "select"),
        ({"severity": {"FZS302": "fatal"}}, "severity"),
        ({"min-score": "high"}, "min-score"),
        ({"per-path": {"*.txt": {"rules": ["x"]}}}, "per-path.*.txt.rules"),
        ({"max-size": -1}, "max-size"),
    ],
)
def test_config_errors_name_file_and_key(raw: dict, key: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(raw, Path("proj/.fzlint.yaml"))
    assert "proj/.fzlint.yaml" in info.value.message and key in info.value.message


def test_rules_paths_relative_to_config_file(tmp_path: Path) -> None:
    (tmp_path / ".fzlint.yaml").write_text("rules: [extra]\nmin-score: 60\n", encoding="utf-8")
    config = load_config(tmp_path / ".fzlint.yaml")
    assert config.rules == (tmp_path / "extra",)
    assert str(config.min_score) == "60"


def test_baseline_silences_recorded_findings_across_moved_lines(reports: Path) -> None:
    args = ("--no-config", "--select", f"{REQUIRED},FZS310")
    first = run(*args, "--write-baseline", "baseline.json", "reports/missing.txt")
    assert first.exit_code == 0
    recorded = json.loads(Path("baseline.json").read_text(encoding="utf-8"))["findings"]
    assert sorted(e["rule"] for e in recorded) == ["FZS302", "FZS310"]
    code, data = run_json(*args, "--baseline", "baseline.json", "reports/missing.txt")
    assert code == 0 and data["reports"][0]["findings"] == []
    report = Path("reports/missing.txt")
    report.write_text("（内部征求意见稿）\n" + report.read_text(encoding="utf-8"), encoding="utf-8")
    code, data = run_json(*args, "--baseline", "baseline.json", "reports/missing.txt")
    assert code == 0 and data["reports"][0]["findings"] == []
    # a new problem is still reported
    text = report.read_text(encoding="utf-8").replace("四、2024年度", "六、2024年度")
    report.write_text(text, encoding="utf-8")
    _, data = run_json(*args, "--baseline", "baseline.json", "reports/missing.txt")
    assert [f["rule"] for f in data["reports"][0]["findings"]] == ["FZS310"]
    assert "六、" in data["reports"][0]["findings"][0]["excerpt"]


def test_bad_baseline_file_exits_2(reports: Path) -> None:
    Path("baseline.json").write_text("[1, 2]", encoding="utf-8")
    result = run("--no-config", "--baseline", "baseline.json", "reports/complete.txt")
    assert result.exit_code == 2 and "baseline.json" in result.stderr
