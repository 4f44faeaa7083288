"""``fzlint rules``, ``rules --markdown``, ``rules --check``, ``explain``, ``check --rules``."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from lint.checks import RunContext, implementation
from lint.cli import cli
from lint.document import document_from_text
from lint.rules import load_rule_paths

ROOT = Path(__file__).resolve().parents[2]

# The minimal user rule, exactly as the issue gives it.
MINIMAL = (ROOT / "fixtures" / "rules" / "minimal-user-rule.yaml").read_text(encoding="utf-8")
BROKEN = MINIMAL.replace("severity: warning", "severity: loud")
REPORT = (
    "某县2023年法治政府建设年度报告\n一、主要举措和成效\n我县开展术语一工作，办理相关事项12件。\n"
)
# The same topic named only as a slogan, with no fact, figure or act: weak, not covered.
SLOGAN = "某县2023年法治政府建设年度报告\n一、主要举措和成效\n我县全面落实术语一，取得实效。\n"


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_minimal_user_rule_loads_with_defaults(write, tmp_path) -> None:
    rule = load_rule_paths([write("user.yaml", MINIMAL)]).rules["X001"]
    assert (rule.slug, rule.check, rule.part, rule.levels, rule.years) == (
        "x001",
        "coverage",
        "",
        (),
        None,
    )
    assert rule.params["match"] == {"any": ["术语一", "术语二"], "regex": ["某种正则"]}


def test_minimal_user_rule_fires_only_without_its_terms(write) -> None:
    rule = load_rule_paths([write("user.yaml", MINIMAL)]).rules["X001"]
    impl = implementation(rule)
    assert impl is not None
    with_term = impl.run([rule], document_from_text(REPORT), RunContext())
    without = impl.run([rule], document_from_text(REPORT.replace("术语一", "改革")), RunContext())
    assert [t.status for t in with_term.topics] == ["covered"]
    assert with_term.findings == []
    assert [t.status for t in without.topics] == ["missing"]
    assert [(f.rule, f.message) for f in without.findings] == [("X001", "报告未涉及测试主题")]


def test_minimal_user_rule_named_only_in_a_slogan_is_weak(write) -> None:
    rule = load_rule_paths([write("user.yaml", MINIMAL)]).rules["X001"]
    impl = implementation(rule)
    assert impl is not None
    slogan = impl.run([rule], document_from_text(SLOGAN), RunContext())
    assert [t.status for t in slogan.topics] == ["weak"]
    assert [(f.rule, f.severity) for f in slogan.findings] == [("X001", "info")]


def test_check_with_user_rules(write) -> None:
    rules = write("user.yaml", MINIMAL)
    report = write("report.txt", REPORT)
    result = invoke(
        "check", "--format", "json", "--no-progress", "--rules", str(rules), str(report)
    )
    topics = json.loads(result.stdout)["reports"][0]["topics"]
    assert [t["status"] for t in topics if t["rule"] == "X001"] == ["covered"]


def test_check_with_broken_rules_exits_2_naming_file_and_line(write) -> None:
    rules = write("broken.yaml", BROKEN)
    report = write("report.txt", REPORT)
    result = invoke("check", "--rules", str(rules), str(report))
    assert result.exit_code == 2
    assert f"{rules.as_posix()}:5 [severity]: severity 取值无效：loud" in result.stderr
    assert "Traceback" not in result.output


def test_rules_lists_a_table() -> None:
    result = invoke("rules")
    assert result.exit_code == 0
    header, *lines = result.stdout.splitlines()
    assert header.split() == ["编号", "类型", "严重程度", "slug", "标题", "依据"]
    fz1001 = next(line for line in lines if line.startswith("FZ1001 "))
    assert fz1001.split()[:4] == ["FZ1001", "topic/coverage", "warning", "first-responsible-person"]


def test_rules_lists_user_rules_too(write) -> None:
    result = invoke("rules", "--rules", str(write("user.yaml", MINIMAL)))
    assert any(
        line.split()[:3] == ["X001", "topic/coverage", "warning"]
        for line in result.stdout.splitlines()
    )


def test_committed_catalogue_is_fresh() -> None:
    result = invoke("rules", "--markdown")
    assert result.exit_code == 0
    committed = (ROOT / "rules" / "README.md").read_text(encoding="utf-8")
    assert result.stdout == committed, (
        "rules/README.md 已过期：运行 fzlint rules --markdown > rules/README.md"
    )


def _bundled_files() -> int:
    from lint.paths import rules_dir
    from lint.rules import rule_files

    return len(rule_files(rules_dir()))


def test_rules_check_accepts_valid_files(write) -> None:
    result = invoke("rules", "--check", str(write("user.yaml", MINIMAL)))
    assert result.exit_code == 0, result.output
    assert "规则校验通过" in result.stdout
    assert f"{_bundled_files() + 1} 个规则文件" in result.stdout  # the bundled packs and it


def test_rules_check_without_paths_checks_the_bundled_set() -> None:
    result = invoke("rules", "--check")
    assert result.exit_code == 0, result.output
    assert f"：{_bundled_files()} 个规则文件" in result.stdout  # it said 0, as if none was checked


def test_rules_check_reports_every_broken_file(write) -> None:
    broken = write("a/broken.yaml", BROKEN)
    dup = write("a/dup.yaml", MINIMAL.replace("X001", "FZ1001"))
    checklist = write("a/list.yaml", "checklist: mine\ntitle: 我的\nignore: [NOPE1]\n")
    result = invoke("rules", "--check", str(broken.parent))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    prefix = f"fzlint: [bad-rule] {broken.as_posix()}:5 [severity]: severity 取值无效：loud"
    assert any(line.startswith(prefix) for line in lines)
    assert any(
        line.startswith(f"fzlint: [bad-rule] {dup.as_posix()}:2 [id]: 规则编号 FZ1001 重复")
        for line in lines
    )
    assert any(
        line.startswith(f"fzlint: [bad-rule] {checklist.as_posix()}:3 [ignore[0]]: 选择器 NOPE1")
        for line in lines
    )
    assert "Traceback" not in result.output


def test_explain_by_id_and_by_slug() -> None:
    by_id = invoke("explain", "FZ1001")
    by_slug = invoke("explain", "first-responsible-person")
    assert by_id.exit_code == 0
    # The slug is shared by the 2021 and 2015 packs: both rules, in id order.
    assert by_slug.stdout.startswith(by_id.stdout.rstrip("\n"))
    assert "FZ2032  first-responsible-person" in by_slug.stdout
    assert "FZ2032" not in by_id.stdout
    text = by_id.stdout
    for label in (
        "标题：",
        "依据：纲要(2021—2025) 十(三十二)",
        "适用：",
        "摘要：",
        "理由：",
        "示例（应报告）：",
    ):
        assert label in text
    assert "定义：rules/outline-2021/" in text


def test_explain_shows_examples_of_user_rules(write) -> None:
    examples = "    examples:\n      good: [落实术语一]\n      bad:\n"
    examples += "        - text: 无关内容\n          meta: {report_year: 2019}\n"
    text = MINIMAL + examples
    result = invoke("explain", "X001", "--rules", str(write("user.yaml", text)))
    assert (
        "示例（不应报告）：\n  - 落实术语一\n示例（应报告）：\n  - 无关内容（report_year=2019）"
        in result.stdout
    )


def test_explain_unknown_rule_exits_2() -> None:
    result = invoke("explain", "NOPE")
    assert result.exit_code == 2
    assert "没有编号或 slug 为 NOPE 的规则" in result.stderr
