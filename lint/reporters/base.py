"""What every reporter receives: compact per-report results, streamed in input order.

A ``ReportResult`` is the contract dict of one report (``view.report_dict``) plus what only
some reporters need (the original lines, for HTML). It is small and picklable, so batch
workers return it instead of whole ``Document``s. A reporter is fed one result at a time
(``add``) and closes with the run's summary (``finish``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol, TextIO

from lint.model import SEVERITY_RANK, Rule

PART_NAMES = {
    "preamble": "导语",
    "measures": "主要举措和成效",
    "responsibility": "履行第一责任人职责",
    "shortcomings": "存在的不足和原因",
    "plans": "下一年度工作安排",
    "other": "其他",
}
SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}
STATUS_NAMES = {
    "covered": "已覆盖",
    "weak": "较弱",
    "planned": "仅计划",
    "missing": "缺失",
    "not-applicable": "不适用",
}


@dataclass
class ReportResult:
    data: dict[str, Any]  # the contract dict of one report, extra fields allowed
    lines: list[str] | None = None  # original lines, only when a reporter shows the text
    # The report as the reporter writes it, made where it was checked (a batch worker), for a
    # reporter whose ``encode`` depends on the report alone (bytes: its UTF-8 form, written
    # as they are where the output is UTF-8); None: the reporter makes it.
    encoded: str | bytes | None = None


@dataclass
class RenderContext:
    rules: Mapping[str, Rule] = field(default_factory=dict)
    fail_on: str = "error"
    min_score: Decimal | None = None
    quiet: bool = False
    statistics: bool = False
    output_dir: Path | None = None  # html: one page per report plus index.html
    cwd: Path = field(default_factory=Path.cwd)


class Reporter(Protocol):
    def add(self, result: ReportResult) -> None: ...

    def finish(self, summary: dict[str, Any]) -> None: ...


class ReporterFactory(Protocol):
    needs_lines: bool

    def __call__(self, out: TextIO, ctx: RenderContext) -> Reporter: ...


def fails(finding: dict[str, Any], fail_on: str) -> bool:
    """Whether a finding is at or above the ``--fail-on`` threshold."""
    return SEVERITY_RANK.get(finding["severity"], 0) >= SEVERITY_RANK.get(fail_on, 99)


def below_min_score(data: dict[str, Any], min_score: Decimal | None) -> bool:
    overall = (data.get("score") or {}).get("overall")
    return min_score is not None and overall is not None and Decimal(str(overall)) < min_score


@dataclass
class Tally:
    """Counts over the streamed reports: the contract's summary and the exit code."""

    fail_on: str = "error"
    min_score: Decimal | None = None
    reports: int = 0
    failed_reports: int = 0
    severities: Counter[str] = field(default_factory=Counter)
    gate_failed: bool = False

    @staticmethod
    def fields(data: dict[str, Any]) -> dict[str, Any]:
        """The part of a report's dict that ``add`` reads (for a worker whose report the
        reporter writes from ``ReportResult.encoded``: a quarter of the bytes to send)."""
        score = data.get("score")
        return {
            "path": data["path"],
            "status": data["status"],
            "error": data.get("error"),
            "score": None if score is None else {"overall": score.get("overall")},
            "findings": [{"severity": f["severity"]} for f in data["findings"]],
        }

    def add(self, data: dict[str, Any]) -> None:
        self.reports += 1
        if data["status"] != "ok":
            self.failed_reports += 1
        for finding in data["findings"]:
            self.severities[finding["severity"]] += 1
            self.gate_failed = self.gate_failed or fails(finding, self.fail_on)
        self.gate_failed = self.gate_failed or below_min_score(data, self.min_score)

    @property
    def exit_code(self) -> int:
        """2 an unreadable input; 1 findings at or above ``fail_on`` or a low score; else 0."""
        if self.failed_reports:
            return 2
        return 1 if self.gate_failed else 0

    def summary(self, code: int | None = None) -> dict[str, Any]:
        return {
            "reports": self.reports,
            "failed_reports": self.failed_reports,
            "errors": self.severities["error"],
            "warnings": self.severities["warning"],
            "infos": self.severities["info"],
            "exit_code": self.exit_code if code is None else code,
        }


def report_counts(data: dict[str, Any]) -> Counter[str]:
    return Counter(f["severity"] for f in data["findings"])


def short_part_name(title: str) -> str:
    """An Outline part's short name: the first clause of its title (健全行政执法工作体系)."""
    return title.split("，")[0]


def worst_part(data: dict[str, Any]) -> dict[str, Any] | None:
    """The Outline part (chapter) with the lowest score, or None."""
    chapters = (data.get("score") or {}).get("chapters") or []
    return min(chapters, key=lambda c: c["score"]) if chapters else None


def coverage_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Per Outline part: title, counts of covered/weak/planned/missing topics, score. A scored
    part counts the covered topics its score counts (``chapters[].covered``): a topic the
    report's level does not owe, shown covered, is no part of it."""
    rows: dict[str, dict[str, Any]] = {}
    chapters = (data.get("score") or {}).get("chapters") or []
    for chapter in chapters:
        rows[chapter["id"]] = {"id": chapter["id"], "title": chapter["title"]}
        rows[chapter["id"]]["score"] = chapter["score"]
    for topic in data.get("topics") or []:
        part = topic.get("part") or ""
        row = rows.setdefault(part, {"id": part, "title": part or "（未分部分）", "score": None})
        row[topic["status"]] = row.get(topic["status"], 0) + 1
    for chapter in chapters:
        rows[chapter["id"]]["covered"] = chapter["covered"]
    for row in rows.values():
        for status in ("covered", "weak", "planned", "missing"):
            row.setdefault(status, 0)
    return list(rows.values())


LEVEL_NAMES = {
    "province": "省级",
    "city": "设区的市级",
    "county": "县级（县、区、旗、县级市）",
    "township": "乡镇（街道）",
    "department": "政府部门",
    "unknown": "（未识别）",
}
OUTLINE_NAMES = {
    "outline-2021": "法治政府建设实施纲要（2021—2025年）",
    "outline-2015": "法治政府建设实施纲要（2015—2020年）",
}


def meta_line(data: dict[str, Any]) -> list[tuple[str, str]]:
    """Header facts of one report as (label, value) pairs, for people (the JSON keeps codes)."""
    meta = data.get("meta") or {}
    score = (data.get("score") or {}).get("overall")
    level = meta.get("level") or "unknown"
    outline = meta.get("outline") or ""
    return [
        ("标题", meta.get("title") or "（未识别）"),
        ("年度", str(meta.get("report_year") or "（未识别）")),
        ("发布机关", meta.get("issuer") or "（未识别）"),
        ("层级", LEVEL_NAMES.get(level, level)),
        ("检查清单", meta.get("checklist") or ""),
        ("纲要", OUTLINE_NAMES.get(outline, outline)),
        ("得分", "—" if score is None else f"{score:.1f}"),
    ]


def group_findings(data: dict[str, Any]) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """Findings grouped by section in order of appearance: (part, section, findings)."""
    parts = {f"{s['number']}{s['title']}": s["part"] for s in data.get("sections") or []}
    groups: dict[str, list[dict[str, Any]]] = {}
    for finding in data["findings"]:
        groups.setdefault(finding.get("section") or "", []).append(finding)
    return [
        (parts.get(name, "other" if name else ""), name, items) for name, items in groups.items()
    ]
