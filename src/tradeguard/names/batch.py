"""The forms of many listed names at once, analysed in several processes when there are many.

Analysing names is pure Python and most of an index build: about 12 s of 27 s with every real
list loaded. Names are independent of each other, so the work splits across cores.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext

from tradeguard.envvars import env_int
from tradeguard.heap import collector_paused

from .initials import listed_forms
from .model import NameForm

# A listed name as analysed: its text, the entity's schema and the name's language.
NameKey = tuple[str, str | None, str | None]
# A NameForm's fields; plain tuples cross a process boundary faster than dataclasses.
_Packed = tuple[tuple[str, ...], tuple[str, ...], str, str, bool]
# Below this many distinct names a worker's start-up (half a second to import and warm the
# transliterators) costs more than it saves.
PARALLEL_MIN_NAMES = 20_000
# An index build is one pass over the names: more processes than this mostly add start-up.
MAX_PROCESSES = 4
# Work is handed out in this many parts, so that a worker that starts late (spawning imports
# the main module again) or a slow part does not leave a core idle at the end.
CHUNKS = 32
ENV_PROCESSES = "TRADEGUARD_INDEX_PROCESSES"


def default_processes() -> int:
    """`TRADEGUARD_INDEX_PROCESSES`, else the cores this process may use (at most four)."""
    if hasattr(os, "sched_getaffinity"):  # Linux: the cores this process may run on
        cores = len(os.sched_getaffinity(0))
    else:
        cores = os.cpu_count() or 1
    return env_int(ENV_PROCESSES, max(1, min(MAX_PROCESSES, cores)))


def analysed_names(
    names: Iterable[NameKey], processes: int = 1, min_names: int = PARALLEL_MIN_NAMES
) -> dict[NameKey, tuple[NameForm, ...]]:
    """`listed_forms` of each distinct name, the same whatever the number of processes.

    Fewer than `min_names` distinct names are analysed in this process alone."""
    distinct = list(dict.fromkeys(names))
    if processes <= 1 or len(distinct) < min_names:
        return {key: listed_forms(*key) for key in distinct}
    # Every CHUNKS-th name, not contiguous blocks: lists come one after another, and some
    # (Cyrillic, Arabic) cost several times more per name than others.
    chunks = [distinct[start::CHUNKS] for start in range(CHUNKS)]
    result: dict[NameKey, tuple[NameForm, ...]] = {}
    with ProcessPoolExecutor(max_workers=processes - 1, mp_context=_context()) as pool:
        pending = [pool.submit(_packed_forms, chunk) for chunk in chunks]
        # This process takes chunks from the end while the workers start up and take them
        # from the front; it stops at the first chunk a worker has begun.
        for chunk, future in zip(reversed(chunks), reversed(pending), strict=True):
            if not future.cancel():
                break
            result.update((key, listed_forms(*key)) for key in chunk)
        for chunk, future in zip(chunks, pending, strict=True):
            if future.cancelled():
                continue
            try:
                packed_forms = future.result()
            except BrokenProcessPool:
                # A worker could not start (a spawned worker re-imports the main module,
                # and a script without a `__main__` guard stops it): this process does it.
                result.update((key, listed_forms(*key)) for key in chunk)
                continue
            for key, packed in zip(chunk, packed_forms, strict=True):
                result[key] = tuple(NameForm(*fields) for fields in packed)
    return result


def _context() -> BaseContext:
    """Fork where that is safe (Linux, no other thread), which needs no import of the main
    module; else spawn, as a fork would copy a running service's threads and held locks."""
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _packed_forms(names: list[NameKey]) -> list[tuple[_Packed, ...]]:
    with collector_paused():  # as the parent's build
        return [
            tuple(
                (form.tokens, form.legal_forms, form.script, form.method, form.vowelless)
                for form in listed_forms(*key)
            )
            for key in names
        ]
