"""A deal as the screening uses it: plain frozen dataclasses, already validated at the edge."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from tradeguard.model import Identifier


@dataclass(frozen=True, slots=True)
class Party:
    role: str
    name: str
    schema: str | None
    country: str | None
    birth_date: str | None = None
    identifiers: tuple[Identifier, ...] = ()


@dataclass(frozen=True, slots=True)
class GoodsLine:
    description: str
    hs_code: str  # digits only, 6 to 10
    quantity: Decimal
    unit_value: Decimal
    currency: str
    origin: str | None = None
    engine_cm3: int | None = None
    propulsion: str | None = None
    condition: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    country: str | None = None
    region: str | None = None
    city: str | None = None
    address: str | None = None


@dataclass(frozen=True, slots=True)
class Deal:
    deal_id: str
    description: str
    parties: tuple[Party, ...]
    goods: tuple[GoodsLine, ...]
    ship_from: Place
    ship_to: Place
    contract_date: date
    delivery_date: date | None
    direction: str
    jurisdictions: tuple[str, ...]  # whose law binds the user; UN is always added
    end_use: frozenset[str]

    @property
    def binding(self) -> tuple[str, ...]:
        """UN measures bind every state, so UN comes first whatever the deal says."""
        return ("UN", *(j for j in self.jurisdictions if j != "UN"))

    def default_date(self) -> date:
        """The date a screening asks about unless told otherwise: delivery, else contract."""
        return self.delivery_date or self.contract_date
