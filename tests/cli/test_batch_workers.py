"""Workers started early: their set-up never breaks the batch; their output is the parent's."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import REQUIRED, run

from lint import batch
from lint.options import Options


def test_small_batches_and_one_job_start_no_workers() -> None:
    assert batch.start(batch.Job(), 1, 50) is None
    assert batch.start(batch.Job(), 4, batch.IN_PROCESS_MAX) is None


def test_workers_whose_rules_fail_report_the_error_for_each_file(reports: Path) -> None:
    """A rule file that cannot be loaded: each file gets an error report naming the problem,
    no traceback, the batch goes on."""
    job = batch.Job(rule_paths=(Path("no-such-rules.yaml"),))
    names = ["reports/complete.txt", "reports/missing.txt", "reports/complete.txt"]
    tasks = [batch.Task(n, Options(select=("FZS302",))) for n in names]
    pool = batch.start(job, 2, len(tasks))
    assert pool is not None
    results = list(batch.run(tasks, job, 2, pool=pool))
    assert [r.data["path"] for r in results] == names
    for result in results:
        assert result.data["status"] == "error"
        assert "no-such-rules.yaml" in result.data["error"]["message"]


def test_worker_encoded_json_is_the_in_process_json(reports: Path) -> None:
    """Workers encode each report; the parent writes that text: the same bytes as --jobs 1."""
    for name in ("a", "b", "c"):
        (reports / f"{name}.txt").write_text((reports / "missing.txt").read_text("utf-8"), "utf-8")
    args = ("--no-config", "--format", "json", "--select", REQUIRED, "reports")
    one, two = run(*args, "--jobs", "1"), run(*args, "--jobs", "2")
    assert one.stdout == two.stdout
    assert json.loads(two.stdout)["summary"]["reports"] == 5
