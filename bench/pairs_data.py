"""The labelled pairs, their schema mapping and the fit/held-out split shared by the scripts."""

from __future__ import annotations

import csv
import zlib
from dataclasses import dataclass

from common import PAIRS

# The pairs file uses each source list's own type words; these are their FtM schemas.
SCHEMAS = {
    "Individual": "Person",
    "Person": "Person",
    "Vessel": "Vessel",
    "Ship": "Vessel",
    "Entity": "Organization",
    "Organization": "Organization",
    "Company": "Company",
    "LegalEntity": "LegalEntity",
}
# Script groups the issue reports; rarer scripts (Hebrew, Georgian, Thai, ...) go under "other".
GROUPS = {"CYRILLIC": "Cyrillic", "ARABIC": "Arabic", "HAN": "Han", "HANGUL": "Hangul"}


@dataclass(slots=True, frozen=True)
class Pair:
    source: str
    party_id: str
    schema: str
    script: str
    name_a: str
    name_b: str
    label: int
    pair_type: str

    @property
    def group(self) -> str:
        if self.pair_type == "same_party_latin_variant":
            return "Latin variants"
        if self.script == "LATIN":
            return "Latin"
        return GROUPS.get(self.script, "other scripts")

    @property
    def held_out(self) -> bool:
        """Split by party so no party has pairs on both sides; CRC32 is stable across runs."""
        return zlib.crc32(f"{self.source}/{self.party_id}".encode()) % 2 == 1


def read_pairs() -> list[Pair]:
    with PAIRS.open(encoding="utf-8", newline="") as handle:
        return [
            Pair(
                row["source"],
                row["party_id"],
                SCHEMAS.get(row["schema"], "LegalEntity"),
                row["script_a"],
                row["name_a"],
                row["name_b"],
                int(row["label"]),
                row["pair_type"],
            )
            for row in csv.DictReader(handle)
        ]


def split(pairs: list[Pair]) -> tuple[list[Pair], list[Pair]]:
    return [p for p in pairs if not p.held_out], [p for p in pairs if p.held_out]
