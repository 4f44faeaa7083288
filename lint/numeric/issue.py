"""What a relation evaluator reports, before the check turns it into a ``Finding``."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from lint.offsets import Span


@dataclass(frozen=True)
class Issue:
    """A broken relation: ``span`` on the stated figure, ``related`` on the figures used.

    Spans index the pinyin-free view; ``severity`` is "" for the rule's own severity.
    """

    span: Span
    message: str
    related: tuple[Span, ...] = ()
    data: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    severity: str = ""


def fmt(value: Decimal, places: int | None = None) -> str:
    """A Decimal for a message: rounded half-up to ``places`` if given, no trailing zeros."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        return f"{value:f}"
    text = f"{value.normalize():f}"
    return text
