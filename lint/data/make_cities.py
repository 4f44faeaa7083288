"""Regenerate ``county-cities.txt`` and ``prefecture-cities.txt``: the names of China's
county-level cities (县级市) and prefecture-level cities (地级市, 设区的市).

``python lint/data/make_cities.py ADCODES_CSV`` where ``ADCODES_CSV`` is the
``cpca/resources/adcodes.csv`` of the cpca package (MIT; the Ministry of Civil Affairs'
administrative division codes): ``pip download cpca --no-deps`` and unzip the wheel.

A division's 12-digit code ends in eight zeros at the prefecture level and in six at the
county level; a division at either level whose name ends in 市 is a city of that level.
``lint.issuer`` reads the lists to tell ``晋州市人民政府`` (county) from ``十堰市人民政府`` (city),
which a report's text often cannot.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

# file → (what it lists, the digits of a code before its zeros at that level)
LISTS = {
    "county-cities.txt": ("County-level cities (县级市)", 6),
    "prefecture-cities.txt": ("Prefecture-level cities (地级市)", 4),
}


def cities(rows: list[dict[str, str]], digits: int) -> list[str]:
    """The names ending in 市 of the divisions whose code has ``digits`` significant digits."""
    level = [
        r["name"]
        for r in rows
        if r["adcode"][digits:] == "0" * (12 - digits) and r["adcode"][digits - 2 : digits] != "00"
    ]
    return sorted({name for name in level if name.endswith("市")})


def main(source: str) -> None:
    with open(source, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    folder = Path(__file__).resolve().parent
    for name, (what, digits) in LISTS.items():
        names = cities(rows, digits)
        header = f"# {what} from cpca's adcodes.csv: lint/data/make_cities.py\n"
        (folder / name).write_text(header + "\n".join(names) + "\n", encoding="utf-8")
        print(f"{len(names)} → {folder / name}")


if __name__ == "__main__":
    main(sys.argv[1])
