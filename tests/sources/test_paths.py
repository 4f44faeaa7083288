"""Reading from the file system: missing files, directories, limits; inputs never modified."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from lint.errors import InputError
from lint.sources import read_bytes, read_path

from .helpers import assert_actionable, make_docx


def _path_error(path: Path, display: str, **kwargs: int) -> InputError:
    with pytest.raises(InputError) as caught:
        read_path(path, display, **kwargs)
    assert_actionable(caught.value, display)
    return caught.value


def test_not_found(tmp_path: Path) -> None:
    assert _path_error(tmp_path / "无此文件.txt", "无此文件.txt").code == "not-found"


def test_directory_is_unreadable(tmp_path: Path) -> None:
    error = _path_error(tmp_path, "reports/")
    assert error.code == "unreadable"
    assert "目录" in error.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_unreadable_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert _path_error(fifo, "pipe.txt").code == "unreadable"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_no_permission_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("正文", encoding="utf-8")
    path.chmod(0)
    assert _path_error(path, "secret.txt").code == "unreadable"


def test_too_large_file(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes("法".encode() * 400)
    error = _path_error(path, "big.txt", max_bytes=1000)
    assert error.code == "too-large"
    assert "1200" in error.message and "--max-size" in error.message
    assert read_path(path, "big.txt", max_bytes=1200).lines == ["法" * 400]


def test_too_large_bytes() -> None:
    with pytest.raises(InputError) as caught:
        read_bytes(b"x" * 11, "-", max_bytes=10)
    assert caught.value.code == "too-large"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        pytest.param("a.txt", "正文".encode("gb18030"), id="text"),
        pytest.param("a.docx", make_docx(["正文"]), id="docx"),
        pytest.param("a.html", "<p>正文</p>".encode(), id="html"),
        pytest.param("a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, id="refused"),
    ],
)
def test_inputs_are_never_modified(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    os.utime(path, (1_000_000_000, 1_000_000_000))
    before = path.stat()
    with contextlib.suppress(InputError):
        read_path(path, name)
    after = path.stat()
    assert path.read_bytes() == data
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


@pytest.mark.parametrize(
    ("content", "stated", "limit", "expected"),
    [
        (b"abcdef", 6, 100, b"abcdef"),  # the usual case: the stated size, then end of file
        (b"abcdef", 2, 100, b"abcdef"),  # grown since the size was read: the rest is read too
        (b"abcdef", 2, 5, b"abcde"),  # grown past the limit: still at most ``limit`` bytes
        (b"abcdef", 0, 4, b"abcd"),  # a size of 0 (e.g. /proc): read as any grown file
        (b"abcdef", 9, 4, b"abcd"),  # stated larger than the limit: one read of ``limit``
    ],
)
def test_read_at_most_as_one_read_of_the_limit(
    content: bytes, stated: int, limit: int, expected: bytes
) -> None:
    import io

    from lint.sources import _read_at_most

    assert _read_at_most(io.BytesIO(content), stated, limit) == expected
    assert expected == io.BytesIO(content).read(limit)
