"""The entry point ends the process without the interpreter's finalization (``lint.cli._leave``):
the same output, to the last byte, and the same exit status as the plain exit; an ``atexit``
handler or a failing flush keeps the plain exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import REQUIRED, run

MAIN = "from lint.cli import main; main()"
PLAIN = "import lint.cli as c; c._leave = lambda done: (_ for _ in ()).throw(done); c.main()"


def _python(code: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "FZLINT_NO_CACHE"}
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, cwd=cwd, env=env, check=False
    )


@pytest.mark.parametrize(
    ("args", "code"),
    [
        pytest.param(("--format", "json", "reports/complete.txt"), 0, id="json-0"),
        pytest.param(("--format", "sarif", "reports/missing.txt"), 1, id="sarif-1"),
        pytest.param(("reports/absent.txt",), 2, id="text-2"),
        pytest.param(
            ("--jobs", "2", "reports/complete.txt", "reports/missing.txt", "reports/missing.txt"),
            1,
            id="pool",
        ),
    ],
)
def test_same_output_and_status_as_the_plain_exit(
    reports: Path, args: tuple[str, ...], code: int
) -> None:
    check = ("check", "--no-config", "--select", REQUIRED, *args)
    fast = _python(MAIN, *check, cwd=reports.parent)
    plain = _python(PLAIN, *check, cwd=reports.parent)
    assert fast.returncode == plain.returncode == code
    assert fast.stdout == plain.stdout
    assert fast.stderr == plain.stderr
    assert fast.stdout.decode("utf-8") == run(*check[1:]).stdout  # all of it, flushed


def test_a_registered_exit_handler_still_runs(reports: Path) -> None:
    code = "import atexit; atexit.register(print, 'handler ran'); " + MAIN
    done = _python(
        code,
        "check",
        "--no-config",
        "--select",
        REQUIRED,
        "reports/missing.txt",
        cwd=reports.parent,
    )
    assert done.returncode == 1
    assert done.stdout.decode("utf-8").endswith("handler ran\n")


def test_a_closed_output_pipe_is_reported_as_before(reports: Path) -> None:
    """Output to a pipe nobody reads: reported, naming standard output, with the same status
    as before."""
    check = ("check", "--no-config", "--format", "json", "reports/complete.txt")
    results = []
    for code in (MAIN, PLAIN):
        process = subprocess.Popen(
            [sys.executable, "-c", code, *check],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=reports.parent,
        )
        assert process.stdout is not None
        process.stdout.close()
        _, err = process.communicate()
        results.append((process.returncode, err.decode("utf-8")))
    assert results[0] == results[1]
    assert results[0][0] == 2 and "[output-failed] 无法写入 标准输出" in results[0][1]  # named
