"""scripts/agreement.py: fzlint's statuses against hand labels, counted per labeller."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "agreement.py"

TEXT = (
    "某县2023年法治政府建设情况报告\n"
    "一、主要举措和成效\n"
    "全年受理行政复议案件24件，审结19件，纠正违法或不当行政行为3件。\n"
)


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("agreement", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _labels(path: Path, labels: dict[str, dict[str, object]]) -> None:
    data = {"report": "a-2023.txt", "outline": "outline-2021", "labels": labels}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def label_set(tmp_path: Path) -> Path:
    folder = tmp_path / "set1"
    folder.mkdir()
    (folder / "a-2023.txt").write_text(TEXT, encoding="utf-8")
    (folder / "sources.tsv").write_text("a-2023.txt\t某县\tcounty\t2023\t-\n", encoding="utf-8")
    _labels(
        folder / "a-2023.yaml",
        {
            "admin-reconsideration": {"status": "covered", "why": "受理行政复议案件24件"},
            "annual-shufa": {"status": "missing", "why": "无述法"},
            "emergency-rule-of-law": {"status": "covered", "why": "wrong on purpose"},
        },
    )
    _labels(
        folder / "a-2023.l2.yaml",
        {
            "admin-reconsideration": {"status": "covered", "why": ""},
            "annual-shufa": {"status": "missing", "why": ""},
            "emergency-rule-of-law": {"status": "missing", "why": "", "borderline": True},
        },
    )
    # the third reader settles the one disagreement: missing
    settled = [{"file": "a-2023.txt", "slug": "emergency-rule-of-law", "status": "missing"}]
    (folder / "adjudicated.yaml").write_text(json.dumps(settled), encoding="utf-8")
    return folder


def test_counts_agreement_with_each_labeller(
    label_set: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = _script()
    saved = label_set.parent / "fz.json"
    assert script.main(["--save", str(saved), str(label_set)]) == 0
    statuses = json.loads(saved.read_text(encoding="utf-8"))["set1/a-2023.txt"]
    assert statuses["admin-reconsideration"] == "covered"
    assert statuses["emergency-rule-of-law"] == "missing"
    capsys.readouterr()
    assert script.main(["--statuses", str(saved), "--errors", str(label_set)]) == 0
    out = capsys.readouterr().out
    assert "vs L1 2/3 66.7%" in out
    assert "vs L2 3/3 100.0%" in out
    assert "L1 vs L2 2/3 66.7%" in out
    assert "both agree 2/2 100.0%" in out
    assert "not borderline 2/2 100.0%" in out
    assert "settled 3/3 100.0%" in out
    assert "emergency-rule-of-law: label covered, fzlint missing (borderline)" in out


def test_a_file_among_the_sets_is_skipped(
    label_set: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # fixtures/labels/sets/* also expands to the folder's README
    readme = label_set.parent / "README.md"
    readme.write_text("# sets\n", encoding="utf-8")
    statuses = {"set1/a-2023.txt": {"admin-reconsideration": "covered"}}
    saved = label_set.parent / "fz.json"
    saved.write_text(json.dumps(statuses), encoding="utf-8")
    assert _script().main(["--statuses", str(saved), str(readme), str(label_set)]) == 0
    out = capsys.readouterr().out
    assert "README.md" not in out
    assert out.startswith("set1: vs L1 1/3 33.3%")


def test_not_applicable_agrees_with_a_label_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the labellers judge the text only: a topic a county does not owe (规章备案审查), not in
    # the text, is their `missing` and fzlint's `not-applicable`; a covered label still differs
    folder = tmp_path / "set2"
    folder.mkdir()
    (folder / "a-2023.txt").write_text(TEXT, encoding="utf-8")
    (folder / "sources.tsv").write_text("a-2023.txt\t某县\tcounty\t2023\t-\n", encoding="utf-8")
    labels = {
        "rules-filing": {"status": "missing", "why": "无规章备案"},
        "legislation-plan": {"status": "covered", "why": "wrong on purpose"},
    }
    _labels(folder / "a-2023.yaml", labels)
    _labels(folder / "a-2023.l2.yaml", labels)
    script = _script()
    saved = tmp_path / "fz.json"
    assert script.main(["--save", str(saved), str(folder)]) == 0
    statuses = json.loads(saved.read_text(encoding="utf-8"))["set2/a-2023.txt"]
    assert statuses["rules-filing"] == statuses["legislation-plan"] == "not-applicable"
    capsys.readouterr()
    assert script.main(["--statuses", str(saved), str(folder)]) == 0
    out = capsys.readouterr().out
    assert "vs L1 1/2 50.0%" in out
    assert "settled 1/2 50.0%" in out
    assert "not-applicable taken as missing: 1" in out
    assert "missing: not-applicable 1" in out  # the confusion table keeps the statuses
