"""Live keys remembered per process, and forgotten when any process revokes a key."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, update

from tradeguard.auth.tokens import authenticate, create_key, token_hash
from tradeguard.store import keycache
from tradeguard.store.database import open_database
from tradeguard.store.keys import ApiKey, KeyStore
from tradeguard.store.schema import api_keys


def _queries(engine: object) -> list[str]:
    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    return seen


def test_a_known_key_is_checked_without_a_query(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'store.sqlite'}")
    made = create_key(db, "screener", None, "test")
    seen = _queries(db)
    assert KeyStore(db).cached(token_hash(made.token)) is None  # not looked up yet
    assert _id(authenticate(db, made.token)) == made.key.id
    assert len(seen) == 1
    assert _id(authenticate(db, made.token)) == made.key.id
    assert _id(KeyStore(db).cached(token_hash(made.token))) == made.key.id
    assert len(seen) == 1
    assert authenticate(db, made.token + "x") is None  # unknown keys are asked every time
    assert authenticate(db, made.token + "x") is None
    assert len(seen) == 3


# Another process, as `tradeguard keys revoke` or a second uvicorn worker is.
_REVOKE = """
import sys
from tradeguard.store.database import open_database
from tradeguard.store.keys import ApiKey, KeyStore
KeyStore(open_database(sys.argv[1])).revoke(sys.argv[2], "other process")
"""


def test_a_key_revoked_by_another_process_is_refused_at_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    db = open_database(url)
    made = create_key(db, "screener", None, "test")
    assert authenticate(db, made.token) is not None  # now remembered here
    subprocess.run([sys.executable, "-c", _REVOKE, url, made.key.id], check=True, timeout=120)
    assert KeyStore(db).cached(token_hash(made.token)) is None
    assert authenticate(db, made.token) is None


def test_a_revocation_between_lookup_and_remembering_still_counts(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'store.sqlite'}")
    made = create_key(db, "screener", None, "test")
    cache = keycache.for_engine(db)
    assert cache is not None
    stamp = cache.stamp()  # a lookup starts, reads the key as live ...
    KeyStore(db).revoke(made.key.id, "test")  # ... a revocation commits meanwhile ...
    cache.put(token_hash(made.token), made.key, stamp)  # ... and the stale answer is stored
    assert authenticate(db, made.token) is None


def test_a_key_revoked_by_hand_is_refused_after_the_backstop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'store.sqlite'}")
    made = create_key(db, "screener", None, "test")
    assert authenticate(db, made.token) is not None
    with db.begin() as conn:  # not through KeyStore.revoke: no marker stamped
        conn.execute(update(api_keys).values(revoked_at=made.key.created_at))
    assert authenticate(db, made.token) is not None  # still remembered ...
    monkeypatch.setattr(keycache, "MAX_AGE_SECONDS", 0.0)
    assert authenticate(db, made.token) is None  # ... for MAX_AGE_SECONDS at most


def test_the_cache_holds_a_bounded_number_of_keys(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'store.sqlite'}")
    cache = keycache.KeyCache(str(tmp_path / "marker"), max_keys=2)
    made = [create_key(db, "screener", None, "test").key for _ in range(3)]
    for i, key in enumerate(made):
        cache.put(str(i), key, cache.stamp())
    assert cache.get("0") is None and cache.get("2") == made[2]


def test_no_cache_for_postgresql_or_memory() -> None:
    assert keycache.for_engine(open_database("sqlite://")) is None
    from sqlalchemy import create_engine

    pg = create_engine("postgresql+psycopg://u:p@127.0.0.1:1/x")
    assert keycache.for_engine(pg) is None


def _id(key: ApiKey | None) -> str | None:
    return key.id if key is not None else None
