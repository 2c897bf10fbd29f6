"""Ongoing screening: a list update re-screens only the counterparties its new entries could
match, and alerts only on new hits; a confirmed false positive holds until the entry changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradeguard.engine import Engine
from tradeguard.model import Entity
from tradeguard.store import audit
from tradeguard.store.alerts import AlertStore
from tradeguard.store.counterparties import Counterparty, CounterpartyStore
from tradeguard.store.snapshots import SnapshotStore
from tradeguard.updates.apply import apply_parsed, rescreen_after
from tradeguard.updates.rescreen import RescreenReport

from factories import company, list_data, person

BASE = [person("Vladimir Vladimirovich Putin"), company("Rostec State Corporation")]


@pytest.fixture()
def engine(tmp_path: Path) -> Engine:
    engine = Engine(tmp_path, SnapshotStore(f"sqlite:///{tmp_path / 'store.sqlite'}"))
    apply_parsed(engine, [("sample", list_data(BASE, content_hash="v1"))], force=False)
    CounterpartyStore(engine.store.engine).upsert(
        [
            Counterparty("c1", "Ivan Sergeyevich Kuznetsov", "Person"),
            Counterparty("c2", "Baltic Marine Logistics", "Company"),
            Counterparty("c3", "Maria Lopez Garcia", "Person"),
            Counterparty("c4", "Nordic Timber Trading", "Company"),
            Counterparty("c5", "Chen Wei", "Person"),
        ],
        "test",
    )
    return engine


def _update(engine: Engine, entities: list[Entity], version: str) -> RescreenReport:
    applied = apply_parsed(engine, [("sample", list_data(entities, content_hash=version))], False)
    return rescreen_after(engine, applied, "test")


def test_only_affected_counterparties_are_rescreened(engine: Engine) -> None:
    added = [
        person("Ivan Sergeyevich Kuznetsov", entry_id="new-1"),
        company("Baltic Marine Logistics", entry_id="new-2"),
        person("Gennady Timchenko", entry_id="new-3"),
    ]
    report = _update(engine, [*BASE, *added], "v2")
    assert report == RescreenReport(counterparties=5, screened=2, hits=2, new_alerts=2)
    alerts = AlertStore(engine.store.engine).find()
    assert sorted(a.entity_id for a in alerts) == ["test:new-1", "test:new-2"]
    (version,) = engine.versions()
    assert (version.added, version.removed, version.changed) == (3, 0, 0)
    with engine.store.engine.connect() as conn:
        record = [r for r in audit.records(conn) if r.kind == "screening.counterparties"][-1]
        assert audit.verify(conn).ok
    logged = record.to_dict()["payload"]
    assert logged["versions"] == [
        {"list_id": "test", "version_id": version.id, "content_hash": "v2"}
    ]
    assert sorted(h["counterparty"] for h in logged["results"]) == ["c1", "c2"]
    assert logged["algorithm"] and logged["threshold"]

    # An unrelated addition re-screens nobody and raises nothing.
    again = _update(engine, [*BASE, *added, person("Oleg Deripaska", entry_id="new-4")], "v3")
    assert again == RescreenReport(5, 0, 0, 0)


def test_decision_carries_forward_until_the_entry_changes(engine: Engine) -> None:
    listed = person("Ivan Sergeyevich Kuznetsov", entry_id="new-1")
    _update(engine, [*BASE, listed], "v2")
    store = AlertStore(engine.store.engine)
    (alert,) = store.find()
    store.propose(alert.id, "k_rev1", "false_positive", "different person: birth year")
    store.confirm(alert.id, "k_rev2", "agreed")

    # Same entry, another entity changes: the counterparty could match, but the hit is not new.
    other_changed = company("Rostec State Corporation", nationality="ru")
    kept = _update(engine, [BASE[0], other_changed, listed], "v3")
    assert kept.new_alerts == 0

    # The listed entry itself changes: the old decision no longer covers it.
    changed = person("Ivan Sergeyevich Kuznetsov", entry_id="new-1", birth_date="1961")
    report = _update(engine, [BASE[0], other_changed, changed], "v4")
    assert report.screened == 1 and report.new_alerts == 1
    assert [a.status for a in store.find()] == ["closed", "open"]
