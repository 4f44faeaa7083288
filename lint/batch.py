"""Batches: expand folders and globs, check files in worker processes, stream results in order.

Workers are started (``start``) as soon as the batch is known to need them and the rules are
loaded (forked workers inherit the parent's rules; a spawned one loads them), before this
process builds the tasks: a worker warms every lazy import and cache (the checks, the
segmenter's dictionary, OpenCC, the topic matcher) by checking a tiny report, in parallel with
the parent's own set-up. The parent never imports the checks. On Linux the workers are
``lint.forkpool.ForkPool``'s (forked, plain pipes, no threads in the parent), chained: the
first warms up, then forks the others, which start warm (one warm-up, not one per worker);
elsewhere ``ProcessPoolExecutor``'s, each warming up. Workers return compact
``ReportResult``s (the contract dict, the reporter's text when it depends on the report alone,
as UTF-8 bytes where it can, for HTML the original lines), never ``Document``s; at most a few
results per worker are in flight, so memory stays bounded however many files. One bad file never
stops the batch: any failure becomes an error report for that file.
"""

from __future__ import annotations

import gc
import glob
import sys
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lint import recache
from lint.errors import FzlintError
from lint.forkpool import IN_PROCESS_MAX
from lint.model import InputErrorInfo, Report
from lint.offsets import Span
from lint.options import Options
from lint.reporters.base import ReportResult, Tally
from lint.reporters.view import report_dict
from lint.rules import RuleSet, load_bundled

if TYPE_CHECKING:  # the pool machinery is imported only when a pool is started
    from lint.forkpool import ForkPool, Pending
    from lint.spawnpool import SpawnPool

    Pool = ForkPool | SpawnPool

INPUT_SUFFIXES = (".txt", ".md", ".docx", ".html", ".htm", ".pdf", ".doc", ".wps")
_GLOB_CHARS = frozenset("*?[")


def expand_inputs(args: tuple[str, ...] | list[str]) -> list[str]:
    """Display paths in input order: folders recursively, globs expanded here (``**`` too)."""
    found: list[str] = []
    for given in args:
        path = Path(given)
        if given == "-" or (not path.exists() and not _GLOB_CHARS & set(given)):
            found.append(given if given == "-" else path.as_posix())
        elif path.is_dir():
            found.extend(_folder(path))
        elif path.exists():
            found.append(path.as_posix())
        else:
            matches = sorted(glob.glob(given, recursive=True))
            files = [m for m in matches if Path(m).is_file()]
            found.extend([Path(m).as_posix() for m in files] or [given])
    return found


def _folder(path: Path) -> list[str]:
    return [
        child.as_posix()
        for child in sorted(path.rglob("*"))
        if child.is_file() and child.suffix.lower() in INPUT_SUFFIXES
    ]


@dataclass(frozen=True)
class Task:
    display: str
    options: Options
    data: bytes | None = None  # standard input, read by the parent


@dataclass(frozen=True)
class Job:
    """What every worker needs, sent once through the pool initializer."""

    rule_paths: tuple[Path, ...] = ()
    baseline: frozenset[str] = frozenset()
    baseline_dir: Path | None = None
    want_lines: bool = False
    # the ``--format`` whose ``Reporter.encode`` the worker runs (the parent then only writes)
    encode: str | None = None
    # the parent reads of an encoded report only what ``Tally.add`` needs (not when it writes
    # a baseline, which needs the findings)
    tally_only: bool = False


_STATE: dict[str, object] = {}
# A checked report leaves no cyclic garbage (over the benchmark's reports the default
# thresholds, 700 net new container objects, made ~90 young collections per 50 reports, ~8 ms,
# that freed nothing): a worker collects only when 20 times more objects have piled up.
WORKER_GC = (14_000, 10, 10)


def init_worker(job: Job, ruleset: RuleSet | None = None) -> None:
    """Load the rules once per worker process (or take those a forked worker inherits)."""
    _STATE["job"] = job
    _STATE["ruleset"] = ruleset or load_bundled(list(job.rule_paths))


# A few lines that take every step through its lazy imports and one-time set-up (the text
# reader, OpenCC's tables, the pinyin and GBK tables of the damage repairs, the segmenter's
# dictionary, compiled patterns) before a worker's first file.
_WARM_UP = "\n".join(
    (
        "某县人民政府关于2023年度法治政府建设情况的报告",
        "?,F(xiàn)將有關情況報告如下。建设(shè)法治政府。",
        "一、主要举措和成效",
        "（一）深入学习贯彻习近平法治思想。全年受理行政复议案件12件，办结10件，办结率83.3%。",
        "二、存在的不足和原因",
        "三、下一步工作安排",
    )
)


