"""Targets of issue 7 (PASS/FAIL/SKIP) and the printed table of one benchmark run.

A ratio is ``peer time / fzlint time``: above 1 means fzlint is faster.
"""

from __future__ import annotations

from typing import Any

MEMORY_LIMIT_MB = 200
JIEBA_FACTOR = 3
LINEAR_SLACK = 1.5  # marginal cost per MB of the big step may be at most 1.5x the small step's
NOISE_S = 0.03  # timing noise allowed on the big step (seconds), so tiny costs do not flap


def _median(result: dict[str, Any], key: str) -> float | None:
    block = result.get(key)
    return block["median_s"] if isinstance(block, dict) and "median_s" in block else None


def ratio(results: dict[str, Any], peer: str, key: str) -> float | None:
    mine = _median(results.get("fzlint", {}), key)
    theirs = _median(results.get(peer, {}), key)
    if mine is None or theirs is None or mine <= 0:
        return None
    return theirs / mine


def peak_mb(fz: dict[str, Any]) -> float | None:
    batch = fz.get("batch")
    if not batch:
        return None
    per_process = max(
        batch["maxrss_tree_kb"], batch["parent_peak_kb"], batch["children_peak_max_kb"]
    )
    return per_process / 1024


def sum_of_peaks_mb(fz: dict[str, Any]) -> float | None:
    """The peaks of all the batch's processes added up (an upper bound of its total memory:
    pages shared between processes are counted in each)."""
    batch = fz.get("batch")
    if not batch or batch.get("sum_of_peaks_kb") is None:
        return None
    return float(batch["sum_of_peaks_kb"]) / 1024


def scaling_slopes(rows: list[dict[str, Any]]) -> tuple[float, float] | None:
    """Marginal seconds per MB between the first two sizes and between the last two (best runs)."""
    if len(rows) < 3 or any("error" in r for r in rows):
        return None
    pts = [(r["bytes"] / 1e6, r["best_s"]) for r in rows]
    low = (pts[1][1] - pts[0][1]) / (pts[1][0] - pts[0][0])
    high = (pts[-1][1] - pts[-2][1]) / (pts[-1][0] - pts[-2][0])
    return low, high


def _verdict(ok: bool | None) -> str:
    return "SKIP" if ok is None else ("PASS" if ok else "FAIL")


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    fz = results.get("fzlint", {})
    batch_tl, cold_tl = ratio(results, "textlint", "batch"), ratio(results, "textlint", "cold_one")
    batch_jb, memory = ratio(results, "jieba", "batch"), peak_mb(fz)
    total = sum_of_peaks_mb(fz)
    slopes = scaling_slopes(fz.get("scaling", []))
    linear = _linear(fz.get("scaling", []), slopes)
    rows = [
        ("batch: fzlint faster than textlint+prh", batch_tl, "> 1x", _gt(batch_tl, 1)),
        ("one report, cold: fzlint faster than textlint+prh", cold_tl, "> 1x", _gt(cold_tl, 1)),
        ("batch: fzlint >= 3x faster than jieba.lcut", batch_jb, ">= 3x", _gt(batch_jb, 3, True)),
        ("batch peak memory per process < 200 MB", memory, "< 200 MB",
         None if memory is None else memory < MEMORY_LIMIT_MB),
        ("batch peak memory, all processes together < 200 MB", total, "< 200 MB",
         None if total is None else total < MEMORY_LIMIT_MB),
        ("time grows linearly with input size", slopes[1] / slopes[0] if slopes and slopes[0] > 0
         else None, f"<= {LINEAR_SLACK}x marginal s/MB", linear),
    ]  # fmt: skip
    return [
        {"target": name, "value": value, "need": need, "verdict": _verdict(ok)}
        for name, value, need, ok in rows
    ]


