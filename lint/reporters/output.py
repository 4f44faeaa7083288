"""Where reporter output goes: standard output, or a file written whole or not at all."""

from __future__ import annotations

import codecs
import io
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO, TypeVar

T = TypeVar("T")


class LateStdout:
    """``sys.stdout`` looked up at each write, so a progress display can redirect it."""

    def write(self, text: str) -> int:
        return sys.stdout.write(text)

    def flush(self) -> None:
        sys.stdout.flush()

    def isatty(self) -> bool:
        return sys.stdout.isatty()

    def __getattr__(self, name: str) -> Any:
        return getattr(sys.stdout, name)


def write_utf8(out: TextIO, data: bytes) -> None:
    """Write UTF-8 ``data`` to a text stream: straight to its binary buffer (after what the
    stream holds) when it is a plain UTF-8 ``TextIOWrapper`` whose line breaks stay ``\\n``,
    else decoded and written as text (a progress display's proxy, another encoding)."""
    stream = sys.stdout if isinstance(out, LateStdout) else out
    if isinstance(stream, io.TextIOWrapper) and os.linesep == "\n" and _is_utf8(stream):
        stream.flush()
        stream.buffer.write(data)
    else:
        out.write(data.decode("utf-8"))


def _is_utf8(stream: io.TextIOWrapper) -> bool:
    try:
        return codecs.lookup(stream.encoding).name == "utf-8"
    except LookupError:
        return False


@contextmanager
def atomic_text(path: Path) -> Iterator[TextIO]:
    """A UTF-8 file that appears under ``path`` only when the block completes."""
    folder = path.parent if str(path.parent) else Path(".")
    import tempfile  # only when writing to a file

    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
        os.chmod(tmp, _file_mode())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _file_mode() -> int:
    """The mode a plainly created file would get (mkstemp's is owner-only)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_whole(path: Path, content: str) -> None:
    with atomic_text(path) as handle:
        handle.write(content)


def with_progress(
    items: Iterable[T], total: int, enabled: bool, label: str = "检查"
) -> Iterator[T]:
    """A progress bar on standard error when it is a terminal and the batch is long."""
    if not enabled or total <= 3 or not _may_be_terminal():
        yield from items  # rich (~15 ms to import) only where a bar may be shown
        return
    from rich.console import Console

    console = Console(stderr=True)
    if not console.is_terminal:
        yield from items
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    columns = (label, BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True, redirect_stdout=True) as progress:
        task = progress.add_task(label, total=total)
        for item in items:
            yield item
            progress.advance(task)


def _may_be_terminal() -> bool:
    """False only where rich's ``Console(stderr=True).is_terminal`` is surely false: no
    ``TTY_COMPATIBLE=1`` or ``FORCE_COLOR`` in the environment and standard error no tty."""
    if os.environ.get("TTY_COMPATIBLE") == "1" or os.environ.get("FORCE_COLOR") is not None:
        return True
    isatty = getattr(sys.stderr, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:
        return False
