"""Roles and what each may do. Separation of duties: an admin manages keys and lists but does
not decide alerts, and a screener sees only the screenings made with their own key."""

from __future__ import annotations

from typing import Literal

Role = Literal["screener", "reviewer", "admin"]
ROLES: tuple[Role, ...] = ("screener", "reviewer", "admin")

Permission = Literal["screen", "read_all", "review", "admin"]

PERMISSIONS: dict[str, frozenset[Permission]] = {
    "screener": frozenset({"screen"}),
    "reviewer": frozenset({"screen", "read_all", "review"}),
    "admin": frozenset({"screen", "read_all", "admin"}),
}


def allows(role: str, permission: Permission) -> bool:
    return permission in PERMISSIONS.get(role, frozenset())
