"""The article report as plain JSON-able data: what the CLI prints and `POST /news` returns."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from tradeguard.news.model import InferredDeal, PartyMention, Span

if TYPE_CHECKING:
    from tradeguard.news.article import ArticleReport


def report_dict(report: ArticleReport) -> dict[str, Any]:
    data: dict[str, Any] = {
        "published": report.published.isoformat() if report.published else None,
        "lists": report.lists,
        "parties": [party_dict(p) for p in report.parties],
        "places": [_flat(asdict(p)) for p in report.places],
        "goods": [_flat(asdict(g)) for g in report.goods],
        "amounts": [_flat(asdict(a)) for a in report.amounts],
        "dates": [_flat(asdict(d)) for d in report.dates],
        "deals": [deal_dict(d) for d in report.deals],
    }
    return {key: _plain(value) for key, value in data.items()}


def _plain(value: Any) -> Any:
    """Tuples (from the frozen dataclasses) become lists, so the dict equals its JSON reading."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def party_dict(mention: PartyMention) -> dict[str, Any]:
    return _flat(asdict(mention))


def deal_dict(inferred: InferredDeal) -> dict[str, Any]:
    return {
        "inferred": True,  # never stated by the text: read it as a lead, not a fact
        "confidence": inferred.confidence,
        "sentence": inferred.sentence,
        "cues": list(inferred.cues),
        "seller": _side(inferred.seller),
        "buyer": _side(inferred.buyer),
        "goods": _flat(asdict(inferred.goods)),
        "amount": _flat(asdict(inferred.amount)) if inferred.amount else None,
        "origin": inferred.origin,
        "destination": inferred.destination,
        "deal": inferred.deal,
        "decision": inferred.decision,
    }


def _side(mention: PartyMention | None) -> dict[str, Any] | None:
    if mention is None:
        return None
    return {
        "text": mention.span.text,
        "status": mention.status,
        "kind": mention.kind,
        "entity_id": mention.link.entity_id if mention.link else None,
    }


def _flat(data: dict[str, Any]) -> dict[str, Any]:
    """Lift the span's fields to the top: {"text", "start", "end", "sentence", ...}."""
    span = data.pop("span")
    out = {**span, **{k: v for k, v in data.items() if v is not None}}
    if isinstance(out.get("base"), dict):
        out["base"] = Span(**out["base"]).text
    return out
