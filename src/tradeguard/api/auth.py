"""Who is calling: `Authorization: Bearer KEY` or `Authorization: ApiKey KEY` (yente clients).

The key is resolved, then rate limited by its id: a request without a valid key never spends
a key's budget. Unknown keys spend their client address's budget instead, and an address
that has spent it is refused before its next key is even looked up.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import HTTPException, Request
from starlette.concurrency import run_in_threadpool

from tradeguard.api.errors import ApiError
from tradeguard.api.keyrequired import MISSING_KEY
from tradeguard.api.ratelimit import RateLimits, TokenBuckets, retry_after
from tradeguard.auth.roles import Permission, allows
from tradeguard.auth.tokens import authenticate, token_hash
from tradeguard.store.keys import ApiKey, KeyStore

_SCHEMES = ("bearer", "apikey")


async def _caller(request: Request) -> ApiKey:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() not in _SCHEMES or not token:
        raise ApiError(401, MISSING_KEY)
    if KeyStore(request.app.state.service.db).cached(token_hash(token)) is not None:
        # Known to this process (store/keycache.py): no query, so no thread-pool hop either.
        key = limited_key(request, token)
    else:
        key = await run_in_threadpool(limited_key, request, token)
    if key is None:
        raise ApiError(401, "unknown or revoked API key")
    return key


def limited_key(request: Request, token: str) -> ApiKey | None:
    """The live key for `token`, or None; 429 (HTTPException) when this address has sent too
    many unknown keys or the key is over its rate. Anything that accepts a key (the web login
    too) should come through here, or guesses there escape the limit."""
    limits: RateLimits = request.app.state.rate_limits
    address = request.client.host if request.client else "unknown"
    if limits.failures is not None:
        _refuse_if_waiting(limits.failures.wait(address), _FAILED)
    key = authenticate(request.app.state.service.db, token)
    if key is None:
        if limits.failures is not None:
            limits.failures.take(address)
        return None
    if limits.per_key is not None:
        _refuse_if_waiting(limits.per_key.take(key.id), _per_key_message(limits.per_key))
    return key


_FAILED = (
    "too many requests with an unknown or revoked API key from this address; check the key "
    "(`tradeguard keys list` shows the live ones) and retry after the Retry-After seconds"
)


def _per_key_message(buckets: TokenBuckets) -> str:
    return (
        f"rate limit reached: {buckets.rate:g} requests per second per API key "
        f"(bursts of {buckets.burst}); retry after the Retry-After seconds, and send fewer, "
        "larger requests (one /match call takes many queries)"
    )


def _refuse_if_waiting(seconds: float, message: str) -> None:
    if seconds > 0:
        raise HTTPException(429, message, headers={"Retry-After": retry_after(seconds)})


def require(permission: Permission) -> Callable[[Request], Awaitable[ApiKey]]:
    # async: FastAPI runs a plain `def` dependency in the thread pool, and that hop cost more
    # than the check itself once the key is cached; a key lookup still goes to the pool.
    async def dependency(request: Request) -> ApiKey:
        key = await _caller(request)
        if not allows(key.role, permission):
            raise ApiError(403, f"role {key.role!r} may not do this; it needs {permission!r}")
        return key

    return dependency
