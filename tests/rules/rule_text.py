"""Rule-file text for the loader tests: one topic rule per line, in flow style."""

from __future__ import annotations


def topic(rule_id: str, match: str) -> str:
    """One topic rule in flow style, a line of its own in the file (``match`` as YAML)."""
    head = f"  - {{id: {rule_id}, kind: topic, title: t, severity: info, message: m"
    return f"{head}, match: {match}}}\n"
