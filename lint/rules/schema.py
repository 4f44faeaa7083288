"""The rule file format, checked strictly: every key known, every value of the right type.

One ``Where`` per mapping being checked carries the file's line table and the mapping's path,
so each error names ``file:line [key]`` (``rules/x.yaml:14 [match.regex[0]]``). The
documentation for rule authors is ``rules/SCHEMA.md``; keep the two in step.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from lint.errors import RuleError
from lint.rules.yamlnodes import Lines, PathKey, join_key

SEVERITIES = ("error", "warning", "info")
KINDS = ("topic", "numeric", "structure", "format", "phrase")
LEVELS = ("province", "city", "county", "department", "township")
ID_RE = re.compile(r"[A-Za-z][A-Za-z0-9_-]*\Z")
SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
YEAR_RANGE = (1990, 2100)
OPEN_END = 9999  # ``years: [2021, null]``: no upper bound

TYPE_NAMES = {
    "str": "字符串",
    "int": "整数",
    "number": "数字",
    "bool": "布尔值",
    "list": "列表",
    "mapping": "映射",
    "str|list": "字符串或字符串列表",
    "str|int": "字符串或整数",
    "date": "日期（YYYY-MM-DD）",
}


@dataclass(frozen=True)
class Key:
    type: str  # a TYPE_NAMES key
    required: bool = False
    doc: str = ""


FILE_KEYS = {
    "pack": Key("mapping", doc="规则包：id、title"),
    "parts": Key("list", doc="纲要部分：id、number、title"),
    "rules": Key("list", required=True, doc="规则列表"),
}
PACK_KEYS = {"id": Key("str", True), "title": Key("str"), "summary": Key("str")}
PART_KEYS = {
    "id": Key("str", True),
    "number": Key("str|int"),
    "title": Key("str", True),
    "reference": Key("str"),
}
RULE_KEYS = {
    "id": Key("str", True, "稳定编号，永不复用"),
    "kind": Key("str", True, "规则类型：" + "、".join(KINDS)),
    "title": Key("str", True, "标题"),
    "severity": Key("str", True, "严重程度：" + "、".join(SEVERITIES)),
    "message": Key("str", True, "发现问题时的提示（中文）"),
    "slug": Key("str", doc="概念名（kebab-case），默认为 id 的小写"),
    "check": Key("str", doc="该类型下的检查实现，topic 默认 coverage"),
    "summary": Key("str", doc="一句话说明"),
    "rationale": Key("str", doc="为什么重要"),
    "reference": Key("str", doc="依据条款，如 纲要(2021—2025) 五(十五)"),
    "part": Key("str", doc="所属纲要部分（本文件 parts 中的 id，或完整的 pack/part）"),
    "levels": Key("list", doc="适用层级：" + "、".join(LEVELS) + "；缺省为全部"),
    "years": Key("list", doc="适用报告年度 [起, 止]，止可为 null"),
    "examples": Key("mapping", doc="示例：good、bad"),
    "match": Key("mapping", doc="topic 规则的匹配条件（见 lint/checks/topics.py）"),
    "params": Key("mapping", doc="其他类型规则的参数（见各检查实现）"),
}
EXAMPLES_KEYS = {"good": Key("list"), "bad": Key("list")}
EXAMPLE_KEYS = {"text": Key("str", True), "meta": Key("mapping"), "note": Key("str")}
META_KEYS = {
    "report_year": Key("int"),
    "level": Key("str"),
    "published": Key("date"),
    "signed": Key("date"),
    "title": Key("str"),
    "issuer": Key("str"),
}


@dataclass(frozen=True)
class Where:
    """A mapping's place in a YAML file: ``lines`` of the file, ``path`` of the mapping."""

    lines: Lines
    path: PathKey = ()
    prefix: PathKey = ()  # the part of ``path`` that keys in messages leave out

    def child(self, *sub: str | int) -> Where:
        return Where(self.lines, (*self.path, *sub), self.prefix)

    def key(self, *sub: str | int) -> str:
        return join_key((*self.path, *sub)[len(self.prefix) :])

    def location(self, *sub: str | int) -> str:
        return self.lines.at((*self.path, *sub))

    def error(self, message: str, *sub: str | int) -> RuleError:
        return RuleError(message, location=self.location(*sub), key=self.key(*sub))


