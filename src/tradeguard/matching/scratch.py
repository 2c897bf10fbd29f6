"""Per-thread work arrays that compiled loops reuse across queries instead of allocating.

A query touches a few thousand cells of arrays sized by the whole index (one cell per record
or per distinct token). Allocating and zeroing such an array per query would cost more than
the loop that uses it, so each thread keeps one of each, and every user leaves the cells it
touched as it found them. Per thread, because the service matches in a thread pool.
"""

from __future__ import annotations

import threading

import numpy as np

_local = threading.local()


def zeroed(name: str, size: int, dtype: type[np.generic]) -> np.ndarray:
    """This thread's array called `name`: `size` zeros, provided every caller restores them."""
    arrays: dict[str, np.ndarray] | None = getattr(_local, "arrays", None)
    if arrays is None:
        arrays = _local.arrays = {}
    array = arrays.get(name)
    if array is None or len(array) != size or array.dtype != dtype:
        array = arrays[name] = np.zeros(size, dtype=dtype)
    return array
