"""Apply Alembic migrations at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError, OperationalError

from packstation.storage.db import sqlite_storage_error, unavailable_error

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Any number of stations may start at once on one PostgreSQL database: the first to take this
# transaction-level lock migrates, the others wait and then find the schema at head.
MIGRATION_LOCK_KEY = 7302011


def alembic_config() -> Config:
    """An Alembic config pointing at the packaged migrations."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade(engine: Engine) -> None:
    """Bring the database schema up to the newest revision.

    A database already there is left alone without loading Alembic (a fifth of a second at
    every start of the window, a command or a worker).
    """
    if _at_newest_shipped(engine):
        return
    from alembic import command

    config = alembic_config()
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
                )
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except DBAPIError as exc:
        # A full or read-only disk fails here first (PRAGMA journal_mode on connect).
        known = unavailable_error(exc) or (
            sqlite_storage_error(exc) if isinstance(exc, OperationalError) else None
        )
        if known is None:
            raise
        raise known from exc


def newest_shipped_revision() -> str:
    """The newest migration's revision, read from the file names (each revision is its file's
    four-digit number, as ``tests/storage/test_migrations.py`` checks against Alembic)."""
    return max(p.name[:4] for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def _at_newest_shipped(engine: Engine) -> bool:
    try:
        with engine.connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        return False  # no schema yet, or the database is unwell: the full path says which
    return [row[0] for row in versions] == [newest_shipped_revision()]


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at (None for an empty database), read from
    Alembic's version table without loading Alembic (``doctor`` asks at every run)."""
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError as exc:
        unavailable = unavailable_error(exc)
        if unavailable is None:
            raise
        raise unavailable from exc
    # one row on a linear history; several would be heads of branches, named together
    return ", ".join(sorted(row[0] for row in versions)) or None


def head_revision() -> str | None:
    """The newest revision this version of Packstation knows."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()
