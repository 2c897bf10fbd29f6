"""Refuse an update that looks like a broken download rather than a real delisting."""

from __future__ import annotations

from tradeguard.store.errors import Conflict

# Real lists shrink by a handful of delistings at a time; losing a fifth of the entries at once
# is far more likely a truncated or partial file than policy.
MAX_LOSS = 0.20


class SuspiciousUpdate(Conflict):
    pass


def check_shrink(list_id: str, before: int, after: int, force: bool) -> None:
    if force or before == 0:
        return
    lost = (before - after) / before
    if lost > MAX_LOSS:
        raise SuspiciousUpdate(
            f"{list_id}: the new file has {after} entries against {before} now "
            f"({lost:.0%} fewer, over the {MAX_LOSS:.0%} limit); the current version keeps "
            "serving. Check the source, or pass --force if the loss is real"
        )
