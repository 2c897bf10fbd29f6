"""What changed between the active version of a list and a new one, entry by entry."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tradeguard.model import Entity
from tradeguard.store.hashing import entity_hash
from tradeguard.store.snapshots import DiffCounts


@dataclass(slots=True)
class ListDiff:
    added: list[Entity] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[Entity] = field(default_factory=list)
    before: int = 0  # entries in the version being replaced

    @property
    def counts(self) -> DiffCounts:
        return DiffCounts(len(self.added), len(self.removed), len(self.changed))

    @property
    def touched(self) -> list[Entity]:
        """Entries a counterparty could newly match: the added and the changed ones."""
        return [*self.added, *self.changed]


def diff_entities(old: Iterable[Entity], new: Sequence[Entity]) -> ListDiff:
    before = {e.id: entity_hash(e) for e in old}
    result = ListDiff(before=len(before))
    seen: set[str] = set()
    for entity in new:
        seen.add(entity.id)
        previous = before.get(entity.id)
        if previous is None:
            result.added.append(entity)
        elif previous != entity_hash(entity):
            result.changed.append(entity)
    result.removed = sorted(set(before) - seen)
    return result
