"""``match.extends``: a topic rule takes another rule's ``match`` and adds its own items."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rule_text import topic

from lint.cli import cli
from lint.errors import RuleError
from lint.matcher import MATCH_KEYS
from lint.rules import load_bundled, load_rule_paths
from lint.rules.inherit import LIST_KEYS, extended_match

ROOT = Path(__file__).resolve().parents[2]
PARENT = topic("P1", "{any: [甲术语, 乙术语], regex: ['丙[^。]{0,4}丁'], umbrella: true}")


def rules(*lines: str) -> str:
    """A rule file holding these rules (``topic`` lines)."""
    return "rules:\n" + "".join(lines)


def test_every_list_key_of_a_match_is_merged_as_a_list() -> None:
    assert set(LIST_KEYS) == MATCH_KEYS - {"components", "umbrella"}


def test_own_items_first_then_the_parents_not_yet_listed() -> None:
    own = {"extends": "P1", "any": ["乙术语", "戊术语"], "regex": "己"}
    parent = {"any": ["甲术语", "乙术语"], "regex": ["丙"], "umbrella": True}
    assert extended_match(own, parent) == {
        "any": ["乙术语", "戊术语", "甲术语"],
        "regex": ["己", "丙"],
        "umbrella": True,
    }


def test_own_components_and_umbrella_replace_the_parents() -> None:
    own = {"umbrella": False, "components": {"min": 2, "of": [["a"], ["b"]]}}
    parent = {"umbrella": True, "components": {"min": 3, "of": [["x"], ["y"], ["z"]]}}
    assert extended_match(own, parent) == own


def test_a_rule_extends_one_in_a_file_read_after_its_own(write, tmp_path) -> None:
    write("a.yaml", rules(topic("C1", "{extends: P1, any: [戊术语]}")))
    write("b.yaml", rules(PARENT))
    ruleset = load_rule_paths([tmp_path], root=tmp_path)
    assert list(ruleset.rules) == ["C1", "P1"]  # file order kept
    assert ruleset.rules["C1"].params["match"] == {
        "any": ["戊术语", "甲术语", "乙术语"],
        "regex": ["丙[^。]{0,4}丁"],
        "umbrella": True,
    }
    assert "extends" not in ruleset.rules["C1"].params["match"]


def test_a_chain_of_parents(write, tmp_path) -> None:
    child = topic("C1", "{extends: C2, any: [庚术语]}")
    write("rules.yaml", rules(child, topic("C2", "{extends: P1}"), PARENT))
    loaded = load_rule_paths([tmp_path], root=tmp_path).rules
    assert loaded["C1"].params["match"]["any"] == ["庚术语", "甲术语", "乙术语"]
    # each rule records the parent it names, not the end of the chain
    assert [loaded[x].extends for x in ("C1", "C2", "P1")] == ["C2", "P1", ""]


def statuses(user: Path, report: Path) -> list[str]:
    """The statuses of FZ1001 and C1 in one check of ``report`` with the user rules."""
    args = ["check", "--format", "json", "--no-progress", "--rules", str(user), str(report)]
    topics = json.loads(CliRunner().invoke(cli, args).stdout)["reports"][0]["topics"]
    return [t["status"] for t in topics if t["rule"] in ("FZ1001", "C1")]


def test_an_inherited_term_makes_the_child_rule_match(write) -> None:
    user = write("user.yaml", rules(topic("C1", "{extends: FZ1001, any: [本地专有称谓]}")))
    report = write(
        "report.txt",
        "某县2023年法治政府建设年度报告\n一、主要举措和成效\n"
        "县长主持召开县政府常务会议3次专题研究法治政府建设工作。\n",
    )
    assert statuses(user, report) == ["covered", "covered"]
    # the child's own term: the child covers it, the parent does not know it
    own = write("own.txt", report.read_text(encoding="utf-8").replace("县长", "本地专有称谓"))
    assert statuses(user, own) == ["missing", "covered"]


def test_explain_names_the_parent_and_where_it_is_defined(write) -> None:
    user = write("user.yaml", rules(topic("C1", "{extends: FZ1001, any: [本地专有称谓]}")))
    args = ["explain", "C1", "--rules", str(user)]
    text = CliRunner().invoke(cli, args).stdout
    parent = load_bundled([], checklists=False).rules["FZ1001"].origin
    assert f"匹配条件：继承 FZ1001（{parent}）的 match，另加本规则所列各项\n" in text
    plain = CliRunner().invoke(cli, ["explain", "FZ1001"]).stdout
    assert "匹配条件" not in plain


def test_a_parent_without_match_is_an_error(write) -> None:
    user = write("user.yaml", rules(topic("C1", "{extends: FZN201}")))
    with pytest.raises(RuleError) as caught:
        load_bundled([user], checklists=False)
    assert "user.yaml:2 [match.extends]" in caught.value.message
    assert "规则 FZN201 没有 match" in caught.value.message


def test_check_exits_2_on_an_unknown_parent(write) -> None:
    user = write("user.yaml", rules(topic("C1", "{extends: FZ9999}")))
    report = write("report.txt", "某县2023年法治政府建设年度报告\n")
    result = CliRunner().invoke(cli, ["check", "--rules", str(user), str(report)])
    assert result.exit_code == 2
    assert f"{user.as_posix()}:2 [match.extends]" in result.stderr
    assert "Traceback" not in result.output


def test_the_schema_example_loads(write) -> None:
    schema = (ROOT / "rules" / "SCHEMA.md").read_text(encoding="utf-8")
    block = schema.split("A user rule can extend a bundled one:\n\n```yaml\n", 1)[1]
    ruleset = load_bundled([write("x.yaml", block.split("```", 1)[0])], checklists=False)
    terms = ruleset.rules["X002"].params["match"]["any"]
    assert terms[0] == "本地专有称谓"
    assert terms[1:] == ruleset.rules["FZ1001"].params["match"]["any"]
