"""``--format sarif``: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Columns count Unicode code points (``columnKind: unicodeCodePoints``), as the contract's do.
Artifact URIs are relative to the current directory, ``/``-separated and percent-encoded,
with ``uriBaseId: %SRCROOT%``. Every result has a location (whole-document findings: line 1)
and a ``partialFingerprints`` entry that does not depend on line numbers (the baseline's).
Unreadable inputs become ``toolExecutionNotifications`` of the invocation.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from lint import __version__
from lint.baseline import fingerprints
from lint.model import Rule
from lint.reporters.base import RenderContext, ReportResult

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_location(display: str, cwd: Path) -> dict[str, Any]:
    """A relative ``/``-separated URI under %SRCROOT% (the current directory) when possible."""
    if display == "-":
        return {"uri": "stdin"}
    path = Path(display)
    try:
        rel = Path(os.path.relpath(path.resolve(), cwd.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        rel = ""
    if rel and not rel.startswith("../"):
        return {"uri": quote(rel, safe="/"), "uriBaseId": "%SRCROOT%"}
    return {"uri": path.resolve().as_uri()}


def region(finding: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"startLine": finding["line"]}
    if not finding.get("excerpt") and finding["line"] == finding["end_line"] == 1:
        return out  # a whole-document finding
    out["startColumn"] = finding["column"]
    if (finding["end_line"], finding["end_column"]) > (finding["line"], finding["column"]):
        out["endLine"] = finding["end_line"]
        out["endColumn"] = finding["end_column"]
    if finding.get("excerpt"):
        out["snippet"] = {"text": finding["excerpt"]}
    return out


def rule_descriptor(rule_id: str, rule: Rule | None, fallback: dict[str, Any]) -> dict[str, Any]:
    if rule is None:
        return {
            "id": rule_id,
            "name": fallback.get("slug") or rule_id,
            "shortDescription": {"text": fallback.get("message") or rule_id},
            "defaultConfiguration": {"level": LEVELS.get(fallback["severity"], "warning")},
        }
    help_text = "\n".join(t for t in (rule.summary or rule.title, f"依据：{rule.reference}") if t)
    return {
        "id": rule.id,
        "name": rule.slug or rule.id,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.summary or rule.title},
        "help": {"text": help_text, "markdown": help_text.replace("\n", "\n\n")},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning")},
        "properties": {"tags": [rule.finding_kind], "reference": rule.reference},
    }


class Reporter:
    needs_lines = False

    def __init__(self, out: TextIO, ctx: RenderContext) -> None:
        self.out = out
        self.ctx = ctx
        self.results: list[dict[str, Any]] = []
        self.rule_index: dict[str, int] = {}
        self.rules: list[dict[str, Any]] = []
        self.notifications: list[dict[str, Any]] = []

    def add(self, result: ReportResult) -> None:
        data = result.data
        location = artifact_location(data["path"], self.ctx.cwd)
        if data["status"] != "ok":
            self._notify(data, location)
            return
        key = data["path"]
        for finding, fp in zip(data["findings"], fingerprints(key, data["findings"]), strict=True):
            self.results.append(self._result(finding, fp, location))

    def _notify(self, data: dict[str, Any], location: dict[str, Any]) -> None:
        error = data.get("error") or {}
        self.notifications.append(
            {
                "level": "error",
                "message": {"text": error.get("message") or data["path"]},
                "descriptor": {"id": error.get("code") or "unreadable"},
                "locations": [{"physicalLocation": {"artifactLocation": location}}],
            }
        )

    def _result(self, finding: dict[str, Any], fp: str, location: dict[str, Any]) -> dict[str, Any]:
        rule_id = finding["rule"]
        if rule_id not in self.rule_index:
            self.rule_index[rule_id] = len(self.rules)
            self.rules.append(rule_descriptor(rule_id, self.ctx.rules.get(rule_id), finding))
        physical = {"artifactLocation": location, "region": region(finding)}
        return {
            "ruleId": rule_id,
            "ruleIndex": self.rule_index[rule_id],
            "level": LEVELS.get(finding["severity"], "warning"),
            "message": {"text": finding["message"]},
            "locations": [{"physicalLocation": physical}],
            "partialFingerprints": {"fzlintFinding/v1": fp},
            "properties": {"kind": finding["kind"], "section": finding.get("section")},
        }

    def finish(self, summary: dict[str, Any]) -> None:
        invocation: dict[str, Any] = {
            "executionSuccessful": not self.notifications,
            "exitCode": summary["exit_code"],
        }
        if self.notifications:
            invocation["toolExecutionNotifications"] = self.notifications
        driver = {
            "name": "fzlint",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": self.rules,
        }
        run = {
            "tool": {"driver": driver},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": self.ctx.cwd.resolve().as_uri() + "/"}},
            "columnKind": "unicodeCodePoints",
            "invocations": [invocation],
            "results": self.results,
        }
        log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
        json.dump(log, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")
