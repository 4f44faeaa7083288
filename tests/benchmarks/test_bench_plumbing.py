"""The benchmark script's plumbing on tiny inputs: corpus, prh dictionary, run checks, targets.

No timing is asserted here: speed is measured by ``benchmarks/run.py`` only.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_report  # noqa: E402
import make_corpus  # noqa: E402
import prh  # noqa: E402
from bench_measure import RunResult, ToolFailed, run_once  # noqa: E402
from bench_peers import _textlint_check  # noqa: E402

REPORT_A = (
    "东河县人民政府关于2023年法治政府建设情况的报告\n"
    "2023年，东河县坚持法治引领。东河县政府常务会议学法4次。\n"
    "一、主要举措\n"
    "甲段：东河县落实第一责任人职责。\n"
    "乙段：2024年将继续推进。\n"
    "丙段：对标《法治政府建设实施纲要(2021—2025年)》。\n"
    "二、存在的不足\n"
    "丁段。\n"
    "戊段。\n"
)
REPORT_B = "西山区2022年法治政府建设工作总结\n(一)西山区推进。\n甲。\n乙。\n西山区完成。\n"


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(REPORT_A, encoding="utf-8")
    (src / "b.txt").write_text(REPORT_B, encoding="utf-8")
    return src


def test_corpus_count_names_and_originals(sources: Path, tmp_path: Path) -> None:
    paths = make_corpus.build_corpus(sources, tmp_path / "c", 5, seed=1)
    assert [p.name for p in paths] == ["0000-a.txt", "0001-b.txt", "0002-a.txt", "0003-b.txt",
                                       "0004-a.txt"]  # fmt: skip
    assert paths[0].read_text(encoding="utf-8") == REPORT_A
    assert paths[1].read_text(encoding="utf-8") == REPORT_B


def test_corpus_is_deterministic(sources: Path, tmp_path: Path) -> None:
    first = [p.read_bytes() for p in make_corpus.build_corpus(sources, tmp_path / "c", 8, seed=3)]
    again = [p.read_bytes() for p in make_corpus.build_corpus(sources, tmp_path / "c", 8, seed=3)]
    assert first == again


def test_corpus_refuses_foreign_folder(sources: Path, tmp_path: Path) -> None:
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "keep.txt").write_text("x", encoding="utf-8")
    with pytest.raises(SystemExit):
        make_corpus.build_corpus(sources, foreign, 2)
    assert (foreign / "keep.txt").read_text(encoding="utf-8") == "x"


def test_shuffle_keeps_headings_and_lines() -> None:
    import random

    shuffled = make_corpus.shuffle_paragraphs(REPORT_A, random.Random(5))
    before, after = REPORT_A.split("\n"), shuffled.split("\n")
    assert Counter(before) == Counter(after)
    for index, line in enumerate(before):
        if line.startswith(("一、", "二、")) or index < 2:
            assert after[index] == line
    assert shuffled.endswith("\n")


def test_rename_issuer_and_shift_years() -> None:
    renamed = make_corpus.rename_issuer(REPORT_A, "北湖")
    assert "东河" not in renamed
    assert renamed.count("北湖县") == REPORT_A.count("东河县")
    shifted = make_corpus.shift_years(REPORT_A, -1)
    assert "2022年，" in shifted and "2023年将继续" in shifted
    assert "(2021—2025年)" in shifted  # a range of the Outline's title is not a report year


def test_rename_needs_three_mentions() -> None:
    assert make_corpus.rename_issuer("甲县。甲县。", "北湖") == "甲县。甲县。"


def test_scaled_file(tmp_path: Path) -> None:
    path = make_corpus.write_scaled("一\n二\n", 4, tmp_path / "x.txt")
    assert path.read_text(encoding="utf-8") == "一\n二\n" * 4


RULES = """\
pack: {id: outline-2021}
rules:
  - id: X001
    kind: topic
    match:
      any: [第一责任人, 述法]
      regex: ['述职.{0,4}述法']
  - id: X002
    kind: topic
    match:
      any: [述法]
      components: [{any: [执法公示]}, [全过程记录, 法制审核]]
  - id: X003
    kind: numeric
    params: {ratio: 1}
