"""YAML loading that remembers the line of every rule, for errors that name file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from lint.errors import RuleError


def load_yaml_with_lines(file: Path) -> tuple[Any, dict[tuple[str, int], int]]:
    """Parse ``file``; return the data and the 1-based line of each item of ``rules``."""
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"无法读取规则文件（{exc}）", location=str(file)) from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise RuleError(
            f"YAML 语法错误：{getattr(exc, 'problem', exc)}", location=f"{file}:{line}"
        ) from None
    lines: dict[tuple[str, int], int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == "rules" and isinstance(value, yaml.SequenceNode):
                for index, item in enumerate(value.value):
                    lines[("rules", index)] = item.start_mark.line + 1
    return data, lines
