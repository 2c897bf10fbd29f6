"""Plain-Python loops compiled by numba, once per machine.

The matcher's inner loops (retrieval sums, the kernel's layout, lift and alignment, the best
pair per entity) are written as plain Python over numpy arrays, so they read like the
reference they must equal, and compiled on first use. The compiled code is cached on disk
beside each module, so a process loads it instead of compiling it.
"""

from __future__ import annotations

import hashlib
import types
from collections.abc import Callable
from functools import cache
from typing import Any, cast


@cache
def compiled(function: Callable[..., Any]) -> Callable[..., Any]:
    """`function` compiled by numba (once per process; from the disk cache when it can).

    numba is imported here, on the first query, not with the matching modules: importing it
    takes about a second that commands which never match a name should not pay.

    numba freezes the module constants a function reads (the kernel reads namesim's floors and
    lifts) into its disk cache, and invalidates the cache only when the function's own file
    changes: a constant changed in namesim kept its old value in the kernel. So the cache is
    kept per set of constant values, under a name that carries their fingerprint.
    """
    import numba

    return cast(Callable[..., Any], numba.njit(cache=True)(_named_by_constants(function)))


def _named_by_constants(function: Callable[..., Any]) -> types.FunctionType:
    if not isinstance(function, types.FunctionType):
        raise TypeError(f"numba compiles plain functions, not {function!r}")
    constants = [
        f"{name}={value!r}"
        for name in function.__code__.co_names
        if isinstance(value := function.__globals__.get(name), bool | int | float | str)
    ]
    fingerprint = hashlib.sha256(";".join(constants).encode()).hexdigest()[:12]
    renamed = types.FunctionType(
        function.__code__,
        function.__globals__,
        function.__name__,
        function.__defaults__,
        function.__closure__,
    )
    renamed.__qualname__ = f"{function.__qualname__}_{fingerprint}"
    return renamed
