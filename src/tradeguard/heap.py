"""Keep the name index out of the cyclic garbage collector's way.

The index is about a million long-lived Python objects. A full (generation 2) collection walks
every one of them, which took 1-2 s, holding the interpreter lock: every request of the
process stalled, and when the collection fell on the group-commit thread inside the writers'
lock (store/database.py), the other server processes' screenings stalled behind it too. That,
not the matching or the writes, was the service's p99 of about a second. While an index is
being built, the growing heap made the collector run such passes again and again (a third of
the build time).

So the collector is paused while lists are parsed and an index is built (`Engine.parse`,
`NameIndex`, the name analysis workers), and once it serves, what is alive is
collected once and frozen (`gc.freeze`): later collections skip those objects, and stay in the
milliseconds. Frozen objects are still freed by reference counting when an index is replaced;
the collection at each swap unfreezes first, so no cycle of an old index is kept for good.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pauses:
    """Nested or overlapping pauses (two services in one process, a test's): the collector
    resumes after the last one ends, and only if it was running before the first."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self.resume = True


_PAUSES = _Pauses()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection while the block runs (reference counting still frees memory)."""
    with _PAUSES.lock:
        if _PAUSES.count == 0:
            _PAUSES.resume = gc.isenabled()
            gc.disable()
        _PAUSES.count += 1
    try:
        yield
    finally:
        with _PAUSES.lock:
            _PAUSES.count -= 1
            if _PAUSES.count == 0 and _PAUSES.resume:
                gc.enable()


def settle() -> None:
    """Collect everything once, then freeze what survives out of later collections' reach.
    Call it once a new index serves (the old one is no longer referenced)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
