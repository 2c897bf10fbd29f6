"""Making and recognising API keys. A key is shown once; only its sha256 is stored, which is
enough because the key is 32 random bytes (no dictionary to attack, so no slow hash needed)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import Engine

from tradeguard.auth.roles import ROLES
from tradeguard.store.errors import StoreError
from tradeguard.store.keys import ApiKey, KeyStore

PREFIX = "tg_"


@dataclass(slots=True, frozen=True)
class NewKey:
    key: ApiKey
    token: str  # the only time the secret exists outside the client


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_key(engine: Engine, role: str, label: str | None, actor: str | None) -> NewKey:
    if role not in ROLES:
        raise StoreError(f"role: {role!r} is not one of {', '.join(ROLES)}")
    token = PREFIX + secrets.token_urlsafe(32)
    key_id = "k_" + secrets.token_hex(6)
    key = KeyStore(engine).add(key_id, token_hash(token), role, label, actor)
    return NewKey(key, token)


def authenticate(engine: Engine, token: str) -> ApiKey | None:
    return KeyStore(engine).by_hash(token_hash(token))
