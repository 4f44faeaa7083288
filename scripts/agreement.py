"""Topic statuses against hand labels: how often fzlint agrees with a human reader (issue 3).

A label set is a folder of excerpts of real reports, each ``NAME.txt`` with its labels in
``NAME.yaml`` (the format of ``fixtures/labels/``: ``report``, ``outline`` and ``labels``, a
``{status, why, borderline?}`` per slug), a second labeller's blind labels optionally in
``NAME.l2.yaml``, a third reader's decisions where the two disagreed optionally in
``adjudicated.yaml`` (a list of ``{file, slug, status, why}``), and ``sources.tsv`` (file,
issuer, level, report year, address), whose level and year are passed to ``fzlint check`` so
that an excerpt without its title is judged under the right checklist and Outline.

    python scripts/agreement.py SET [SET ...]              # run fzlint now and compare
    python scripts/agreement.py --save OUT.json SET ...    # only run fzlint and keep its statuses
    python scripts/agreement.py --statuses OUT.json SET    # compare statuses kept earlier

Keeping the statuses first is how a set is measured blind: fzlint's answer is fixed at a
commit before anyone reads the labels. ``--errors`` lists every disagreement with the
labeller's reason. The figures: agreement with the first labeller, with the second, between
the two labellers, on the labels both agree on, on the labels neither marked borderline, and
with the settled labels (the two labellers' where they agree, the third reader's elsewhere).

The labellers' statuses are covered, weak, planned and missing: they judge the text, not which
topics a level owes. fzlint's ``not-applicable`` (a topic the level does not owe, not covered
in the text: 规章备案审查 in a county's report) therefore agrees with a label ``missing``; the
count of such labels is printed, and the confusion table keeps the statuses as they are.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

import yaml

from lint.model import TopicStatus

STATUSES: tuple[str, ...] = get_args(TopicStatus)


@dataclass
class Excerpt:
    """One labelled excerpt: its text file, level, year and the labellers' statuses."""

    text: Path
    level: str | None
    year: int | None
    first: dict[str, dict[str, Any]]
    second: dict[str, dict[str, Any]] = field(default_factory=dict)
    adjudicated: dict[str, str] = field(default_factory=dict)  # slug → the third reader's status


