"""Settings read from the environment, refused with the variable's name when malformed."""

from __future__ import annotations

import os


def env_int(name: str, default: int) -> int:
    """A whole number of at least 1 from `name`, or `default` when it is unset or blank."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise ValueError(f"{name}={raw!r}: expected a whole number, at least 1")
    return int(raw)
