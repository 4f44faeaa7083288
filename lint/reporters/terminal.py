"""``--format text``: a plain summary per report (rich layout comes with the outputs work)."""

from __future__ import annotations

from typing import Any, TextIO

from lint.model import Report
from lint.reporters.view import report_dict


def render(reports: list[Report], code: int, out: TextIO, options: dict[str, Any]) -> None:
    for report in reports:
        data = report_dict(report)
        if data["status"] != "ok":
            out.write(
                f"{data['path']}: 错误 [{data['error']['code']}] {data['error']['message']}\n"
            )
            continue
        meta = data["meta"]
        out.write(
            f"{data['path']}: {meta['title'] or '（无标题）'} {meta['report_year']} "
            f"{meta['level']} 得分 {data['score']['overall']}\n"
        )
        for f in data["findings"]:
            out.write(f"  {f['line']}:{f['column']} {f['severity']} {f['rule']} {f['message']}\n")
