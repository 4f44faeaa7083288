"""``rules/SCHEMA.md`` documents every key the loader accepts and every registered check."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.checks import registry
from lint.rules.checklists import CHECKLIST_KEYS
from lint.rules.schema import EXAMPLE_KEYS, FILE_KEYS, META_KEYS, RULE_KEYS

SCHEMA = (Path(__file__).resolve().parents[2] / "rules" / "SCHEMA.md").read_text(encoding="utf-8")
KEYS = sorted({*FILE_KEYS, *RULE_KEYS, *EXAMPLE_KEYS, *META_KEYS})


@pytest.mark.parametrize("key", KEYS)
def test_rule_key_is_documented(key: str) -> None:
    assert f"`{key}`" in SCHEMA


@pytest.mark.parametrize("key", sorted(CHECKLIST_KEYS))
def test_checklist_key_is_documented(key: str) -> None:
    assert f"\n{key}:" in SCHEMA


@pytest.mark.parametrize("pair", sorted(f"{k}/{c}" for k, c in registry()))
def test_registered_check_is_documented(pair: str) -> None:
    assert f"`{pair}`" in SCHEMA, f"rules/SCHEMA.md 未列出 {pair}"
