"""A deal decision laid out for the page: the overall answer, one row per jurisdiction, the
rule reasons with their citations, and one card per listed party hit."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tradeguard.web.views import HitView, from_list_ref


@dataclass(slots=True)
class DealView:
    decision: str
    on: str
    deal_id: str
    screening_id: int
    jurisdictions: dict[str, str]
    reexport_risk: bool
    territories: list[str]
    reasons: list[dict[str, Any]] = field(default_factory=list)
    parties: list[tuple[str, HitView]] = field(default_factory=list)


def deal_view(result: dict[str, Any], raw: dict[str, Any]) -> DealView:
    """`result` is what POST /screen returns; `raw` the deal as posted (for the party names)."""
    view = DealView(
        decision=result["decision"],
        on=result["on"],
        deal_id=result["deal_id"],
        screening_id=int(result["screening_id"]),
        jurisdictions=dict(result["jurisdictions"]),
        reexport_risk=bool(result["reexport_risk"]),
        territories=list(result["territories"]),
    )
    cards: dict[tuple[str, str], HitView] = {}
    for reason in result["reasons"]:
        ref = reason.get("match")
        if ref is None:
            view.reasons.append(reason)
            continue
        subject = reason["subject"]
        key = (subject, f"{ref['list_id']}:{ref['entry_id']}")
        card = cards.get(key)
        if card is None:
            card = cards[key] = from_list_ref(ref, _party(raw, subject))
            view.parties.append((subject, card))
        card.engaged.append((reason["jurisdiction"], reason["outcome"], reason["binding"]))
    return view


def _party(raw: dict[str, Any], subject: str) -> dict[str, Any]:
    # Subjects read "parties[2]"; the deal passed validation, so the index exists.
    index = int(subject.removeprefix("parties[").removesuffix("]"))
    party: dict[str, Any] = raw["parties"][index]
    return party
