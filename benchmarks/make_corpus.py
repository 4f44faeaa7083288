"""Build a deterministic benchmark corpus from the real reports in ``fixtures/reports/``.

Every corpus file is a copy of one real report with deterministic variations: paragraph order
shuffled inside each section (headings stay in place), the issuer's place name replaced, and
the report year shifted by 0 or -1. The same seed always gives the same bytes.

Usage: ``python benchmarks/make_corpus.py [--files 100] [--seed 7] OUT_DIR``
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = REPO / "fixtures" / "reports"
MARKER = ".fzlint-bench-corpus"

HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])")
ISSUER = re.compile(r"[\u4e00-\u9fff]{2}[县縣区區市]")
REPORT_YEAR = re.compile(r"(?<![—\-－~至])(20\d\d)(?=年)")
PLACE_STEMS = (
    "东川", "西河", "南山", "北湖", "清源", "安平", "永和", "长乐",
    "兴华", "宁远", "平阳", "新城", "广德", "泰和", "临川", "宜安",
)  # fmt: skip


def read_sources(src_dir: Path) -> list[tuple[str, str]]:
    """(stem, text) of every ``*.txt`` report, sorted by name so the order is stable."""
    found = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(src_dir.glob("*.txt"))]
    if not found:
        raise SystemExit(f"make_corpus: no *.txt reports in {src_dir}")
    return found


def shuffle_paragraphs(text: str, rng: random.Random) -> str:
    """Shuffle the non-heading lines between two heading lines; headings keep their place."""
    out: list[str] = []
    block: list[str] = []
    body = text.rstrip("\n")
    for line in body.split("\n"):
        if HEADING.match(line):
            rng.shuffle(block)
            out.extend(block)
            block = []
            out.append(line)
        elif out:
            block.append(line)
        else:
            out.append(line)  # the preamble before the first heading stays as it is
    rng.shuffle(block)
    out.extend(block)
    return "\n".join(out) + text[len(body) :]


def detect_issuer(text: str) -> str | None:
    """The most frequent ``XX县/区/市`` name, if it occurs at least three times."""
    counts = Counter(ISSUER.findall(text)).most_common(1)
    if not counts or counts[0][1] < 3:
        return None
    return counts[0][0]


def rename_issuer(text: str, stem: str) -> str:
    """Replace the detected issuer's place name (and its bare stem) with ``stem``."""
    issuer = detect_issuer(text)
    if issuer is None:
        return text
    return text.replace(issuer[:-1], stem)


def shift_years(text: str, delta: int) -> str:
    """Shift the report year and the year after it (publication) by ``delta``."""
    counts = Counter(REPORT_YEAR.findall(text)).most_common(1)
    if not counts or delta == 0:
        return text
    year = int(counts[0][0])
    targets = {year, year + 1}

    def repl(match: re.Match[str]) -> str:
        value = int(match.group(1))
        return str(value + delta) if value in targets else match.group(1)

    return REPORT_YEAR.sub(repl, text)


def vary(text: str, rng: random.Random) -> str:
    """One deterministic variation of a report."""
    text = shuffle_paragraphs(text, rng)
    text = rename_issuer(text, rng.choice(PLACE_STEMS))
    return shift_years(text, rng.choice((0, -1)))


def prepare_dir(out_dir: Path) -> None:
    """Empty ``out_dir`` if it is a corpus this script made; refuse to touch anything else."""
    if out_dir.exists():
        if not (out_dir / MARKER).exists():
            if any(out_dir.iterdir()):
                raise SystemExit(f"make_corpus: {out_dir} exists and is not a benchmark corpus")
        else:
            shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / MARKER).write_text("made by benchmarks/make_corpus.py\n", encoding="utf-8")


def build_corpus(src_dir: Path, out_dir: Path, files: int, seed: int = 7) -> list[Path]:
    """Write ``files`` varied reports into ``out_dir``; file ``0..k-1`` are the originals."""
    sources = read_sources(src_dir)
    prepare_dir(out_dir)
    rng = random.Random(seed)
    paths: list[Path] = []
    for index in range(files):
        stem, text = sources[index % len(sources)]
        body = text if index < len(sources) else vary(text, rng)
        path = out_dir / f"{index:04d}-{stem}.txt"
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths


def write_scaled(text: str, times: int, path: Path) -> Path:
    """The same report ``times`` times in one file (for the linear-scaling measurement)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "\n".join([text.rstrip("\n")] * times) + "\n"
    path.write_text(body, encoding="utf-8")
    return path


def corpus_bytes(paths: list[Path]) -> int:
    return sum(p.stat().st_size for p in paths)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    args = parser.parse_args()
    paths = build_corpus(args.sources, args.out_dir, args.files, args.seed)
    print(f"{len(paths)} files, {corpus_bytes(paths) / 1e6:.2f} MB in {args.out_dir}")


if __name__ == "__main__":
    main()
