"""``--format github``: GitHub Actions workflow commands (annotations on the pull request).

``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message``; ``info`` findings are
``notice``. Values are escaped per the Actions toolkit: ``%``, CR and LF in the message;
additionally ``:`` and ``,`` in properties. GitHub shows at most 10 annotations per level and
step: use SARIF for large batches.
"""

from __future__ import annotations

from typing import Any, TextIO

from lint.reporters.base import RenderContext, ReportResult

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, Any], message: str) -> str:
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items())
    return f"::{name} {props}::{escape_data(message)}"


def finding_command(path: str, finding: dict[str, Any]) -> str:
    props: dict[str, Any] = {"file": path, "line": finding["line"]}
    if finding.get("excerpt"):
        props.update(
            col=finding["column"], endLine=finding["end_line"], endColumn=finding["end_column"]
        )
    props["title"] = f"{finding['rule']} {finding.get('slug') or ''}".strip()
    message = finding["message"]
    if finding.get("reference"):
        message += f"（依据：{finding['reference']}）"
    return command(COMMANDS.get(finding["severity"], "warning"), props, message)


class Reporter:
    needs_lines = False

    def __init__(self, out: TextIO, ctx: RenderContext) -> None:
        self.out = out

    def add(self, result: ReportResult) -> None:
        data = result.data
        if data["status"] != "ok":
            error = data.get("error") or {}
            title = f"fzlint {error.get('code', '')}".strip()
            line = command(
                "error", {"file": data["path"], "title": title}, error.get("message", "")
            )
            self.out.write(line + "\n")
            return
        for finding in data["findings"]:
            self.out.write(finding_command(data["path"], finding) + "\n")

    def finish(self, summary: dict[str, Any]) -> None:
        self.out.write(
            f"fzlint: {summary['reports']} 份报告，{summary['errors']} 个错误，"
            f"{summary['warnings']} 个警告，{summary['infos']} 个提示\n"
        )
