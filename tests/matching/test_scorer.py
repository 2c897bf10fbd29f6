"""name_floor must never drop a candidate that score_entity would score at the cut-off."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tradeguard.matching.calibration import curve_keys
from tradeguard.matching.features import UNKNOWN, Signal
from tradeguard.matching.query import Query
from tradeguard.matching.scorer import name_floor, score_entity
from tradeguard.model import Identifier

from factories import company, person

_ID = Identifier("passport", "PA1234567")


@settings(max_examples=400, deadline=None)
@given(
    raw=st.floats(0.0, 1.0),
    cutoff=st.floats(0.0, 1.0),
    query_dob=st.sampled_from([(), ("1984-01-08",), ("1984",), ("1950-02-02",)]),
    query_country=st.sampled_from([(), ("kp",), ("ru",)]),
    query_id=st.booleans(),
    listed_id=st.booleans(),
    schema=st.sampled_from([None, "Person", "Company", "LegalEntity"]),
    listed_is_person=st.booleans(),
    curve=st.sampled_from(curve_keys()),
    named=st.sampled_from([UNKNOWN, Signal("conflict", 1.0, "the name names br")]),
)
def test_floor_is_a_lower_bound_on_names_that_can_reach_the_cutoff(
    raw: float,
    cutoff: float,
    query_dob: tuple[str, ...],
    query_country: tuple[str, ...],
    query_id: bool,
    listed_id: bool,
    schema: str | None,
    listed_is_person: bool,
    curve: str,
    named: Signal,
) -> None:
    identifiers = [_ID] if listed_id else []
    listed = (
        person("Kim Jong Un", birth_date="1984-01-08", nationality="kp", identifiers=identifiers)
        if listed_is_person
        else company("Korea Ryonbong", nationality="kp", identifiers=identifiers)
    )
    query = Query(
        "Kim Jong Un",
        schema,  # type: ignore[arg-type]
        birth_dates=query_dob,
        countries=query_country,
        identifiers=(_ID,) if query_id else (),
    )
    if score_entity(query, listed, raw, "", curve, named).score >= cutoff:
        assert raw > name_floor(query, cutoff)
        assert raw > name_floor(query, cutoff, curve)


def test_floor_rises_with_the_cutoff_and_falls_with_evidence() -> None:
    bare = Query("Kim Jong Un", "Person")
    dated = Query("Kim Jong Un", "Person", birth_dates=("1984-01-08",), countries=("kp",))
    assert name_floor(bare, 0.9) > name_floor(bare, 0.8) > name_floor(bare, 0.5)
    assert name_floor(dated, 0.8) < name_floor(bare, 0.8)
    assert name_floor(bare, 0.0) == float("-inf")
