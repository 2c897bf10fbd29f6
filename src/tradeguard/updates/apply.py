"""Load list files as new versions, safely: parse all, diff each against its active version,
refuse suspicious shrinkage, then store each version (and swap it in) in one transaction.

Anything refused or broken is recorded as a failure of that list; the old version keeps serving.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy.engine import Connection

from tradeguard.engine import Engine
from tradeguard.lists.base import ListData
from tradeguard.store import audit
from tradeguard.store.counterparties import CounterpartyStore
from tradeguard.store.database import write_transaction
from tradeguard.store.snapshots import StoreResult
from tradeguard.updates.diff import ListDiff, diff_entities
from tradeguard.updates.guard import SuspiciousUpdate, check_shrink
from tradeguard.updates.rescreen import RescreenReport, rescreen_touched


@dataclass(slots=True, frozen=True)
class Applied:
    data: ListData
    fmt: str
    diff: ListDiff
    result: StoreResult


@dataclass(slots=True, frozen=True)
class UpdateOutcome:
    applied: list[Applied]
    rescreen: RescreenReport


def parse(
    engine: Engine,
    paths: Sequence[Path],
    fmt: str,
    list_id: str | None = None,
    allow_truncated: bool = False,
) -> list[tuple[str, ListData]]:
    """Parse every file first; a broken one is recorded and nothing is stored."""
    return engine.parse(paths, fmt, allow_truncated, list_id)


def apply_parsed(
    engine: Engine,
    parsed: Sequence[tuple[str, ListData]],
    force: bool,
    actor: str | None = None,
) -> list[Applied]:
    """Diff and guard every list before storing any, so a refusal changes nothing."""
    diffs = [(fmt, data, _diff(engine, data)) for fmt, data in parsed]
    for _fmt, data, diff in diffs:
        try:
            check_shrink(data.list_id, diff.before, len(data.entities), force)
        except SuspiciousUpdate as error:
            engine.store.record_failure(data.report.files, error.message, data.list_id)
            raise
    # One transaction for every version and the audit record: a crash at any point leaves
    # either all lists as they were or all swapped and audited, never a version in use that
    # the audit log does not show.
    with write_transaction(engine.store.engine) as conn:
        applied = [
            Applied(data, fmt, diff, engine.store.store_in(conn, data, fmt, diff.counts))
            for fmt, data, diff in diffs
        ]
        _audit(conn, applied, actor)
    return applied


def apply_files(
    engine: Engine,
    paths: Sequence[Path],
    fmt: str = "auto",
    force: bool = False,
    actor: str | None = None,
    allow_truncated: bool = False,
) -> UpdateOutcome:
    parsed = parse(engine, paths, fmt, allow_truncated=allow_truncated)
    applied = apply_parsed(engine, parsed, force, actor)
    return UpdateOutcome(applied, rescreen_after(engine, applied, actor))


def rescreen_after(engine: Engine, applied: Sequence[Applied], actor: str | None) -> RescreenReport:
    touched = [e for a in applied if a.result.changed for e in a.diff.touched]
    counterparties = CounterpartyStore(engine.store.engine).all()
    if not touched or not counterparties:
        return RescreenReport(len(counterparties), 0, 0, 0)
    # The full index for the new versions: scores then equal those of a fresh screening.
    return rescreen_touched(engine.store.engine, touched, counterparties, engine.matcher(), actor)


def _diff(engine: Engine, data: ListData) -> ListDiff:
    active = engine.store.active_version(data.list_id)
    if active is None:
        return diff_entities([], data.entities)
    return diff_entities(engine.store.entities([active.id]), data.entities)


def _audit(conn: Connection, applied: Sequence[Applied], actor: str | None) -> None:
    """Append the update's record last: on PostgreSQL the chain's lock is then held only for
    the commit, not the entity inserts; on SQLite those inserts already took the write lock,
    so the head read here cannot be stale."""
    changed = [a for a in applied if a.result.changed]
    if not changed:
        return
    audit.append(
        conn,
        "list.update",
        actor,
        {
            "versions": [
                {
                    "list_id": a.data.list_id,
                    "version_id": a.result.version.id,
                    "content_hash": a.data.content_hash,
                    "as_of": a.data.as_of,
                    "entities": len(a.data.entities),
                    **asdict(a.diff.counts),
                }
                for a in changed
            ]
        },
    )
