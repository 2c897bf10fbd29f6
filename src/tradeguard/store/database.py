"""Open a store database: the one place where SQLite and PostgreSQL differ."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event, select, update
from sqlalchemy.engine import Connection

from tradeguard.store.migrate import upgrade
from tradeguard.store.schema import audit_head

# Seconds a writer waits for SQLite's write lock before giving up; API requests append to the
# audit log concurrently, and each append holds the lock for milliseconds.
_SQLITE_BUSY_SECONDS = 30


class MissingDriver(RuntimeError):
    def __init__(self, url: str) -> None:
        super().__init__(
            f"no database driver for {url.split(':', 1)[0]}; "
            "install it with: pip install 'tradeguard[postgres]'"
        )


def open_database(url: str) -> Engine:
    """An engine for `url` with the schema migrated to the newest revision."""
    try:
        connect_args: dict[str, Any] = (
            {"timeout": _SQLITE_BUSY_SECONDS, "check_same_thread": False}
            if url.startswith("sqlite")
            else {}
        )
        engine = create_engine(url, connect_args=connect_args)
    except ModuleNotFoundError as error:
        raise MissingDriver(url) from error
    if engine.dialect.name == "sqlite":
        _enable_sqlite_wal(engine)
    upgrade(engine)
    return engine


def _enable_sqlite_wal(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        # WAL lets readers (the matcher, the API) go on while a list update writes.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()


def lock_audit_head(conn: Connection) -> tuple[int, str]:
    """Take the audit chain's lock for the rest of the transaction; return (seq, hash) of the head.

    PostgreSQL: SELECT ... FOR UPDATE on the head row. SQLite has no row locks; writing the
    head row as the transaction's first statement takes the database write lock at once (what
    BEGIN IMMEDIATE does), so a second appender waits instead of reading a stale head.
    """
    if conn.dialect.name == "sqlite":
        conn.execute(update(audit_head).where(audit_head.c.id == 1).values(seq=audit_head.c.seq))
        row = conn.execute(select(audit_head.c.seq, audit_head.c.hash)).one()
    else:
        row = conn.execute(
            select(audit_head.c.seq, audit_head.c.hash)
            .where(audit_head.c.id == 1)
            .with_for_update()
        ).one()
    return int(row.seq), str(row.hash)
