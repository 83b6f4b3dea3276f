"""Engine creation: SQLite in WAL mode with full fsync by default, PostgreSQL when shared."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from packstation.i18n.said import said

READ_ONLY_OPTION = "packstation_read_only"
UNSYNCED_OPTION = "packstation_unsynced"  # commits not waited for on disk (SQLite, WAL)
BUSY_TIMEOUT_MS = 15_000  # how long a statement waits for a lock before "database is busy"
# A writer asks for the write lock again every this many ms (see _begin_immediate).
LOCK_POLL_MS = 2
LOCK_POLL_SECONDS = 5.0  # then SQLite's own waiting, up to BUSY_TIMEOUT_MS more


class StorageError(Exception):
    """A known storage failure (disk full, read-only, locked): shown calmly, never a crash."""


UNREACHABLE = said("Storage", "database unreachable - scans are not being saved")


class StorageUnavailable(StorageError):
    """The shared database cannot be reached: nothing is being saved until it is back.

    ``str()`` is the words the packer sees; ``detail`` is the driver's reason, for the log.
    """

    def __init__(self, detail: str = "") -> None:
        super().__init__(UNREACHABLE)
        self.detail = detail


def unavailable_error(exc: BaseException) -> StorageUnavailable | None:
    """A StorageUnavailable for a lost or refused database connection, or None for the rest.

    A deadlock or a constraint is a different matter (a retry or a bug), so only connection
    failures count: no SQLSTATE (refused before talking), class 08 (connection exception) or
    57P (the server is shutting down).
    """
    if not isinstance(exc, DBAPIError):
        return None
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None)
    lost = exc.connection_invalidated or (
        isinstance(exc, OperationalError | InterfaceError)
        and type(orig).__module__.split(".")[0] == "psycopg"
        and (sqlstate is None or sqlstate.startswith(("08", "57P")))
    )
    if not lost:
        return None
    text = str(orig).strip() if orig is not None else ""
    return StorageUnavailable(text.splitlines()[0] if text else type(exc).__name__)


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite database file."""
    return f"sqlite+pysqlite:///{path}"


def make_engine(url: str) -> Engine:
    """Create the engine; SQLite gets WAL, synchronous=FULL, foreign keys and BEGIN IMMEDIATE."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # A short connect timeout: an unreachable server is reported within seconds.
        connect_args = {"connect_timeout": 5} if parsed.get_driver_name() == "psycopg" else {}
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    if parsed.database and parsed.database != ":memory:":
        folder = Path(parsed.database).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                f"The data folder {folder} cannot be created: {exc.strerror or exc}"
            ) from exc
    engine = create_engine(url, connect_args={"timeout": 15})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" hook issue BEGIN IMMEDIATE, so concurrent writers (GUI and
        # sync thread, or two processes) queue on the busy timeout instead of deadlocking.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        options = connection.get_execution_options()
        # SQLite takes the level only outside a transaction: set it here, before BEGIN, when
        # this transaction wants another one than the connection's last
        level = "NORMAL" if options.get(UNSYNCED_OPTION) else "FULL"
        info = connection.connection.info
        if info.get("synchronous", "FULL") != level:
            connection.exec_driver_sql(f"PRAGMA synchronous={level}")
            info["synchronous"] = level
        if options.get(READ_ONLY_OPTION):
            connection.exec_driver_sql("BEGIN")
        elif not _begin_immediate(connection.connection.driver_connection):
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _begin_immediate(dbapi: sqlite3.Connection) -> bool:
    """BEGIN IMMEDIATE, asking for the write lock every LOCK_POLL_MS; False after
    LOCK_POLL_SECONDS without it (the caller then waits SQLite's way, which reports a timeout).

    SQLite's own busy handler sleeps longer and longer between tries (25, 50, then 100 ms
    once it has waited a while), so a scan waiting behind a first pull's short page
    transactions often slept through the gaps between them and waited hundreds of ms. Asked
    every 2 ms, it gets the lock as soon as a page commits.
    """
    deadline = time.monotonic() + LOCK_POLL_SECONDS
    dbapi.execute(f"PRAGMA busy_timeout={LOCK_POLL_MS}")
    try:
        while True:
            try:
                dbapi.execute("BEGIN IMMEDIATE")
                return True
            except sqlite3.OperationalError as exc:
                busy = "locked" in str(exc) or "busy" in str(exc)
                if not busy or time.monotonic() > deadline:
                    return False
    finally:
        dbapi.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded attributes after commit (objects are read after the write)."""
    return sessionmaker(engine, expire_on_commit=False)


def make_unsynced_session_factory(factory: sessionmaker[Session]) -> sessionmaker[Session]:
    """Sessions whose commits SQLite does not wait to reach the disk (``synchronous=NORMAL``
    in WAL mode), for writes that are cheap to lose in a power cut and must hold the write
    lock briefly: a first pull's pages. A power cut loses the last pages with their cursor
    together, and the pull fetches them again; a crash of the station loses nothing. The
    next synced commit (a scan's) or checkpoint makes them durable. On PostgreSQL (where a
    commit does not hold other writers up) the factory as it is.
    """
    engine = factory.kw["bind"]
    if engine.dialect.name != "sqlite":
        return factory
    return sessionmaker(
        engine.execution_options(**{UNSYNCED_OPTION: True}),
        **{k: v for k, v in factory.kw.items() if k != "bind"},
    )


def make_read_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for reads only: on SQLite a plain BEGIN, so they never wait for a writer."""
    return sessionmaker(engine.execution_options(**{READ_ONLY_OPTION: True}))


def checkpoint_wal(engine: Engine) -> None:
    """Copy SQLite's write-ahead log into the database now, without waiting for anyone.

    A long series of writes (a first pull) grows the log quickly, and SQLite checkpoints in
    whichever commit crosses 1,000 pages: often a scan's, which then takes a second. The
    writer of the series calls this between its transactions instead. Nothing on PostgreSQL.
    """
    if engine.dialect.name != "sqlite":
        return
    connection = engine.raw_connection()
    try:
        connection.cursor().execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    except sqlite3.OperationalError:
        pass  # another checkpoint is running: that one does it
    finally:
        connection.close()


def refresh_statistics(engine: Engine) -> None:
    """Give SQLite's planner fresh table statistics (a sampled ANALYZE, a few ms).

    Without them SQLite cannot use the dashboard's covering indexes by skip-scan and reads
    every scan event instead. PostgreSQL keeps its own statistics (autovacuum).
    """
    if engine.dialect.name != "sqlite":
        return
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA analysis_limit=2000")
            connection.exec_driver_sql("ANALYZE")
            connection.commit()
    except OperationalError as exc:
        raise (sqlite_storage_error(exc) or exc) from exc


# SQLite result codes that come from the environment, not from a bug.
_KNOWN_SQLITE_CODES = {
    sqlite3.SQLITE_FULL: "The disk is full",
    sqlite3.SQLITE_READONLY: "The database is read-only",
    sqlite3.SQLITE_IOERR: "The disk reported an input/output error",
    sqlite3.SQLITE_CANTOPEN: "The database file cannot be opened",
    sqlite3.SQLITE_BUSY: "The database is busy (another program holds it)",
    sqlite3.SQLITE_LOCKED: "The database is locked",
}


def sqlite_storage_error(exc: OperationalError) -> StorageError | None:
    """A calm StorageError for environmental SQLite failures, or None for a bug."""
    code = getattr(exc.orig, "sqlite_errorcode", None)
    if code is None:
        return None
    message = _KNOWN_SQLITE_CODES.get(code & 0xFF)
    return StorageError(message) if message else None
