"""fzlint's side of the benchmark: cold single report, batch, scaling, peak memory.

``bench_fzlint`` returns a JSON-ready dict, or one with ``"skipped": reason`` when the
tool is not available here. A run whose output does not prove the tool did the work (invalid
JSON, wrong number of reports) counts as a failure, not as a time.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench_measure import Plan, RunResult, ToolFailed, series, tail

REPO = Path(__file__).resolve().parent.parent


def fzlint_command(given: str | None) -> list[str]:
    """The fzlint entry point next to this Python, else on PATH, else ``python -m lint``."""
    if given:
        return given.split()
    beside = Path(sys.executable).with_name("fzlint")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("fzlint")
    return [found] if found else [sys.executable, "-m", "lint"]


def fzlint_options(cmd: list[str]) -> set[str]:
    """The long options ``fzlint check --help`` lists (so new flags are picked up)."""
    proc = subprocess.run([*cmd, "check", "--help"], capture_output=True, text=True, check=False)
    return {word.rstrip(",") for word in proc.stdout.split() if word.startswith("--")}


def _fzlint_check(expected: int) -> Any:
    def check(result: RunResult, stdout: Path) -> None:
        try:
            data = json.loads(stdout.read_text(encoding="utf-8"))
            reports = data["reports"]
        except (ValueError, KeyError, TypeError) as exc:
            raise ToolFailed(f"fzlint exit {result.returncode}: {tail(result.stderr)}") from exc
        bad = [r for r in reports if r.get("status") != "ok"]
        if bad:
            error = bad[0].get("error") or {}
            raise ToolFailed(f"fzlint failed on {len(bad)} file(s): {error.get('message')}")
        if result.returncode not in (0, 1) or len(reports) != expected:
            raise ToolFailed(f"fzlint exit {result.returncode}, {len(reports)} reports")

    return check


def compile_bytecode(cmd: list[str]) -> str:
    """Write the ``.pyc`` files of the package the default command runs, as ``pip`` does on
    install, so a cold start is measured with bytecode (the warm-up run alone cannot write
    them where ``PYTHONDONTWRITEBYTECODE`` is set). Returns what was done, for the results."""
    if cmd != fzlint_command(None):
        return "not compiled (custom command)"
    code = (
        "import compileall, lint, os\n"
        "compileall.compile_dir(os.path.dirname(lint.__file__), quiet=1)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    return "compiled" if proc.returncode == 0 else f"not compiled: {tail(proc.stderr, 1)}"


def bench_fzlint(plan: Plan, cmd: list[str]) -> dict[str, Any]:
    bytecode = compile_bytecode(cmd)
    options = fzlint_options(cmd)
    base = [*cmd, "check", "--format", "json"]
    if "--fail-on" in options:
        base += ["--fail-on", "never"]
    jobs = ["--jobs", "2"] if "--jobs" in options else []
    out = plan.out / "fzlint.json"
    res: dict[str, Any] = {"command": " ".join(base), "jobs_option": bool(jobs)}
    res["bytecode"] = bytecode
    one = series([*base, str(plan.one)], plan.cold_runs, _fzlint_check(1), warmup=True,
                 stdout_path=out)  # fmt: skip
    res["cold_one"] = one.summary()
    batch_cmd = [*base, *jobs, str(plan.corpus_dir)]
    batch = series(batch_cmd, plan.batch_runs, _fzlint_check(len(plan.corpus)), warmup=False,
                   stdout_path=out)  # fmt: skip
    res["batch"] = batch.summary() | {"command_args": batch_cmd[len(base) :]}
    if jobs:
        serial = series([*base, "--jobs", "1", str(plan.corpus_dir)], plan.batch_runs,
                        _fzlint_check(len(plan.corpus)), warmup=False, stdout_path=out)  # fmt: skip
        res["batch_one_process"] = serial.summary()
    res["scaling"] = _scaling(base, plan, out)
    return res


def _scaling(base: list[str], plan: Plan, out: Path) -> list[dict[str, Any]]:
    """One row per size; a size that fails or times out is recorded with its error."""
    rows: list[dict[str, Any]] = []
    for times, path in plan.scaled:
        row: dict[str, Any] = {"times": times, "bytes": path.stat().st_size}
        try:
            runs = series([*base, str(path)], plan.cold_runs, _fzlint_check(1), warmup=False,
                          stdout_path=out)  # fmt: skip
        except ToolFailed as exc:
            rows.append(row | {"error": str(exc)})
            break
        rows.append(row | runs.summary())
    return rows


def fzlint_version(cmd: list[str]) -> str:
    proc = subprocess.run([*cmd, "--version"], capture_output=True, text=True, check=False)
    return proc.stdout.strip() or tail(proc.stderr, 1)
