"""Where the goods go (or, for an import, come from), as the place codes rules name.

A place inside an embargoed territory is that territory, not its country: the EU treats
Crimea under Reg 692/2014, not under the Russia regulation, so "RU, Sevastopol" is ua-cri only.
A partly occupied region keeps both codes and marks the territory as uncertain.
"""

from __future__ import annotations

from dataclasses import dataclass

from tradeguard.deals.model import Deal, Place
from tradeguard.geo import TerritoryHit, resolve_place


@dataclass(frozen=True, slots=True)
class Destination:
    subject: str  # the deal field, e.g. route.ship_to
    codes: frozenset[str]
    uncertain: frozenset[str]  # codes of territories the place may only possibly be in
    hit: TerritoryHit | None

    def describe(self) -> str:
        return ", ".join(sorted(self.codes)) or "unknown"


def destination(deal: Deal) -> Destination:
    """For an export the ship-to place; for an import the ship-from place and the goods' origins."""
    if deal.direction == "import":
        origins = {line.origin for line in deal.goods if line.origin}
        return _resolve(deal.ship_from, "route.ship_from", frozenset(origins))
    return _resolve(deal.ship_to, "route.ship_to", frozenset())


def _resolve(place: Place, subject: str, extra: frozenset[str]) -> Destination:
    hit = resolve_place(place.country, place.region, place.city, place.address)
    country = frozenset({place.country}) if place.country else frozenset()
    if hit is None:
        return Destination(subject, country | extra, frozenset(), None)
    code = hit.territory.code
    if hit.certain:
        return Destination(subject, frozenset({code}) | extra, frozenset(), hit)
    return Destination(subject, country | {code} | extra, frozenset({code}), hit)
