"""Recall on the labelled cross-script pairs in ../shared/data: a regression floor, not a score.

A pair counts as found when a form of the non-Latin name and a form of the Latin name share
at least two tokens (one for single-token names), compared by phonetic key, or by consonant
skeleton when a form is vowelless, as the matcher compares them.
"""

import csv
from pathlib import Path

import pytest

from tradeguard.names import NameForm, analyze_name, consonant_skeleton, phonetic_key

SCHEMAS = {"Individual": "Person", "Person": "Person", "Entity": "Organization"}


def _keys(form: NameForm, skeleton: bool) -> set[str]:
    key = consonant_skeleton if skeleton else phonetic_key
    return {key(token) for token in form.tokens}


def _found(name_a: str, name_b: str, schema: str | None) -> bool:
    for form_a in analyze_name(name_a, schema):
        for form_b in analyze_name(name_b, schema):
            skeleton = form_a.vowelless or form_b.vowelless
            keys_a, keys_b = _keys(form_a, skeleton), _keys(form_b, skeleton)
            if len(keys_a & keys_b) >= min(2, len(keys_a), len(keys_b)):
                return True
    return False


def _recall(shared_data: Path, script: str) -> float:
    hits = total = 0
    with open(shared_data / "pairs" / "list-alias-pairs.csv", newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            if row["label"] != "1" or row["script_a"] != script:
                continue
            schema = SCHEMAS.get(row["schema"])
            if schema != "Person":
                continue
            total += 1
            hits += _found(row["name_a"], row["name_b"], schema)
    return hits / total


@pytest.mark.shared_data
@pytest.mark.parametrize(
    ("script", "floor"), [("CYRILLIC", 0.83), ("HANGUL", 0.85), ("ARABIC", 0.7)]
)
def test_cross_script_person_recall(shared_data: Path, script: str, floor: float) -> None:
    assert _recall(shared_data, script) >= floor
