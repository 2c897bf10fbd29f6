"""Alert thresholds per list and per schema.

One number cannot suit every list: an export-control list of company names wants fewer alerts
on common words than a list of persons with birth dates, and vessel names ("OCEAN STAR") are
shared by innocent ships. A policy is read from YAML or JSON:

    default: 0.8
    lists: {us-csl: 0.85}
    schemas: {Vessel: 0.9}
    list_schemas: {"ofac-sdn/Person": 0.75}

The most specific entry wins: list and schema, then list, then schema, then the default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tradeguard.matching.scorer import DEFAULT_THRESHOLD

_SECTIONS = ("lists", "schemas", "list_schemas")


class ThresholdConfigError(ValueError):
    """A threshold file the matcher cannot use; the message names the file and the key."""


@dataclass(slots=True, frozen=True)
class ThresholdPolicy:
    default: float = DEFAULT_THRESHOLD
    lists: Mapping[str, float] = field(default_factory=dict)
    schemas: Mapping[str, float] = field(default_factory=dict)
    list_schemas: Mapping[str, float] = field(default_factory=dict)

    def threshold(self, list_id: str, schema: str) -> float:
        specific = self.list_schemas.get(f"{list_id}/{schema}")
        if specific is not None:
            return specific
        by_list = self.lists.get(list_id)
        if by_list is not None:
            return by_list
        return self.schemas.get(schema, self.default)

    @property
    def lowest(self) -> float:
        """No entity alerts below this, so the matcher may drop anything scoring less."""
        values = [self.default, *self.lists.values(), *self.schemas.values()]
        return min([*values, *self.list_schemas.values()])


DEFAULT_POLICY = ThresholdPolicy()


def _score(path: Path, key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ThresholdConfigError(f"{path}: {key} must be a number from 0 to 1, not {value!r}")
    return float(value)


def policy_from_mapping(data: Mapping[str, Any], path: Path = Path("<config>")) -> ThresholdPolicy:
    unknown = set(data) - {"default", *_SECTIONS}
    if unknown:
        raise ThresholdConfigError(f"{path}: unknown keys {', '.join(sorted(unknown))}")
    sections: dict[str, dict[str, float]] = {}
    for section in _SECTIONS:
        raw = data.get(section) or {}
        if not isinstance(raw, Mapping):
            raise ThresholdConfigError(f"{path}: {section} must be a mapping")
        sections[section] = {str(k): _score(path, f"{section}.{k}", v) for k, v in raw.items()}
    default = _score(path, "default", data.get("default", DEFAULT_THRESHOLD))
    return ThresholdPolicy(default, **sections)


def load_policy(path: Path) -> ThresholdPolicy:
    """Read a policy from a YAML (or JSON, which is YAML) file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise ThresholdConfigError(f"{path}: not YAML or JSON ({error})") from error
    if not isinstance(data, Mapping):
        raise ThresholdConfigError(f"{path}: expected a mapping at the top level")
    return policy_from_mapping(data, path)
