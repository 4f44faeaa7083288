"""``--format json``: the public contract, schema version 1, streamed report by report.

The bytes are those of ``json.dump(view.document_dict(...), indent=2, ensure_ascii=False)``:
each report is written as soon as it arrives, the summary last.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from lint import __version__
from lint.reporters.base import RenderContext, ReportResult
from lint.reporters.view import SCHEMA_VERSION


def _dumps(value: Any, depth: int) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + "  " * depth)


class Reporter:
    needs_lines = False

    def __init__(self, out: TextIO, ctx: RenderContext) -> None:
        self.out = out
        self.count = 0

    def add(self, result: ReportResult) -> None:
        if self.count == 0:
            tool = {"name": "fzlint", "version": __version__}
            self.out.write(f'{{\n  "schema_version": {SCHEMA_VERSION},\n')
            self.out.write(f'  "tool": {_dumps(tool, 1)},\n  "reports": [\n    ')
        else:
            self.out.write(",\n    ")
        self.out.write(_dumps(result.data, 2))
        self.count += 1

    def finish(self, summary: dict[str, Any]) -> None:
        if self.count == 0:
            tool = {"name": "fzlint", "version": __version__}
            self.out.write(f'{{\n  "schema_version": {SCHEMA_VERSION},\n')
            self.out.write(f'  "tool": {_dumps(tool, 1)},\n  "reports": []')
        else:
            self.out.write("\n  ]")
        self.out.write(f',\n  "summary": {_dumps(summary, 1)}\n}}\n')
