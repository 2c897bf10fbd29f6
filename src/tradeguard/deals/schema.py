"""The deal format at the edge (JSON or YAML): pydantic models, and the JSON schema made from them.

Regenerate the committed schema after changing a model:
    python -m tradeguard.deals.schema > src/tradeguard/deals/deal.schema.json
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from tradeguard.countries import country_code
from tradeguard.dates import is_valid_iso_date
from tradeguard.model import IdentifierType, Schema
from tradeguard.rules.schema import EndUseFlag

_HS = re.compile(r"^\d{6,10}$")
# HS chapters run 01 to 97; chapter 77 is reserved and has no goods.
_CHAPTERS = frozenset(f"{n:02d}" for n in range(1, 98)) - {"77"}

Role = Literal["seller", "buyer", "consignee", "end_user", "intermediary", "bank"]
Jurisdiction = Literal["EU", "US", "UK", "UN"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _country(value: str) -> str:
    code = country_code(value)
    if code is None:
        raise ValueError(f"{value!r} is not a country name or ISO code we know")
    if len(code) != 2:
        # The territory table also knows former states ("SU": suhh) and regions ("Crimea":
        # ua-cri); a deal names a region in region, city or address, with its country here.
        raise ValueError(
            f"{value!r} names {code}, not a country of today: give the ISO 3166-1 code of "
            "its country, and the region or city beside it"
        )
    return code


# Accepts "RU", "ru" or "Russia"; keeps the lower-case ISO code, as the entity model does.
Country = Annotated[str, AfterValidator(_country)]


class IdentifierModel(_Strict):
    type: IdentifierType
    value: str
    country: Country | None = None


class PartyModel(_Strict):
    role: Role
    name: str = Field(min_length=1)
    schema_: Schema = Field("LegalEntity", alias="schema")
    country: Country | None = Field(None, description="ISO 3166-1 alpha-2 code or country name.")
    birth_date: str | None = Field(None, description="YYYY, YYYY-MM or YYYY-MM-DD.")
    identifiers: list[IdentifierModel] = Field(default_factory=list)

    @field_validator("birth_date")
    @classmethod
    def _date(cls, value: str | None) -> str | None:
        if value is not None and not is_valid_iso_date(value):
            raise ValueError(f"{value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
        return value


class GoodsModel(_Strict):
    description: str
    hs_code: str = Field(description="HS or CN/HTS code, 6 to 10 digits; spaces and dots allowed.")
    quantity: Decimal = Field(gt=0)
    unit_value: Decimal = Field(ge=0, description="Value of one item, excluding VAT.")
    currency: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code, e.g. EUR, USD.")
    origin: Country | None = Field(None, description="Country of origin, ISO code or name.")
    engine_cm3: int | None = Field(None, gt=0, description="Engine cylinder capacity in cm3.")
    propulsion: Literal["petrol", "diesel", "hybrid", "electric", "other"] | None = None
    condition: Literal["new", "used"] | None = None

    @field_validator("hs_code")
    @classmethod
    def _hs(cls, value: str) -> str:
        digits = value.replace(" ", "").replace(".", "")
        if not _HS.match(digits):
            raise ValueError(f"{value!r} is not an HS code of 6 to 10 digits")
        if digits[:2] not in _CHAPTERS:
            raise ValueError(f"{value!r}: HS chapter {digits[:2]} does not exist")
        return digits


class PlaceModel(_Strict):
    country: Country | None = None
    region: str | None = None
    city: str | None = None
    address: str | None = None


class RouteModel(_Strict):
    ship_from: PlaceModel = Field(default_factory=PlaceModel)
    ship_to: PlaceModel


class DealModel(_Strict):
    """A deal to screen: who, what, where to, when, and whose law binds the user."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="tradeguard deal")

    deal_id: str = "deal"
    description: str = ""
    parties: list[PartyModel] = Field(default_factory=list)
    goods: list[GoodsModel] = Field(min_length=1)
    route: RouteModel
    contract_date: date
    delivery_date: date | None = None
    direction: Literal["export", "import"] = "export"
    jurisdictions: list[Jurisdiction] = Field(
        default_factory=list, description="Whose law binds the user; UN always applies."
    )
    end_use: list[EndUseFlag] = Field(default_factory=list)


def json_schema() -> dict[str, Any]:
    return DealModel.model_json_schema(by_alias=True)


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")
