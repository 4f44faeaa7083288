"""A batch's first worker forked before the command line is parsed (``lint.prefork``): it is
forked only for what looks like a batch, checks the batch as an ordinary pool does, and is
killed when the batch turns out to need no pool or more workers than were prepared."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import REQUIRED

from lint import batch, prefork
from lint.forkpool import ForkPool
from lint.options import Options

# The minimal user rule, exactly as the issue gives it.
USER_RULE = Path(__file__).resolve().parents[2] / "fixtures" / "rules" / "minimal-user-rule.yaml"


@pytest.fixture(autouse=True)
def _nothing_left() -> Iterator[None]:
    """No early worker or preloaded rules outlive a test (``prefork.start`` runs in-process)."""
    yield
    prefork.cancel()


@pytest.fixture
def batch_folder(reports: Path) -> Path:
    """reports/ with five files: more than are checked in one process (one names the term of
    the user rule in user.yaml, in its last part)."""
    for name in ("a", "b", "c"):
        (reports / f"{name}.txt").write_text((reports / "missing.txt").read_text("utf-8"), "utf-8")
    with (reports / "c.txt").open("a", encoding="utf-8") as extra:
        extra.write("我县开展术语一工作，办理相关事项12件。\n")
    (reports.parent / "user.yaml").write_text(USER_RULE.read_text("utf-8"), "utf-8")
    return reports


@pytest.mark.parametrize(
    ("argv", "jobs"),
    [
        pytest.param(["check", "--jobs", "3", "reports"], 3, id="folder"),
        pytest.param(["check", "-j", "2", "x.txt", "y.txt", "z.txt"], 2, id="three-paths"),
        pytest.param(["check", "--jobs=4", "-q", "reports/*.txt"], 4, id="glob"),
        pytest.param(["check", "-j2", "--format", "json", "reports"], 2, id="short-jobs"),
        pytest.param(["check", "--jobs", "1", "reports"], 0, id="one-job"),
        pytest.param(["check", "-j1", "reports"], 0, id="one-job-short"),
        pytest.param(["check", "--jobs", "2", "x.txt", "y.txt"], 0, id="two-paths"),
        pytest.param(["check", "--jobs", "2", "--format", "json", "x.txt"], 0, id="valued"),
        pytest.param(["check", "--jobs", "many", "reports"], 0, id="bad-jobs"),
        pytest.param(["check", "--jobs", "2", "--help", "reports"], 0, id="help"),
        pytest.param(["rules", "--jobs", "2", "reports"], 0, id="other-command"),
        pytest.param([], 0, id="nothing"),
    ],
)
def test_planned_jobs(reports: Path, argv: list[str], jobs: int) -> None:
    assert prefork.planned_jobs(argv) == jobs


def test_the_valued_options_are_those_of_the_check_command() -> None:
    """``prefork`` reads the command line before click is imported: its list of the options
    that take a value must be the ``check`` command's, or a value would pass for a path."""
    from lint.cli import cli

    check = cli.commands["check"]
    valued = {
        name
        for param in check.params
        if not getattr(param, "is_flag", False) and param.param_type_name == "option"
        for name in (*param.opts, *param.secondary_opts)
    }
    assert valued == prefork._VALUED


