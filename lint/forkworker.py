"""The worker side of ``lint.forkpool``: a forked worker's life, and a chain's first worker,
which forks the others once set up (``ForkPool(..., chain=True)``)."""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from typing import Any

from lint.forkpool import _HEADER, _flush_std_streams, _reap, _write_all


def serve(
    tasks: int,
    results: int,
    work: Callable[[Any], Any],
    initializer: Callable[..., None] | None,
    initargs: tuple[Any, ...],
) -> None:
    """A worker's life: set up, then answer tasks until the task pipe ends."""
    code = 0
    try:
        if initializer is not None:
            initializer(*initargs)
        _answer_all(tasks, results, work)
    except BaseException:  # interrupted, or the parent went away: just leave
        code = 1
    os._exit(code)


def serve_chain(
    pipes: list[tuple[int, int, int, int]],
    work: Callable[[Any], Any],
    initializer: Callable[..., None] | None,
    initargs: tuple[Any, ...],
) -> None:
    """The first worker of a chain: set up, fork the others (each keeps only its own pipe
    ends), answer its own tasks, and reap them before leaving."""
    code = 0
    children: list[int] = []
    try:
        if initializer is not None:
            initializer(*initargs)
        _flush_std_streams()
        for index in range(1, len(pipes)):
            child = os.fork()
            if child == 0:  # never returns
                for other in (pipes[0], *pipes[index + 1 :]):
                    os.close(other[0])
                    os.close(other[3])
                serve(pipes[index][0], pipes[index][3], work, None, ())
            children.append(child)
            os.close(pipes[index][0])
            os.close(pipes[index][3])
        _answer_all(pipes[0][0], pipes[0][3], work)
    except BaseException:  # interrupted, or the parent went away: just leave
        code = 1
    for child in children:
        _reap(child, True)
    os._exit(code)


def serve_early(
    pipes: list[tuple[int, int, int, int]], setup: Callable[[int], tuple[Callable[[Any], Any], int]]
) -> None:
    """The first worker of a chain forked before the parent knew its batch (``lint.prefork``):
    ``setup(task_read)`` sets it up, then reads from the task pipe what the parent decided: it
    returns the work and how many workers the batch has (at most ``len(pipes)``); the pipes of
    the others are closed, and the chain goes on as ``serve_chain``'s."""
    try:
        work, count = setup(pipes[0][0])
    except BaseException:  # the parent went away (or killed it), or gave up on the batch
        os._exit(1)
    for task_read, _, _, result_write in pipes[count:]:
        os.close(task_read)
        os.close(result_write)
    serve_chain(pipes[:count], work, None, ())


def _answer_all(tasks: int, results: int, work: Callable[[Any], Any]) -> None:
    while (message := _read_message(tasks)) is not None:
        seq, task = pickle.loads(message)
        _write_all(results, _answer(seq, work, task))


def _answer(seq: int, work: Callable[[Any], Any], task: Any) -> bytes:
    try:
        data = pickle.dumps((seq, True, work(task)), pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # the parent raises it from ``result()``
        data = pickle.dumps((seq, False, f"{type(exc).__name__}: {exc}"[:500]))
    return len(data).to_bytes(_HEADER, "big") + data


def _read_message(fd: int) -> bytes | None:
    """One message from the task pipe; ``None`` at its end."""
    header = _read_exactly(fd, _HEADER)
    if header is None:
        return None
    body = _read_exactly(fd, int.from_bytes(header, "big"))
    if body is None:
        raise EOFError("task pipe closed inside a message")
    return body


def _read_exactly(fd: int, size: int) -> bytes | None:
    parts: list[bytes] = []
    while size:
        chunk = os.read(fd, size)
        if not chunk:
            return None
        parts.append(chunk)
        size -= len(chunk)
    return b"".join(parts)
