"""Audit records as JSON lines or CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO

from tradeguard.store.audit import AuditRecord

COLUMNS = ("seq", "at", "kind", "actor", "payload", "prev_hash", "hash")


def write_jsonl(records: Iterable[AuditRecord], out: IO[str]) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records: Iterable[AuditRecord], out: IO[str]) -> int:
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    for r in records:
        # The payload stays the exact hashed text, so a CSV export can be re-verified.
        writer.writerow([r.seq, r.at, r.kind, r.actor or "", r.payload, r.prev_hash, r.hash])
        count += 1
    return count
