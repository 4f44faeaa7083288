"""Helpers for the rule-loader tests: write YAML into a temporary folder and load it."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest


@pytest.fixture
def write(tmp_path: Path):
    """``write("rules.yaml", text)`` → the path of a file holding ``text`` (dedented)."""

    def _write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    return _write


@pytest.fixture
def load_error(write, tmp_path: Path):
    """``load_error(text, where, *words)``: loading ``rules.yaml`` holding ``text`` raises a
    ``RuleError`` whose message starts ``rules.yaml:<where>`` and holds every word; returns it."""

    def _load_error(text: str, where: str, *words: str) -> str:
        from lint.errors import RuleError
        from lint.rules import load_rule_paths

        write("rules.yaml", text)
        with pytest.raises(RuleError) as caught:
            load_rule_paths([tmp_path / "rules.yaml"], root=tmp_path)
        message = caught.value.message
        assert message.startswith(f"rules.yaml:{where}"), message
        assert all(word in message for word in words), message
        return message

    return _load_error
