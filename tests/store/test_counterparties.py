from __future__ import annotations

from tradeguard.store.counterparties import Counterparty, CounterpartyStore
from tradeguard.store.database import open_database


def test_upsert_by_external_id(db_url: str) -> None:
    store = CounterpartyStore(open_database(db_url))
    store.upsert([Counterparty("c1", "Ivan Petrov"), Counterparty("c2", "Acme Ltd")], "k")
    updated = store.upsert([Counterparty("c1", "Ivan Petrov", "Person", "1970", "ru")], "k")
    assert [(c.external_id, c.country) for c in updated] == [("c1", "ru")]
    assert [c.external_id for c in store.all()] == ["c1", "c2"]
