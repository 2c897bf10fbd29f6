"""The news package's own data files (goods words, places, metonyms, cue words), read once."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

import yaml


@cache
def data(name: str) -> dict[str, Any]:
    text = files("tradeguard.news").joinpath("data", f"{name}.yaml").read_text(encoding="utf-8")
    loaded: dict[str, Any] = yaml.safe_load(text)
    return loaded


@cache
def word_set(name: str, key: str) -> frozenset[str]:
    return frozenset(str(word) for word in data(name)[key])
