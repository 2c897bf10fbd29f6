from __future__ import annotations

import pytest

from tradeguard.auth.tokens import authenticate, create_key, token_hash
from tradeguard.store.database import open_database
from tradeguard.store.errors import NotFound, StoreError
from tradeguard.store.keys import KeyStore
from tradeguard.store.schema import api_keys


def test_key_is_stored_hashed_and_authenticates(db_url: str) -> None:
    db = open_database(db_url)
    made = create_key(db, "reviewer", "Ann", "cli")
    with db.connect() as conn:
        stored = [tuple(r) for r in conn.execute(api_keys.select())]
    assert made.token not in repr(stored)
    assert stored[0][1] == token_hash(made.token)
    found = authenticate(db, made.token)
    assert found is not None and found.role == "reviewer" and found.id == made.key.id
    assert authenticate(db, made.token + "x") is None


def test_revoked_key_no_longer_authenticates(db_url: str) -> None:
    db = open_database(db_url)
    made = create_key(db, "screener", None, "cli")
    KeyStore(db).revoke(made.key.id, "cli")
    assert authenticate(db, made.token) is None
    with pytest.raises(NotFound):
        KeyStore(db).revoke(made.key.id, "cli")


def test_unknown_role_is_refused(db_url: str) -> None:
    with pytest.raises(StoreError, match="role"):
        create_key(open_database(db_url), "superuser", None, "cli")
