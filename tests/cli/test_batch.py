"""Batches: hostile files never stop the good ones; worker output is deterministic."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cli_helpers import REQUIRED, run, run_json

from lint import batch
from lint.engine import Options
from lint.reporters.base import ReportResult


@pytest.fixture
def hostile(reports: Path) -> Path:
    folder = reports / "mixed"
    folder.mkdir()
    (folder / "a-empty.txt").write_bytes(b"")
    (folder / "b-binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "c-nul.txt").write_bytes("第一行\x00\x00第二行".encode("utf-16-le") + b"\x00" * 64)
    (folder / "d-old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    (folder / "e-huge-line.txt").write_text("法治" * 50_000, encoding="utf-8")
    for name in ("f-good.txt", "sub/g-good.txt"):
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text((reports / "missing.txt").read_text("utf-8"), "utf-8")
    return folder


def test_hostile_files_never_stop_the_good_ones(hostile: Path) -> None:
    code, data = run_json("--no-config", "--select", REQUIRED, "--jobs", "1", "reports/mixed")
    assert code == 2
    by_path = {r["path"]: r for r in data["reports"]}
    assert list(by_path) == sorted(by_path)  # folder order, deterministic
    for good in ("reports/mixed/f-good.txt", "reports/mixed/sub/g-good.txt"):
        assert by_path[good]["status"] == "ok"
        assert [f["rule"] for f in by_path[good]["findings"]] == ["FZS302"]
    assert by_path["reports/mixed/a-empty.txt"]["error"]["code"] == "empty"
    for report in data["reports"]:
        if report["status"] == "error":
            assert report["error"]["code"] and report["path"] in report["error"]["message"]
    assert data["summary"]["reports"] == 7


def test_jobs_2_output_identical_to_jobs_1(hostile: Path) -> None:
    args = ("--no-config", "--format", "json", "reports/mixed", "reports/complete.txt")
    one, two = run(*args, "--jobs", "1"), run(*args, "--jobs", "2")
    assert one.exit_code == two.exit_code == 2
    assert one.stdout == two.stdout


def test_globs_expanded_in_process(reports: Path) -> None:
    (reports / "deep" / "er").mkdir(parents=True)
    (reports / "deep" / "er" / "x.txt").write_text("测试", encoding="utf-8")
    assert batch.expand_inputs(["reports/**/*.txt"]) == [
        "reports/complete.txt",
        "reports/deep/er/x.txt",
        "reports/missing.txt",
    ]
    assert batch.expand_inputs(["reports/*.none"]) == ["reports/*.none"]  # → not-found report


def crash_on_b(task: batch.Task) -> ReportResult:
    if task.display.endswith("b.txt"):
        os._exit(3)  # a worker dies as if killed
    return batch.check_task(task)


def test_worker_crash_becomes_an_internal_error_report(reports: Path) -> None:
    names = ["reports/complete.txt", "b.txt", "reports/missing.txt"]
    tasks = [batch.Task(n, Options(select=("FZS302",))) for n in names]
    results = list(batch.run(tasks, batch.Job(), 2, work=crash_on_b))
    assert [r.data["path"] for r in results] == names
    assert [r.data["status"] for r in results] == ["ok", "error", "ok"]
    error = results[1].data["error"]
    assert error["code"] == "internal-error" and "b.txt" in error["message"]


def gc_state(task: batch.Task) -> ReportResult:
    import gc

    return ReportResult({"path": task.display, "threshold": list(gc.get_threshold())})


@pytest.mark.parametrize("jobs", [1, 2])
def test_checking_collects_garbage_rarely_and_in_process_restores_it(jobs: int) -> None:
    import gc

    before = gc.get_threshold()
    tasks = [batch.Task(f"{n}.txt", Options()) for n in range(3)]
    results = list(batch.run(tasks, batch.Job(), jobs, work=gc_state))
    assert [r.data["threshold"] for r in results] == [list(batch.WORKER_GC)] * 3
    assert gc.get_threshold() == before
