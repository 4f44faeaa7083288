"""``--format html``: one self-contained report for drafting offices and their leaders.

Per report: the facts and score, a coverage chart by Outline part (inline SVG), the topics
still to complete with what the Outline asks, the ORIGINAL text with every finding
highlighted in place (numbered references to notes explaining message, rule and clause) and
topic evidence highlighted lighter, then the notes. Several reports start with an index
comparing them. ``--output FILE`` (or stdout): one file holding everything; ``--output DIR``
(an existing folder, or a path ending in ``/``): ``index.html`` plus one page per report,
each written as soon as its report is checked.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, TextIO

from lint.reporters import html_page as hp
from lint.reporters.base import RenderContext, ReportResult
from lint.reporters.html_text import OffsetIndex, esc, marks_for, render_lines
from lint.reporters.output import write_whole

_UNSAFE = re.compile(r"[^\w.-]+")


def page_name(number: int, path: str) -> str:
    stem = _UNSAFE.sub("_", Path(path).name)[:60] or "report"
    return f"{number:04d}-{stem}.html"


def report_section(result: ReportResult, prefix: str, ctx: RenderContext) -> str:
    data = result.data
    title = (data.get("meta") or {}).get("title") or data["path"]
    head = f'<section class="report" id="{prefix}">\n<h2>{esc(title)}</h2>\n'
    head += f"<p class='meta'>文件：{esc(data['path'])}</p>\n"
    if data["status"] != "ok":
        error = data.get("error") or {}
        return head + (
            f"<div class='error-box'><b>无法检查</b> [{esc(error.get('code'))}] "
            f"{esc(error.get('message'))}</div>\n</section>\n"
        )
    lines = result.lines or []
    marks, numbered = marks_for(data, OffsetIndex(lines), prefix)
    score = (data.get("score") or {}).get("overall")
    parts = [
        head,
        f"<p class='score'>得分 {esc('—' if score is None else f'{score:.1f}')}</p>",
        hp.facts(data),
        "<h3>纲要各部分覆盖情况</h3>",
        hp.chart(data),
        hp.coverage_table(data),
        "<h3>需补充的纲要要求</h3>",
        hp.topics_todo(data, ctx.rules),
        f"<h3>问题（{len(numbered)}）</h3>",
        hp.notes(numbered, prefix),
        "<h3>报告原文（问题处已标出，浅绿为纲要主题的依据）</h3>",
        f'<div class="text">{render_lines(lines, marks, prefix)}</div>',
        "</section>\n",
    ]
    return "\n".join(parts)


class Reporter:
    needs_lines = True

    def __init__(self, out: TextIO, ctx: RenderContext) -> None:
        self.out = out
        self.ctx = ctx
        self.sections: list[str] = []
        self.index: list[tuple[str, dict[str, Any]]] = []

    def add(self, result: ReportResult) -> None:
        number = len(self.index) + 1
        compact = {k: v for k, v in result.data.items() if k not in ("sections", "topics")}
        compact["findings"] = [{"severity": f["severity"]} for f in result.data["findings"]]
        if self.ctx.output_dir is not None:
            name = page_name(number, result.data["path"])
            body = '<nav class="toc"><a href="index.html">← 全部报告</a></nav>\n'
            body += report_section(result, f"r{number}", self.ctx)
            write_whole(self.ctx.output_dir / name, hp.page(result.data["path"], body))
            self.index.append((name, compact))
        else:
            self.sections.append(report_section(result, f"r{number}", self.ctx))
            self.index.append((f"#r{number}", compact))

    def finish(self, summary: dict[str, Any]) -> None:
        head = (
            f"<h1>法治政府建设年度报告检查结果</h1>\n<p>共 {summary['reports']} 份报告："
            f"{summary['errors']} 个错误，{summary['warnings']} 个警告，{summary['infos']} 个提示"
            + (f"，{summary['failed_reports']} 份无法检查" if summary["failed_reports"] else "")
            + "。</p>\n"
        )
        index = f'<nav class="toc"><h2>报告一览</h2>{hp.index_table(self.index)}</nav>\n'
        if self.ctx.output_dir is not None:
            write_whole(
                self.ctx.output_dir / "index.html", hp.page("fzlint 检查结果", head + index)
            )
            return
        body = head + (index if len(self.index) > 1 else "") + "\n".join(self.sections)
        self.out.write(hp.page("fzlint 检查结果", body))
