"""One-line deals for tests: `deal_dict(...)` as the file format would hold it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tradeguard.deals import Deal

DealFactory = Callable[..., Deal]


def deal_dict(
    hs_code: str = "870323",
    unit_value: float = 30000,
    currency: str = "EUR",
    country: str | None = "RU",
    *,
    city: str | None = None,
    region: str | None = None,
    address: str | None = None,
    contract_date: str = "2024-03-01",
    delivery_date: str | None = None,
    jurisdictions: tuple[str, ...] = ("EU",),
    end_use: tuple[str, ...] = (),
    direction: str = "export",
    parties: tuple[dict[str, Any], ...] = (),
    **attributes: Any,
) -> dict[str, Any]:
    """One goods line to one place; keyword `attributes` go on the goods line (engine_cm3, ...)."""
    place = {"country": country, "city": city, "region": region, "address": address}
    return {
        "contract_date": contract_date,
        "delivery_date": delivery_date,
        "direction": direction,
        "jurisdictions": list(jurisdictions),
        "end_use": list(end_use),
        "parties": list(parties),
        "goods": [
            {
                "description": "test goods",
                "hs_code": hs_code,
                "quantity": 1,
                "unit_value": unit_value,
                "currency": currency,
                **attributes,
            }
        ],
        "route": {"ship_to": {k: v for k, v in place.items() if v is not None}},
    }
