"""Which input columns hold which query field, and the one output layout every backend writes."""

from __future__ import annotations

from collections.abc import Mapping

import pyarrow as pa

# The fields a query row can carry; `name` is the only one the input must have.
FIELDS = ("id", "name", "schema", "birth_date", "country")
REQUIRED = ("name",)

# One row per hit, or one row per rejected input row (rank null, `error` set). Backends all
# emit this layout, so assembly and the contract test never care which backend ran.
_OUTPUT_FIELDS: list[tuple[str, pa.DataType]] = [
    ("row", pa.int64()),
    ("query_id", pa.string()),
    ("query_name", pa.string()),
    ("rank", pa.int32()),
    ("score", pa.float64()),
    ("list", pa.string()),
    ("entry_id", pa.string()),
    ("schema", pa.string()),
    ("matched_name", pa.string()),
    ("caption", pa.string()),
    ("alert", pa.bool_()),
    ("error", pa.string()),
]
OUTPUT_SCHEMA = pa.schema(_OUTPUT_FIELDS)
HIT_COLUMNS = [f.name for f in OUTPUT_SCHEMA if f.name != "error"]
REJECT_COLUMNS = ["row", "query_id", "query_name", "error"]


class ColumnMapError(ValueError):
    """A `--map` that names an unknown field, or an input without the columns it needs."""


def parse_map(text: str | None) -> dict[str, str]:
    """`name=customer_name,birth_date=dob` -> {field: column}; unmapped fields keep their name."""
    mapping = {f: f for f in FIELDS}
    for item in (text or "").split(","):
        if not item.strip():
            continue
        field, sep, column = (part.strip() for part in item.partition("="))
        if not sep or not column:
            raise ColumnMapError(f"--map: {item.strip()!r} is not FIELD=COLUMN")
        if field not in FIELDS:
            raise ColumnMapError(f"--map: unknown field {field!r}; fields are {', '.join(FIELDS)}")
        mapping[field] = column
    return mapping


def present(mapping: Mapping[str, str], columns: list[str]) -> dict[str, str]:
    """The mapped fields the input actually has; a missing required column is an error."""
    missing = [mapping[f] for f in REQUIRED if mapping[f] not in columns]
    if missing:
        raise ColumnMapError(
            f"input has no column {', '.join(missing)} (columns: {', '.join(columns)}); "
            "use --map name=COLUMN"
        )
    return {f: c for f, c in mapping.items() if c in columns}
