"""End-to-end smoke test of the walking skeleton on a real report."""

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from lint.cli import cli

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "reports"


def test_check_json_on_real_report(tmp_path: Path) -> None:
    report = tmp_path / "jinta.txt"
    shutil.copy(FIXTURES / "jinta-2023.txt", report)
    result = CliRunner().invoke(cli, ["check", "--format", "json", str(report)])
    data = json.loads(result.output)
    assert data["schema_version"] == 1
    assert data["reports"][0]["status"] == "ok"
    assert data["reports"][0]["meta"]["report_year"] == 2023
