"""Plain-Python loops compiled by numba, once per machine.

The matcher's inner loops (retrieval sums, the kernel's layout, lift and alignment, the best
pair per entity) are written as plain Python over numpy arrays, so they read like the
reference they must equal, and compiled on first use. The compiled code is cached on disk
beside each module, so a process loads it instead of compiling it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, cast


@cache
def compiled(function: Callable[..., Any]) -> Callable[..., Any]:
    """`function` compiled by numba (once per process; from the disk cache when it can).

    numba is imported here, on the first query, not with the matching modules: importing it
    takes about a second that commands which never match a name should not pay.
    """
    import numba

    return cast(Callable[..., Any], numba.njit(cache=True)(function))