def warm_worker(job: Job, ruleset: RuleSet | None = None) -> None:
    """A worker's set-up: the rules, and a tiny report checked so that every lazy import and
    cache is ready. Never raises (a pool initializer that raises breaks the pool and prints a
    traceback): a problem shows, with the file's name, when a real file is checked."""
    _STATE["job"] = job
    recache.install()  # a forked worker has it from the parent
    try:
        init_worker(job, ruleset)
    except Exception:  # loaded again, and reported as the file's error, by ``check_task``
        _STATE.pop("ruleset", None)
    else:
        _warm_up()
        recache.save()  # the patterns compiled first in this run (none when the file had all)
    gc.freeze()  # this process's collections skip the long-lived objects made so far
    gc.set_threshold(*WORKER_GC)
    gc.enable()  # off in a worker forked at start-up (``lint.entry``)


def _warm_up() -> None:
    from lint import engine, segment

    loaded = _STATE["ruleset"]
    assert isinstance(loaded, RuleSet)
    try:
        report = engine.check_bytes(_WARM_UP.encode("utf-8"), "<warm-up>", loaded, Options())
        report_dict(report, loaded.rules)
        segment.glued(_WARM_UP, Span(3, 5))  # loads the dictionary, if no hit did
    except Exception:  # warming is an optimisation: a real file will report any problem
        return


def start(job: Job, jobs: int, count: int, ruleset: RuleSet | None = None) -> Pool | None:
    """The worker processes for a batch of ``count`` inputs, started now so that their set-up
    overlaps the caller's (building the tasks); ``None`` where the batch is checked in this
    process. Pass the pool to ``run``, which shuts it down. ``ruleset``: the caller's loaded
    rules, which forked workers inherit instead of loading them again."""
    from lint import prefork

    early = prefork.take()  # the first worker, forked before the command line was parsed
    if jobs <= 1 or count <= IN_PROCESS_MAX:
        if early is not None:
            early.cancel()
        return None
    if early is not None:  # forked on Linux only
        pool = early.adopt(job, min(jobs, count), check_task)
        if pool is not None:
            return pool
    return _pool(min(jobs, count), job, ruleset)


def early_setup(tasks: int, bundled: RuleSet) -> tuple[Callable[[Task], ReportResult], int]:
    """The set-up of a first worker forked before the parent knew its batch
    (``lint.prefork``): warm up on the ``bundled`` rules, then read the parent's job and the
    number of workers from the task pipe ``tasks``; the rules are loaded again when the job
    has others (as a spawned worker loads them)."""
    import pickle

    from lint.forkworker import _read_message

    warm_worker(Job(), bundled)
    message = _read_message(tasks)
    if message is None:  # the parent went away
        raise EOFError("no job")
    job, count = pickle.loads(message)
    _STATE["job"] = job
    if job.rule_paths:
        try:
            init_worker(job)
        except Exception:  # loaded again, and reported as the file's error, by ``check_task``
            _STATE.pop("ruleset", None)
    return check_task, count


def _pool(
    jobs: int,
    job: Job,
    ruleset: RuleSet | None,
    work: Callable[[Task], ReportResult] | None = None,
) -> Pool:
    """Forked workers on Linux (``ForkPool``: they start from this process's memory, the
    rules included); elsewhere ``ProcessPoolExecutor`` with the platform's start method."""
    from lint import forkpool

    work = work or check_task
    if not sys.platform.startswith("linux"):
        from lint.spawnpool import SpawnPool

        return SpawnPool(jobs, work, warm_worker, (job, None))
    gc.freeze()  # a forked worker's collections skip what it inherits: pages stay shared
    try:
        return forkpool.ForkPool(jobs, work, warm_worker, (job, ruleset), chain=True)
    finally:
        gc.unfreeze()  # in this process the objects are collectable again


def check_task(task: Task) -> ReportResult:
    """Check one input; every failure becomes an error report naming the file."""
    try:
        job, ruleset = _state()
        return _check(task, job, ruleset)
    except FzlintError as exc:  # a rule or checklist problem met while checking this file
        return error_result(task.display, exc.code, f"{task.display}: {exc.message}")
    except Exception as exc:  # one bad file never stops the batch
        return error_result(task.display, "internal-error", _internal(task.display, exc))


def _state() -> tuple[Job, RuleSet]:
    job = _STATE.get("job")
    ruleset = _STATE.get("ruleset")
    if not isinstance(job, Job):
        raise RuntimeError("batch worker used before init_worker")
    if not isinstance(ruleset, RuleSet):  # the warm-up failed: load again, raising here
        init_worker(job)
        ruleset = _STATE["ruleset"]
        assert isinstance(ruleset, RuleSet)
    return job, ruleset


def _internal(display: str, exc: BaseException) -> str:
    detail = f"{type(exc).__name__}: {exc}"[:300]
    return f"{display}: 检查时出现内部错误（{detail}），请将该文件报告给 fzlint 维护者"


