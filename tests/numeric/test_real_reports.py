"""The numeric rules on the three real reports: exact findings, and planted errors caught."""

from __future__ import annotations

from lint.checks import RunContext
from lint.checks.numeric import NumericCheck
from lint.document import build_document
from lint.model import Document, Finding
from lint.offsets import Source
from tests.numeric.conftest import ROOT, numeric_rules

REPORTS = ROOT / "fixtures" / "reports"

# Reviewed by hand: 114+454+198+191+345 = 1302 > 1160 (the 免提交 rate "超过70%" matches
# (1160-345)/1160 = 70.3%, so the four 免提交 categories, 957, overlap or are wrong).
EXPECTED = {
    "jinta-2023.txt": [("FZN205", "warning", 8, "1160个")],
    "shiyan-2023.txt": [],
    "weibin-2024.txt": [],
}

# (report, original, mutated): each keeps the sentence real and breaks one relation in it.
MUTATIONS = [
    ("shiyan-2023.txt", "糾錯9件,糾錯率11.25%", "糾錯11件,糾錯率11.25%"),
    ("shiyan-2023.txt", "辦結(jié)80件,糾錯9件", "辦結(jié)60件,糾錯9件"),
    ("shiyan-2023.txt", "受理95件", "受理125件"),
    ("shiyan-2023.txt", "歸集各類信用信息1.2億條", "歸集各類信用信息1.2萬條"),
    ("jinta-2023.txt", "村级调委会86个", "村级调委会96个"),
    ("jinta-2023.txt", "行业性调委会22个", "行业性调委会12个"),
    ("jinta-2023.txt", "立案受理行政复议案件24件,办结19件", "立案受理行政复议案件24件,办结29件"),
    ("jinta-2023.txt", "应急管理等6个部门", "应急管理等4个部门"),
    ("jinta-2023.txt", "由8.82%提高到61.40%", "由68.82%提高到61.40%"),
    ("weibin-2024.txt", "宝运二场小区等15处", "宝运二场小区等3处"),
]


def _findings(name: str, text: str) -> tuple[Source, list[Finding]]:
    source = Source(path=name, lines=text.split("\n"), format="text", encoding="utf-8")
    doc = build_document(source)
    findings = NumericCheck().run(list(numeric_rules().values()), doc, RunContext()).findings
    return source, [_with_doc(doc, f) for f in findings]


def _with_doc(doc: Document, finding: Finding) -> Finding:
    finding.data["_line"] = doc.source.position(doc.original_span(finding.span).start).line
    finding.data["_excerpt"] = doc.original_text(finding.span)
    return finding


def _read(name: str) -> str:
    return (REPORTS / name).read_text(encoding="utf-8")


def test_real_reports_exact_findings() -> None:
    for name, expected in EXPECTED.items():
        _, findings = _findings(name, _read(name))
        got = [(f.rule, f.severity, f.data["_line"], f.data["_excerpt"]) for f in findings]
        assert got == expected, name


def test_planted_errors_are_caught() -> None:
    caught = []
    for name, original, mutated in MUTATIONS:
        text = _read(name)
        assert text.count(original) == 1, original
        _, before = _findings(name, text)
        _, after = _findings(name, text.replace(original, mutated))
        line = text[: text.index(original)].count("\n") + 1
        new = {(f.rule, f.data["_line"]) for f in after} - {
            (f.rule, f.data["_line"]) for f in before
        }
        caught.append(any(at == line for _, at in new))
    assert sum(caught) >= 9, [m[2] for m, ok in zip(MUTATIONS, caught, strict=True) if not ok]
