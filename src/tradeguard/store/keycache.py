"""Live API keys remembered per process, forgotten as soon as any process revokes a key.

Only for a SQLite store, whose processes share one machine: a revocation stamps a marker file
beside the database (after its commit), and a remembered key counts only while the marker's
stamp is the one seen before that key was looked up. So a revoked key is refused by every
process from the next request on, as without the cache; checking costs one stat() instead of a
query. Unknown keys are never remembered, so a new key works at once. For PostgreSQL (whose
servers may run on several machines) there is no cache and every request queries.
"""

from __future__ import annotations

import os
import threading
import time
import weakref
from collections import OrderedDict
from typing import TYPE_CHECKING

from sqlalchemy import Engine

if TYPE_CHECKING:  # keys.py imports this module
    from tradeguard.store.keys import ApiKey

# Keys remembered at once (a few hundred bytes each); the least recently used go first.
MAX_KEYS = 1_000
# A remembered key is looked up again after this long even without a revocation: a backstop
# for a key revoked by hand in the database, bypassing `KeyStore.revoke`.
MAX_AGE_SECONDS = 10.0


class KeyCache:
    def __init__(self, marker: str, max_keys: int = MAX_KEYS) -> None:
        self.marker = marker
        self.max_keys = max_keys
        self._lock = threading.Lock()
        self._keys: OrderedDict[str, tuple[ApiKey, int, float]] = OrderedDict()

    def stamp(self) -> int:
        try:
            return os.stat(self.marker).st_mtime_ns
        except FileNotFoundError:
            return 0

    def get(self, token_hash: str) -> ApiKey | None:
        stamp = self.stamp()
        with self._lock:
            found = self._keys.get(token_hash)
            if found is None:
                return None
            key, seen, at = found
            if seen != stamp or time.monotonic() - at > MAX_AGE_SECONDS:
                del self._keys[token_hash]
                return None
            self._keys.move_to_end(token_hash)
            return key

    def put(self, token_hash: str, key: ApiKey, stamp: int) -> None:
        with self._lock:
            self._keys[token_hash] = (key, stamp, time.monotonic())
            self._keys.move_to_end(token_hash)
            while len(self._keys) > self.max_keys:
                self._keys.popitem(last=False)

    def changed(self) -> None:
        """Stamp the marker with a time later than any it had, so every process looks again."""
        fd = os.open(self.marker, os.O_WRONLY | os.O_CREAT, 0o600)
        os.close(fd)
        later = max(time.time_ns(), self.stamp() + 1)
        os.utime(self.marker, ns=(later, later))
        with self._lock:
            self._keys.clear()


_CACHES: weakref.WeakKeyDictionary[Engine, KeyCache] = weakref.WeakKeyDictionary()
_GUARD = threading.Lock()


def for_engine(engine: Engine) -> KeyCache | None:
    """The cache for this engine's database, or None when it has none (not a SQLite file)."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    with _GUARD:
        cache = _CACHES.get(engine)
        if cache is None:
            cache = _CACHES[engine] = KeyCache(f"{database}.keys-changed")
        return cache


def keys_changed(engine: Engine) -> None:
    cache = for_engine(engine)
    if cache is not None:
        cache.changed()
