"""Law: changing any field of any audit record, by any value, is detected at that record."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from tradeguard.store import audit
from tradeguard.store.database import open_database
from tradeguard.store.schema import audit_log

FIELDS = ("at", "kind", "actor", "payload", "prev_hash")


@settings(max_examples=25, deadline=None)
@given(
    records=st.integers(min_value=1, max_value=6),
    data=st.data(),
    field=st.sampled_from(FIELDS),
    value=st.text(min_size=1, max_size=20),
)
def test_any_edit_is_found_at_its_record(
    records: int, data: st.DataObject, field: str, value: str
) -> None:
    target = data.draw(st.integers(min_value=1, max_value=records))
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'audit.sqlite'}")
        for i in range(records):
            with db.begin() as conn:
                audit.append(conn, "event", "k_1", {"i": i})
        with db.begin() as conn:
            original = conn.execute(audit_log.select().where(audit_log.c.seq == target)).one()
            if getattr(original, field) == value:
                return  # not an edit
            conn.execute(update(audit_log).where(audit_log.c.seq == target).values({field: value}))
            result = audit.verify(conn)
        db.dispose()
    assert not result.ok and result.first_bad == target
