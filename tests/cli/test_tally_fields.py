"""A worker sends, beside an encoded report, only the fields the tally reads: the summary and
the exit code must be those of the whole report dicts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from lint import engine
from lint.options import Options
from lint.reporters.base import Tally
from lint.reporters.view import report_dict
from lint.rules import load_bundled

REPORTS = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "reports").glob("*.txt"))


@pytest.fixture(scope="module")
def dicts() -> list[dict]:
    ruleset = load_bundled([])
    checked = [engine.check_path(p, p.name, ruleset, Options()) for p in REPORTS]
    missing = engine.check_path(Path("absent.txt"), "absent.txt", ruleset, Options())
    return [report_dict(r, ruleset.rules) for r in [*checked, missing]]


@pytest.mark.parametrize("fail_on", ["error", "warning", "info", "never"])
@pytest.mark.parametrize("min_score", [None, Decimal("50"), Decimal("99.9")])
def test_tally_of_fields_is_the_tally_of_the_report(
    dicts: list[dict], fail_on: str, min_score: Decimal | None
) -> None:
    whole, fields = Tally(fail_on, min_score), Tally(fail_on, min_score)
    for data in dicts:
        whole.add(data)
        fields.add(Tally.fields(data))
    assert fields.summary() == whole.summary()
    assert fields.exit_code == whole.exit_code
