"""The thin adapter from an inferred deal to the deal format and `tradeguard.deals.screen`.

Text rarely says how many items or what each is worth. One item is assumed; with no amount
the value is unknown, and the deal is screened as if it exceeded every value threshold, the
cautious reading for a screening: `value_assumed` says so in the output.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tradeguard.deals import DealError, parse_deal, screen
from tradeguard.engine import Engine
from tradeguard.fx import FxError
from tradeguard.news.model import InferredDeal, PartyMention

# Above every value threshold in the rule book (the largest is in the tens of thousands).
UNKNOWN_VALUE = 1_000_000_000
DEFAULT_CURRENCY = "USD"
JURISDICTIONS = ["EU", "US", "UK"]
_SCHEMAS = {"person": "Person", "organization": "Organization"}


def deal_dict(inferred: InferredDeal, number: int, on: date) -> dict[str, Any]:
    amount = inferred.amount
    known = amount is not None and amount.value is not None and amount.currency is not None
    goods: dict[str, Any] = {
        "description": f"{inferred.goods.label} ({inferred.goods.span.text})",
        # The heading is all the text gives; "00" pads it to the six digits the format needs.
        "hs_code": inferred.goods.heading + "00",
        "quantity": 1,
        "unit_value": amount.value if known and amount else UNKNOWN_VALUE,
        "currency": amount.currency if known and amount else DEFAULT_CURRENCY,
    }
    if inferred.origin:
        goods["origin"] = inferred.origin
    route: dict[str, Any] = {"ship_to": {"country": inferred.destination}}
    if inferred.origin:
        route["ship_from"] = {"country": inferred.origin}
    return {
        "deal_id": f"news-{number}",
        "description": f"inferred from text ({inferred.confidence}): {inferred.sentence}",
        "parties": [
            _party(role, p)
            for role, p in (("seller", inferred.seller), ("buyer", inferred.buyer))
            if p is not None and p.status != "metonym"
        ],
        "goods": [goods],
        "route": route,
        "contract_date": on.isoformat(),
        "jurisdictions": JURISDICTIONS,
    }


def _party(role: str, mention: PartyMention) -> dict[str, Any]:
    party: dict[str, Any] = {"role": role, "name": mention.span.text}
    schema = _SCHEMAS.get(mention.kind)
    if schema:
        party["schema"] = schema
    return party


def screen_deal(deal: dict[str, Any], engine: Engine | None) -> dict[str, Any]:
    """The decision as `tradeguard screen --json` gives it, or the reason it could not be made."""
    try:
        return screen(parse_deal(deal), engine=engine).to_dict()
    except (DealError, FxError) as error:
        return {"decision": "NOT SCREENED", "error": str(error)}
