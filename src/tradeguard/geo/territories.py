"""Resolve a place (country, region, city, address) to an embargoed territory.

A country code alone cannot say that "RU, Sevastopol" is Crimea, so the resolver looks for the
territory's place names as whole words in every part of the place. When a longer name covers a
shorter one ("Donetsk oblast" over "Donetsk"), only the longer counts: the oblast is only partly
occupied, the city wholly.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml

from tradeguard.geo.normalize import forms, tokens


@dataclass(frozen=True, slots=True)
class Territory:
    code: str
    name: str
    claimed_by: frozenset[str]


@dataclass(frozen=True, slots=True)
class TerritoryHit:
    territory: Territory
    certain: bool  # False: a partly occupied region or city; the control line is not modelled
    matched: str
    field: str


@dataclass(frozen=True, slots=True)
class _Alias:
    text: str
    territory: Territory
    certain: bool


@cache
def _aliases() -> tuple[_Alias, ...]:
    raw = yaml.safe_load(files("tradeguard.geo").joinpath("data", "territories.yaml").read_text())
    aliases: list[_Alias] = []
    for item in raw["territories"]:
        territory = Territory(item["code"], item["name"], frozenset(item["claimed_by"]))
        aliases += [_Alias(tokens(name), territory, True) for name in item["names"]]
        aliases += [_Alias(tokens(name), territory, False) for name in item.get("partial", [])]
    # Longest first, so a region name claims its words before the city name inside it.
    return tuple(sorted(aliases, key=lambda a: -len(a.text)))


def territories() -> dict[str, Territory]:
    return {alias.territory.code: alias.territory for alias in _aliases()}


def resolve_place(
    country: str | None, region: str | None, city: str | None, address: str | None
) -> TerritoryHit | None:
    """The territory the place lies in, preferring a certain hit; None if it is in none."""
    hits = [
        hit
        for field, text in (("city", city), ("region", region), ("address", address))
        if text
        for hit in _hits(text, field)
        if country is None or country in hit.territory.claimed_by
    ]
    certain = [hit for hit in hits if hit.certain]
    best = certain or hits
    return best[0] if best else None


def _hits(text: str, field: str) -> list[TerritoryHit]:
    found: list[TerritoryHit] = []
    for form in forms(text):
        remaining = f" {form} "
        for alias in _aliases():
            needle = f" {alias.text} "
            if needle in remaining:
                found.append(TerritoryHit(alias.territory, alias.certain, alias.text, field))
                remaining = remaining.replace(needle, " | ")
    return found