def _linear(rows: list[dict[str, Any]], slopes: tuple[float, float] | None) -> bool | None:
    """The big step costs at most LINEAR_SLACK x the small step's s/MB (plus timing noise)."""
    if any("error" in r for r in rows):
        return False  # a larger input that fails or times out is not linear scaling
    if slopes is None:
        return None
    big_mb = (rows[-1]["bytes"] - rows[-2]["bytes"]) / 1e6
    return slopes[1] * big_mb <= LINEAR_SLACK * max(slopes[0], 0.0) * big_mb + NOISE_S


def _gt(value: float | None, bound: float, inclusive: bool = False) -> bool | None:
    if value is None:
        return None
    return value >= bound if inclusive else value > bound


def _secs(block: dict[str, Any] | None, key: str) -> str:
    if not block or "skipped" in block or key not in block:
        return "-"
    return f"{block[key]['median_s']:.3f} s"


def _x(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"


def table(results: dict[str, Any]) -> str:
    fz, tl, jb = (results.get(k, {}) for k in ("fzlint", "textlint", "jieba"))
    corpus = results["corpus"]
    mb = corpus["bytes"] / 1e6
    lines = [
        f"corpus: {corpus['files']} files, {mb:.2f} MB; one report: {results['one']['bytes']} B",
        f"{'':34}{'fzlint':>11}{'textlint+prh':>14}{'jieba.lcut':>12}{'tl/fz':>8}{'jieba/fz':>10}",
    ]
    for label, key in (("one report, cold process", "cold_one"), ("batch", "batch")):
        lines.append(
            f"{label:34}{_secs(fz, key):>11}{_secs(tl, key):>14}{_secs(jb, key):>12}"
            f"{_x(ratio(results, 'textlint', key)):>8}{_x(ratio(results, 'jieba', key)):>10}"
        )
    throughput = [
        f"{mb / b['batch']['median_s']:.2f} MB/s" if b.get("batch") else "-" for b in (fz, tl, jb)
    ]
    lines.append(
        f"{'batch throughput':34}{throughput[0]:>11}{throughput[1]:>14}{throughput[2]:>12}"
    )
    lines += _fzlint_extra(fz)
    for name, block in (("textlint", tl), ("jieba", jb)):
        if "skipped" in block:
            lines.append(f"{name}: SKIPPED: {block['skipped']}")
    lines.append("targets (issue 7):")
    for row in results["targets"]:
        value = "-" if row["value"] is None else f"{row['value']:.2f}"
        lines.append(f"  [{row['verdict']}] {row['target']:52} {value:>8}  (need {row['need']})")
    return "\n".join(lines)


def _fzlint_extra(fz: dict[str, Any]) -> list[str]:
    if "error" in fz:
        return [f"fzlint: FAILED: {fz['error']}"]
    lines: list[str] = []
    if fz.get("batch_one_process"):
        lines.append(f"{'fzlint batch, --jobs 1':34}{_secs(fz, 'batch_one_process'):>11}")
    batch = fz.get("batch")
    if batch:
        lines.append(
            f"fzlint batch peak RSS: parent {batch['parent_peak_kb'] / 1024:.1f} MB, "
            f"largest worker {batch['children_peak_max_kb'] / 1024:.1f} MB "
            f"({batch['children_count']} workers), process-tree max "
            f"{batch['maxrss_tree_kb'] / 1024:.1f} MB, sum of peaks "
            f"{batch['sum_of_peaks_kb'] / 1024:.1f} MB"
        )
    for row in fz.get("scaling", []):
        if "error" in row:
            lines.append(f"fzlint scaling {row['times']:>3}x FAILED: {row['error']}")
            continue
        per_mb = row["median_s"] / (row["bytes"] / 1e6)
        lines.append(
            f"fzlint scaling {row['times']:>3}x {row['bytes'] / 1e3:8.1f} KB "
            f"median {row['median_s']:.3f} s, best {row['best_s']:.3f} s "
            f"({per_mb:.2f} s/MB incl. start-up)"
        )
    slopes = scaling_slopes(fz.get("scaling", []))
    if slopes:
        lines.append(
            f"fzlint marginal cost: {slopes[0]:.3f} s/MB (small step), {slopes[1]:.3f} s/MB (big)"
        )
    return lines
