"""Baselines: record today's findings, later report only new ones.

A finding's fingerprint hashes (path, rule id, the normalized text of its excerpt, and its
occurrence index among findings with the same key) — never line numbers, so inserting or
deleting unrelated lines does not turn recorded findings into new ones. Whole-document
findings (no excerpt) use their message instead.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import Any

from lint.errors import ConfigError

BASELINE_VERSION = 1
_SPACE = re.compile(r"\s+")


def baseline_path_key(display: str, base: Path) -> str:
    """The report path as recorded: relative to the baseline file's folder, ``/``-separated."""
    if display == "-":
        return "-"
    try:
        return Path(os.path.relpath(Path(display).resolve(), base.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return Path(display).as_posix()


def fingerprints(path_key: str, findings: list[dict[str, Any]]) -> list[str]:
    """One fingerprint per finding, in order."""
    seen: Counter[tuple[str, str]] = Counter()
    out = []
    for finding in findings:
        text = _SPACE.sub("", finding.get("excerpt") or "") or finding["message"]
        key = (finding["rule"], text)
        occurrence = seen[key]
        seen[key] += 1
        raw = "\x1f".join((path_key, finding["rule"], text, str(occurrence)))
        out.append(hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32])
    return out


def load_baseline(file: Path) -> frozenset[str]:
    """The fingerprints a baseline file records; a bad file is a ``ConfigError``."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{file}: 基线文件不存在") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ConfigError(f"{file}: 基线文件无法读取（{exc}）") from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION:
        raise ConfigError(f"{file}: 不是 fzlint 基线文件（version 应为 {BASELINE_VERSION}）")
    entries = data.get("findings")
    if not isinstance(entries, list) or not all(
        isinstance(e, dict) and isinstance(e.get("fingerprint"), str) for e in entries
    ):
        raise ConfigError(f"{file}: 基线文件的 findings 应为含 fingerprint 的列表")
    return frozenset(e["fingerprint"] for e in entries)


class BaselineWriter:
    """Collects compact entries while reports stream by; ``content`` is the whole file."""

    def __init__(self, file: Path) -> None:
        self.base = file.parent
        self.entries: list[dict[str, Any]] = []

    def add(self, data: dict[str, Any]) -> None:
        key = baseline_path_key(data["path"], self.base)
        for finding, fp in zip(data["findings"], fingerprints(key, data["findings"]), strict=True):
            self.entries.append(
                {
                    "fingerprint": fp,
                    "path": key,
                    "rule": finding["rule"],
                    "line": finding["line"],
                    "message": finding["message"],
                }
            )

    def content(self) -> str:
        entries = sorted(self.entries, key=lambda e: (e["path"], e["line"], e["rule"]))
        document = {"version": BASELINE_VERSION, "tool": "fzlint", "findings": entries}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
