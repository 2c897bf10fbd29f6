"""Who is calling: `Authorization: Bearer KEY` or `Authorization: ApiKey KEY` (yente clients)."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Request

from tradeguard.api.errors import ApiError
from tradeguard.auth.roles import Permission, allows
from tradeguard.auth.tokens import authenticate
from tradeguard.store.keys import ApiKey

_SCHEMES = ("bearer", "apikey")


def _caller(request: Request) -> ApiKey:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() not in _SCHEMES or not token.strip():
        raise ApiError(
            401,
            "send an API key as `Authorization: Bearer KEY`; `tradeguard keys create` makes one",
        )
    key = authenticate(request.app.state.service.db, token.strip())
    if key is None:
        raise ApiError(401, "unknown or revoked API key")
    return key


def require(permission: Permission) -> Callable[[Request], ApiKey]:
    def dependency(request: Request) -> ApiKey:
        key = _caller(request)
        if not allows(key.role, permission):
            raise ApiError(403, f"role {key.role!r} may not do this; it needs {permission!r}")
        return key

    return dependency
