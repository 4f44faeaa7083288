"""Building blocks of the HTML report: page shell with inline CSS, coverage chart (inline
SVG), the list of topics to complete, the notes explaining each finding, the batch index.

Nothing is loaded from anywhere: no scripts, fonts or images; a Content-Security-Policy
forbids the browser from fetching anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from lint.model import Rule
from lint.reporters.base import (
    SEVERITY_NAMES,
    STATUS_NAMES,
    coverage_rows,
    meta_line,
    report_counts,
    short_part_name,
    worst_part,
)
from lint.reporters.html_text import esc

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
CSS = """
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--err:#b42318;--warn:#9a6700;--info:#0969da}
*{box-sizing:border-box}
body{margin:0 auto;max-width:62rem;padding:1rem;color:var(--fg);line-height:1.7;
font-family:"PingFang SC","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.3rem;margin:1.5rem 0 .5rem;
border-bottom:2px solid var(--line)}h3{font-size:1.1rem;margin:1.2rem 0 .4rem}
.facts{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;margin:0;padding:0;list-style:none}
.facts b{color:var(--muted);font-weight:normal}
.score{font-size:1.6rem;font-weight:bold}
.wrap{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;white-space:nowrap}
.sev{display:inline-block;padding:0 .4rem;border-radius:.3rem;color:#fff;font-size:.85rem}
.sev.sev-error{background:var(--err)}.sev.sev-warning{background:var(--warn)}
.sev.sev-info{background:var(--info)}.status{font-weight:bold}
.st-missing{color:var(--err)}.st-weak,.st-planned{color:var(--warn)}
.text{border:1px solid var(--line);border-radius:.4rem;padding:.5rem;font-size:1rem}
.ln{display:flex;gap:.6rem}.ln .no{flex:0 0 3.2em;text-align:right;color:var(--muted);
user-select:none;font-size:.8rem;padding-top:.2rem}
.ln .tx{flex:1;white-space:pre-wrap;word-break:break-all;min-height:1.2em}
mark{color:inherit;border-radius:.15rem}
mark.f.sev-error{background:#ffd8d3;border-bottom:2px solid var(--err)}
mark.f.sev-warning{background:#fff1b8;border-bottom:2px solid var(--warn)}
mark.f.sev-info{background:#ddf4ff;border-bottom:2px dotted var(--info)}
mark.ev{background:#e6f4ea}
a.ref{font-size:.75rem;vertical-align:super;text-decoration:none;font-weight:bold;margin:0 .1rem}
a.ref.sev-error{color:var(--err)}a.ref.sev-warning{color:var(--warn)}a.ref.sev-info{color:var(--info)}
ol.notes li{margin:.4rem 0}ol.notes li:target{background:#fff8c5}
.meta{color:var(--muted);font-size:.9rem}
blockquote{margin:.2rem 0 .2rem 0;padding:.1rem .6rem;border-left:3px solid var(--line);
color:var(--muted)}
.error-box{border:2px solid var(--err);border-radius:.4rem;padding:.6rem;color:var(--err)}
svg.chart{width:100%;max-width:480px;height:auto}svg.chart text{font-size:13px;fill:#1f2328}
nav.toc{font-size:.95rem}
@media (max-width:40rem){body{padding:.5rem;font-size:15px}.opt{display:none}
.ln .no{flex-basis:2.4em}
.score{font-size:1.3rem}}
@media print{body{max-width:none;padding:0;font-size:11pt}nav.toc,.backlink{display:none}
section.report{break-before:page}section.report:first-of-type{break-before:auto}
mark,.sev,svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit;text-decoration:none}.ln{break-inside:avoid}}
"""


def page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"{body}\n</body>\n</html>\n"
    )


def facts(data: dict[str, Any]) -> str:
    items = "".join(f"<li><b>{esc(k)}：</b>{esc(v)}</li>" for k, v in meta_line(data))
    counts = report_counts(data)
    tally = "、".join(f"{counts[s]} 个{SEVERITY_NAMES[s]}" for s in ("error", "warning", "info"))
    return f'<ul class="facts">{items}<li><b>问题：</b>{esc(tally)}</li></ul>'


def chart(data: dict[str, Any]) -> str:
    """Coverage by Outline part: one labelled horizontal bar per part (inline SVG)."""
    rows = coverage_rows(data)
    if not rows:
        return "<p>本报告没有纲要主题的检查结果。</p>"
    height = 40 * len(rows) + 4
    bars = []
    for i, row in enumerate(rows):
        y = 40 * i
        score = row["score"] or 0.0
        color = "#1a7f37" if score >= 80 else "#9a6700" if score >= 60 else "#b42318"
        width = Decimal(str(score)) * Decimal("3.6")  # 360 units = 100 points
        value = "—" if row["score"] is None else f"{score:.1f}"
        # An Outline part title's first clause is its short name (健全行政执法工作体系); the
        # full title is in the tooltip and in the table below the chart.
        short = f"{short_part_name(row['title'])}（{value}）"
        label = f"{row['title']}（{value}）"
        bars.append(
            f'<g><title>{esc(label)}</title><text x="0" y="{y + 14}">{esc(short)}</text>'
            f'<rect x="0" y="{y + 20}" width="360" height="14" rx="3" fill="#eaeef2"/>'
            f'<rect x="0" y="{y + 20}" width="{width:.1f}" height="14" rx="3" '
            f'fill="{color}"/></g>'
        )
    return (
        f'<svg class="chart" role="img" aria-label="纲要各部分覆盖得分" viewBox="0 0 360 {height}"'
        f' width="360" preserveAspectRatio="xMinYMin meet">'
        f"{''.join(bars)}</svg>"
    )


def coverage_table(data: dict[str, Any]) -> str:
    head = "".join(
        f'<th class="{"n" if i else ""}">{esc(h)}</th>'
        for i, h in enumerate(("纲要部分", "已覆盖", "较弱", "仅计划", "缺失", "得分"))
    )
    body = []
    for row in coverage_rows(data):
        score = "—" if row["score"] is None else f"{row['score']:.1f}"
        cells = "".join(
            f'<td class="n">{row[s]}</td>' for s in ("covered", "weak", "planned", "missing")
        )
        body.append(f"<tr><td>{esc(row['title'])}</td>{cells}<td class='n'>{score}</td></tr>")
    return f'<div class="wrap"><table><tr>{head}</tr>{"".join(body)}</table></div>'


def topics_todo(data: dict[str, Any], rules: Mapping[str, Rule]) -> str:
    """Missing, weak and planned topics with what the Outline asks (summary + clause)."""
    items = []
    for status in ("missing", "weak", "planned"):
        for topic in (t for t in data.get("topics") or [] if t["status"] == status):
            rule = rules.get(topic["rule"])
            asks = (rule.summary or rule.title) if rule else topic.get("title", "")
            clause = f"<div class='meta'>依据：{esc(rule.reference)}</div>" if rule else ""
            items.append(
                f"<li><span class='status st-{status}'>{esc(STATUS_NAMES[status])}</span> "
                f"<code>{esc(topic['rule'])}</code> {esc(topic.get('title'))}"
                f"<div>纲要要求：{esc(asks)}</div>{clause}</li>"
            )
    if not items:
        return "<p>纲要主题均已覆盖。</p>"
    return f"<ul class='todo'>{''.join(items)}</ul>"


def notes(numbered: list[tuple[int, str, dict[str, Any]]], prefix: str) -> str:
    if not numbered:
        return "<p>未发现问题。</p>"
    items = []
    for number, anchor, f in numbered:
        where = "全文" if not f.get("excerpt") else f"第 {f['line']} 行第 {f['column']} 列"
        extra = [where]
        if f.get("section"):
            extra.append(f"章节：{f['section']}")
        if f.get("reference"):
            extra.append(f"依据：{f['reference']}")
        quote = f"<blockquote>{esc(f['excerpt'])}</blockquote>" if f.get("excerpt") else ""
        back = f' <a class="backlink" href="#{anchor}-ref">↩ 原文</a>' if f.get("excerpt") else ""
        items.append(
            f'<li id="{anchor}" value="{number}"><span class="sev sev-{esc(f["severity"])}">'
            f"{esc(SEVERITY_NAMES.get(f['severity'], f['severity']))}</span> "
            f"<code>{esc(f['rule'])}</code> {esc(f['message'])}"
            f"<div class='meta'>{esc(' · '.join(extra))}</div>{quote}{back}</li>"
        )
    return f'<ol class="notes" id="{prefix}-notes">{"".join(items)}</ol>'


def index_table(rows: list[tuple[str, dict[str, Any]]]) -> str:
    """The batch comparison: one row per report with a link to its section or page."""
    numeric, optional = ("得分", "错误", "警告", "提示"), ("标题", "最弱部分")
    head = "".join(
        f'<th class="{"n" if h in numeric else "opt" if h in optional else ""}">{h}</th>'
        for h in ("报告", "标题", "得分", "错误", "警告", "提示", "最弱部分")
    )
    body = []
    for href, data in rows:
        counts = report_counts(data)
        score = (data.get("score") or {}).get("overall")
        worst = worst_part(data)
        if data["status"] != "ok":
            shown = f"无法检查（{(data.get('error') or {}).get('code', '')}）"
        else:
            shown = "—" if score is None else f"{score:.1f}"
        body.append(
            f'<tr><td><a href="{esc(href)}">{esc(data["path"])}</a></td>'
            f"<td class='opt'>{esc((data.get('meta') or {}).get('title') or '')}</td>"
            f'<td class="n">{esc(shown)}</td><td class="n">{counts["error"]}</td>'
            f'<td class="n">{counts["warning"]}</td><td class="n">{counts["info"]}</td>'
            f"<td class='opt'>{esc(worst['title'] if worst else '')}</td></tr>"
        )
    return f'<div class="wrap"><table><tr>{head}</tr>{"".join(body)}</table></div>'
