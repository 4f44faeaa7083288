"""The peers fzlint is compared with: textlint + textlint-rule-prh (npm) and jieba (PyPI).

textlint is installed with npm into ``OUT/node`` (once; later runs reuse it) and run through
its own ``node_modules/.bin/textlint``, not ``npx``, so npx's start-up is not counted against
it. textlint exits 1 when it reports findings: a run counts as done when its ``--format json``
output parses and lists every file, whatever the exit code 0 or 1.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench_measure import Plan, RunResult, ToolFailed, series, tail
from prh import write_prh

NPM_PACKAGES = ("textlint", "textlint-rule-prh")
NPM_TIMEOUT = 600
JIEBA_SCRIPT = """\
import sys
import jieba
jieba.setLogLevel(60)
words = 0
for name in sys.argv[1:]:
    with open(name, encoding="utf-8") as handle:
        words += len(jieba.lcut(handle.read()))
print(words)
"""


def _say(message: str) -> None:
    print(f"[bench] {message}", flush=True)


def install_textlint(node_dir: Path) -> Path | str:
    """Path of the textlint binary, installing it with npm if needed; else the skip reason."""
    binary = node_dir / "node_modules" / ".bin" / "textlint"
    prh_rule = node_dir / "node_modules" / "textlint-rule-prh"
    if binary.exists() and prh_rule.exists():
        _say(f"textlint: reusing the npm install in {node_dir}")
        return binary
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        return "npm/node not found: textlint comparison skipped (install Node.js and npm)"
    node_dir.mkdir(parents=True, exist_ok=True)
    package = node_dir / "package.json"
    if not package.exists():
        package.write_text('{"name": "fzlint-bench-peers", "private": true}\n', encoding="utf-8")
    cmd = [npm, "install", "--no-audit", "--no-fund", *NPM_PACKAGES]
    _say(f"textlint: installing into a benchmark-only folder: (cd {node_dir} && {' '.join(cmd)})")
    try:
        proc = subprocess.run(
            cmd, cwd=node_dir, capture_output=True, text=True, timeout=NPM_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired:
        return f"npm install timed out after {NPM_TIMEOUT}s: textlint comparison skipped"
    if proc.returncode != 0 or not binary.exists():
        return f"npm install failed: textlint comparison skipped\n{tail(proc.stderr)}"
    return binary


def _textlint_check(expected: int) -> Any:
    def check(result: RunResult, stdout: Path) -> None:
        text = stdout.read_text(encoding="utf-8")
        try:
            files = json.loads(text)
        except ValueError as exc:
            detail = tail(result.stderr or text)
            raise ToolFailed(f"textlint exit {result.returncode}: {detail}") from exc
        if result.returncode not in (0, 1) or len(files) != expected:
            raise ToolFailed(f"textlint exit {result.returncode}, {len(files)} files in output")

    return check


def _count_messages(stdout: Path) -> int:
    files = json.loads(stdout.read_text(encoding="utf-8"))
    return sum(len(f.get("messages", [])) for f in files)


def bench_textlint(plan: Plan, rule_dir: Path) -> dict[str, Any]:
    node_dir = plan.out / "node"
    binary = install_textlint(node_dir)
    if isinstance(binary, str):
        return {"skipped": binary}
    terms = write_prh(rule_dir, node_dir / "prh.yml")
    config = node_dir / "textlintrc.json"
    rules = {"rules": {"prh": {"rulePaths": [str(node_dir / "prh.yml")]}}}
    config.write_text(json.dumps(rules) + "\n", encoding="utf-8")
    base = [str(binary), "-c", str(config), "--format", "json"]
    out = plan.out / "textlint.json"
    res: dict[str, Any] = {
        "version": _version([str(binary), "--version"], node_dir),
        "node": _version(["node", "--version"], node_dir),
        "prh_terms": len(terms.literals),
        "prh_regex_terms_left_out": terms.regexes,
        "command": " ".join(base),
    }
    one = series([*base, str(plan.one)], plan.cold_runs, _textlint_check(1), warmup=True,
                 stdout_path=out, cwd=node_dir)  # fmt: skip
    res["cold_one"] = one.summary()
    files = [str(p) for p in plan.corpus]
    batch = series([*base, *files], plan.batch_runs, _textlint_check(len(files)), warmup=False,
                   stdout_path=out, cwd=node_dir)  # fmt: skip
    res["batch"] = batch.summary() | {"messages": _count_messages(out)}
    return res


def _version(cmd: list[str], cwd: Path) -> str:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    return proc.stdout.strip()


# --- jieba ------------------------------------------------------------------------------


def _jieba_check(result: RunResult, stdout: Path) -> None:
    text = stdout.read_text(encoding="utf-8").strip()
    if result.returncode != 0 or not text.isdigit() or int(text) == 0:
        raise ToolFailed(f"jieba exit {result.returncode}: {tail(result.stderr)}")


def bench_jieba(plan: Plan) -> dict[str, Any]:
    if importlib.util.find_spec("jieba") is None:
        return {"skipped": f"jieba is not installed: {sys.executable} -m pip install jieba"}
    import jieba

    script = plan.out / "jieba_segment.py"
    script.write_text(JIEBA_SCRIPT, encoding="utf-8")
    base = [sys.executable, str(script)]
    out = plan.out / "jieba.txt"
    res: dict[str, Any] = {"version": jieba.__version__, "command": " ".join(base)}
    # The warm-up run also builds jieba's dictionary cache, as any installed jieba would have.
    one = series([*base, str(plan.one)], plan.cold_runs, _jieba_check, warmup=True,
                 stdout_path=out)  # fmt: skip
    res["cold_one"] = one.summary()
    files = [str(p) for p in plan.corpus]
    batch = series([*base, *files], plan.batch_runs, _jieba_check, warmup=False, stdout_path=out)
    res["batch"] = batch.summary() | {"words": int(out.read_text(encoding="utf-8"))}
    return res
