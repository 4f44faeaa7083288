"""``--format json``: the public contract, schema version 1."""

from __future__ import annotations

import json
from typing import Any, TextIO

from lint.model import Report
from lint.reporters.view import document_dict


def render(reports: list[Report], code: int, out: TextIO, options: dict[str, Any]) -> None:
    json.dump(document_dict(reports, code), out, ensure_ascii=False, indent=2)
    out.write("\n")
