"""Project configuration: ``[tool.fzlint]`` in ``pyproject.toml`` or ``.fzlint.yaml``.

Found by walking up from the checked files (or the current directory); ``--config FILE``
names one, ``--no-config`` ignores them. Unknown keys and wrong types are ``ConfigError``s
naming the file and the key. The command line wins over every key.
"""

from __future__ import annotations

import fnmatch
import os
import sys
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from lint.errors import ConfigError
from lint.formats import LEVELS, OUTLINES, YEARS

CONFIG_NAMES = (".fzlint.yaml", ".fzlint.yml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")
SEVERITIES = ("error", "warning", "info", "off")
PATH_KEYS = ("select", "ignore", "checklist", "outline", "year", "level", "severity")
TOP_KEYS = (*PATH_KEYS, "per-path", "rules", "fail-on", "min-score", "max-size", "format")


@dataclass(frozen=True)
class PathSettings:
    """The keys that may differ per file (top level, or one ``per-path`` glob)."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    checklist: str | None = None
    outline: str | None = None
    year: int | None = None
    level: str | None = None
    severity: dict[str, str] = field(default_factory=dict)

    def merged(self, other: PathSettings) -> PathSettings:
        """``other`` on top: select/checklist/outline/year/level replace, ignore and severity
        extend."""
        return PathSettings(
            select=other.select if other.select is not None else self.select,
            ignore=self.ignore + other.ignore,
            checklist=other.checklist or self.checklist,
            outline=other.outline or self.outline,
            year=other.year if other.year is not None else self.year,
            level=other.level or self.level,
            severity={**self.severity, **other.severity},
        )


@dataclass(frozen=True)
class Config:
    path: Path | None = None  # the file it came from; None: defaults
    base: PathSettings = field(default_factory=PathSettings)
    per_path: tuple[tuple[str, PathSettings], ...] = ()
    rules: tuple[Path, ...] = ()  # resolved against the config file's folder
    fail_on: str | None = None
    min_score: Decimal | None = None
    max_size: int | None = None
    format: str | None = None

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def settings_for(self, display: str) -> PathSettings:
        """Top-level keys, then every ``per-path`` glob matching the file, in order."""
        result = self.base
        if not self.per_path:  # nothing to match: no path to resolve (a batch has many)
            return result
        rel = _relative(display, self.root)
        for pattern, settings in self.per_path:
            if _glob_match(rel, pattern):
                result = result.merged(settings)
        return result


def _relative(display: str, root: Path) -> str:
    try:
        return Path(os.path.relpath(Path(display).resolve(), root.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return Path(display).as_posix()


def _glob_match(rel: str, pattern: str) -> bool:
    if "/" not in pattern:
        return fnmatch.fnmatch(rel.rsplit("/", 1)[-1], pattern) or fnmatch.fnmatch(rel, pattern)
    return fnmatch.fnmatch(rel, pattern.removeprefix("./"))


def find_config(start: Path) -> Path | None:
    """The nearest ``.fzlint.yaml`` or ``pyproject.toml`` with ``[tool.fzlint]`` upwards."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            file = candidate / name
            if file.is_file() and (name != "pyproject.toml" or _has_tool_section(file)):
                return file
    return None


def _has_tool_section(file: Path) -> bool:
    return "fzlint" in _read_toml(file).get("tool", {})


def _read_toml(file: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):  # imported only where a pyproject.toml is found (~3 ms)
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        with file.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{file}: 无法读取配置（{exc}）") from None


def load_config(file: Path) -> Config:
    """Parse and validate one configuration file."""
    if file.name == "pyproject.toml":
        raw = _read_toml(file).get("tool", {}).get("fzlint", {})
    else:
        import yaml  # only for a .fzlint.yaml (~10 ms to import)

        try:
            raw = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise ConfigError(f"{file}: 无法读取配置（{exc}）") from None
    return parse_config(raw, file)


def parse_config(raw: Any, file: Path) -> Config:
    where = _Where(file)
    if not isinstance(raw, dict):
        raise where.error("", "配置必须是键值映射")
    where.no_unknown(raw, TOP_KEYS, "")
    per_path = raw.get("per-path", {})
    if not isinstance(per_path, dict):
        raise where.error("per-path", "应为“路径通配符 → 设置”的映射")
    globs = []
    for pattern, settings in per_path.items():
        key = f"per-path.{pattern}"
        if not isinstance(settings, dict):
            raise where.error(key, "应为映射")
        where.no_unknown(settings, PATH_KEYS, key + ".")
        globs.append((str(pattern), _path_settings(settings, where, key + ".")))
    return Config(
        path=file,
        base=_path_settings(raw, where, ""),
        per_path=tuple(globs),
        rules=tuple(file.parent / p for p in where.str_list(raw, "rules") or ()),
        fail_on=where.choice(raw, "fail-on", FAIL_ON),
        min_score=where.decimal(raw, "min-score"),
        max_size=where.positive_int(raw, "max-size"),
        format=where.string(raw, "format"),
    )


