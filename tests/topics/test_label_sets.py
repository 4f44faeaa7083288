"""The hand-labelled excerpt sets (fixtures/labels/sets/NN/) are well formed, so that
``scripts/agreement.py`` measures what their labellers wrote: every excerpt has its labels and
its source row, every slug is a topic of the Outline pack named, every status is one the
contract defines, a second labeller labelled the same topics as the first, and a third reader
decided exactly the topics the two disagreed on."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import get_args

import pytest
import yaml
from harness import LABELS, topic_rules

from lint.formats import LEVELS
from lint.model import TopicStatus

SETS = sorted(p for p in (LABELS / "sets").glob("*") if p.is_dir())
STATUSES = set(get_args(TopicStatus))


def _yaml(path: Path) -> dict[str, object]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), path
    return data


@pytest.mark.parametrize("folder", SETS, ids=[p.name for p in SETS])
def test_label_set_is_well_formed(folder: Path) -> None:
    with (folder / "sources.tsv").open(encoding="utf-8", newline="") as handle:
        rows = {row[0]: row for row in csv.reader(handle, delimiter="\t") if row}
    texts = sorted(folder.glob("*.txt"))
    disagreements = set()  # (file, slug) where the two labellers differ
    assert texts, folder
    assert set(rows) == {t.name for t in texts}
    for text in texts:
        _, _, level, year, url = rows[text.name]
        assert level in LEVELS and year.isdigit() and url.startswith("http"), rows[text.name]
        first = _yaml(text.with_suffix(".yaml"))
        assert first["report"] == text.name
        slugs = {r.slug for r in topic_rules(str(first["outline"]))}
        labels = first["labels"]
        assert isinstance(labels, dict) and len(labels) >= 5, text
        for slug, label in labels.items():
            assert slug in slugs and label["status"] in STATUSES, (text.name, slug, label)
        second = text.with_suffix(".l2.yaml")
        if second.is_file():
            other = _yaml(second)["labels"]
            assert isinstance(other, dict) and set(other) == set(labels), text
            assert all(v["status"] in STATUSES for v in other.values()), text
            disagreements |= {
                (text.name, slug)
                for slug, label in labels.items()
                if label["status"] != other[slug]["status"]
            }
    adjudicated = folder / "adjudicated.yaml"
    if adjudicated.is_file():  # a third reader's decision for each disagreement, and only those
        decided = yaml.safe_load(adjudicated.read_text(encoding="utf-8"))
        keys = {(d["file"], d["slug"]) for d in decided}
        assert len(keys) == len(decided) and all(d["status"] in STATUSES for d in decided)
        assert keys == disagreements


def test_there_are_label_sets() -> None:
    assert len(SETS) >= 1
