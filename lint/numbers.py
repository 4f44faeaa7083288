"""Figures in report text, as Decimal intervals (the public face of ``lint.numeric``).

>>> [str(q.value) for q in extract_quantities("现场解答群众咨询0.36万人次")]
['3600.00']
"""

from __future__ import annotations

from lint.numeric.bind import TextView, view_of
from lint.numeric.extract import UNITS, Quantity, extract_quantities, lowest_place
from lint.numeric.interval import INF, Interval, total
from lint.numeric.numerals import parse_chinese_numeral, to_chinese_numeral

__all__ = [
    "INF",
    "UNITS",
    "Interval",
    "Quantity",
    "TextView",
    "extract_quantities",
    "lowest_place",
    "parse_chinese_numeral",
    "to_chinese_numeral",
    "total",
    "view_of",
]
