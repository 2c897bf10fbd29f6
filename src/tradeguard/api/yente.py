"""yente's /match wire shape: request models, query conversion and result rendering.

A yente query is an FtM-style entity example; its properties map onto our `Query`. Property
values arrive as lists (FtM is multi-valued): each name is matched and the best score per
listed entity kept; every birth date, country and identifier is evidence.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from tradeguard.countries import country_code
from tradeguard.ftm import ftm_id
from tradeguard.matching.matcher import Match
from tradeguard.matching.query import Query, QueryError, make_query
from tradeguard.model import SCHEMAS, Identifier, IdentifierType

_NAME_PROPS = ("name", "alias", "previousName", "weakAlias")
_COUNTRY_PROPS = ("nationality", "country", "citizenship", "jurisdiction", "flag")
_ID_PROPS: dict[str, IdentifierType] = {
    "idNumber": "national_id",
    "passportNumber": "passport",
    "taxNumber": "tax_id",
    "registrationNumber": "registration",
    "imoNumber": "imo",
    "leiCode": "lei",
    "swiftBic": "swift",
}


class EntityExample(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="allow")

    schema_: str = Field(alias="schema")
    properties: dict[str, list[str]] = Field(default_factory=dict)


class MatchRequest(BaseModel):
    model_config = ConfigDict(extra="allow")

    queries: dict[str, EntityExample]
    weights: dict[str, float] = Field(default_factory=dict)
    config: dict[str, Any] = Field(default_factory=dict)


def to_queries(example: EntityExample) -> list[Query]:
    """One Query per name of the example, sharing the example's evidence."""
    props = example.properties
    names = [n for p in _NAME_PROPS for n in props.get(p, []) if n.strip()]
    if not names:
        raise QueryError("properties.name: give at least one name")
    schema = example.schema_ if example.schema_ in SCHEMAS else None
    births = tuple(d.strip() for d in props.get("birthDate", []) if d.strip())
    for date in births:
        make_query("x", birth_date=date)  # raises QueryError naming a malformed date
    countries = tuple(_countries(props))
    identifiers = tuple(
        Identifier(kind, value.strip())
        for prop, kind in _ID_PROPS.items()
        for value in props.get(prop, [])
        if value.strip()
    )
    return [Query(name, schema, births, countries, identifiers) for name in names]


def _countries(props: dict[str, list[str]]) -> list[str]:
    found: list[str] = []
    for prop in _COUNTRY_PROPS:
        for value in props.get(prop, []):
            code = country_code(value)
            if code is None:
                raise QueryError(f"properties.{prop}: {value!r} is not a country we know")
            if code not in found:
                found.append(code)
    return found


def best_per_entity(hits: list[list[Match]], limit: int) -> list[Match]:
    best: dict[str, Match] = {}
    for match in (m for per_name in hits for m in per_name):
        current = best.get(match.entity.id)
        if current is None or match.score > current.score:
            best[match.entity.id] = match
    ranked = sorted(best.values(), key=lambda m: (-m.score, m.entity.id))
    return ranked[:limit]


def render_result(
    match: Match,
    threshold: float,
    ftm: dict[str, Any],
    explained: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One yente `ScoredEntity` (`ftm` is the entity as FtM JSON), plus our own explanation
    under "tradeguard" (`explained`: `match.to_dict()` when the caller has it already)."""
    return {
        "id": ftm_id(match.entity.id),
        "caption": match.entity.caption,
        "schema": ftm["schema"],
        "properties": ftm["properties"],
        "datasets": ftm["datasets"],
        "referents": [],
        "target": True,
        "score": match.score,
        "match": match.score >= threshold,
        "features": {f.name: f.effect for f in match.features},
        "explanations": {
            f.name: {"score": f.effect, "detail": f"{f.outcome}: {f.detail}"}
            for f in match.features
        },
        "token": None,
        "tradeguard": match.to_dict() if explained is None else explained,
    }
