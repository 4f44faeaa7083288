"""Reporters, one per ``--format``: a class fed one ``ReportResult`` at a time.

The CLI derives ``--format`` choices from ``REPORTERS``; modules are imported lazily. Each
module exposes ``Reporter`` (a class ``Reporter(out, ctx)`` with ``add``/``finish`` and a
class attribute ``needs_lines``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TextIO

from lint.formats import REPORTERS
from lint.model import Report, Rule
from lint.reporters.base import RenderContext, ReporterFactory, ReportResult, Tally

Render = Callable[[list[Report], int, TextIO, dict[str, Any]], None]


def factory(name: str) -> ReporterFactory:
    module = importlib.import_module(f"lint.reporters.{REPORTERS[name]}")
    reporter: ReporterFactory = module.Reporter
    return reporter


def result_of(report: Report, rules: Mapping[str, Rule] | None = None) -> ReportResult:
    """The compact result of one checked report (its original lines included)."""
    from lint.reporters.view import report_dict

    lines = report.document.source.lines if report.document is not None else None
    return ReportResult(report_dict(report, rules), lines)


def stream(
    name: str, results: Iterable[ReportResult], out: TextIO, ctx: RenderContext
) -> dict[str, Any]:
    """Feed results to one reporter in order; return the summary (with the exit code)."""
    reporter = factory(name)(out, ctx)
    tally = Tally(ctx.fail_on, ctx.min_score)
    for result in results:
        tally.add(result.data)
        reporter.add(result)
    summary = tally.summary()
    reporter.finish(summary)
    return summary


def get(name: str) -> Render:
    """A whole-list renderer (for callers holding ``Report`` objects)."""

    def render(reports: list[Report], code: int, out: TextIO, options: dict[str, Any]) -> None:
        rules = options.get("rules") or {}
        ctx = RenderContext(rules=rules, fail_on=options.get("fail_on", "error"))
        reporter = factory(name)(out, ctx)
        tally = Tally(ctx.fail_on)
        for report in reports:
            result = result_of(report, rules)
            tally.add(result.data)
            reporter.add(result)
        reporter.finish(tally.summary(code))

    return render
