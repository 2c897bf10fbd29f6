"""Which jurisdiction a list match engages, and party screening through the engine."""

from __future__ import annotations

from tradeguard.deals import parse_deal, screen
from tradeguard.deals.parties import list_jurisdictions
from tradeguard.engine import Engine
from tradeguard.rules import Outcome

from factories import entity


def test_official_lists_map_to_their_jurisdiction() -> None:
    assert list_jurisdictions(entity("X", list_id="ofac-sdn")) == {"US": Outcome.BLOCKED}
    assert list_jurisdictions(entity("X", list_id="un-sc")) == {"UN": Outcome.BLOCKED}
    assert list_jurisdictions(entity("X", list_id="uk-ofsi")) == {"UK": Outcome.BLOCKED}
    assert list_jurisdictions(entity("X", list_id="eu-fsf")) == {"EU": Outcome.BLOCKED}
    assert list_jurisdictions(entity("X", list_id="us-csl")) == {"US": Outcome.REVIEW}
    assert list_jurisdictions(entity("X", list_id="os-something")) == {}


def test_sample_entries_map_through_their_references() -> None:
    listed = entity("X", list_id="tradeguard-sample")
    listed.notes = ["about text", "OFAC SDN 1 (RUSSIA-EO14024)", "UK OFSI RUS1 (Russia)"]
    assert list_jurisdictions(listed) == {"US": Outcome.BLOCKED, "UK": Outcome.BLOCKED}


def test_a_listed_buyer_blocks_only_where_the_list_binds(sample_engine: Engine) -> None:
    deal = parse_deal(
        {
            "contract_date": "2024-01-10",
            "jurisdictions": ["EU"],
            "parties": [{"role": "buyer", "name": "Kim Jong-un", "schema": "Person"}],
            "goods": [
                {
                    "description": "x",
                    "hs_code": "090111",
                    "quantity": 1,
                    "unit_value": 10,
                    "currency": "EUR",
                }
            ],
            "route": {"ship_to": {"country": "FR"}},
        }
    )
    decision = screen(deal, engine=sample_engine)
    match = next(r for r in decision.reasons if r.match)
    assert match.jurisdiction == "US" and not match.binding
    assert match.match and match.match.entry_id == "kim-jong-un" and match.match.explanation
    assert decision.outcome is Outcome.CLEAR