"""


def test_prh_terms_and_yaml(tmp_path: Path) -> None:
    (tmp_path / "10-x.yaml").write_text(RULES, encoding="utf-8")
    terms = prh.write_prh(tmp_path, tmp_path / "out" / "prh.yml")
    assert terms.literals == ["第一责任人", "述法", "执法公示", "全过程记录", "法制审核"]
    assert (terms.regexes, terms.rules) == (1, 2)
    data = yaml.safe_load((tmp_path / "out" / "prh.yml").read_text(encoding="utf-8"))
    assert data == {"version": 1, "rules": [{"expected": t} for t in terms.literals]}


def test_prh_empty_pack(tmp_path: Path) -> None:
    assert yaml.safe_load(prh.prh_yaml([])) == {"version": 1, "rules": []}


def test_run_once_captures_output_and_exit(tmp_path: Path) -> None:
    out = tmp_path / "o.txt"
    code = "import sys; print('ok'); sys.stderr.write('warn'); sys.exit(3)"
    result = run_once([sys.executable, "-c", code], stdout_path=out)
    assert (result.returncode, result.stderr) == (3, "warn")
    assert out.read_text(encoding="utf-8") == "ok\n"
    assert result.maxrss_kb > 0


@pytest.mark.parametrize(
    ("code", "text", "ok"),
    [
        (0, "[{}]", True),
        (1, '[{"messages": [{"ruleId": "prh"}]}]', True),  # exit 1 = findings
        (1, "== No rules found, textlint hasn't done anything ==", False),
        (2, "[{}]", False),
        (0, "[{}, {}]", False),  # wrong number of files
    ],
    ids=["clean", "findings", "no-rules", "crash", "file-count"],
)
def test_textlint_exit_codes(tmp_path: Path, code: int, text: str, ok: bool) -> None:
    out = tmp_path / "t.json"
    out.write_text(text, encoding="utf-8")
    check = _textlint_check(1)
    if ok:
        check(RunResult(0.1, code, 1), out)
    else:
        with pytest.raises(ToolFailed):
            check(RunResult(0.1, code, 1), out)


def _block(seconds: float, peak_kb: int = 1000, total_kb: int | None = None) -> dict[str, object]:
    return {"median_s": seconds, "best_s": seconds, "maxrss_tree_kb": peak_kb,
            "parent_peak_kb": peak_kb, "children_peak_max_kb": 0,
            "sum_of_peaks_kb": total_kb}  # fmt: skip


def _scaling(times: list[float]) -> list[dict[str, object]]:
    return [
        {"times": k, "bytes": k * 100_000, "median_s": t, "best_s": t}
        for k, t in zip((1, 4, 16), times, strict=True)
    ]


def test_targets_verdicts() -> None:
    results = {
        "fzlint": {"cold_one": _block(0.2), "batch": _block(1.0, 300 * 1024),
                   "scaling": _scaling([0.2, 0.5, 1.7])},
        "textlint": {"cold_one": _block(0.4), "batch": _block(0.5)},
        "jieba": {"skipped": "pip install jieba"},
    }  # fmt: skip
    verdicts = [row["verdict"] for row in bench_report.targets(results)]
    assert verdicts == ["FAIL", "PASS", "SKIP", "FAIL", "SKIP", "PASS"]


def test_memory_per_process_and_all_together() -> None:
    """Three processes of 80 MB each: every one under 200 MB, together over it."""
    results = {"fzlint": {"batch": _block(1.0, 80 * 1024, 240 * 1024)}}
    rows = {row["target"]: row for row in bench_report.targets(results)}
    assert rows["batch peak memory per process < 200 MB"]["verdict"] == "PASS"
    together = rows["batch peak memory, all processes together < 200 MB"]
    assert together["verdict"] == "FAIL" and together["value"] == 240


def test_targets_superlinear_scaling_fails() -> None:
    results = {"fzlint": {"batch": _block(1.0), "scaling": _scaling([0.2, 0.5, 4.0])}}
    rows = {row["target"]: row for row in bench_report.targets(results)}
    assert rows["time grows linearly with input size"]["verdict"] == "FAIL"
    assert rows["batch peak memory per process < 200 MB"]["verdict"] == "PASS"


def test_table_renders_skips() -> None:
    results = {
        "corpus": {"files": 2, "bytes": 2_000_000},
        "one": {"bytes": 10},
        "fzlint": {"error": "boom"},
        "textlint": {"skipped": "npm not found"},
        "jieba": {"skipped": "pip install jieba"},
    }
    results["targets"] = bench_report.targets(results)
    text = bench_report.table(results)
    assert "fzlint: FAILED: boom" in text
    assert "textlint: SKIPPED: npm not found" in text
    assert json.dumps(results)  # the results stay JSON-ready


def test_run_once_timeout_kills_the_process_group(tmp_path: Path) -> None:
    code = (
        "import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', "
        "'import time; time.sleep(30)']); time.sleep(30)"
    )
    result = run_once([sys.executable, "-c", code], timeout=0.5)
    assert result.timed_out
    assert result.returncode != 0


def test_scaling_row_error_fails_linearity() -> None:
    rows = _scaling([0.2, 0.5, 1.7])
    rows[2] = {"times": 16, "bytes": 1_600_000, "error": "timed out after 300 s"}
    results = {"fzlint": {"batch": _block(1.0), "scaling": rows}}
    rows_by_name = {row["target"]: row for row in bench_report.targets(results)}
    assert rows_by_name["time grows linearly with input size"]["verdict"] == "FAIL"
