"""Regenerate ``county-cities.txt``: the names of China's county-level cities (县级市).

``python lint/data/make_county_cities.py ADCODES_CSV`` where ``ADCODES_CSV`` is the
``cpca/resources/adcodes.csv`` of the cpca package (MIT; the Ministry of Civil Affairs'
administrative division codes): ``pip download cpca --no-deps`` and unzip the wheel.

A division's 12-digit code ends in eight zeros at the prefecture level and in six at the
county level; a county-level division whose name ends in 市 is a county-level city.
``lint.issuer`` reads the list to tell ``晋州市人民政府`` (county) from ``十堰市人民政府`` (city),
which a report's text often cannot.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HEADER = "# County-level cities (县级市) from cpca's adcodes.csv: lint/data/make_county_cities.py\n"


def county_cities(rows: list[dict[str, str]]) -> list[str]:
    county = [r for r in rows if r["adcode"][6:] == "0" * 6 and r["adcode"][4:6] != "00"]
    names = {row["name"] for row in county if row["name"].endswith("市")}
    return sorted(names)


def main(source: str) -> None:
    with open(source, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = county_cities(rows)
    target = Path(__file__).resolve().parent / "county-cities.txt"
    target.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} county-level cities → {target}")


if __name__ == "__main__":
    main(sys.argv[1])
