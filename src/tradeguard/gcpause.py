"""Cyclic garbage collection paused while a large, long-lived structure is built.

Parsing every list and building the index allocate over a million objects that all stay
alive. Each full collection on the way walks every one of them and frees almost nothing:
3 s of a 21 s index build, measured with the bench's imports loaded. Reference counting
still frees everything acyclic meanwhile; cycles wait for the first collection after.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Collection off for the block, back as it was after (also on error)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
