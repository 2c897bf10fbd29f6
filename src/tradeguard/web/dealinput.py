"""A deal as the page receives it: an uploaded file or pasted text, in JSON or YAML."""

from __future__ import annotations

import json
from typing import Any

import yaml


class DealInputError(ValueError):
    """The upload or text is not a JSON or YAML mapping; the message says what to fix."""


def read_deal(text: str, filename: str = "") -> dict[str, Any]:
    """Parse JSON when the file is .json or the text starts with "{", else YAML (a superset)."""
    if not text.strip():
        raise DealInputError(
            "deal: paste a deal or choose a file (JSON or YAML, see docs/deals.md)"
        )
    as_json = filename.lower().endswith(".json") or text.lstrip().startswith("{")
    try:
        raw = json.loads(text) if as_json else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as error:
        kind = "JSON" if as_json else "YAML"
        raise DealInputError(f"deal: not valid {kind}: {error}") from error
    if not isinstance(raw, dict):
        raise DealInputError("deal: expected a mapping with deal_id, parties, goods and route")
    return raw


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DealInputError(f"deal file: not UTF-8 text ({error.reason})") from error
