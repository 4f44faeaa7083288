"""``--format text``: the terminal view (rich), for the drafter at a desk.

Per report: a header, a coverage table by Outline part, findings grouped by report part and
section with the original ``line:column``, the quoted original text and the clause. Several
reports end with a summary table. No colour when the output is not a terminal or NO_COLOR is
set (rich decides); ``--quiet`` prints only the summary line; ``--statistics`` counts by rule.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from lint.reporters.base import (
    PART_NAMES,
    SEVERITY_NAMES,
    RenderContext,
    ReportResult,
    coverage_rows,
    group_findings,
    meta_line,
    report_counts,
    short_part_name,
    worst_part,
)

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


class Reporter:
    needs_lines = False

    def __init__(self, out: TextIO, ctx: RenderContext) -> None:
        self.console = Console(file=out, highlight=False, emoji=False)
        self.ctx = ctx
        self.rows: list[tuple[str, Any, Counter[str], str]] = []
        self.by_rule: Counter[str] = Counter()

    def add(self, result: ReportResult) -> None:
        data = result.data
        counts = report_counts(data)
        worst = worst_part(data)
        score = (data.get("score") or {}).get("overall")
        self.rows.append(
            (data["path"], score, counts, short_part_name(worst["title"]) if worst else "")
        )
        self.by_rule.update(f["rule"] for f in data["findings"])
        if self.ctx.quiet:
            return
        if data["status"] != "ok":
            self._error(data)
            return
        self._header(data)
        self._coverage(data)
        self._findings(data)

    def _error(self, data: dict[str, Any]) -> None:
        error = data.get("error") or {}
        line = Text.assemble(
            (data["path"], "bold"),
            ": ",
            ("无法检查", "bold red"),
            f" [{error.get('code', '')}] {error.get('message', '')}",
        )
        self.console.print(line, soft_wrap=True)
        self.console.print()

    def _header(self, data: dict[str, Any]) -> None:
        self.console.rule(Text(data["path"], style="bold"), align="left")
        facts = Text()
        for label, value in meta_line(data):
            facts.append(f"{label}：", style="dim")
            facts.append(f"{value}  ")
        self.console.print(facts)

    def _coverage(self, data: dict[str, Any]) -> None:
        rows = coverage_rows(data)
        if not rows:
            return
        table = Table(title="纲要各部分覆盖情况", title_justify="left", show_edge=False)
        for name in ("纲要部分", "已覆盖", "较弱", "仅计划", "缺失", "得分"):
            table.add_column(name, justify="left" if name == "纲要部分" else "right")
        for row in rows:
            score = "—" if row["score"] is None else f"{row['score']:.1f}"
            table.add_row(
                escape(row["title"]),
                *(str(row[s]) for s in ("covered", "weak", "planned", "missing")),
                score,
            )
        self.console.print(table)

    def _findings(self, data: dict[str, Any]) -> None:
        if not data["findings"]:
            self.console.print(Text("未发现问题。", style="green"))
            self.console.print()
            return
        for part, section, findings in group_findings(data):
            heading = f"【{PART_NAMES.get(part, part)}】{section}" if section else "【全文】"
            self.console.print(Text(heading, style="bold"), soft_wrap=True)
            for finding in findings:
                self._finding(finding)
        self.console.print()

    def _finding(self, finding: dict[str, Any]) -> None:
        severity = finding["severity"]
        line = Text("  ")
        line.append(f"{finding['line']}:{finding['column']}", style="bold")
        line.append("  ")
        line.append(SEVERITY_NAMES.get(severity, severity), style=STYLE.get(severity, ""))
        line.append(f"  {finding['rule']}  {finding['message']}")
        self.console.print(line, soft_wrap=True)
        if finding.get("excerpt"):
            self.console.print(Text(f"      「{finding['excerpt']}」", style="dim"), soft_wrap=True)
        reference = finding.get("reference") or self._reference(finding["rule"])
        if reference:
            self.console.print(Text(f"      依据：{reference}", style="dim"), soft_wrap=True)

    def _reference(self, rule_id: str) -> str:
        rule = self.ctx.rules.get(rule_id)
        return rule.reference if rule else ""

    def finish(self, summary: dict[str, Any]) -> None:
        if self.ctx.statistics:
            self._statistics()
        if len(self.rows) > 1 and not self.ctx.quiet:
            self._summary_table()
        self.console.print(summary_line(summary), soft_wrap=True)

    def _statistics(self) -> None:
        table = Table(title="按规则统计", title_justify="left", show_edge=False)
        for name in ("次数", "规则", "级别", "标题"):
            table.add_column(name, justify="right" if name == "次数" else "left")
        for rule_id, count in sorted(self.by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
            rule = self.ctx.rules.get(rule_id)
            severity = SEVERITY_NAMES.get(rule.severity, rule.severity) if rule else ""
            table.add_row(str(count), rule_id, severity, escape(rule.title) if rule else "")
        self.console.print(table)

    def _summary_table(self) -> None:
        table = Table(title="汇总", title_justify="left", show_edge=False)
        for name in ("报告", "得分", "错误", "警告", "提示", "最弱部分"):
            table.add_column(name, justify="left" if name in ("报告", "最弱部分") else "right")
        for path, score, counts, worst in self.rows:
            table.add_row(
                escape(path),
                "—" if score is None else f"{score:.1f}",
                str(counts["error"]),
                str(counts["warning"]),
                str(counts["info"]),
                escape(worst),
            )
        self.console.print(table)


def summary_line(summary: dict[str, Any]) -> Text:
    text = Text(
        f"共 {summary['reports']} 份报告：{summary['errors']} 个错误，"
        f"{summary['warnings']} 个警告，{summary['infos']} 个提示"
    )
    if summary["failed_reports"]:
        text.append(f"；{summary['failed_reports']} 份无法检查", style="bold red")
    text.append(f"（退出码 {summary['exit_code']}）")
    return text
