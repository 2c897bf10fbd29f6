"""Open a store database: the one place where SQLite and PostgreSQL differ."""

from __future__ import annotations

import fcntl
import logging
import os
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event, select, update
from sqlalchemy.engine import Connection

from tradeguard.store.migrate import upgrade
from tradeguard.store.schema import audit_head

log = logging.getLogger(__name__)

# Seconds a writer waits for SQLite's write lock before giving up; API requests append to the
# audit log concurrently, and each append holds the lock for milliseconds.
_SQLITE_BUSY_SECONDS = 30
# With the background checkpointer (`checkpoint_in_background`): seconds between its
# checkpoints, and the WAL size (pages of 4 KiB) at which a committing connection checkpoints
# anyway, a backstop should the checkpointer fall behind. SQLite's default is 1,000 pages.
CHECKPOINT_SECONDS = 0.5
BACKSTOP_WAL_PAGES = 20_000


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
        # FULL: a screening answered 200 is on disk, power cut or not; NORMAL would survive
        # only the death of the process. It costs an fsync per commit (under 1 ms here).
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()


def lock_audit_head(conn: Connection) -> tuple[int, str]:
    """Take the audit chain's lock for the rest of the transaction; return (seq, hash) of the head.

    PostgreSQL: SELECT ... FOR UPDATE on the head row. SQLite has no row locks; writing the
    head row as the transaction's first statement takes the database write lock at once (what
    BEGIN IMMEDIATE does), so a second appender waits instead of reading a stale head.
    """
    if conn.dialect.name == "sqlite":
        conn.execute(_TOUCH_HEAD)
        row = conn.execute(_READ_HEAD).one()
    else:
        row = conn.execute(_READ_HEAD_FOR_UPDATE).one()
    return int(row.seq), str(row.hash)


# Built once: building them per append cost a quarter of a group commit's CPU, inside the lock.
_TOUCH_HEAD = update(audit_head).where(audit_head.c.id == 1).values(seq=audit_head.c.seq)
_READ_HEAD = select(audit_head.c.seq, audit_head.c.hash).where(audit_head.c.id == 1)
_READ_HEAD_FOR_UPDATE = _READ_HEAD.with_for_update()


class _SqliteWriters:
    """Queues this machine's SQLite writers on a lock before they ask SQLite for its own.

    SQLite makes a writer that finds the database locked poll, sleeping up to 100 ms between
    tries; under concurrent screenings that polling, not the writes, set the latency (p99 near
    a second at 100 requests/s). A blocked lock wakes its waiter the moment it is free. The
    thread lock orders this process's threads; flock on a file beside the database orders
    processes (uvicorn --workers), since an flock is shared by the threads of one process.
    """

    def __init__(self, database: str | None) -> None:
        self._threads = threading.Lock()
        self._fd: int | None = None
        if database and database != ":memory:":
            self._fd = os.open(f"{database}.writer-lock", os.O_RDWR | os.O_CREAT, 0o600)

    def acquire(self, blocking: bool = True) -> bool:
        """Take the queue's place; without `blocking`, False at once when another writer has it."""
        if not self._threads.acquire(blocking):
            return False
        if self._fd is None:
            return True
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX if blocking else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._threads.release()
            return False
        except BaseException:
            self._threads.release()
            raise
        return True

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        self._threads.release()

    @contextmanager
    def held(self) -> Iterator[None]:
        self.acquire()
        try:
            yield
        finally:
            self.release()


_WRITERS: dict[str, _SqliteWriters] = {}
_WRITERS_GUARD = threading.Lock()


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """`engine.begin()` for a transaction that writes; on SQLite, queued behind other writers.

    The queue is left only after the commit, so the next writer never meets SQLite's lock.
    """
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            yield conn
        return
    writers = _writers(engine)
    with writers.held(), engine.begin() as conn:
        yield conn


@contextmanager
def write_transaction_if_free(engine: Engine) -> Iterator[Connection | None]:
    """`write_transaction` for a caller that must not block (an event loop): yields None at
    once, writing nothing, when another writer of this machine holds SQLite's queue."""
    if engine.dialect.name != "sqlite":
        raise ValueError("only SQLite stores have a local writers' queue to try")
    writers = _writers(engine)
    if not writers.acquire(blocking=False):
        yield None
        return
    try:
        with engine.begin() as conn:
            yield conn
    finally:
        writers.release()


def _writers(engine: Engine) -> _SqliteWriters:
    database = engine.url.database
    with _WRITERS_GUARD:
        writers = _WRITERS.get(str(database))
        if writers is None:
            writers = _WRITERS[str(database)] = _SqliteWriters(database)
    return writers


def checkpoint_in_background(engine: Engine) -> threading.Thread | None:
    """Move SQLite's WAL checkpoints out of the writers' way; a no-op for other databases.

    By default the connection whose commit takes the WAL past 1,000 pages copies them into the
    database and fsyncs it inside that commit, while holding the writers' queue: every other
    screening of every process waited behind it (the service's tail latency). Here that
    connection-side checkpoint is pushed back to a backstop, and a thread of this process runs
    a PASSIVE checkpoint every CHECKPOINT_SECONDS, which neither takes the write lock nor waits
    for readers or writers. Durability does not change: a commit is on disk once its WAL
    frames are, checkpointed or not.
    """
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None

    @event.listens_for(engine, "connect")
    def _backstop(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA wal_autocheckpoint={BACKSTOP_WAL_PAGES}")
        cursor.close()

    engine.dispose()  # connections pooled before this one take the setting too
    thread = threading.Thread(
        target=_checkpoints, args=(weakref.ref(engine),), name="tradeguard-checkpoint", daemon=True
    )
    thread.start()
    return thread


def _checkpoints(ref: weakref.ref[Engine]) -> None:
    """PASSIVE checkpoints until the engine is gone (the thread must not keep it alive)."""
    while True:
        time.sleep(CHECKPOINT_SECONDS)
        engine = ref()
        if engine is None:
            return
        try:
            checkpoint(engine)
        except Exception as error:  # another process's checkpoint, a busy file: next round
            log.debug("checkpoint skipped: %s", type(error).__name__)
        del engine


def checkpoint(engine: Engine) -> tuple[int, int, int]:
    """One PASSIVE checkpoint: (busy, WAL frames, frames copied into the database)."""
    with engine.connect() as conn:
        busy, frames, copied = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
    return int(busy), int(frames), int(copied)
