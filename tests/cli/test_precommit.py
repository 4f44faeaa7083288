"""The pre-commit hook, run for real with ``pre-commit try-repo`` on a temporary repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from cli_helpers import missing_part_text

ROOT = Path(__file__).resolve().parents[2]


def test_hook_manifest() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "fzlint")
    assert hook["entry"] == "fzlint check" and hook["language"] == "python"
    assert hook["require_serial"] is False
    import re

    for name in ("a.txt", "b.md", "c.docx", "d.html", "e.htm", "f.pdf"):
        assert re.search(hook["files"], name)
    assert not re.search(hook["files"], "g.py")


def test_try_repo_fails_a_report_with_findings(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit", reason="pre-commit is not installed")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not (ROOT / ".git").exists():
        pytest.skip("the fzlint checkout is not a git repository (try-repo needs one)")
    tracked = subprocess.run(
        ["git", "ls-files", "--error-unmatch", ".pre-commit-hooks.yaml", "lint/batch.py"],
        cwd=ROOT,
        capture_output=True,
    )
    if tracked.returncode != 0:
        pytest.skip("try-repo installs only committed files: the hook is not committed yet")
    repo = tmp_path / "reports"
    repo.mkdir()
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    (repo / "report-2023.txt").write_text(missing_part_text(), encoding="utf-8")
    subprocess.run(["git", "add", "report-2023.txt"], cwd=repo, check=True, env=env)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pre_commit",
            "try-repo",
            str(ROOT),
            "fzlint",
            "--files",
            "report-2023.txt",
            "--verbose",
        ],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=900,
    )
    output = done.stdout + done.stderr
    if "An unexpected error has occurred" in output and "pip" in output:
        pytest.skip(
            f"pre-commit could not install fzlint here (no package index?): {output[-500:]}"
        )
    assert done.returncode == 1, output
    assert "FZS302" in output and "report-2023.txt" in output
