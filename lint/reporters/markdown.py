"""``--format markdown``: a summary fit for a pull-request comment.

A summary table of all reports, then per report its coverage by Outline part and its top
findings (errors first). Table cells are escaped (``|``, line breaks).
"""

from __future__ import annotations

from typing import Any, TextIO

from lint.model import SEVERITY_RANK
from lint.reporters.base import (
    SEVERITY_NAMES,
    RenderContext,
    ReportResult,
    coverage_rows,
    meta_line,
    report_counts,
    worst_part,
)

TOP = 10


def cell(text: Any) -> str:
    value = "" if text is None else str(text)
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def inline(text: str) -> str:
    """Text safe inside a Markdown paragraph (no HTML, no emphasis surprises)."""
    for char in "\\`*_[]<>|":
        text = text.replace(char, "\\" + char)
    return text.replace("\n", " ")


class Reporter:
    needs_lines = False

    def __init__(self, out: TextIO, ctx: RenderContext) -> None:
        self.out = out
        self.ctx = ctx
        self.rows: list[str] = []
        self.sections: list[str] = []

    def add(self, result: ReportResult) -> None:
        data = result.data
        counts = report_counts(data)
        worst = worst_part(data)
        score = (data.get("score") or {}).get("overall")
        status = (
            "无法检查" if data["status"] != "ok" else ("—" if score is None else f"{score:.1f}")
        )
        self.rows.append(
            f"| {cell(data['path'])} | {status} | {counts['error']} | {counts['warning']} | "
            f"{counts['info']} | {cell(worst['title'] if worst else '')} |"
        )
        self.sections.append(self._section(data))

    def _section(self, data: dict[str, Any]) -> str:
        lines = [f"### {inline(data['path'])}", ""]
        if data["status"] != "ok":
            error = data.get("error") or {}
            lines.append(
                f"**无法检查** `{error.get('code', '')}`：{inline(error.get('message', ''))}"
            )
            return "\n".join(lines) + "\n"
        lines.append("；".join(f"{k}：{inline(v)}" for k, v in meta_line(data)))
        lines += [
            "",
            "| 纲要部分 | 已覆盖 | 较弱 | 仅计划 | 缺失 | 得分 |",
            "|---|--:|--:|--:|--:|--:|",
        ]
        for row in coverage_rows(data):
            score = "—" if row["score"] is None else f"{row['score']:.1f}"
            lines.append(
                f"| {cell(row['title'])} | {row['covered']} | {row['weak']} | {row['planned']} | "
                f"{row['missing']} | {score} |"
            )
        lines += ["", *self._top(data["findings"])]
        return "\n".join(lines) + "\n"

    def _top(self, findings: list[dict[str, Any]]) -> list[str]:
        if not findings:
            return ["未发现问题。"]
        ranked = sorted(findings, key=lambda f: -SEVERITY_RANK.get(f["severity"], 0))
        out = [f"主要问题（共 {len(findings)} 条，列出前 {min(TOP, len(findings))} 条）：", ""]
        for f in ranked[:TOP]:
            item = (
                f"- `{f['line']}:{f['column']}` **{SEVERITY_NAMES.get(f['severity'], '')}** "
                f"`{f['rule']}` {inline(f['message'])}"
            )
            if f.get("excerpt"):
                item += f" —「{inline(f['excerpt'])}」"
            if f.get("reference"):
                item += f"（依据：{inline(f['reference'])}）"
            out.append(item)
        return out

    def finish(self, summary: dict[str, Any]) -> None:
        head = (
            f"## fzlint：{summary['reports']} 份报告，{summary['errors']} 个错误，"
            f"{summary['warnings']} 个警告，{summary['infos']} 个提示"
        )
        if summary["failed_reports"]:
            head += f"，{summary['failed_reports']} 份无法检查"
        table = ["| 报告 | 得分 | 错误 | 警告 | 提示 | 最弱部分 |", "|---|--:|--:|--:|--:|---|"]
        self.out.write("\n".join([head, "", *table, *self.rows, ""]) + "\n")
        self.out.write("\n".join(self.sections))
