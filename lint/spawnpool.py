"""The batch's workers where they are not forked (macOS, Windows): ``ProcessPoolExecutor``
with the platform's default start method, behind ``lint.forkpool.ForkPool``'s interface."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lint.forkpool import Pending, WorkerDied


class SpawnPool:
    """A pool of workers started by the platform's default method."""

    def __init__(
        self,
        jobs: int,
        work: Callable[[Any], Any],
        initializer: Callable[..., None] | None = None,
        initargs: tuple[Any, ...] = (),
    ) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self._executor = ProcessPoolExecutor(
            jobs,
            mp_context=multiprocessing.get_context(),
            initializer=initializer,
            initargs=initargs,
        )

    def __enter__(self) -> SpawnPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()

    def submit(self, work: Callable[[Any], Any], task: Any) -> Pending:
        return _SpawnHandle(self._executor.submit(work, task))

    def finish(self) -> None:
        """No more tasks will be submitted (``ForkPool.finish``; nothing to do here)."""

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        self._executor.shutdown(wait=wait, cancel_futures=cancel_futures)


class _SpawnHandle:
    __slots__ = ("_future",)

    def __init__(self, future: Any) -> None:
        self._future = future

    def result(self) -> Any:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._future.result()
        except BrokenProcessPool as exc:
            raise WorkerDied(str(exc)) from exc
