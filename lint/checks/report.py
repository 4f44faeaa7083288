"""Report structure and dates: the rules of the 2019 督察工作规定 (and of the 2015 Outline's
reporting clause for report years 2016–2018).

Implementations (``kind``/``check``):
- ``structure/required-part``: a required part is absent in every layout (``report_parts``);
- ``structure/thin-part``: a present part lacks what makes it substantive (``report_parts``);
- ``structure/numbering-sequence``, ``structure/heading-order`` (``report_numbering``);
- ``format/publication-deadline``, ``format/report-year-consistency`` (``report_dates``).
"""

from __future__ import annotations

from lint.checks.report_dates import CHECKS_DATES
from lint.checks.report_numbering import CHECKS_NUMBERING
from lint.checks.report_parts import CHECKS_PARTS

CHECKS = [*CHECKS_PARTS, *CHECKS_NUMBERING, *CHECKS_DATES]
