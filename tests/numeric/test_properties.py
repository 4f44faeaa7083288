"""Properties: numeral round-trips and interval arithmetic (hypothesis)."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from lint.numbers import Interval, extract_quantities, parse_chinese_numeral, to_chinese_numeral

decimals = st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False)


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    a, b = draw(decimals), draw(decimals)
    return Interval(min(a, b), max(a, b))


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_numeral_round_trip(value: int) -> None:
    assert parse_chinese_numeral(to_chinese_numeral(value)) == value


@given(st.integers(min_value=2, max_value=99_999))
def test_numeral_with_unit_is_extracted(value: int) -> None:
    # A lone 一 after a character is skipped on purpose (统一项, 同一件): see extract.py.
    [quantity] = extract_quantities("召开会议" + to_chinese_numeral(value) + "次")
    assert quantity.value == value


@given(st.integers(min_value=0, max_value=10**9))
def test_arabic_with_unit_is_exact(value: int) -> None:
    [quantity] = extract_quantities(f"受理{value}件")
    assert quantity.interval == Interval.exact(Decimal(value))


@given(intervals(), intervals(), decimals, decimals)
def test_sum_contains_sums_of_members(a: Interval, b: Interval, x: Decimal, y: Decimal) -> None:
    x = min(max(x, a.lo), a.hi)
    y = min(max(y, b.lo), b.hi)
    assert (a + b).contains(x + y)
    assert (a - b).contains(x - y)


@given(intervals(), intervals(), decimals, decimals)
def test_division_contains_quotients(a: Interval, b: Interval, x: Decimal, y: Decimal) -> None:
    x = min(max(x, a.lo), a.hi)
    y = min(max(y, b.lo), b.hi)
    quotient = a.divide(b)
    if b.hi == 0:
        assert quotient is None
    elif y > 0:
        assert quotient is not None and quotient.contains(x / y)


@given(intervals(), intervals())
def test_overlap_is_symmetric_and_excludes_above(a: Interval, b: Interval) -> None:
    assert a.overlaps(b) == b.overlaps(a)
    assert a.overlaps(b) != (a.above(b) or b.above(a))


@given(st.decimals(min_value=0, max_value=100, places=2, allow_nan=False))
def test_stated_percent_contains_its_value(value: Decimal) -> None:
    [quantity] = extract_quantities(f"办结率{value}%")
    assert quantity.interval.contains(value)
    half = Decimal("0.5").scaleb(int(value.as_tuple().exponent))
    assert quantity.interval.hi == value + half
    assert quantity.interval.lo == max(Decimal(0), value - half)