def test_planned_jobs_off_by_environment(reports: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FZLINT_NO_PREFORK", "1")
    assert prefork.planned_jobs(["check", "--jobs", "2", "reports"]) == 0


def _tasks(folder: Path) -> list[batch.Task]:
    options = Options(select=tuple(REQUIRED.split(",")))
    return [batch.Task(f"reports/{p.name}", options) for p in sorted(folder.glob("*.txt"))]


def _assert_pooled_as_alone(tasks: list[batch.Task], job: batch.Job, pool: ForkPool) -> None:
    """The pool's results are those of the same tasks checked in this process."""
    pooled = [r.encoded for r in batch.run(tasks, job, len(pool._workers), pool=pool)]
    assert pooled == [r.encoded for r in batch.run(tasks, job, 1)]


def _start_early() -> prefork.Early:
    """The early worker a two-worker batch command line starts."""
    prefork.start(["check", "--jobs", "2", "reports"])
    return prefork._STARTED[0]


def _gone(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_an_early_worker_checks_the_batch_as_the_ordinary_pool(batch_folder: Path) -> None:
    job = batch.Job(encode="json", tally_only=True)
    tasks = _tasks(batch_folder)
    early = _start_early()
    pool = batch.start(job, 2, len(tasks))
    assert isinstance(pool, ForkPool) and pool._workers[0].pid == early.pid
    assert prefork.take() is None  # taken by the batch
    _assert_pooled_as_alone(tasks, job, pool)
    assert _gone(early.pid)


def test_the_rules_loaded_at_start_up_are_the_commands_when_it_adds_none(
    batch_folder: Path,
) -> None:
    prefork.start(["check", "--jobs", "2", "reports"])
    assert prefork.bundled_rules((Path("user.yaml"),)) is None  # its own rules: loaded anew
    ruleset = prefork.bundled_rules(())
    assert ruleset is not None and "FZS302" in ruleset.rules
    assert prefork.bundled_rules(()) is None  # once


def test_no_process_to_be_had_leaves_the_ordinary_path(
    batch_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_fork() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    opened = len(os.listdir("/proc/self/fd"))
    monkeypatch.setattr(os, "fork", no_fork)
    prefork.start(["check", "--jobs", "2", "reports"])
    assert prefork.take() is None and prefork.bundled_rules(()) is None
    assert len(os.listdir("/proc/self/fd")) == opened  # its pipes closed


def test_an_early_worker_without_a_pool_is_killed(batch_folder: Path) -> None:
    early = _start_early()
    assert batch.start(batch.Job(), 2, batch.IN_PROCESS_MAX) is None
    assert _gone(early.pid)
    early = _start_early()
    prefork.cancel()  # what the command does on exit
    assert _gone(early.pid) and prefork.take() is None


def test_more_workers_than_prepared_start_an_ordinary_pool(batch_folder: Path) -> None:
    job = batch.Job(encode="json", tally_only=True)
    tasks = _tasks(batch_folder)
    early = _start_early()
    pool = batch.start(job, 3, len(tasks))
    assert isinstance(pool, ForkPool) and len(pool._workers) == 3
    assert _gone(early.pid)
    _assert_pooled_as_alone(tasks, job, pool)


def _command(folder: Path, *args: str, early: bool) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ)
    env.pop("FZLINT_NO_PREFORK", None)
    if not early:
        env["FZLINT_NO_PREFORK"] = "1"
    command = [sys.executable, "-m", "lint", "check", "--no-config", "--fail-on", "never"]
    return subprocess.run(
        [*command, *args], capture_output=True, cwd=folder.parent, env=env, check=False
    )


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("--format", "json", "--jobs", "2", "reports"), id="json"),
        pytest.param(("--format", "sarif", "--jobs", "2", "reports"), id="sarif"),
        pytest.param(
            ("--format", "json", "--jobs", "2", "--rules", "none.yaml", "reports"), id="bad-rules"
        ),
        pytest.param(
            ("--format", "json", "--jobs", "2", "--rules", "user.yaml", "reports"), id="user-rules"
        ),
        pytest.param(
            ("--format", "json", "--jobs", "2", "--select", "NOPE", "reports"), id="bad-select"
        ),
        pytest.param(
            ("--format", "json", "--jobs", "2", "reports/a.txt", "reports/b.txt"), id="two-files"
        ),
    ],
)
def test_the_command_with_an_early_worker_writes_what_it_writes_without(
    batch_folder: Path, args: tuple[str, ...]
) -> None:
    """Through the entry point (``python -m lint``): output, messages and status unchanged."""
    with_early, without = (
        _command(batch_folder, *args, early=True),
        _command(batch_folder, *args, early=False),
    )
    if "user.yaml" in args:  # the early worker, warmed up on the bundled rules, has the user's
        reports = json.loads(with_early.stdout)["reports"]
        statuses = {
            Path(r["path"]).name: [t["status"] for t in r["topics"] if t["rule"] == "X001"]
            for r in reports
        }
        assert statuses == {
            "a.txt": ["missing"],
            "b.txt": ["missing"],
            "c.txt": ["planned"],  # named under the last heading, the next year's plans
            "complete.txt": ["missing"],
            "missing.txt": ["missing"],
        }
    assert (with_early.returncode, with_early.stdout, with_early.stderr) == (
        without.returncode,
        without.stdout,
        without.stderr,
    )
