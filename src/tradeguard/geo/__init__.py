"""Embargoed territories found from the country, region, city and address of a place."""

from .territories import Territory, TerritoryHit, resolve_place, territories

__all__ = ["Territory", "TerritoryHit", "resolve_place", "territories"]
