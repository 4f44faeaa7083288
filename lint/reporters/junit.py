"""``--format junit``: one testsuite, one testcase per report.

A finding at or above ``--fail-on`` is a ``<failure>`` of its report's testcase (type = rule
id); a score under ``--min-score`` is a failure too; an unreadable input is an ``<error>``
(type = its error code). CI systems show these as failed tests.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any, TextIO

from lint.reporters.base import RenderContext, ReportResult, below_min_score, fails
from lint.reporters.xmltext import xml_safe


def _describe(finding: dict[str, Any]) -> str:
    lines = [
        f"{finding['line']}:{finding['column']} {finding['severity']} {finding['rule']} "
        f"{finding['message']}"
    ]
    if finding.get("excerpt"):
        lines.append(f"原文：{finding['excerpt']}")
    if finding.get("reference"):
        lines.append(f"依据：{finding['reference']}")
    if finding.get("section"):
        lines.append(f"章节：{finding['section']}")
    return xml_safe("\n".join(lines))


class Reporter:
    needs_lines = False

    def __init__(self, out: TextIO, ctx: RenderContext) -> None:
        self.out = out
        self.ctx = ctx
        self.suite = ET.Element("testsuite", name="fzlint")
        self.counts = {"tests": 0, "failures": 0, "errors": 0}

    def add(self, result: ReportResult) -> None:
        data = result.data
        self.counts["tests"] += 1
        case = ET.SubElement(
            self.suite,
            "testcase",
            classname="fzlint",
            name=xml_safe(data["path"]),
            file=xml_safe(data["path"]),
        )
        if data["status"] != "ok":
            error = data.get("error") or {}
            element = ET.SubElement(
                case,
                "error",
                type=error.get("code", ""),
                message=xml_safe(error.get("message", "")),
            )
            element.text = xml_safe(error.get("message", ""))
            self.counts["errors"] += 1
            return
        failed = False
        for finding in data["findings"]:
            if fails(finding, self.ctx.fail_on):
                message = f"{finding['line']}:{finding['column']} {finding['message']}"
                element = ET.SubElement(
                    case, "failure", type=finding["rule"], message=xml_safe(message)
                )
                element.text = _describe(finding)
                failed = True
        if below_min_score(data, self.ctx.min_score):
            score = data["score"]["overall"]
            text = f"得分 {score} 低于 --min-score {self.ctx.min_score}"
            ET.SubElement(case, "failure", type="min-score", message=text).text = text
            failed = True
        self.counts["failures"] += failed

    def finish(self, summary: dict[str, Any]) -> None:
        for key, value in self.counts.items():
            self.suite.set(key, str(value))
        self.suite.set("skipped", "0")
        root = ET.Element("testsuites", name="fzlint")
        for key, value in self.counts.items():
            root.set(key, str(value))
        root.append(self.suite)
        ET.indent(root)
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.out.write(ET.tostring(root, encoding="unicode"))
        self.out.write("\n")
