"""Backups of a SQLite station: an online, consistent copy with SQLite's backup API, and back."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy.engine import make_url

from packstation.storage.migrate import alembic_config

SQLITE_HEADER = b"SQLite format 3\x00"
PAGES_PER_STEP = 1024  # copy in steps, so the station's own writes are not held up for long


class BackupError(Exception):
    """A backup or restore cannot be done; the message says why in words."""


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds."""

    path: Path
    revision: str | None
    size: int


def sqlite_path(database_url: str) -> Path | None:
    """The file of a SQLite database URL, or None for another database (PostgreSQL)."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def pg_dump_advice(database_url: str, out: Path) -> str:
    """How to back up (and restore) a shared PostgreSQL database, in words."""
    shown = make_url(database_url).set(drivername="postgresql").render_as_string()
    return (
        "This station uses a shared PostgreSQL database; back it up on the database server "
        f'with pg_dump: pg_dump --format=custom --file "{out}" "{shown}" (the password from '
        'PGPASSWORD or ~/.pgpass). Restore with pg_restore --clean --dbname "<url>" the file.'
    )


def backup_sqlite(database: Path, out: Path) -> BackupInfo:
    """Copy a SQLite database, even while a station writes to it, into ``out``."""
    if not database.exists():
        raise BackupError(f"There is no database at {database} yet: nothing to back up.")
    if out.resolve() == database.resolve():
        raise BackupError("The backup file cannot be the database itself.")
    partial = out.with_name(out.name + ".partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        with (
            closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=15)) as source,
            closing(sqlite3.connect(partial)) as target,
        ):
            source.backup(target, pages=PAGES_PER_STEP)
            # One self-contained file: no -wal beside it to forget when it is copied on.
            target.execute("PRAGMA journal_mode=DELETE")
        partial.replace(out)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"The backup to {out} failed: {exc}") from exc
    return inspect_backup(out)


def inspect_backup(path: Path) -> BackupInfo:
    """Check that ``path`` is a sound SQLite file and read its schema revision."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise BackupError(f"Cannot read {path}: {exc.strerror}") from exc
    if header != SQLITE_HEADER:
        raise BackupError(f"{path} is not a Packstation backup (not a SQLite database).")
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise BackupError(f"{path} is damaged (SQLite's check fails).")
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                raise BackupError(f"{path} is not a Packstation backup (no schema version).")
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as exc:
        raise BackupError(f"{path} cannot be read as a database: {exc}") from exc
    return BackupInfo(path, row[0] if row else None, path.stat().st_size)


def check_revision(revision: str | None) -> None:
    """Refuse a backup whose schema this version of Packstation does not know."""
    scripts = ScriptDirectory.from_config(alembic_config())
    known = {script.revision for script in scripts.walk_revisions()}
    if revision is None or revision not in known:
        raise BackupError(
            f"The backup's schema version ({revision or 'none'}) is unknown to this Packstation: "
            "it was made by a newer version. Install that version (or newer) to restore it."
        )


def restore_sqlite(backup: Path, database: Path) -> tuple[BackupInfo, Path | None]:
    """Put a backup in place of the station's database; the old one is kept beside it."""
    info = inspect_backup(backup)
    check_revision(info.revision)
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise BackupError(
            "The station's database is in use (or was not closed cleanly): close the window "
            "and stop `packstation sync`, then restore again. After a crash, start and close "
            "Packstation once first."
        )
    kept = None
    try:
        if database.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = database.with_name(f"{database.stem}.before-restore-{stamp}{database.suffix}")
            backup_sqlite(database, kept)
        database.parent.mkdir(parents=True, exist_ok=True)
        with (
            closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as source,
            closing(sqlite3.connect(database, timeout=15)) as target,
        ):
            source.backup(target)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"The restore into {database} failed: {exc}") from exc
    return info, kept
