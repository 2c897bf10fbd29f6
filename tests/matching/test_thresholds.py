from __future__ import annotations

from pathlib import Path

import pytest

from tradeguard.matching.index import NameIndex
from tradeguard.matching.matcher import Matcher
from tradeguard.matching.query import make_query
from tradeguard.matching.thresholds import (
    ThresholdConfigError,
    ThresholdPolicy,
    load_policy,
)

from factories import company, person


def test_most_specific_threshold_wins() -> None:
    policy = ThresholdPolicy(
        0.8, lists={"l": 0.7}, schemas={"Vessel": 0.9}, list_schemas={"l/Person": 0.6}
    )
    assert policy.threshold("l", "Person") == 0.6
    assert policy.threshold("l", "Vessel") == 0.7
    assert policy.threshold("other", "Vessel") == 0.9
    assert policy.threshold("other", "Person") == 0.8
    assert policy.lowest == 0.6


def test_load_policy_rejects_bad_values(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("default: 0.8\nlists: {us-csl: 1.5}\n")
    with pytest.raises(ThresholdConfigError, match=r"lists\.us-csl"):
        load_policy(path)
    path.write_text("defaults: 0.8\n")
    with pytest.raises(ThresholdConfigError, match="unknown keys"):
        load_policy(path)


def test_matcher_honours_the_policy_when_no_threshold_is_given(tmp_path: Path) -> None:
    index = NameIndex(
        [
            person("Ivan Petrov", list_id="strict", entry_id="p1"),
            company("Petrov Trading", list_id="loose", entry_id="c1"),
        ]
    )
    path = tmp_path / "t.json"
    path.write_text('{"default": 0.8, "lists": {"strict": 1.0}}')
    strict = Matcher(index, load_policy(path))
    query = make_query("Ivan Petrov", "Person")
    assert [m.entity.entry_id for m in Matcher(index).match(query)] == ["p1"]
    assert strict.match(query) == []
    hits = strict.match(query, threshold=0.0)
    assert hits and hits[0].entity.entry_id == "p1" and not hits[0].alert
