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

# libyaml when installed: the pure-Python parser takes seconds to refuse a few thousand nested
# brackets, libyaml refuses them at once with a depth limit.
_YAML = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DealError(ValueError):
    """A deal that cannot be screened as written; each line names a field, e.g. goods[0].hs_code."""


def load_deal(path: Path) -> Deal:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DealError(f"{path}: not UTF-8 text: {error}") from error
    try:
        raw = json.loads(text) if path.suffix.lower() == ".json" else yaml.load(text, _YAML)
    # YAML reads 2024-02-30 as a date and raises ValueError for it; nesting thousands of
    # brackets deep exhausts both parsers' recursion.
    except (ValueError, yaml.YAMLError, RecursionError) as error:
        problem = "nested too deeply" if isinstance(error, RecursionError) else error
        raise DealError(
            f"{path}: not valid {path.suffix.lstrip('.') or 'YAML'}: {problem}"
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
