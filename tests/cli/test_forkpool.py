"""The batch's worker pools: every answer reaches its caller, a dead worker breaks the pool
(never hangs it), big tasks and results pass both ways, workers are reaped."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from lint import batch
from lint.forkpool import ForkPool, WorkerDied
from lint.options import Options
from lint.spawnpool import SpawnPool

# Bigger than a pipe's default 64 KiB and than the size a busy worker may be sent.
BIG = 300_000


def echo(task: object) -> object:
    return task


def grow(size: int) -> bytes:
    return bytes([size % 251]) * size


def die_on_negative(value: int) -> int:
    if value < 0:
        os._exit(3)  # a worker dies as if killed
    return value * 2


def fail_on_negative(value: int) -> int:
    if value < 0:
        raise ValueError(f"negative: {value}")
    return value * 2


def failing_setup() -> None:
    raise OSError("no rules")


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_every_result_reaches_its_caller(jobs: int) -> None:
    tasks = [(i, "字" * i) for i in range(40)]
    with ForkPool(jobs, echo) as pool:
        handles = [pool.submit(echo, task) for task in tasks]
        assert [h.result() for h in reversed(handles)] == tasks[::-1]


def test_big_tasks_and_big_results_do_not_block() -> None:
    """Tasks and results larger than a pipe, many in flight: no deadlock, exact bytes."""
    sizes = [BIG + i for i in range(12)]
    with ForkPool(2, grow) as pool:
        handles = [pool.submit(grow, size) for size in sizes]
        assert [h.result() for h in handles] == [grow(s) for s in sizes]
    with ForkPool(2, echo) as pool:
        blobs = [bytes([i]) * BIG for i in range(8)]
        handles = [pool.submit(echo, blob) for blob in blobs]
        assert [h.result() for h in handles] == blobs


@pytest.mark.parametrize("size", [10, BIG])
def test_a_finished_pool_answers_everything_and_its_workers_end_by_themselves(size: int) -> None:
    """``finish``: the task pipes close once every task is sent (big tasks wait in the queue
    first); every result still arrives, and the workers end without ``shutdown``."""
    pool = ForkPool(2, grow)
    handles = [pool.submit(grow, size + i) for i in range(9)]
    pool.finish()
    with pytest.raises(ValueError, match="finished"):
        pool.submit(grow, 1)
    assert [h.result() for h in handles] == [grow(size + i) for i in range(9)]
    assert [_ended(w.pid) for w in pool._workers] == [0, 0]  # by themselves, status 0
    pool.shutdown()


def _ended(pid: int, seconds: float = 10) -> int | None:
    """The exit status of a worker that ends within ``seconds``, else None."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        time.sleep(0.01)
    return None


def pid_and_setups(_task: object) -> tuple[int, tuple[int, ...]]:
    return os.getpid(), tuple(SETUPS)


SETUPS: list[int] = []  # the pids of the processes that ran ``count_setup``


def count_setup() -> None:
    SETUPS.append(os.getpid())


@pytest.mark.parametrize("jobs", [2, 3])
def test_a_chain_sets_up_once_and_its_workers_share_the_tasks(jobs: int) -> None:
    """``chain``: the first worker runs the set-up and forks the others from its memory (they
    have its state, set up once), every result arrives, and none is left after ``shutdown``."""
    with ForkPool(jobs, echo, count_setup, chain=True) as pool:
        tasks = [(i, "字" * i) for i in range(40)]
        handles = [pool.submit(echo, task) for task in tasks]
        assert [h.result() for h in reversed(handles)] == tasks[::-1]
    pool = ForkPool(jobs, pid_and_setups, count_setup, chain=True)
    handles = [pool.submit(pid_and_setups, i) for i in range(300)]
    answers = {h.result() for h in handles}
    assert SETUPS == []  # set up in the workers, not here
    pids = {pid for pid, _ in answers}
    assert len(pids) >= 2 and os.getpid() not in pids
    setups = {setups for _, setups in answers}
    assert len(setups) == 1 and len(next(iter(setups))) == 1  # one set-up, inherited by all
    assert next(iter(setups))[0] in pids  # run by the first worker
    pool.shutdown()
    for pid in pids:
        with pytest.raises(ProcessLookupError):  # ended and reaped (the chained: by the first)
            os.kill(pid, 0)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_dead_worker_breaks_a_chain(jobs: int) -> None:
    with ForkPool(jobs, die_on_negative, chain=True) as pool:
        assert pool.submit(die_on_negative, 1).result() == 2
        later = [pool.submit(die_on_negative, i) for i in (-1, 2, 3, 4, 5, 6)]
        with pytest.raises(WorkerDied):
            for handle in later:
                handle.result()


def test_a_failed_setup_breaks_a_chain_instead_of_hanging() -> None:
    with ForkPool(3, echo, failing_setup, chain=True) as pool:
        handles = [pool.submit(echo, i) for i in range(6)]
        for handle in handles:
            with pytest.raises(WorkerDied):
                handle.result()


def test_a_dead_worker_breaks_the_pool() -> None:
    """Everything not answered before a worker died raises (one worker: all that follow)."""
    with ForkPool(1, die_on_negative) as pool:
        assert pool.submit(die_on_negative, 1).result() == 2
        dead = pool.submit(die_on_negative, -1)
        later = [pool.submit(die_on_negative, i) for i in range(5)]
        for handle in (dead, *later):
            with pytest.raises(WorkerDied):
                handle.result()


def test_a_failed_setup_breaks_the_pool_instead_of_hanging() -> None:
    with ForkPool(2, echo, failing_setup) as pool:
        handle = pool.submit(echo, "x")
        with pytest.raises(WorkerDied):
            handle.result()


def test_an_exception_in_the_work_is_raised_by_result() -> None:
    with ForkPool(2, fail_on_negative) as pool:
        good, bad = pool.submit(fail_on_negative, 4), pool.submit(fail_on_negative, -4)
        assert good.result() == 8
        with pytest.raises(RuntimeError, match="ValueError: negative: -4"):
            bad.result()
        assert pool.submit(fail_on_negative, 5).result() == 10  # the pool goes on


def test_only_the_pools_own_work() -> None:
    with ForkPool(1, echo) as pool, pytest.raises(ValueError):
        pool.submit(grow, 3)


def test_shutdown_reaps_every_worker() -> None:
    pool = ForkPool(3, echo)
    pids = [w.pid for w in pool._workers]
    assert pool.submit(echo, 1).result() == 1
    pool.shutdown()
    for pid in pids:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


def test_spawn_pool_has_the_same_interface() -> None:
    with SpawnPool(2, die_on_negative) as pool:
        assert [pool.submit(die_on_negative, i).result() for i in range(3)] == [0, 2, 4]
        with pytest.raises(WorkerDied):
            pool.submit(die_on_negative, -1).result()


def test_the_batch_uses_the_spawn_pool_where_it_does_not_fork(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    names = [str(tmp_path / f"missing-{n}.txt") for n in range(4)]
    tasks = [batch.Task(n, Options()) for n in names]
    plain = [r.data for r in batch.run(tasks, batch.Job(), 1)]
    monkeypatch.setattr(sys, "platform", "darwin")
    pool = batch.start(batch.Job(), 2, len(tasks))
    assert isinstance(pool, SpawnPool)
    assert [r.data for r in batch.run(tasks, batch.Job(), 2, pool=pool)] == plain
    assert [d["error"]["code"] for d in plain] == ["not-found"] * 4
