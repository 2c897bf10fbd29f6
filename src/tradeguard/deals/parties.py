"""Screen every party with the name matcher and say whose law a list match engages.

Which jurisdiction a list binds, and what a match there means:
    ofac-sdn, us-bis-dpl   US   BLOCKED (blocked or denied persons)
    us-csl, other us-*     US   REVIEW  (the CSL mixes blocking lists with licence-only lists)
    uk-*                   UK   BLOCKED
    eu-*                   EU   BLOCKED
    un-sc                  UN   BLOCKED, binding on every state
    tradeguard-sample      per the official lists each entry cites (its references)
    anything else          REVIEW under every binding jurisdiction (we cannot say whose law it is)
"""

from __future__ import annotations

from tradeguard.deals.decision import ListRef, Reason
from tradeguard.deals.model import Deal, Party
from tradeguard.engine import Engine
from tradeguard.matching.matcher import Match
from tradeguard.matching.query import make_query
from tradeguard.model import Entity
from tradeguard.rules import Outcome

_EXACT = {
    "ofac-sdn": ("US", Outcome.BLOCKED),
    "us-bis-dpl": ("US", Outcome.BLOCKED),
    "un-sc": ("UN", Outcome.BLOCKED),
}
_PREFIXES = (
    ("us-", "US", Outcome.REVIEW),
    ("uk-", "UK", Outcome.BLOCKED),
    ("eu-", "EU", Outcome.BLOCKED),
)
# The sample list records each entry's official listings as notes that start with the list name.
_SAMPLE_NOTES = (
    ("OFAC SDN", "US"),
    ("US CSL", "US"),
    ("UK OFSI", "UK"),
    ("EU ", "EU"),
    ("UN SC", "UN"),
)
SAMPLE_LIST = "tradeguard-sample"
# Top hits per party: one party may sit on several lists under slightly different names.
TOP = 5


def list_jurisdictions(entity: Entity) -> dict[str, Outcome]:
    """Jurisdiction -> what a match on this entity means there; empty when we cannot tell."""
    if entity.list_id in _EXACT:
        jurisdiction, outcome = _EXACT[entity.list_id]
        return {jurisdiction: outcome}
    for prefix, jurisdiction, outcome in _PREFIXES:
        if entity.list_id.startswith(prefix):
            return {jurisdiction: outcome}
    if entity.list_id == SAMPLE_LIST:
        return {
            jurisdiction: Outcome.BLOCKED
            for note in entity.notes
            for start, jurisdiction in _SAMPLE_NOTES
            if note.startswith(start)
        }
    return {}


def screen_parties(deal: Deal, engine: Engine) -> list[Reason]:
    if not deal.parties:
        return []
    reasons: list[Reason] = []
    # One matcher for the deal: engine.match would look up the active list versions per party.
    matcher = engine.matcher()
    for index, party in enumerate(deal.parties):
        query = make_query(
            party.name, party.schema, party.birth_date, party.country, party.identifiers
        )
        for hit in matcher.match(query, top=TOP):
            reasons += _reasons(deal, party, f"parties[{index}]", hit)
    return reasons


def _reasons(deal: Deal, party: Party, subject: str, hit: Match) -> list[Reason]:
    ref = ListRef(
        hit.entity.list_id,
        hit.entity.entry_id,
        hit.entity.caption,
        round(hit.score, 3),
        tuple(hit.entity.programs),
        tuple(f"{f.name}: {f.outcome} ({f.detail})" for f in hit.features),
    )
    engaged = list_jurisdictions(hit.entity)
    summary = f"{party.role} {party.name!r} matches {ref.caption!r} on {ref.list_id} ({ref.score})"
    if not engaged:
        note = f"{summary}; which jurisdiction this list binds is unknown, so review it"
        return [Reason("list", Outcome.REVIEW, j, subject, note, match=ref) for j in deal.binding]
    return [
        Reason("list", outcome, j, subject, summary, binding=j in deal.binding, match=ref)
        for j, outcome in engaged.items()
    ]
