"""Wording: official document names, dated terms, the Outline of the report year, damage.

Implementations (``kind``/``check``):
- ``format/document-title``, ``format/damaged-title`` (``phrases_titles``);
- ``phrase/term-too-early``, ``phrase/term-expired``, ``phrase/outline-mismatch``,
  ``format/damaged-text`` (``phrases_terms``).
"""

from __future__ import annotations

from lint.checks.phrases_terms import CHECKS_TERMS
from lint.checks.phrases_titles import CHECKS_TITLES

CHECKS = [*CHECKS_TITLES, *CHECKS_TERMS]
