"""Checklists and rule selection, on the small fixture packs under ``tests/rules/packs``."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.model import Meta
from lint.rules import RuleSet, load_rule_paths
from lint.rules.resolve import bundled_checklists, load_checklist, resolve
from lint.rules.select import checklist_for, select_rules

PACKS = Path(__file__).resolve().parent / "packs"


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    rules = load_rule_paths([PACKS / "mini"], root=PACKS)
    available = bundled_checklists(PACKS / "checklists")
    rules.checklists = {
        name: resolve(c, available, rules.rules.values()) for name, c in available.items()
    }
    return rules


def meta(level: str, year: int | None = 2023, checklist: str = "local") -> Meta:
    outline = "outline-2015" if year is not None and year <= 2020 else "outline-2021"
    return Meta(level=level, report_year=year, outline=outline, checklist=checklist)


def test_local_checklist_resolves_with_its_parent(ruleset: RuleSet) -> None:
    local = ruleset.checklists["local"]
    assert local.selected == {"T101", "T102", "T103", "T104", "T201"}
    assert local.severity == {"T103": "error"}
    assert local.weights == {"T103": 2.0, "T201": 2.0}  # by slug: both packs
    assert local.not_applicable == {"county": {"T101"}}
    assert local.coverage == {"missing": "warning", "weak": "info", "planned": "info"}
    assert local.levels == ("province", "city", "county", "unknown")


def test_child_select_replaces_and_ignore_and_na_add_up(ruleset: RuleSet) -> None:
    narrow = ruleset.checklists["narrow"]
    assert narrow.selected == {"T101", "T102", "T103"}
    assert narrow.coverage == {"missing": "warning", "weak": "", "planned": "info"}
    assert narrow.not_applicable == {"county": {"T101"}}
    assert narrow.levels == ()  # levels are never inherited


def test_county_report(ruleset: RuleSet) -> None:
    selection = select_rules(ruleset, meta("county"))
    assert [r.id for r in selection.active] == ["T101", "T102", "T103", "T104"]
    assert selection.not_applicable == {"T101"}
    assert selection.optional == frozenset()  # the checklist, not only the level, excludes it
    assert selection.weights == {"T101": 1.0, "T102": 1.0, "T103": 2.0, "T104": 1.0}
    assert selection.checklist == "local"


def test_severity_override_replaces_the_rule_not_the_ruleset(ruleset: RuleSet) -> None:
    active = {r.id: r for r in select_rules(ruleset, meta("city")).active}
    assert active["T103"].severity == "error"
    assert ruleset.rules["T103"].severity == "warning"
    assert active["T102"] is ruleset.rules["T102"]


def test_province_report_has_legislation(ruleset: RuleSet) -> None:
    assert select_rules(ruleset, meta("province")).not_applicable == frozenset()


def test_rule_levels_make_a_topic_not_applicable(ruleset: RuleSet) -> None:
    # T101 has levels [province, city]; the checklist marks it only for county.
    selection = select_rules(ruleset, meta("township"))
    assert selection.not_applicable == {"T101"}
    assert selection.optional == {"T101"}  # excluded by its levels alone: credited if covered


def test_report_year_2019_uses_the_2015_pack(ruleset: RuleSet) -> None:
    selection = select_rules(ruleset, meta("county", 2019))
    assert [r.id for r in selection.active] == ["T201"]


def test_rule_years_make_a_topic_not_applicable(ruleset: RuleSet) -> None:
    forced = Meta(level="city", report_year=2020, outline="outline-2021", checklist="local")
    selection = select_rules(ruleset, forced)
    assert (selection.not_applicable, selection.optional) == ({"T104"}, frozenset())


def test_command_line_selectors_narrow_and_override(ruleset: RuleSet) -> None:
    selection = select_rules(
        ruleset,
        meta("city"),
        select=("T10*",),
        ignore=("legal-advisers",),
        severity={"kind:topic": "info", "T102": "error"},
    )
    assert [(r.id, r.severity) for r in selection.active] == [
        ("T101", "info"),
        ("T102", "error"),
        ("T104", "info"),
    ]


def test_checklist_argument_overrides_meta(ruleset: RuleSet) -> None:
    selection = select_rules(ruleset, meta("city"), checklist="narrow")
    assert [r.id for r in selection.active] == ["T101", "T102", "T103"]
    assert selection.coverage_severity["weak"] == ""


@pytest.mark.parametrize(
    ("level", "expected"),
    [("county", "local"), ("unknown", "local"), ("department", "local-government")],
)
def test_checklist_for_uses_levels(ruleset: RuleSet, level: str, expected: str) -> None:
    assert checklist_for(Meta(level=level), ruleset) == expected


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        ("province", "local-government"),
        ("city", "local-government"),
        ("county", "local-government"),
        ("unknown", "local-government"),
        ("department", "department"),
        ("township", "township"),
    ],
)
def test_bundled_checklist_for_each_level(level: str, expected: str) -> None:
    assert checklist_for(Meta(level=level)) == expected


def test_unknown_checklist_name_lists_the_available(ruleset: RuleSet) -> None:
    with pytest.raises(Exception, match=r"没有名为 nope 的检查清单.*local-government"):
        load_checklist("nope", ruleset)


def test_a_remembered_selection_is_returned_whole_and_as_a_copy(ruleset: RuleSet) -> None:
    first = select_rules(ruleset, meta("township"))
    assert first.not_applicable == first.optional == {"T101"}  # (by its levels alone)
    first.active.clear()
    first.weights.clear()
    first.coverage_severity.clear()
    again = select_rules(ruleset, meta("township"))
    assert again.active and again.weights and again.coverage_severity
    assert (again.not_applicable, again.optional) == (first.not_applicable, first.optional)
