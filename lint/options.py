"""What one check is asked for (``--outline``, ``--select``…), apart from the engine: a batch's
parent process describes its tasks with it without importing the checks."""

from __future__ import annotations

from dataclasses import dataclass, field

from lint.sources import DEFAULT_MAX_BYTES


@dataclass
class Options:
    outline: str | None = None  # force an outline pack
    checklist: str | None = None  # force a checklist
    year: int | None = None  # the report year, in place of the detected one
    level: str | None = None  # the report's level, in place of the detected one
    max_bytes: int = DEFAULT_MAX_BYTES
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
