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

SOURCE = "from cpca's adcodes.csv: lint/data/make_cities.py"
LISTS = {
    "county-cities.txt": f"# County-level cities (县级市) {SOURCE}\n",
    "prefecture-cities.txt": f"# Prefecture-level cities (地级市) {SOURCE}\n",
}


def county_cities(rows: list[dict[str, str]]) -> list[str]:
    county = [r for r in rows if r["adcode"][6:] == "0" * 6 and r["adcode"][4:6] != "00"]
    return sorted({row["name"] for row in county if row["name"].endswith("市")})


def prefecture_cities(rows: list[dict[str, str]]) -> list[str]:
    prefecture = [r for r in rows if r["adcode"][4:] == "0" * 8 and r["adcode"][2:4] != "00"]
    return sorted({row["name"] for row in prefecture if row["name"].endswith("市")})


def main(source: str) -> None:
    with open(source, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    folder = Path(__file__).resolve().parent
    for name, names in (
        ("county-cities.txt", county_cities(rows)),
        ("prefecture-cities.txt", prefecture_cities(rows)),
    ):
        (folder / name).write_text(LISTS[name] + "\n".join(names) + "\n", encoding="utf-8")
        print(f"{len(names)} → {folder / name}")


if __name__ == "__main__":
    main(sys.argv[1])
