"""The rule-file format, validated with pydantic when the files are loaded (never per screening)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

# "ALL" stands for every HS code: comprehensive embargoes and "all items subject to the EAR".
ALL_GOODS = "ALL"
_PREFIX = re.compile(r"^\d{2,10}$")

Confidence = Literal["READ", "READ-2nd", "READ-partial", "RECALLED", "UNCONFIRMED"]
OutcomeName = Literal["BLOCKED", "LICENCE_REQUIRED", "REVIEW"]
# End uses a deal may declare and rule exceptions may name; one vocabulary for both.
EndUseFlag = Literal["diplomatic_mission", "personal_use", "humanitarian", "cultural_loan"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoodsSpec(_Strict):
    hs: list[str] = Field(min_length=1)
    engine_cm3_above: int | None = Field(default=None, gt=0)
    propulsion: list[Literal["petrol", "diesel", "hybrid", "electric", "other"]] | None = None
    condition: list[Literal["new", "used"]] | None = None

    @field_validator("hs")
    @classmethod
    def _prefixes(cls, value: list[str]) -> list[str]:
        cleaned = [item.replace(" ", "").replace(".", "") for item in value]
        for item in cleaned:
            if item != ALL_GOODS and not _PREFIX.match(item):
                raise ValueError(f"{item!r} is not an HS prefix of 2 to 10 digits or ALL")
        return cleaned


class ThresholdSpec(_Strict):
    above: Decimal = Field(ge=0)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    per: Literal["item"] = "item"


class WindDownSpec(_Strict):
    contracts_before: date
    until: date


class ExceptionSpec(_Strict):
    flag: EndUseFlag
    article: str
    yields: Literal["CLEAR", "REVIEW", "LICENCE_REQUIRED"]
    note: str


class RuleSpec(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.-]*$")
    research: str
    confidence: Confidence
    outcome: OutcomeName
    summary: str
    instrument: str | None = None  # the file's instrument unless the rule names another
    article: str
    annex: str | None = None
    citation: str
    direction: Literal["export", "import"] = "export"
    goods: list[GoodsSpec] = Field(min_length=1)
    destinations: list[str] = Field(default_factory=list)
    origins: list[str] = Field(default_factory=list)
    effective_from: date
    effective_to: date | None = None
    threshold: ThresholdSpec | None = None
    wind_down: WindDownSpec | None = None
    exceptions: list[ExceptionSpec] = Field(default_factory=list)
    note: str | None = None


class RuleFile(_Strict):
    regime: Literal["UN", "EU", "US", "UK"]
    programme: str
    instrument: str
    rules: list[RuleSpec] = Field(min_length=1)
