"""API keys: only a hash of each key is stored, and every change is audited.

Every request looks its key up, which cost more CPU than a screening's matching does. On a
SQLite store the live keys found are therefore remembered per process (`keycache.py`), and any
revocation, by any process, makes every process look again on its next request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, insert, select, update

from tradeguard.store import audit, keycache
from tradeguard.store.database import write_transaction
from tradeguard.store.errors import NotFound
from tradeguard.store.schema import api_keys


@dataclass(slots=True, frozen=True)
class ApiKey:
    id: str
    role: str
    label: str | None
    created_at: datetime
    revoked: bool


class KeyStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def add(
        self, key_id: str, token_hash: str, role: str, label: str | None, actor: str | None
    ) -> ApiKey:
        created = datetime.now(UTC)
        with write_transaction(self.engine) as conn:
            audit.append(conn, "key.create", actor, {"key_id": key_id, "role": role})
            conn.execute(
                insert(api_keys).values(
                    id=key_id, token_hash=token_hash, role=role, label=label, created_at=created
                )
            )
        return ApiKey(key_id, role, label, created, revoked=False)

    def by_hash(self, token_hash: str) -> ApiKey | None:
        """The live key with this hash; revoked keys are not found."""
        cache = keycache.for_engine(self.engine)
        if cache is None:
            return self._lookup(token_hash)
        found = cache.get(token_hash)
        if found is not None:
            return found
        stamp = cache.stamp()  # before the lookup: a revocation after it still counts
        key = self._lookup(token_hash)
        if key is not None:
            cache.put(token_hash, key, stamp)
        return key

    def cached(self, token_hash: str) -> ApiKey | None:
        """The live key with this hash if this process knows it already, without a query; None
        means "look it up" (`by_hash`), not "unknown"."""
        cache = keycache.for_engine(self.engine)
        return cache.get(token_hash) if cache is not None else None

    def _lookup(self, token_hash: str) -> ApiKey | None:
        query = select(api_keys).where(
            api_keys.c.token_hash == token_hash, api_keys.c.revoked_at.is_(None)
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return _key(row) if row else None

    def all(self) -> list[ApiKey]:
        with self.engine.connect() as conn:
            return [_key(r) for r in conn.execute(select(api_keys).order_by(api_keys.c.created_at))]

    def revoke(self, key_id: str, actor: str | None) -> None:
        with write_transaction(self.engine) as conn:
            audit.append(conn, "key.revoke", actor, {"key_id": key_id})
            done = conn.execute(
                update(api_keys)
                .where(api_keys.c.id == key_id, api_keys.c.revoked_at.is_(None))
                .values(revoked_at=datetime.now(UTC))
            )
            if done.rowcount != 1:
                raise NotFound(f"no live API key {key_id!r}; `tradeguard keys list` shows them")
        # After the commit: a process that then looks again finds the key revoked.
        keycache.keys_changed(self.engine)


def _key(row: Any) -> ApiKey:
    return ApiKey(row.id, row.role, row.label, row.created_at, row.revoked_at is not None)
