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

Workers forked to share an index copy-on-write (the batch backend) also copy every page they
write, and new objects written into the free blocks among the index's objects are such writes:
`fill_free_blocks` takes those blocks first, and `clear_word_memos` empties the memos whose
entries a build or a warm-up scattered among them.
"""

from __future__ import annotations

import functools
import gc
import os
import re
import sys
import tempfile
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


# One row of `sys._debugmallocstats()`'s table of small-object size classes:
# class, block size, pools, blocks in use, free blocks.
_SIZE_CLASS_ROW = re.compile(
    r"^[ \t]*\d+[ \t]+(\d+)[ \t]+\d+[ \t]+\d+[ \t]+(\d+)[ \t]*$", re.MULTILINE
)
# A bytes object of n bytes asks the allocator for this many bytes more (header and final NUL).
_BYTES_OVERHEAD = sys.getsizeof(b"")


def free_small_blocks() -> dict[int, int]:
    """Free blocks in CPython's small-object allocator's partly used pools, by block size.

    Read from `sys._debugmallocstats()`, which writes to the C-level stderr; empty where the
    interpreter has no such allocator (PyPy, PYTHONMALLOC=malloc) or prints no such table."""
    debug = getattr(sys, "_debugmallocstats", None)
    if debug is None:
        return {}
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace") as capture:
        os.dup2(capture.fileno(), 2)
        try:
            debug()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        capture.seek(0)
        text = capture.read()
    return {int(size): int(free) for size, free in _SIZE_CLASS_ROW.findall(text) if int(free)}


def fill_free_blocks() -> list[object]:
    """Occupy the free blocks of the small-object allocator's partly used pools, and return
    what occupies them; keep it alive as long as the blocks must stay taken.

    Call it just before forking workers that share this process's heap copy-on-write. Parsing
    lists and building an index free many small objects, so most pools of the index keep a few
    free blocks (about 50 MB of them in 300 MB with every list loaded). The allocator hands a
    worker's new objects those blocks first, and each one written copies the whole page around
    it: workers ended up with private copies of most of the index within their first rows.
    Occupied, the blocks leave workers' new objects to pools of their own."""
    held: list[object] = []
    for size, free in free_small_blocks().items():
        length = size - _BYTES_OVERHEAD
        if length >= 2:  # shorter bytes objects are shared singletons
            held.extend(bytes(length) for _ in range(free))
        elif size >= sys.getsizeof(0.5):
            # Too small for a bytes object that is not a shared singleton; a float fits.
            held.extend(float(n) + 0.5 for n in range(free))
    return held


# A functools cache bounded at this many entries or more is a memo of per-word or per-name
# results (phonetic keys, romanisations, token similarities); smaller and unbounded ones hold
# tables read once (glossaries, compiled schemes), which workers should share, not rebuild.
MEMO_MIN_ENTRIES = 1024


def clear_word_memos() -> int:
    """Empty every bounded functools cache of MEMO_MIN_ENTRIES entries or more in the process;
    returns how many were emptied.

    Call it before `fill_free_blocks` and a fork. A build fills these memos with about a
    hundred thousand entries, allocated among the index's own objects, and every hit in a
    worker moves its entry to the front of the memo's order, writing it: a worker copied the
    pages around them. Emptied, their blocks are free for `fill_free_blocks`, and each worker
    builds its own memos in pages of its own. Measured with every list loaded, 300,000 rows on
    two workers: a summed peak of 1,879 MB before and 1,620 MB after on an index built in the
    same process; 1,446 and 1,429 MB on one read from its cache file."""
    memos = [
        obj
        for obj in gc.get_objects()
        if isinstance(obj, functools._lru_cache_wrapper)
        and (obj.cache_parameters()["maxsize"] or 0) >= MEMO_MIN_ENTRIES
    ]
    for memo in memos:
        memo.cache_clear()
    return len(memos)
