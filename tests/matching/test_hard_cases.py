"""The hard-case golden file: scripts, name order, particles, romanisations, legal forms, IMO."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tradeguard.matching.index import NameIndex
from tradeguard.matching.matcher import Matcher
from tradeguard.matching.query import Query
from tradeguard.model import Entity, Identifier, Name

GOLDEN = yaml.safe_load((Path(__file__).parent / "hard_cases.yaml").read_text(encoding="utf-8"))


def _entity(row: dict[str, Any]) -> Entity:
    identifiers = [Identifier("imo", row["imo"])] if "imo" in row else []
    return Entity(
        id=f"hard:{row['id']}",
        list_id="hard",
        entry_id=row["id"],
        schema=row["schema"],
        names=[Name(n) for n in row["names"]],
        identifiers=identifiers,
        countries=row.get("countries", []),
        programs=row.get("programs", []),
    )


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(NameIndex([_entity(row) for row in GOLDEN["listed"]]))


def _params() -> list[Any]:
    # A known miss is recorded as a strict xfail: the day it passes, the golden file must change.
    return [
        pytest.param(
            case,
            id=f"{case['kind']}: {case['query']}",
            marks=[pytest.mark.xfail(strict=True)] if case.get("known_miss") else [],
        )
        for case in GOLDEN["cases"]
    ]


@pytest.mark.parametrize("case", _params())
def test_hard_case(matcher: Matcher, case: dict[str, Any]) -> None:
    identifiers = (Identifier("imo", case["imo"]),) if "imo" in case else ()
    query = Query(case["query"], case["schema"], identifiers=identifiers)
    alerts = matcher.match(query)
    if case["expect"] == "no_alert":
        assert alerts == [], [(m.entity.entry_id, m.score) for m in alerts]
        return
    assert alerts, f"no alert; best: {matcher.match(query, top=1, threshold=0.0)}"
    assert alerts[0].entity.entry_id == case["id"], [(m.entity.entry_id, m.score) for m in alerts]
