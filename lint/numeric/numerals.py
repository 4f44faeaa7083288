"""Chinese numerals (一千二百零五, 十九, 两, 三万五千) to int and back."""

from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
DIGITS.update({"五": 5, "六": 6, "七": 7, "八": 8, "九": 9})
SMALL = {"十": 10, "百": 100, "千": 1000}
BIG = {"万": 10_000, "亿": 100_000_000}
NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL) + "".join(BIG)
_WRITE = "零一二三四五六七八九"
_RESTART = "零〇万亿"  # 十 may open a section after these: 一万零十 is unusual but 十万 is not


class _Parser:
    """A strict left-to-right reading; any malformed sequence makes ``value`` None."""

    def __init__(self) -> None:
        self.total = 0  # everything above the current 万 section
        self.section = 0  # the current section below 万
        self.number: int | None = None  # a digit waiting for its unit
        self.last_small = 10_000  # units inside a section must decrease
        self.last_big = 10**12
        self.ok = True

    def digit(self, value: int) -> None:
        if self.number is not None:
            self.ok = False  # two digits in a row: 二三 is a digit string, not a numeral
        self.number = value

    def small(self, unit: int, at_start: bool) -> None:
        if unit >= self.last_small or (self.number is None and not (unit == 10 and at_start)):
            self.ok = False
            return
        self.section += (1 if self.number is None else self.number) * unit
        self.number, self.last_small = None, unit

    def big(self, unit: int) -> None:
        value = self.section + (self.number or 0)
        if unit >= self.last_big and not (unit == BIG["亿"] and self.total and not value):
            self.ok = False
            return
        if unit == BIG["亿"]:
            self.total = (self.total + value) * unit
        elif value == 0:
            self.ok = False
            return
        else:
            self.total += value * unit
        self.section, self.number, self.last_small, self.last_big = 0, None, 10_000, unit


def parse_chinese_numeral(text: str) -> int | None:
    """The integer a Chinese numeral writes, or None when ``text`` is not a well-formed one.

    Bare units are rejected (``千``, ``万`` in 千家万户), and so are digit strings (``二三``).
    ``十`` may open a numeral (十九 = 19).
    """
    if not text or not any(c in DIGITS or c == "十" for c in text):
        return None
    parser = _Parser()
    for index, char in enumerate(text):
        if char in DIGITS:
            parser.digit(DIGITS[char])
            if DIGITS[char] == 0:
                parser.number = None
        elif char in SMALL:
            at_start = index == 0 or text[index - 1] in _RESTART
            parser.small(SMALL[char], at_start=at_start)
        elif char in BIG:
            parser.big(BIG[char])
        else:
            return None
        if not parser.ok:
            return None
    return parser.total + parser.section + (parser.number or 0)


def _section(value: int) -> str:
    """0 < value < 10000 as written inside a larger numeral (without leading 零)."""
    out: list[str] = []
    zero = False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = value // unit % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(_WRITE[digit] + name)
    return "".join(out)


def to_chinese_numeral(value: int) -> str:
    """The usual way to write a non-negative integer below 10**12 (1205 → 一千二百零五)."""
    if value < 0 or value >= 10**12:
        raise ValueError("out of range")
    if value == 0:
        return "零"
    parts = [(value // 10**8, "亿"), (value // 10**4 % 10**4, "万"), (value % 10**4, "")]
    out: list[str] = []
    for index, (section, name) in enumerate(parts):
        if section == 0:
            continue
        if out and (section < 1000 or parts[index - 1][0] == 0):
            out.append("零")
        text = to_chinese_numeral(section) if section >= 10**4 else _section(section)
        out.append(text + name)
    result = "".join(out)
    return result[1:] if result.startswith("一十") else result
