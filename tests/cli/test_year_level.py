"""``--year`` and ``--level`` (and the config keys ``year``/``level``): an untitled draft or an
excerpt cannot state its report year or level, so the user says them."""

from __future__ import annotations

from pathlib import Path
from typing import Any, get_args

import pytest
from cli_helpers import run, run_json

from lint.config import parse_config
from lint.errors import ConfigError
from lint.formats import LEVELS
from lint.model import Level

# No title, no year, no issuer: detection can find neither the year nor the level.
UNTITLED = "一、主要工作\n政府常务会议专题学习法律法规。\n二、存在的不足\n基层执法力量不足。\n"


@pytest.fixture
def draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    path = tmp_path / "drafts" / "draft.txt"
    path.write_text(UNTITLED, encoding="utf-8")
    return path


def _meta(*args: str) -> tuple[dict[str, Any], dict[str, str]]:
    code, data = run_json("--fail-on", "never", *args)
    assert code == 0
    report = data["reports"][0]
    return report["meta"], {t["rule"]: t["status"] for t in report["topics"]}


def test_detection_alone_finds_neither(draft: Path) -> None:
    meta, _ = _meta("--no-config", str(draft))
    assert (meta["report_year"], meta["level"]) == (None, "unknown")
    assert meta["outline"] == "outline-2021"


def test_year_chooses_the_outline_of_that_year(draft: Path) -> None:
    meta, topics = _meta("--no-config", "--year", "2019", str(draft))
    assert (meta["report_year"], meta["outline"]) == (2019, "outline-2015")
    assert topics and all(rule.startswith("FZ2") for rule in topics)


def test_a_title_naming_the_old_outline_chooses_it_without_a_year(tmp_path: Path) -> None:
    # a report on carrying out the 2015–2020 Outline, whose text states no report year
    path = tmp_path / "completion.txt"
    title = "某某区人民政府关于法治政府建设实施纲要（2015-2020）落实完成情况的报告\n"
    path.write_text(title + UNTITLED, encoding="utf-8")
    meta, topics = _meta("--no-config", str(path))
    assert (meta["report_year"], meta["outline"]) == (None, "outline-2015")
    assert topics and all(rule.startswith("FZ2") for rule in topics)


def test_level_chooses_the_checklist_and_applicability(draft: Path) -> None:
    meta, topics = _meta("--no-config", "--level", "township", str(draft))
    assert (meta["level"], meta["checklist"]) == ("township", "township")
    assert topics["FZ1014"] == "not-applicable"  # 规章: not a township's business
    meta, topics = _meta("--no-config", "--level", "province", str(draft))
    assert topics["FZ1014"] == "missing"


def test_a_bureau_is_credited_with_legislation_it_did(draft: Path) -> None:
    # a department owes no government legislation (FZ1014 not-applicable), but a bureau that
    # drafted a regulation has it shown as covered: no finding, and the score is unchanged
    drafted = "按照市政府年度立法计划，起草《某市客车租赁管理条例（草案）》并报送审查。"
    draft.write_text(UNTITLED.replace("。\n二、", f"。{drafted}\n二、"), encoding="utf-8")
    args = ("--no-config", "--fail-on", "never", "--level", "department", str(draft))
    code, data = run_json(*args)
    report = data["reports"][0]
    assert code == 0
    assert {t["rule"]: t["status"] for t in report["topics"]}["FZ1014"] == "covered"
    assert not [f for f in report["findings"] if f["rule"] == "FZ1014"]
    _, ignored = run_json("--ignore", "FZ1014", *args)
    assert report["score"] == ignored["reports"][0]["score"]
    # its section lists it, but addresses and scores only the parts the bureau owes
    (section, ignored_section) = (r["sections"][0] for r in (report, ignored["reports"][0]))
    assert "legislation-plan" in section["topics"]
    assert "legislation-plan" not in ignored_section["topics"]
    assert (section["outline_parts"], section["score"]) == (
        ignored_section["outline_parts"],
        ignored_section["score"],
    )
    assert not any(part.endswith("ch03") for part in section["outline_parts"])
    _, topics = _meta("--no-config", "--level", "township", str(draft))
    assert topics["FZ1014"] == "covered"


def test_year_decides_the_publication_deadline(draft: Path) -> None:
    draft.write_text("发布日期：2024-05-06\n" + UNTITLED, encoding="utf-8")

    def deadline(*args: str) -> list[str]:
        _, data = run_json("--no-config", "--select", "FZF401", "--fail-on", "never", *args)
        return [f["message"] for f in data["reports"][0]["findings"]]

    assert deadline("--year", "2024", str(draft)) == []  # due by 31 March 2025
    (message,) = deadline("--year", "2022", str(draft))
    assert "2022年度报告应于 2023-03-31 前公开" in message


def test_config_keys_per_path_and_cli_wins(draft: Path) -> None:
    Path(".fzlint.yaml").write_text(
        'per-path:\n  "drafts/**":\n    year: 2020\n    level: department\n', encoding="utf-8"
    )
    meta, _ = _meta(str(draft))
    assert (meta["report_year"], meta["level"], meta["outline"]) == (
        2020,
        "department",
        "outline-2015",
    )
    meta, _ = _meta("--year", "2024", "--level", "county", str(draft))
    assert (meta["report_year"], meta["level"], meta["outline"]) == (2024, "county", "outline-2021")


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({"year": "2024"}, "year"),
        ({"year": 1999}, "year"),
        ({"year": True}, "year"),
        ({"level": "village"}, "level"),
        ({"per-path": {"*.txt": {"level": 3}}}, "per-path.*.txt.level"),
    ],
)
def test_bad_year_or_level_in_config_names_the_key(raw: dict[str, Any], key: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(raw, Path("proj/.fzlint.yaml"))
    assert "proj/.fzlint.yaml" in info.value.message and key in info.value.message


@pytest.mark.parametrize(
    "args", [("--year", "1999"), ("--year", "二〇二四"), ("--level", "village")]
)
def test_bad_option_is_a_usage_error(draft: Path, args: tuple[str, str]) -> None:
    assert run(*args, str(draft)).exit_code == 2


def test_the_level_choices_are_the_model_levels() -> None:
    assert {*LEVELS, "unknown"} == set(get_args(Level))
