"""The HTML report: self-contained, findings marked in the original text, loads in a browser."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reporter_samples import RULES, error_report, sample_report

from lint.model import TopicResult
from lint.offsets import Span
from lint.reporters import result_of, stream
from lint.reporters.base import RenderContext

REMOTE = re.compile(r"""(?:src|href|action|xlink:href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


def html_of(reports, **ctx_args) -> str:
    out = io.StringIO()
    stream(
        "html", [result_of(r, RULES) for r in reports], out, RenderContext(rules=RULES, **ctx_args)
    )
    return out.getvalue()


def with_evidence():
    report = sample_report()
    doc = report.document
    assert doc is not None
    start = doc.text.index("行政复议")
    report.topics.append(
        TopicResult(
            "FZ1002", "review", "行政复议", "covered", "outline-2021/ch10", [Span(start, start + 4)]
        )
    )
    return report


def test_self_contained_and_responsive() -> None:
    page = html_of([sample_report(), error_report()])
    assert REMOTE.search(page) is None
    assert "<script" not in page and "@import" not in page and "url(" not in page
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "default-src 'none'" in page
    assert "@media print" in page
    assert '<svg class="chart"' in page


def test_findings_marked_in_place_and_explained() -> None:
    page = html_of([with_evidence()])
    line3 = re.search(r'<div class="ln" id="r1-L3">(.*?)</div>', page)
    assert line3 is not None
    assert line3.group(1) == (
        '<span class="no">3</span><span class="tx">全年审结'
        '<mark class="ev" title="行政复议">行政复议</mark>案件30件，'
        '<mark class="f sev-warning" title="FZN201 纠错率写作25%，但按 7/30 计算为23.3%" '
        'data-notes="r1-n1">纠错率25%</mark>'
        '<a class="ref sev-warning" href="#r1-n1" id="r1-n1-ref">[1]</a>。</span>'
    )
    # hostile characters are escaped, never markup
    assert "&lt;重视&gt;不够&amp;“依法行政”</mark>" in page
    assert "<重视>" not in page
    # the note explains message, rule, position and clause
    note = re.search(r'<li id="r1-n1" value="1">(.*?)</li>', page)
    assert note is not None
    assert "FZN201" in note.group(1) and "第 3 行第 15 列" in note.group(1)
    assert "依据：纲要(2021—2025) 五(十五)" in note.group(1)
    # the whole-document finding is a note without a mark
    assert 'id="r1-n3"' in page and 'data-notes="r1-n3"' not in page
    # the missing topic is listed with what the Outline asks
    assert "纲要要求：说明党政主要负责人履行第一责任人职责的具体行为" in page


def test_batch_index_links_each_report() -> None:
    page = html_of([sample_report("a.txt"), error_report("b.doc")])
    assert '<a href="#r1">a.txt</a>' in page and '<a href="#r2">b.doc</a>' in page
    assert "无法检查（unsupported-format）" in page


def test_output_folder_writes_index_and_pages(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    html_of([sample_report("x/a.txt"), error_report("b.doc")], output_dir=out)
    assert sorted(p.name for p in out.iterdir()) == [
        "0001-a.txt.html",
        "0002-b.doc.html",
        "index.html",
    ]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<a href="0001-a.txt.html">x/a.txt</a>' in index
    assert "纠错率25%</mark>" in (out / "0001-a.txt.html").read_text(encoding="utf-8")


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("chromium is not installed (Debian package chromium); .ci/run installs it")
    return found


def browser(tmp_path: Path, page: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    args = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        *extra,
        page.as_uri(),
    ]
    return subprocess.run(args, capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_loads_in_headless_chromium(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(html_of([with_evidence(), error_report()]), encoding="utf-8")
    done = browser(tmp_path, page, "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert dom.count('<mark class="f sev-') == 3
    assert 'href="#r1-n1"' in dom and 'id="r1-n1"' in dom
    assert "纠错率25%" in dom and "无法检查" in dom
    shot = tmp_path / "shot.png"
    done = browser(tmp_path, page, f"--screenshot={shot}", "--window-size=412,900")
    assert done.returncode == 0 and shot.stat().st_size > 1000
