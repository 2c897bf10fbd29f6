"""The committed JSON schema is the one the pydantic models generate."""

from __future__ import annotations

import json
from importlib.resources import files

from tradeguard.deals.schema import json_schema, schema_text


def test_committed_schema_equals_the_generated_one() -> None:
    committed = files("tradeguard.deals").joinpath("deal.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), (
        "regenerate: python -m tradeguard.deals.schema > src/tradeguard/deals/deal.schema.json"
    )


def test_schema_names_the_deal_fields() -> None:
    properties = json_schema()["properties"]
    assert {"parties", "goods", "route", "contract_date", "direction", "end_use"} <= set(properties)
    assert json.loads(schema_text())["title"] == "tradeguard deal"
