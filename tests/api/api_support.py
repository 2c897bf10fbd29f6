"""Request helpers for the API tests."""

from __future__ import annotations


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def person_query(name: str, **props: list[str]) -> dict[str, object]:
    return {"queries": {"q1": {"schema": "Person", "properties": {"name": [name], **props}}}}
