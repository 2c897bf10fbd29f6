"""Read a deal from YAML or JSON into the plain model, with errors that name the field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from tradeguard.deals.model import Deal, GoodsLine, Party, Place
from tradeguard.deals.schema import DealModel, GoodsModel, PartyModel, PlaceModel
from tradeguard.model import Identifier


class DealError(ValueError):
    """A deal that cannot be screened as written; each line names a field, e.g. goods[0].hs_code."""


def load_deal(path: Path) -> Deal:
    text = path.read_text(encoding="utf-8")
    try:
        raw = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as error:
        raise DealError(
            f"{path}: not valid {path.suffix.lstrip('.') or 'YAML'}: {error}"
        ) from error
    return parse_deal(raw)


def parse_deal(raw: Any) -> Deal:
    try:
        model = DealModel.model_validate(raw)
    except ValidationError as error:
        raise DealError("; ".join(_describe(item) for item in error.errors())) from error
    return _deal(model)


def _describe(item: Any) -> str:
    path = ""
    for part in item["loc"]:
        path += f"[{part}]" if isinstance(part, int) else f".{part}" if path else str(part)
    message = str(item["msg"]).removeprefix("Value error, ")
    return f"{path or 'deal'}: {message}"


def _deal(model: DealModel) -> Deal:
    return Deal(
        deal_id=model.deal_id,
        description=model.description,
        parties=tuple(_party(p) for p in model.parties),
        goods=tuple(_goods(g) for g in model.goods),
        ship_from=_place(model.route.ship_from),
        ship_to=_place(model.route.ship_to),
        contract_date=model.contract_date,
        delivery_date=model.delivery_date,
        direction=model.direction,
        jurisdictions=tuple(dict.fromkeys(model.jurisdictions)),
        end_use=frozenset(model.end_use),
    )


def _party(model: PartyModel) -> Party:
    identifiers = tuple(Identifier(i.type, i.value, i.country) for i in model.identifiers)
    return Party(
        model.role, model.name, model.schema_, model.country, model.birth_date, identifiers
    )


def _goods(model: GoodsModel) -> GoodsLine:
    return GoodsLine(
        description=model.description,
        hs_code=model.hs_code,
        quantity=model.quantity,
        unit_value=model.unit_value,
        currency=model.currency,
        origin=model.origin,
        engine_cm3=model.engine_cm3,
        propulsion=model.propulsion,
        condition=model.condition,
    )


def _place(model: PlaceModel) -> Place:
    return Place(model.country, model.region, model.city, model.address)
