"""Where fzlint's time goes: start-up floors, import time, and a cProfile of one batch.

Usage: ``python benchmarks/profile_fzlint.py [--out benchmarks/out] [--files 100]``
(also run by ``benchmarks/run.py --profile``). Writes ``OUT/profile.txt`` and
``OUT/batch.prof`` (open it with ``python -m pstats`` or snakeviz).

Named ``profile_fzlint`` because a ``profile.py`` here would shadow the standard library module
that ``cProfile`` imports.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_fzlint import fzlint_options
from bench_measure import run_once

REPO = Path(__file__).resolve().parent.parent
TOP = 25


def _median_wall(cmd: list[str], runs: int = 5) -> float:
    run_once(cmd)  # warm the file cache and the .pyc files
    return statistics.median(run_once(cmd).wall for _ in range(runs))


def startup_floors(fz_cmd: list[str], one: Path) -> list[str]:
    """Cold-process medians from an empty interpreter up to checking one report."""
    steps = [
        ("python -c pass (interpreter)", [sys.executable, "-c", "pass"]),
        ("python -c 'import lint.cli'", [sys.executable, "-c", "import lint.cli"]),
        ("fzlint --version", [*fz_cmd, "--version"]),
        ("fzlint check --format json ONE", [*fz_cmd, "check", "--format", "json", str(one)]),
    ]
    lines = ["== cold start, median of 5 (each step includes the previous ones)"]
    for label, cmd in steps:
        lines.append(f"{label:40} {_median_wall(cmd) * 1000:8.1f} ms")
    return lines


def import_times(limit: int = 15) -> list[str]:
    """``python -X importtime -c 'import lint.cli'``: the heaviest imports, cumulative."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import lint.cli"],
        capture_output=True,
        text=True,
        check=False,
    )
    rows: list[tuple[int, int, str]] = []
    for line in proc.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[0].strip().isdigit():
            rows.append((int(parts[0]), int(parts[1]), parts[2].rstrip()))
    total = sum(self_us for self_us, _, _ in rows)
    lines = [f"== import time of lint.cli: {total / 1000:.1f} ms in {len(rows)} modules"]
    lines.append(f"{'cumulative ms':>14} {'self ms':>8}  module (indent = nesting)")
    for self_us, cum_us, name in sorted(rows, key=lambda r: -r[1])[:limit]:
        lines.append(f"{cum_us / 1000:14.1f} {self_us / 1000:8.1f}  {name}")
    return lines


def rule_loading() -> list[str]:
    """In-process time of loading the bundled rules, if ``lint.rules.load_bundled`` exists."""
    try:
        from lint.rules import load_bundled

        start = time.perf_counter()
        load_bundled([])
        first = time.perf_counter() - start
        start = time.perf_counter()
        load_bundled([])
        second = time.perf_counter() - start
    except Exception as exc:  # the API may change; this is a diagnostic, not a gate
        return [f"== rule loading: unavailable ({exc.__class__.__name__}: {exc})"]
    return [
        f"== rule loading in-process: first {first * 1000:.1f} ms, again {second * 1000:.1f} ms"
    ]


def profile_batch(corpus_dir: Path, out: Path, jobs_option: bool) -> list[str]:
    """cProfile of ``fzlint check --format json --jobs 1 CORPUS`` run in this process."""
    from lint.cli import cli

    args = ["check", "--format", "json", str(corpus_dir)]
    if jobs_option:
        args[1:1] = ["--jobs", "1"]
    profiler = cProfile.Profile()
    saved = sys.stdout
    with open(os.devnull, "w", encoding="utf-8") as sink:
        sys.stdout = sink
        start = time.perf_counter()
        try:
            profiler.runcall(cli.main, args, prog_name="fzlint", standalone_mode=False)
        except SystemExit:
            pass
        finally:
            sys.stdout = saved
        wall = time.perf_counter() - start
    profiler.dump_stats(str(out / "batch.prof"))
    files = sum(1 for p in corpus_dir.glob("*.txt"))
    lines = [f"== cProfile of one in-process batch (fzlint {' '.join(args)})"]
    lines.append(
        f"wall {wall:.2f} s for {files} files: {wall / max(files, 1) * 1000:.1f} ms/report"
    )
    return lines + _stats_text(profiler) + _by_module(profiler)


def _stats_text(profiler: cProfile.Profile) -> list[str]:
    lines = []
    for key in ("cumulative", "tottime"):
        buffer = io.StringIO()
        stats = pstats.Stats(profiler, stream=buffer).strip_dirs().sort_stats(key)
        stats.print_stats(TOP)
        body = buffer.getvalue()
        start = body.find("   ncalls")
        lines += [f"-- top {TOP} by {key}", body[start:].rstrip()]
    return lines


def _by_module(profiler: cProfile.Profile) -> list[str]:
    """Own time summed per source file: which modules of fzlint (or libraries) cost most."""
    stats = pstats.Stats(profiler)
    per_file: dict[str, float] = defaultdict(float)
    for (filename, _, _), row in stats.stats.items():  # type: ignore[attr-defined]
        name = "(built-in C functions)" if filename == "~" else _short(filename)
        per_file[name] += row[2]
    lines = ["-- own time per source file (top 15)"]
    for name, seconds in sorted(per_file.items(), key=lambda kv: -kv[1])[:15]:
        lines.append(f"{seconds:8.3f} s  {name}")
    return lines


def _short(filename: str) -> str:
    path = Path(filename)
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        parts = path.parts
        return "/".join(parts[-2:]) if "site-packages" in parts else filename


def profile_all(fz_cmd: list[str], one: Path, corpus_dir: Path, out: Path) -> None:
    lines = [*startup_floors(fz_cmd, one), "", *import_times(), "", *rule_loading()]
    lines += ["", *profile_batch(corpus_dir, out, "--jobs" in fzlint_options(fz_cmd))]
    text = "\n".join(lines) + "\n"
    print(text)
    (out / "profile.txt").write_text(text, encoding="utf-8")
    print(f"profile: {out / 'profile.txt'}, {out / 'batch.prof'}")


def main() -> None:
    from bench_fzlint import fzlint_command
    from make_corpus import DEFAULT_SOURCES, build_corpus

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "out")
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--fzlint", help="fzlint command (default: the one beside this Python)")
    args = parser.parse_args()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    corpus = build_corpus(DEFAULT_SOURCES, out / "corpus", args.files, args.seed)
    profile_all(fzlint_command(args.fzlint), corpus[0], out / "corpus", out)


if __name__ == "__main__":
    main()
