"""YAML loading that remembers the line of every mapping key and list item.

Rule and checklist errors must name ``file:line [key]``. ``yaml.compose`` keeps a start mark
on every node; :func:`load_yaml_with_lines` walks the node tree once and records the 1-based
line of each path (``("rules", 3, "match", "regex")``). A key path written as a string
(``"match.regex[1]"``) is resolved with :meth:`Lines.line`, falling back to the nearest
ancestor that has a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lint.errors import RuleError

if TYPE_CHECKING:
    import yaml

PathKey = tuple[str | int, ...]


@lru_cache(maxsize=1)
def _loader() -> Any:
    """The safe loader without implicit timestamps: ``2020-04-15`` stays a string, so a
    bad date is reported by the schema with its line instead of failing inside PyYAML.

    PyYAML is imported here, when a file is first parsed: a run whose rules come from the
    rule cache does not pay for it (~10 ms)."""
    import yaml

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    resolvers = {
        first: [(tag, regexp) for tag, regexp in found if tag != "tag:yaml.org,2002:timestamp"]
        for first, found in base.yaml_implicit_resolvers.items()
    }
    return type("_Loader", (base,), {"yaml_implicit_resolvers": resolvers})


_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


@dataclass
class Lines:
    """The line of every node of one YAML file, by path."""

    display: str  # the file name used in messages
    by_path: dict[PathKey, int] = field(default_factory=dict)

    def line(self, path: PathKey) -> int:
        """The line of ``path``, else of its nearest ancestor, else 1."""
        for end in range(len(path), -1, -1):
            found = self.by_path.get(path[:end])
            if found is not None:
                return found
        return 1

    def at(self, path: PathKey) -> str:
        """``file:line`` of a path, for ``RuleError(location=...)``."""
        return f"{self.display}:{self.line(path)}"


def split_key(key: str) -> PathKey:
    """``"match.regex[1]"`` → ``("match", "regex", 1)``; digits after a dot are indexes too."""
    parts: list[str | int] = []
    for name, index in _PART.findall(key):
        if index:
            parts.append(int(index))
        else:
            parts.append(int(name) if name.isdigit() else name)
    return tuple(parts)


def join_key(path: PathKey) -> str:
    """``("match", "regex", 1)`` → ``"match.regex[1]"`` (the form used in messages)."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def load_yaml_with_lines(file: Path, display: str | None = None) -> tuple[Any, Lines]:
    """Parse ``file`` (UTF-8); return the data and the line of every key and item.

    Duplicate keys in one mapping are an error (YAML would silently keep the last one).
    """
    display = display if display is not None else str(file)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"无法读取文件（{exc}）", location=display) from None
    import yaml

    loader = _loader()(text)
    try:
        node = loader.get_single_node()
        lines = Lines(display)
        if node is not None:
            _walk(node, (), lines)  # before construction, which rewrites merge keys
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc)
        raise RuleError(f"YAML 语法错误：{problem}", location=f"{display}:{line}") from None
    except (ValueError, TypeError, OverflowError) as exc:  # a scalar PyYAML cannot build
        raise RuleError(f"YAML 内容无法解析：{exc}", location=display) from None
    finally:
        loader.dispose()
    return data, lines


def _walk(node: yaml.Node, path: PathKey, lines: Lines) -> None:
    import yaml

    lines.by_path.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            child = (*path, key)
            if key in seen:
                where = f"{lines.display}:{key_node.start_mark.line + 1}"
                raise RuleError(f"键 {key} 重复出现", location=where, key=join_key(child))
            seen.add(key)
            lines.by_path[child] = key_node.start_mark.line + 1
            _walk(value_node, child, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), lines)
