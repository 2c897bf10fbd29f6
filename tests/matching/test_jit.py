from __future__ import annotations

import sys

import pytest

from tradeguard.matching.jit import compiled

_FACTOR = 2.0


def _scaled(value: float) -> float:
    return value * _FACTOR


def test_a_changed_module_constant_is_not_served_from_the_disk_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # numba keeps a function's constants in its disk cache and only checks the function's own
    # file: without a cache per set of constants, the second call would still read 2.0.
    assert compiled(_scaled)(3.0) == 6.0
    monkeypatch.setattr(sys.modules[__name__], "_FACTOR", 5.0)
    compiled.cache_clear()
    try:
        assert compiled(_scaled)(3.0) == 15.0
    finally:
        compiled.cache_clear()


def test_only_plain_functions_are_compiled() -> None:
    with pytest.raises(TypeError, match="plain functions"):
        compiled(len)
