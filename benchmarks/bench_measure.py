"""Run one command as a child process and measure wall time and peak memory.

Peak memory comes from two sources:
- ``os.wait4`` gives the child's ``ru_maxrss``: the largest resident set of the child or of any
  descendant it waited for (exact, but one number for the whole process tree);
- a sampler thread reads ``VmHWM`` (each process's own peak RSS) from ``/proc`` every few
  milliseconds for the child and its descendants, so the parent's and the workers' peaks can be
  told apart. A process that lives shorter than one sampling period may be missed.
"""

from __future__ import annotations

import contextlib
import os
import signal
import statistics
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SAMPLE_SECONDS = 0.01
RUN_TIMEOUT_S = 300.0  # one run past this is ended and counts as a failure
SERIES_BUDGET_S = 45.0  # no further repeats once a series has taken this long


@dataclass
class RunResult:
    wall: float
    returncode: int
    maxrss_kb: int  # wait4: max over the process tree
    parent_hwm_kb: int = 0  # /proc sampling: the child itself
    children_hwm_kb: dict[int, int] = field(default_factory=dict)  # pid -> VmHWM of descendants
    stderr: str = ""
    timed_out: bool = False

    @property
    def children_max_kb(self) -> int:
        return max(self.children_hwm_kb.values(), default=0)

    @property
    def sum_hwm_kb(self) -> int:
        """Sum of every process's peak: an upper bound of the tree's total at any moment."""
        return self.parent_hwm_kb + sum(self.children_hwm_kb.values())


def _hwm_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _children(pid: int) -> list[int]:
    found: list[int] = []
    task_dir = Path(f"/proc/{pid}/task")
    try:
        tasks = list(task_dir.iterdir())
    except OSError:
        return found
    for task in tasks:
        try:
            text = (task / "children").read_text(encoding="ascii")
        except OSError:
            continue
        found.extend(int(x) for x in text.split())
    return found


class _Sampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.parent = 0
        self.children: dict[int, int] = {}
        self.stop = threading.Event()

    def _descendants(self) -> list[int]:
        todo, seen = _children(self.pid), []
        while todo:
            pid = todo.pop()
            seen.append(pid)
            todo.extend(_children(pid))
        return seen

    def run(self) -> None:
        while not self.stop.is_set():
            self.parent = max(self.parent, _hwm_kb(self.pid))
            for pid in self._descendants():
                self.children[pid] = max(self.children.get(pid, 0), _hwm_kb(pid))
            self.stop.wait(SAMPLE_SECONDS)


def run_once(
    cmd: Sequence[str],
    *,
    cwd: Path | None = None,
    stdout_path: Path | None = None,
    timeout: float = RUN_TIMEOUT_S,
) -> RunResult:
    """Run ``cmd`` to completion; stdout goes to ``stdout_path`` (or /dev/null).

    The child gets its own process group, so a run past ``timeout`` is ended with all its
    workers (``RunResult.timed_out``).
    """
    with open(stdout_path or os.devnull, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(
            list(cmd), cwd=cwd, stdout=out, stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        sampler = _Sampler(proc.pid)
        sampler.start()
        timer = threading.Timer(timeout, _kill_group, (proc.pid,))
        timer.start()
        assert proc.stderr is not None
        err = proc.stderr.read()  # drains stderr so the child never blocks on it
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        timer.cancel()
        sampler.stop.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        proc.stderr.close()
    stderr = err.decode("utf-8", "replace")
    result = RunResult(wall, proc.returncode, usage.ru_maxrss, sampler.parent, sampler.children)
    result.stderr, result.timed_out = stderr, wall >= timeout
    return result


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)


@dataclass
class Series:
    """Several runs of the same command."""

    runs: list[RunResult]

    @property
    def median(self) -> float:
        return statistics.median(r.wall for r in self.runs)

    @property
    def best(self) -> float:
        return min(r.wall for r in self.runs)

    @property
    def maxrss_kb(self) -> int:
        return max(r.maxrss_kb for r in self.runs)

    @property
    def parent_hwm_kb(self) -> int:
        return max(r.parent_hwm_kb for r in self.runs)

    @property
    def children_max_kb(self) -> int:
        return max(r.children_max_kb for r in self.runs)

    @property
    def sum_hwm_kb(self) -> int:
        return max(r.sum_hwm_kb for r in self.runs)

    def summary(self) -> dict[str, float | int | list[float]]:
        return {
            "median_s": round(self.median, 4),
            "best_s": round(self.best, 4),
            "runs_s": [round(r.wall, 4) for r in self.runs],
            "maxrss_tree_kb": self.maxrss_kb,
            "parent_peak_kb": self.parent_hwm_kb,
            "children_peak_max_kb": self.children_max_kb,
            "children_count": max(len(r.children_hwm_kb) for r in self.runs),
            "sum_of_peaks_kb": self.sum_hwm_kb,
        }


class ToolFailed(RuntimeError):
    """A run exited abnormally or its output does not show the work was done."""


@dataclass
class Plan:
    """What to measure: one report, the corpus, the scaled files, and how often."""

    one: Path
    corpus_dir: Path
    corpus: list[Path]
    scaled: list[tuple[int, Path]]
    out: Path
    cold_runs: int = 5
    batch_runs: int = 3


def tail(text: str, lines: int = 6) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def series(
    cmd: list[str], runs: int, check: Any, *, warmup: bool, stdout_path: Path, **kw: Any
) -> Series:
    """Run ``cmd`` up to ``runs`` times (after one unmeasured warm-up run if asked) and verify
    each run with ``check(result, stdout_path)``. Repeats stop once the series has taken
    ``SERIES_BUDGET_S``, so a slow tool cannot stretch the benchmark past its time budget."""
    started = time.perf_counter()
    if warmup:
        _verified(cmd, check, stdout_path, kw)
    results = [_verified(cmd, check, stdout_path, kw)]
    while len(results) < runs and time.perf_counter() - started < SERIES_BUDGET_S:
        results.append(_verified(cmd, check, stdout_path, kw))
    return Series(results)


def _verified(cmd: list[str], check: Any, stdout_path: Path, kw: dict[str, Any]) -> RunResult:
    result = run_once(cmd, stdout_path=stdout_path, **kw)
    if result.timed_out:
        raise ToolFailed(f"timed out after {result.wall:.0f} s: {' '.join(cmd[:4])} ...")
    check(result, stdout_path)
    return result