def type_ok(value: Any, type_name: str) -> bool:
    """Whether a YAML value has the named type (``bool`` is never an ``int`` here)."""
    if isinstance(value, bool):
        return type_name == "bool"
    checks: dict[str, tuple[type, ...]] = {
        "str": (str,),
        "int": (int,),
        "number": (int, float),
        "list": (list,),
        "mapping": (dict,),
        "str|int": (str, int),
        "date": (str, datetime.date),
    }
    if type_name == "str|list":
        return isinstance(value, str) or (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        )
    return isinstance(value, checks[type_name])


def check_mapping(value: Any, spec: Mapping[str, Key], where: Where) -> dict[str, Any]:
    """``value`` must be a mapping with known keys, required keys present, types right."""
    if not isinstance(value, dict):
        raise where.error(f"应为映射，实际为{describe(value)}")
    for name in value:
        if name not in spec:
            raise where.error(unknown_key_message(str(name), spec), str(name))
    for name, key in spec.items():
        if name not in value or value[name] is None:
            if key.required:
                raise where.error(f"缺少必需的键 {name}", name)
            continue
        if not type_ok(value[name], key.type):
            wanted = TYPE_NAMES[key.type]
            raise where.error(f"应为{wanted}，实际为{describe(value[name])}", name)
        if key.required and key.type == "str" and not value[name].strip():
            raise where.error(f"{name} 不能为空", name)
    return value


def unknown_key_message(name: str, allowed: Iterable[str]) -> str:
    names = sorted(allowed)
    import difflib  # only for a misspelt key

    close = difflib.get_close_matches(name, names, n=1)
    hint = f"，是否应为 {close[0]}？" if close else ""
    return f"未知的键 {name}（允许的键：{'、'.join(names)}）{hint}"


def describe(value: Any) -> str:
    """A YAML value's type, in Chinese, for messages."""
    if value is None:
        return "空值"
    if isinstance(value, bool):
        return f"布尔值 {value}"
    for type_name in ("str", "int", "number", "list", "mapping", "date"):
        if type_ok(value, type_name):
            shown = f" {value!r}" if type_name in ("str", "int", "number") else ""
            return f"{TYPE_NAMES[type_name]}{shown}"
    return type(value).__name__


def check_choice(
    value: str, allowed: Iterable[str], what: str, where: Where, *sub: str | int
) -> str:
    allowed = tuple(allowed)
    if value not in allowed:
        raise where.error(f"{what} 取值无效：{value}（允许：{'、'.join(allowed)}）", *sub)
    return value


def check_str_list(value: list[Any], where: Where, key: str) -> list[str]:
    """A non-empty list of distinct non-empty strings."""
    if not value:
        raise where.error("列表不能为空", key)
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise where.error(f"应为非空字符串，实际为{describe(item)}", key, index)
    if len(set(value)) != len(value):
        raise where.error("列表中有重复项", key)
    return list(value)


def check_levels(value: list[Any], where: Where, key: str = "levels") -> tuple[str, ...]:
    items = check_str_list(value, where, key)
    for index, level in enumerate(items):
        check_choice(level, LEVELS, "层级", where, key, index)
    return tuple(items)


def check_years(value: list[Any], where: Where) -> tuple[int, int]:
    """``[from, to]``: integer report years, ``to`` may be null (open end)."""
    low, high = YEAR_RANGE
    if len(value) != 2:
        raise where.error("years 应为 [起始年度, 截止年度]（截止年度可为 null）", "years")
    start, end = value
    if isinstance(start, bool) or not isinstance(start, int) or not low <= start <= high:
        raise where.error(
            f"起始年度应为 {low}—{high} 之间的整数，实际为{describe(start)}", "years", 0
        )
    if end is None:
        return start, OPEN_END
    if isinstance(end, bool) or not isinstance(end, int) or not start <= end <= high:
        raise where.error(
            f"截止年度应为不早于 {start} 的整数或 null，实际为{describe(end)}", "years", 1
        )
    return start, end


def iso_date(value: str | datetime.date, where: Where, key: str) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise where.error(f"日期格式应为 YYYY-MM-DD，实际为 {value!r}", key) from None
