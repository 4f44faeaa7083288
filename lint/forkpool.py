"""A small pool of forked worker processes, talking through pipes (POSIX ``fork`` only).

What ``concurrent.futures.ProcessPoolExecutor`` does for a batch, with less around it: no
import of ``concurrent.futures``/``multiprocessing`` (~12 ms before the first fork), no
manager and feeder threads in the parent (pickling, waking each other and the main thread
for every task, on a machine whose cores the workers need), no semaphores. Each worker has
its own task pipe and result pipe; a message is an 8-byte length and a pickle. The parent
sends each worker at most two tasks at a time (the second only when it is small, so the
parent never blocks writing to a worker that is itself blocked writing a result), reads the
results as they come and hands them out by submission (``Handle.result``).

A worker that dies (killed, out of memory, ``os._exit``) breaks the pool, as a broken
``ProcessPoolExecutor`` does: every result not yet received raises ``WorkerDied`` and the
caller starts a fresh pool. Workers leave with ``os._exit``: no atexit handlers, no flushing
of buffers inherited from the parent.

``chain=True``: only the first worker is forked by the parent; once set up (its initializer:
a batch's warm-up) it forks the others, which so start from its memory, warm: the warm-up
runs once, not once per worker, and the other core stays free for the parent meanwhile. The
first worker reaps them. The worker side is ``lint.forkworker``.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import sys
from collections import deque
from collections.abc import Callable
from typing import Any, Protocol

_HEADER = 8  # bytes of a message's length
_SMALL = 4096  # a task this small may wait in a busy worker's pipe (64 KiB)
_PER_WORKER = 2  # tasks sent to one worker and not yet answered
_RESULT_PIPE = 1 << 20  # result pipes are enlarged so a report's result is one write
_CHUNK = 1 << 16  # a read when the size of what comes is not yet known


# A worker's task pipe (read, write) and result pipe (read, write)
Pipes = tuple[int, int, int, int]
# Up to this many files a batch checks in its own process whatever ``--jobs`` says: starting a
# pool (warm-up, fork) costs about what checking two files does (``lint.batch``, and
# ``lint.prefork``'s guess at the command line).
IN_PROCESS_MAX = 2


def default_jobs() -> int:
    """Workers for a batch when ``--jobs`` is not given: one per processor."""
    return os.cpu_count() or 1


class Pending(Protocol):
    """A submitted call (``Handle``, or ``lint.spawnpool.SpawnPool``'s)."""

    def result(self) -> Any: ...


class WorkerDied(Exception):
    """A worker process ended before answering: the pool is broken."""


class Handle:
    """One submitted call: ``result()`` waits for it (running the pool meanwhile)."""

    __slots__ = ("_pool", "seq")

    def __init__(self, pool: ForkPool, seq: int) -> None:
        self._pool = pool
        self.seq = seq

    def result(self) -> Any:
        return self._pool.wait(self.seq)


class _Worker:
    __slots__ = ("buffer", "pending", "pid", "results", "tasks")

    def __init__(self, pid: int, tasks: int, results: int) -> None:
        self.pid = pid
        self.tasks = tasks  # the parent's end of the task pipe (write)
        self.results = results  # the parent's end of the result pipe (read)
        self.pending: list[int] = []  # sequence numbers sent and not answered
        self.buffer = bytearray()


class ForkPool:
    """``jobs`` forked workers, each running ``initializer(*initargs)`` first, then
    ``work(task)`` for every task submitted; results in any order, fetched by handle."""

    def __init__(
        self,
        jobs: int,
        work: Callable[[Any], Any],
        initializer: Callable[..., None] | None = None,
        initargs: tuple[Any, ...] = (),
        *,
        chain: bool = False,
    ) -> None:
        """``chain``: fork only the first worker now; it forks the others once its
        ``initializer`` has run, so they start from its memory, set up (a batch's warm-up is
        paid once, not once per worker, and the cores not yet busy stay free meanwhile)."""
        self._setup(work, [])
        _flush_std_streams()
        _worker_side()  # imported here, once, not in every worker
        if chain and jobs > 1:
            self._workers = self._fork_chain(jobs, initializer, initargs)
        for _ in range(jobs - len(self._workers)):
            self._workers.append(self._fork(initializer, initargs))

    @classmethod
    def adopt(cls, work: Callable[[Any], Any], pid: int, pipes: list[Pipes]) -> ForkPool:
        """The pool of a chain whose first worker (``pid``, forked by ``fork_first``) is
        already running: one worker per item of ``pipes`` (the parent's ends still open)."""
        pool = cls.__new__(cls)
        pool._setup(work, _chain_workers(pid, pipes))
        return pool

    def _setup(self, work: Callable[[Any], Any], workers: list[_Worker]) -> None:
        self._work = work
        self._queue: deque[tuple[int, bytes]] = deque()  # submitted, not yet sent
        self._done: dict[int, tuple[bool, Any]] = {}
        self._next = 0
        self._broken = False
        self._finishing = False  # no more submissions: task pipes close once all is sent
        self._workers = workers

    def __enter__(self) -> ForkPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()

    def submit(self, work: Callable[[Any], Any], task: Any) -> Handle:
        """Queue ``task``; ``work`` must be the pool's own (the workers already have it)."""
        if work is not self._work:
            raise ValueError("a ForkPool runs only the work it was created with")
        if self._finishing:
            raise ValueError("a finished ForkPool takes no more tasks")
        seq, self._next = self._next, self._next + 1
        self._queue.append((seq, pickle.dumps((seq, task), pickle.HIGHEST_PROTOCOL)))
        return Handle(self, seq)

    def finish(self) -> None:
        """No more tasks will be submitted. Each worker's task pipe is closed as soon as every
        queued task has been sent: a worker then ends right after its last answer, its exit
        overlapping the caller's last reads and writes instead of ``shutdown``."""
        self._finishing = True
        self._dispatch()

    def wait(self, seq: int) -> Any:
        """The result of call ``seq``; raises ``WorkerDied`` if the pool broke first."""
        while seq not in self._done:
            if self._broken:
                raise WorkerDied("a worker process ended unexpectedly")
            self._dispatch()
            self._receive()
        ok, value = self._done.pop(seq)
        if not ok:
            raise RuntimeError(value)
        return value

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        """Close every pipe (a worker then ends: end of tasks, or a broken result pipe) and,
        with ``wait``, reap the workers."""
        self._queue.clear()
        workers, self._workers = self._workers, []
        for worker in workers:
            if worker.tasks >= 0:
                _close(worker.tasks)
            _close(worker.results)
        for worker in workers:
            if worker.pid > 0:  # a chained worker is its first worker's child, reaped by it
                _reap(worker.pid, wait)

    # --- parent side -------------------------------------------------------------------

    def _fork(self, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> _Worker:
        task_read, task_write, result_read, result_write = _pipes()
        pid = os.fork()
        if pid == 0:  # the worker: never returns
            for worker in self._workers:
                _close(worker.tasks)
                _close(worker.results)
            os.close(task_write)
            os.close(result_read)
            _worker_side().serve(task_read, result_write, self._work, initializer, initargs)
        os.close(task_read)
        os.close(result_write)
        return _Worker(pid, task_write, result_read)

    def _fork_chain(
        self, jobs: int, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]
    ) -> list[_Worker]:
        pipes = pipes_for(jobs)
        pid = fork_first(
            pipes, lambda: _worker_side().serve_chain(pipes, self._work, initializer, initargs)
        )
        return _chain_workers(pid, pipes)

    def _dispatch(self) -> None:
        """Send queued tasks to the workers that may take them, least busy first."""
        while self._queue and not self._broken:
            seq, message = self._queue[0]
            worker = min(self._workers, key=lambda w: len(w.pending))
            busy = len(worker.pending)
            if busy >= _PER_WORKER or (busy and len(message) > _SMALL):
                return
            self._queue.popleft()
            worker.pending.append(seq)
            try:
                _write_all(worker.tasks, len(message).to_bytes(_HEADER, "big") + message)
            except OSError:  # the worker is gone
                self._broken = True
        if self._finishing and not self._queue:
            self._close_tasks()

    def _close_tasks(self) -> None:
        for worker in self._workers:
            if worker.tasks >= 0:
                _close(worker.tasks)
                worker.tasks = -1  # closed: the number may be reused, it must not be closed again

    def _receive(self) -> None:
        """Wait until some worker has something to say; take every complete result."""
        waiting = {w.results: w for w in self._workers if w.pending}
        if not waiting:
            self._broken = self._broken or not self._queue  # nothing can ever arrive
            return
        for fd in _readable(list(waiting)):
            worker = waiting[fd]
            try:
                chunk = os.read(fd, _wanted(worker.buffer))
            except OSError:
                chunk = b""
            if not chunk:  # end of file: the worker died with tasks unanswered
                self._broken = True
                continue
            worker.buffer += chunk
            self._take(worker)

    def _take(self, worker: _Worker) -> None:
        buffer = worker.buffer
        while len(buffer) >= _HEADER:
            size = int.from_bytes(buffer[:_HEADER], "big")
            if len(buffer) < _HEADER + size:
                return
            seq, ok, value = pickle.loads(buffer[_HEADER : _HEADER + size])
            del buffer[: _HEADER + size]
            worker.pending.remove(seq)
            self._done[seq] = (ok, value)


def fork_first(pipes: list[Pipes], serve: Callable[[], None]) -> int:
    """Fork a chain's first worker, which keeps the worker ends of ``pipes`` and runs
    ``serve`` (which never returns); the parent keeps the other ends. Its pid."""
    pid = os.fork()
    if pid == 0:  # the first worker: never returns
        for _, task_write, result_read, _ in pipes:
            os.close(task_write)
            os.close(result_read)
        serve()
    for task_read, _, _, result_write in pipes:
        os.close(task_read)
        os.close(result_write)
    return pid


def _chain_workers(pid: int, pipes: list[Pipes]) -> list[_Worker]:
    """The parent's view of a chain: its first worker ``pid``, the others not yet known."""
    return [_Worker(pid if i == 0 else -1, p[1], p[2]) for i, p in enumerate(pipes)]


def _worker_side() -> Any:
    from lint import forkworker

    return forkworker


def pipes_for(jobs: int) -> list[Pipes]:
    return [_pipes() for _ in range(jobs)]


def _pipes() -> Pipes:
    """A worker's task pipe (read, write) and result pipe (read, write, enlarged)."""
    task_read, task_write = os.pipe()
    result_read, result_write = os.pipe()
    _enlarge(result_write)
    return task_read, task_write, result_read, result_write


def _wanted(buffer: bytearray) -> int:
    """How many bytes to read: the rest of the message begun in ``buffer``, else a chunk.

    A read asks for no more than it may get: ``os.read`` allocates what it is asked for,
    and a block of a megabyte costs ~7x what the 75 KB of a report's result does."""
    if len(buffer) >= _HEADER:
        return _HEADER + int.from_bytes(buffer[:_HEADER], "big") - len(buffer)
    return _CHUNK


def _readable(fds: list[int]) -> list[int]:
    if hasattr(select, "poll"):
        poller = select.poll()
        for fd in fds:
            poller.register(fd, select.POLLIN)
        return [fd for fd, _ in poller.poll()]
    return select.select(fds, [], [])[0]


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _enlarge(fd: int) -> None:
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, _RESULT_PIPE)
    except (ImportError, AttributeError, OSError):  # not Linux, or above the system's limit
        pass


def _close(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.close(fd)


def _reap(pid: int, wait: bool) -> None:
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0 if wait else os.WNOHANG)


def _flush_std_streams() -> None:
    """What the parent buffered is written once, by the parent (as ``multiprocessing``)."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.flush()
