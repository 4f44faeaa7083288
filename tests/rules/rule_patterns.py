"""The sources of every regex the bundled topic rules hold (``regex``, ``deeds``, ``related``,
``exclude_regex``), for tests that check something of all of them."""

from __future__ import annotations

from lint.rules import load_bundled

KEYS = ("regex", "deeds", "related", "exclude_regex")


def topic_pattern_sources() -> list[str]:
    found: list[str] = []
    for rule in load_bundled().rules.values():
        match = rule.params.get("match") or {}
        for key in KEYS:
            value = match.get(key) or []
            found += [value] if isinstance(value, str) else value
    return found
