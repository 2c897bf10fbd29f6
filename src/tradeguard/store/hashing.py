"""Content hash of one listed entry: what "this entry changed" means for diffs and decisions."""

from __future__ import annotations

import hashlib

from tradeguard.model import Entity
from tradeguard.serialize import entity_to_dict
from tradeguard.store.audit import canonical


def entity_hash(entity: Entity) -> str:
    return hashlib.sha256(canonical(entity_to_dict(entity)).encode("utf-8")).hexdigest()