def _check(task: Task, job: Job, ruleset: RuleSet) -> ReportResult:
    from lint import engine

    if task.data is not None:
        report = engine.check_bytes(task.data, task.display, ruleset, task.options)
    else:
        report = engine.check_path(Path(task.display), task.display, ruleset, task.options)
    apply_severity(report, task.options.severity)
    data = report_dict(report, ruleset.rules)
    if job.baseline and job.baseline_dir is not None and data["findings"]:
        from lint.baseline import baseline_path_key, fingerprints

        key = baseline_path_key(task.display, job.baseline_dir)
        prints = fingerprints(key, data["findings"])
        keep = [f for f, fp in zip(report.findings, prints, strict=True) if fp not in job.baseline]
        if len(keep) != len(report.findings):
            report.findings = keep
            data = report_dict(report, ruleset.rules)
    lines = report.document.source.lines if job.want_lines and report.document else None
    encoded = _encode(job, data)
    if encoded is not None and job.tally_only:
        data = Tally.fields(data)
    return ReportResult(data, lines, encoded)


def _encode(job: Job, data: dict[str, Any]) -> str | bytes | None:
    """The report as ``job.encode``'s reporter writes it (UTF-8 bytes where it can make
    them: the parent then writes them without decoding), or None."""
    if job.encode is None:
        return None
    from lint.reporters import factory

    reporter = factory(job.encode)
    encode: Callable[[dict[str, Any]], str | bytes] | None = getattr(
        reporter, "encode_utf8", None
    ) or getattr(reporter, "encode", None)
    return encode(data) if encode is not None else None


def apply_severity(report: Report, overrides: dict[str, str]) -> None:
    """Per-rule severity from the configuration (longest matching id prefix); ``off`` drops."""
    if not overrides:
        return
    keys = sorted(overrides, key=len, reverse=True)
    kept = []
    for finding in report.findings:
        key = next((k for k in keys if finding.rule.startswith(k)), None)
        level = overrides[key] if key else finding.severity
        if level != "off":
            kept.append(finding if level == finding.severity else replace(finding, severity=level))
    report.findings = kept


def error_result(display: str, code: str, message: str) -> ReportResult:
    report = Report(path=display, status="error", error=InputErrorInfo(code, message))
    return ReportResult(report_dict(report))


def run(
    tasks: list[Task],
    job: Job,
    jobs: int,
    ruleset: RuleSet | None = None,
    work: Callable[[Task], ReportResult] = check_task,
    pool: Pool | None = None,
) -> Iterator[ReportResult]:
    """Results in input order; ``jobs`` <= 1 (or a tiny batch) checks in this process.

    ``pool``: workers from ``start`` (shut down here, whatever happens)."""
    if pool is None and (jobs <= 1 or len(tasks) <= IN_PROCESS_MAX):
        init_worker(job, ruleset)
        gc.freeze()  # collections skip the long-lived modules and rules: a long report's many
        thresholds = gc.get_threshold()  # short-lived objects then cost collections in
        gc.set_threshold(*WORKER_GC)  # proportion to themselves only, and rarely
        try:
            yield from (work(task) for task in tasks)
        finally:
            gc.set_threshold(*thresholds)
            gc.unfreeze()
        recache.save()
        return
    yield from _pooled(tasks, job, min(jobs, len(tasks)), work, ruleset, pool)


def _pooled(
    tasks: list[Task],
    job: Job,
    jobs: int,
    work: Callable[[Task], ReportResult],
    ruleset: RuleSet | None = None,
    pool: Pool | None = None,
) -> Iterator[ReportResult]:
    from lint.forkpool import WorkerDied

    window = jobs * 3
    queue = deque(tasks)
    pending: deque[tuple[Task, Pending]] = deque()
    pool = pool or _pool(jobs, job, ruleset, work)
    try:
        while queue or pending:
            while queue and len(pending) < window:
                task = queue.popleft()
                pending.append((task, pool.submit(work, task)))
            if not queue:
                pool.finish()  # the workers end as they answer their last task
            task, handle = pending.popleft()
            try:
                yield handle.result()
            except WorkerDied:
                # A worker died (crash, out of memory). Re-run this file alone to know
                # whether it is the culprit, then resubmit the others to a fresh pool.
                pool.shutdown(wait=False, cancel_futures=True)
                yield _isolated(task, job, work)
                queue.extendleft(reversed([t for t, _ in pending]))
                pending.clear()
                pool = _pool(jobs, job, ruleset, work)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _isolated(task: Task, job: Job, work: Callable[[Task], ReportResult]) -> ReportResult:
    from lint.forkpool import WorkerDied

    ruleset = _STATE.get("ruleset")
    with _pool(1, job, ruleset if isinstance(ruleset, RuleSet) else None, work) as single:
        try:
            result: ReportResult = single.submit(work, task).result()
        except WorkerDied:
            message = (
                f"{task.display}: 检查该文件时工作进程异常退出，请将该文件报告给 fzlint 维护者"
            )
            return error_result(task.display, "internal-error", message)
    return result
