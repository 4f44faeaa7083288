"""Benchmark fzlint against textlint+prh and pure-Python jieba (issue 7).

Usage: ``python benchmarks/run.py [--files 100] [--out benchmarks/out] [--profile]``

Builds a corpus from ``fixtures/reports/``, times fzlint (one report from a cold process, the
batch, the scaling 1x/4x/16x, peak memory), times the peers on the same files in the same run,
prints absolute times and ratios with the issue's targets, and writes ``OUT/results.json``.
See ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_fzlint import REPO, bench_fzlint, fzlint_command, fzlint_version
from bench_measure import Plan, ToolFailed
from bench_peers import bench_jieba, bench_textlint
from bench_report import table, targets
from make_corpus import (
    DEFAULT_SOURCES,
    build_corpus,
    corpus_bytes,
    read_sources,
    write_scaled,
)

DEFAULT_OUT = REPO / "benchmarks" / "out"
DEFAULT_RULES = REPO / "rules" / "outline-2021"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="fzlint vs textlint+prh vs jieba")
    parser.add_argument("--files", type=int, default=100, help="corpus size (default 100)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    parser.add_argument("--cold-runs", type=int, default=5, help="runs per cold measurement")
    parser.add_argument("--batch-runs", type=int, default=3, help="runs per batch measurement")
    parser.add_argument("--scale", default="1,4,16", help="scaling factors (default 1,4,16)")
    parser.add_argument("--fzlint", help="fzlint command (default: the one beside this Python)")
    parser.add_argument("--rules", type=Path, default=DEFAULT_RULES, help="pack for prh.yml")
    parser.add_argument("--no-textlint", action="store_true", help="skip textlint+prh")
    parser.add_argument("--no-jieba", action="store_true", help="skip jieba")
    parser.add_argument("--profile", action="store_true", help="also run profile_fzlint.py")
    return parser.parse_args(argv)


def make_plan(args: argparse.Namespace) -> Plan:
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    corpus = build_corpus(DEFAULT_SOURCES, out / "corpus", args.files, args.seed)
    one = corpus[0]
    # The scaling unit is all real reports joined (~60 KB), so the work outweighs start-up noise.
    text = "\n".join(body.rstrip("\n") for _, body in read_sources(DEFAULT_SOURCES))
    factors = [int(x) for x in args.scale.split(",") if x.strip()]
    scaled = [(k, write_scaled(text, k, out / "scaled" / f"x{k:02d}.txt")) for k in factors]
    return Plan(one, out / "corpus", corpus, scaled, out, args.cold_runs, args.batch_runs)


def environment(fz_cmd: list[str]) -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "fzlint": fzlint_version(fz_cmd),
        "fzlint_command": " ".join(fz_cmd),
        "date": time.strftime("%Y-%m-%d %H:%M:%S"),
    }


def _step(name: str, func: Any, *args: Any) -> dict[str, Any]:
    print(f"[bench] {name} ...", flush=True)
    start = time.perf_counter()
    try:
        result: dict[str, Any] = func(*args)
    except ToolFailed as exc:
        print(f"[bench] {name}: FAILED: {exc}", flush=True)
        return {"error": str(exc)}
    if "skipped" in result:
        print(f"[bench] {name}: SKIPPED: {result['skipped']}", flush=True)
    print(f"[bench] {name}: done in {time.perf_counter() - start:.1f} s", flush=True)
    return result


def write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    plan = make_plan(args)
    fz_cmd = fzlint_command(args.fzlint)
    results: dict[str, Any] = {
        "environment": environment(fz_cmd),
        "corpus": {"files": len(plan.corpus), "bytes": corpus_bytes(plan.corpus),
                   "dir": str(plan.corpus_dir), "seed": args.seed},
        "one": {"path": str(plan.one), "bytes": plan.one.stat().st_size},
    }  # fmt: skip
    print(f"[bench] corpus: {len(plan.corpus)} files, {results['corpus']['bytes'] / 1e6:.2f} MB")
    results["fzlint"] = _step("fzlint", bench_fzlint, plan, fz_cmd)
    skip_tl = {"skipped": "--no-textlint given"}
    skip_jb = {"skipped": "--no-jieba given"}
    results["textlint"] = skip_tl if args.no_textlint else _step(
        "textlint+prh", bench_textlint, plan, args.rules.resolve())  # fmt: skip
    results["jieba"] = skip_jb if args.no_jieba else _step("jieba", bench_jieba, plan)
    results["targets"] = targets(results)
    print()
    print(table(results))
    write_json(plan.out / "results.json", results)
    print(f"\nresults: {plan.out / 'results.json'}")
    if args.profile:
        from profile_fzlint import profile_all

        profile_all(fz_cmd, plan.one, plan.corpus_dir, plan.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
