"""The folder a configuration is searched from: each file's resolved folder, as
``Path(file).resolve().parent`` gives it, symbolic links and ``..`` included."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lint import config


def test_resolved_parents_are_pathlibs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "real" / "deep").mkdir(parents=True)
    (tmp_path / "other").mkdir()
    (tmp_path / "real" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "other" / "target.txt").write_text("x", encoding="utf-8")
    os.symlink(tmp_path / "real" / "deep", tmp_path / "link")  # a folder link
    os.symlink(tmp_path / "other" / "target.txt", tmp_path / "real" / "b.txt")  # a file link
    monkeypatch.chdir(tmp_path)
    paths = [
        "real/a.txt",
        "real/b.txt",  # its folder is the link target's
        "link/../a.txt",  # ``..`` after a link leaves the target's folder
        "link/c.txt",
        "missing/d.txt",
        str(tmp_path / "real" / "a.txt"),
        "./real//a.txt",
        "e.txt",
    ]
    resolved: dict[str, str] = {}
    got = [config._resolved_parent(p, resolved) for p in paths]
    assert got == [str(Path(p).resolve().parent) for p in paths]
    assert got[1] == str((tmp_path / "other").resolve())
    assert got[2] == str((tmp_path / "real").resolve())
    assert config._start_folder(paths[:2]) == tmp_path.resolve()
