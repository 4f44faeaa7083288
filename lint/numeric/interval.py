"""Closed Decimal intervals: a stated figure is every value its wording allows.

The XBRL Calculations 1.1 method: a relation holds when the intervals of its figures can
agree. Bounds are closed (a strict "超过70%" is treated as ``[70, +inf]``), which is the
lenient reading: it can only suppress findings, never create one.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

INF = Decimal("Infinity")
ZERO = Decimal(0)


@dataclass(frozen=True)
class Interval:
    """``[lo, hi]`` with ``hi`` possibly ``INF``; both bounds are Decimal."""

    lo: Decimal
    hi: Decimal

    def __post_init__(self) -> None:
        if self.lo > self.hi:
            raise ValueError(f"empty interval [{self.lo}, {self.hi}]")

    @classmethod
    def exact(cls, value: Decimal) -> Interval:
        return cls(value, value)

    @classmethod
    def around(cls, value: Decimal, half: Decimal) -> Interval:
        return cls(value - half, value + half)

    @property
    def is_exact(self) -> bool:
        return self.lo == self.hi

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def scale(self, factor: Decimal) -> Interval:
        """Multiply by a non-negative constant."""
        if factor < 0:
            raise ValueError("negative factor")
        if factor == 0:
            return Interval(ZERO, ZERO)
        return Interval(self.lo * factor, self.hi * factor)

    def divide(self, other: Interval) -> Interval | None:
        """``self / other`` for non-negative intervals; None when ``other`` is exactly zero."""
        if self.lo < 0 or other.lo < 0:
            raise ValueError("interval division is defined here for non-negative figures")
        if other.hi == 0:
            return None
        lo = ZERO if other.hi == INF else self.lo / other.hi
        hi = INF if other.lo == 0 or self.hi == INF else self.hi / other.lo
        return Interval(lo, hi)

    def overlaps(self, other: Interval) -> bool:
        """True when some value lies in both: the two figures can agree."""
        return self.lo <= other.hi and other.lo <= self.hi

    def contains(self, value: Decimal) -> bool:
        return self.lo <= value <= self.hi

    def above(self, other: Interval) -> bool:
        """True when every value of ``self`` exceeds every value of ``other``."""
        return self.lo > other.hi


def total(intervals: list[Interval]) -> Interval:
    result = Interval(ZERO, ZERO)
    for item in intervals:
        result = result + item
    return result