def _labels(path: Path) -> dict[str, dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {slug: dict(value) for slug, value in (data.get("labels") or {}).items()}


def _sources(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / "sources.tsv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.reader(handle, delimiter="\t") if row and row[0].strip()]
    keys = ("file", "issuer", "level", "year", "url")
    return {row[0].strip(): dict(zip(keys, (c.strip() for c in row), strict=False)) for row in rows}


def load_set(folder: Path) -> list[Excerpt]:
    """The labelled excerpts of one set folder, in file name order."""
    sources = _sources(folder)
    decided: dict[str, dict[str, str]] = {}
    adjudicated = folder / "adjudicated.yaml"
    if adjudicated.is_file():
        for item in yaml.safe_load(adjudicated.read_text(encoding="utf-8")) or []:
            decided.setdefault(item["file"], {})[item["slug"]] = item["status"]
    out = []
    for text in sorted(folder.glob("*.txt")):
        labels = text.with_suffix(".yaml")
        if not labels.is_file():
            continue
        source = sources.get(text.name, {})
        year = source.get("year", "")
        second = text.with_suffix(".l2.yaml")
        out.append(
            Excerpt(
                text=text,
                level=source.get("level") or None,
                year=int(year) if year.isdigit() else None,
                first=_labels(labels),
                second=_labels(second) if second.is_file() else {},
                adjudicated=decided.get(text.name, {}),
            )
        )
    return out


def run_fzlint(excerpt: Excerpt, fzlint: list[str]) -> dict[str, str]:
    """fzlint's topic statuses for one excerpt, through the JSON output."""
    command = [*fzlint, "check", "--format", "json", "--fail-on", "never"]
    if excerpt.level:
        command += ["--level", excerpt.level]
    if excerpt.year:
        command += ["--year", str(excerpt.year)]
    done = subprocess.run(
        [*command, str(excerpt.text)], capture_output=True, check=False, encoding="utf-8"
    )
    if done.returncode != 0:
        raise SystemExit(f"{excerpt.text}: fzlint exited {done.returncode}: {done.stderr.strip()}")
    report = json.loads(done.stdout)["reports"][0]
    return {topic["slug"]: topic["status"] for topic in report["topics"]}


def agrees(ours: str, label: str) -> bool:
    """Whether fzlint's status agrees with a label: the same status, or ``not-applicable``
    for a label ``missing`` (the labels have no not-applicable: see the module's docstring)."""
    return ours == label or (ours == "not-applicable" and label == "missing")


def _key(excerpt: Excerpt) -> str:
    return f"{excerpt.text.parent.name}/{excerpt.text.name}"


@dataclass
class Tally:
    """Agreement counts of one set."""

    first: Counter[bool] = field(default_factory=Counter)
    second: Counter[bool] = field(default_factory=Counter)
    humans: Counter[bool] = field(default_factory=Counter)
    consensus: Counter[bool] = field(default_factory=Counter)
    clear: Counter[bool] = field(default_factory=Counter)
    settled: Counter[bool] = field(default_factory=Counter)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    not_owed: int = 0  # first labels missing where fzlint said not-applicable
    errors: list[str] = field(default_factory=list)


def compare(excerpts: list[Excerpt], got: dict[str, dict[str, str]]) -> Tally:
    """Count agreements of fzlint's statuses with each labeller and between the labellers."""
    tally = Tally()
    for excerpt in excerpts:
        statuses = got[_key(excerpt)]
        for slug, label in excerpt.first.items():
            ours = statuses.get(slug, "?")
            want = label["status"]
            same = agrees(ours, want)
            tally.first[same] += 1
            tally.not_owed += same and ours != want
            tally.confusion[(want, ours)] += 1
            other = excerpt.second.get(slug)
            borderline = bool(label.get("borderline")) or bool(other and other.get("borderline"))
            if not borderline:
                tally.clear[same] += 1
            if other is not None:
                tally.second[agrees(ours, other["status"])] += 1
                tally.humans[want == other["status"]] += 1
                if want == other["status"]:
                    tally.consensus[same] += 1
                    tally.settled[same] += 1
                elif slug in excerpt.adjudicated:
                    tally.settled[agrees(ours, excerpt.adjudicated[slug])] += 1
            if not same:
                mark = " (borderline)" if borderline else ""
                where, why = f"{_key(excerpt)} {slug}", label.get("why")
                tally.errors.append(f"{where}: label {want}, fzlint {ours}{mark}: {why}")
    return tally


def _pct(counts: Counter[bool]) -> str:
    total = counts[True] + counts[False]
    return f"{counts[True]}/{total} {100 * counts[True] / total:.1f}%" if total else "-"


def _print(name: str, tally: Tally, errors: bool) -> None:
    print(
        f"{name}: vs L1 {_pct(tally.first)} | vs L2 {_pct(tally.second)} | "
        f"L1 vs L2 {_pct(tally.humans)} | both agree {_pct(tally.consensus)} | "
        f"not borderline {_pct(tally.clear)} | settled {_pct(tally.settled)}"
        + (f" | not-applicable taken as missing: {tally.not_owed}" if tally.not_owed else "")
    )
    if errors:
        for line in tally.errors:
            print(f"  {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path, help="label set folders")
    parser.add_argument("--save", type=Path, help="write fzlint's statuses here and stop")
    parser.add_argument("--statuses", type=Path, help="fzlint statuses kept by --save")
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument("--fzlint", default=f"{sys.executable} -m lint", help="fzlint command")
    args = parser.parse_args(argv)
    # a file among the arguments (the README of ``fixtures/labels/sets/*``) is no set
    sets = {folder: load_set(folder) for folder in args.sets if folder.is_dir()}
    if args.statuses:
        got = json.loads(args.statuses.read_text(encoding="utf-8"))
    else:
        command = args.fzlint.split()
        got = {_key(e): run_fzlint(e, command) for excerpts in sets.values() for e in excerpts}
    if args.save:
        partial = args.save.with_name(args.save.name + ".partial")
        partial.write_text(json.dumps(got, ensure_ascii=False, indent=1), encoding="utf-8")
        partial.replace(args.save)
        return 0
    total = Tally()
    for folder, excerpts in sets.items():
        tally = compare(excerpts, got)
        _print(folder.name, tally, args.errors)
        for name in ("first", "second", "humans", "consensus", "clear", "settled", "confusion"):
            getattr(total, name).update(getattr(tally, name))
        total.not_owed += tally.not_owed
    if len(sets) > 1:
        _print("all", total, False)
    print("confusion (label -> fzlint):")
    for want in STATUSES:
        row = {ours: n for (w, ours), n in total.confusion.items() if w == want}
        if row:
            print(f"  {want:>14}: " + ", ".join(f"{k} {v}" for k, v in sorted(row.items())))
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # the reader went away (| head): no traceback, as Python's docs advise
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(1) from None