def _path_settings(raw: dict[str, Any], where: _Where, prefix: str) -> PathSettings:
    severity = raw.get("severity", {})
    if not isinstance(severity, dict) or not all(
        isinstance(k, str) and v in SEVERITIES for k, v in severity.items()
    ):
        raise where.error(prefix + "severity", "应为“规则编号 → error/warning/info/off”的映射")
    return PathSettings(
        select=where.str_list(raw, "select", prefix),
        ignore=where.str_list(raw, "ignore", prefix) or (),
        checklist=where.string(raw, "checklist", prefix),
        outline=where.choice(raw, "outline", OUTLINES, prefix),
        year=where.year(raw, "year", prefix),
        level=where.choice(raw, "level", LEVELS, prefix),
        severity=dict(severity),
    )


@dataclass
class _Where:
    """Validation helpers that name the file and the key in every error."""

    file: Path

    def error(self, key: str, message: str) -> ConfigError:
        return ConfigError(f"{self.file}: 配置项 {key or '（顶层）'} 无效：{message}")

    def no_unknown(self, raw: dict[str, Any], allowed: tuple[str, ...], prefix: str) -> None:
        for key in raw:
            if key not in allowed:
                raise self.error(prefix + str(key), f"未知配置项（可用：{'、'.join(allowed)}）")

    def str_list(self, raw: dict[str, Any], key: str, prefix: str = "") -> tuple[str, ...] | None:
        if key not in raw:
            return None
        value = raw[key]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(prefix + key, "应为字符串列表")
        return tuple(value)

    def string(self, raw: dict[str, Any], key: str, prefix: str = "") -> str | None:
        value = raw.get(key)
        if value is not None and not isinstance(value, str):
            raise self.error(prefix + key, "应为字符串")
        return value

    def choice(
        self, raw: dict[str, Any], key: str, allowed: tuple[str, ...], prefix: str = ""
    ) -> str | None:
        value = self.string(raw, key, prefix)
        if value is not None and value not in allowed:
            raise self.error(prefix + key, f"应为 {'、'.join(allowed)} 之一")
        return value

    def decimal(self, raw: dict[str, Any], key: str) -> Decimal | None:
        value = raw.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise self.error(key, "应为 0–100 的数")
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            raise self.error(key, "应为 0–100 的数") from None
        if not Decimal(0) <= number <= Decimal(100):
            raise self.error(key, "应为 0–100 的数")
        return number

    def year(self, raw: dict[str, Any], key: str, prefix: str = "") -> int | None:
        value = raw.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value not in YEARS:
            raise self.error(prefix + key, f"应为 {YEARS.start}–{YEARS.stop - 1} 的年份")
        return value

    def positive_int(self, raw: dict[str, Any], key: str) -> int | None:
        value = raw.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise self.error(key, "应为正整数（字节）")
        return value


def resolve(config_file: str | None, no_config: bool, inputs: list[str]) -> Config:
    """The configuration a run uses: ``--config``, else the nearest one, else defaults."""
    if no_config:
        return Config()
    if config_file:
        file = Path(config_file)
        if not file.is_file():
            raise ConfigError(f"{config_file}: 配置文件不存在")
        return load_config(file)
    found = find_config(_start_folder(inputs))
    return load_config(found) if found else Config()


def _start_folder(inputs: list[str]) -> Path:
    """The common folder of the checked files (the current directory for stdin only)."""
    resolved: dict[str, str] = {}
    folders = [_resolved_parent(p, resolved) for p in inputs if p != "-"]
    if not folders:
        return Path.cwd()
    try:
        return Path(os.path.commonpath(folders))
    except ValueError:
        return Path(folders[0])


def _resolved_parent(path: str, resolved: dict[str, str]) -> str:
    """``str(Path(path).resolve().parent)``, resolving each folder once (``resolved``): the
    file's own name changes the answer only when it is a symbolic link."""
    folder, name = os.path.split(os.path.join(os.getcwd(), path))
    if name in ("", ".", "..") or os.path.islink(path):
        return str(Path(path).resolve().parent)
    if folder not in resolved:
        resolved[folder] = str(Path(folder).resolve())
    return resolved[folder]


def with_cli(settings: PathSettings, **cli: Any) -> PathSettings:
    """Command-line values on top of a file's settings (the command line wins)."""
    updates = {k: v for k, v in cli.items() if v not in (None, (), {})}
    if "ignore" in updates:
        updates["ignore"] = settings.ignore + tuple(updates["ignore"])
    if "severity" in updates:
        updates["severity"] = {**settings.severity, **updates["severity"]}
    return replace(settings, **updates)
