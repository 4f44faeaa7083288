"""A batch's first worker forked before the command line is parsed (Linux).

The first worker of a chain (``lint.forkpool``, ``chain=True``) needs of the parent only the
``re`` cache and the rules, yet the parent used to fork it only after ~30 ms of what no worker
uses (click and the command's modules, the options, the configuration, the file list), and the
worker's warm-up (~55 ms) then ran with the other core idle. ``start``, called by
``lint.entry`` right after installing the ``re`` cache, loads the bundled rules and forks it
when the command line looks like a batch (``check`` with a folder, a glob or three or more
paths, ``--jobs`` not 1): it warms up while the parent parses, then waits on its task pipe.
``lint.batch.start`` takes it (``take``) and either sends it the job and the number of workers
(``Early.adopt``, which gives the ``ForkPool``) or kills it (``Early.cancel``) when the batch
needs no pool or more workers than were prepared; so does ``cancel`` on any exit before. Only a
guess: a wrong one costs the other core a little work, never a result.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lint.forkpool import ForkPool, Pipes
    from lint.rules import RuleSet

# the options of ``fzlint check`` that take a value (the next argument)
_VALUED = frozenset(
    (
        *("--format", "--output", "-o", "--rules", "--outline", "--checklist", "--select"),
        *("--ignore", "--fail-on", "--min-score", "--max-size", "--config", "--baseline"),
        *("--write-baseline", "--jobs", "-j", "--year", "--level"),
    )
)
_MAX_JOBS = 64  # more workers than this are left to the ordinary path
_GLOB_CHARS = frozenset("*?[")


class Early:
    """The early first worker, from the parent's side."""

    __slots__ = ("pid", "pipes")

    def __init__(self, pid: int, pipes: list[Pipes]) -> None:
        self.pid = pid
        self.pipes = pipes

    def adopt(self, job: Any, workers: int, work: Callable[[Any], Any]) -> ForkPool | None:
        """Send the worker ``job`` and the number of ``workers`` (it forks the others); the
        pool. ``None`` (the worker killed) when more workers were asked than prepared."""
        if workers > len(self.pipes) or workers < 1:
            self.cancel()
            return None
        import pickle

        from lint.forkpool import ForkPool, _close, _write_all

        message = pickle.dumps((job, workers), pickle.HIGHEST_PROTOCOL)
        for _, task_write, result_read, _ in self.pipes[workers:]:
            _close(task_write)
            _close(result_read)
        with contextlib.suppress(OSError):  # the worker is gone: the pool breaks at its result
            _write_all(self.pipes[0][1], len(message).to_bytes(8, "big") + message)
        return ForkPool.adopt(work, self.pid, self.pipes[:workers])

    def cancel(self) -> None:
        """Kill the worker (it has forked no other yet) and close the pipes."""
        import signal

        from lint.forkpool import _close, _reap

        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        for _, task_write, result_read, _ in self.pipes:
            _close(task_write)
            _close(result_read)
        _reap(self.pid, True)


_STARTED: list[Early] = []
_RULES: list[RuleSet] = []  # the bundled rules ``start`` loaded, until the command takes them


def start(argv: list[str]) -> None:
    """Fork the first worker now if ``argv`` (the command's arguments) looks like a batch,
    once the bundled rules are loaded (the worker inherits them; so does the command,
    ``bundled_rules``, when it adds no rules of its own)."""
    jobs = planned_jobs(argv)
    if jobs < 2 or _STARTED:
        return
    from lint import forkpool
    from lint.rules import load_bundled

    try:
        ruleset = load_bundled([])
        pipes = forkpool.pipes_for(jobs)
    except Exception:  # the command meets the problem again, and reports it
        return
    forkpool._flush_std_streams()
    try:
        pid = forkpool.fork_first(pipes, lambda: _serve(pipes, ruleset))
    except OSError:  # no process to be had: the ordinary path meets it again
        for fd in (fd for ends in pipes for fd in ends):
            forkpool._close(fd)
        return
    _RULES.append(ruleset)
    _STARTED.append(Early(pid, pipes))


def _serve(pipes: list[Pipes], ruleset: RuleSet) -> None:
    from lint import forkworker

    def setup(tasks: int) -> tuple[Callable[[Any], Any], int]:
        from lint import batch

        return batch.early_setup(tasks, ruleset)

    forkworker.serve_early(pipes, setup)


def bundled_rules(rule_paths: tuple[Any, ...]) -> RuleSet | None:
    """The bundled rules ``start`` loaded, for a command whose ``rule_paths`` add none (once:
    then they are the caller's); else ``None``."""
    if rule_paths or not _RULES:
        return None
    return _RULES.pop()


def take() -> Early | None:
    """The early worker, if one was forked and not yet taken (then it is the caller's)."""
    return _STARTED.pop() if _STARTED else None


def cancel() -> None:
    """Kill the early worker if nobody took it (the command ends, or went another way)."""
    _RULES.clear()
    early = take()
    if early is not None:
        early.cancel()


def planned_jobs(argv: list[str]) -> int:
    """How many workers ``fzlint`` + ``argv`` would start, if it looks like a batch; else 0."""
    if not argv or argv[0] != "check" or not sys.platform.startswith("linux"):
        return 0
    if not hasattr(os, "fork") or os.environ.get("FZLINT_NO_PREFORK"):
        return 0
    from lint.forkpool import default_jobs

    jobs = default_jobs()
    paths: list[str] = []
    args = iter(argv[1:])
    for arg in args:
        if arg in ("-h", "--help", "--"):
            return 0
        if arg in ("--jobs", "-j"):
            value = next(args, "")
        elif arg.startswith("--jobs="):
            value = arg[len("--jobs=") :]
        elif arg.startswith("-j"):
            value = arg[2:]
        else:
            if arg in _VALUED:
                next(args, None)
            elif arg == "-" or not arg.startswith("-"):
                paths.append(arg)
            continue
        if not value.isdigit():
            return 0
        jobs = int(value)
    if not 2 <= jobs <= _MAX_JOBS or not _many(paths):
        return 0
    return jobs


def _many(paths: list[str]) -> bool:
    """Whether the paths may name more files than are checked in one process."""
    from lint.forkpool import IN_PROCESS_MAX

    return len(paths) > IN_PROCESS_MAX or any(
        _GLOB_CHARS & set(p) or os.path.isdir(p) for p in paths
    )
