"""`packstation backup` and `restore`: a consistent copy while the station writes, and back."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from packstation.storage.backup import (
    BackupError,
    backup_sqlite,
    inspect_backup,
    restore_sqlite,
    sqlite_path,
)
from packstation.storage.migrate import head_revision

pytestmark = pytest.mark.slow


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PACKSTATION_CONFIG": str(tmp_path / "config.toml"),
        "PACKSTATION_DATA_DIR": str(tmp_path / "data"),
    }
    env.pop("PACKSTATION_DB_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "packstation", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def order_count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT count(*) FROM fulfillment_orders").fetchone()[0]


def test_backup_while_the_station_writes_is_consistent(station, tmp_path):
    database = sqlite_path(station.settings.database_url)
    assert database is not None
    stop = threading.Event()

    def keep_writing() -> None:
        while not stop.is_set():
            with station.engine.begin() as connection:
                connection.execute(
                    text("UPDATE fulfillment_orders SET customer_note = customer_note || ''")
                )

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        info = backup_sqlite(database, tmp_path / "copies" / "station.bak")
    finally:
        stop.set()
        writer.join(timeout=30)
    assert info.revision == head_revision()
    assert order_count(info.path) == 200
    assert not Path(f"{info.path}-wal").exists()


def test_backup_and_restore_from_the_command_line(tmp_path):
    assert run(tmp_path, "--demo", "sync", "--once").returncode == 0
    database = tmp_path / "data" / "packstation.sqlite3"
    assert not Path(f"{database}-wal").exists()  # a command closes the database cleanly
    out = tmp_path / "station.bak"
    backed = run(tmp_path, "backup", "--out", str(out), "--demo")
    assert backed.returncode == 0, backed.stderr
    assert "Backed up" in backed.stdout
    with closing(sqlite3.connect(database)) as db, db:
        db.execute("DELETE FROM fulfillment_orders WHERE order_name = '#1001'")
    assert order_count(database) == 199

    restored = run(tmp_path, "--demo", "restore", str(out))
    assert restored.returncode == 0, restored.stderr
    assert order_count(database) == 200
    kept = list(database.parent.glob("packstation.before-restore-*.sqlite3"))
    assert len(kept) == 1 and order_count(kept[0]) == 199


def test_restore_refuses_a_backup_from_a_newer_version(tmp_path):
    backup = tmp_path / "newer.bak"
    with closing(sqlite3.connect(backup)) as db, db:
        db.execute("CREATE TABLE alembic_version (version_num TEXT)")
        db.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    result = run(tmp_path, "restore", str(backup))
    assert result.returncode == 1
    assert "newer version" in result.stderr
    assert "Traceback" not in result.stderr


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    junk = tmp_path / "notes.txt"
    junk.write_text("not a database")
    with pytest.raises(BackupError, match="not a Packstation backup"):
        inspect_backup(junk)
    with pytest.raises(BackupError, match="not a Packstation backup"):
        restore_sqlite(junk, tmp_path / "db.sqlite3")


def test_restore_refuses_while_the_station_has_the_database_open(station, tmp_path):
    database = sqlite_path(station.settings.database_url)
    assert database is not None
    backup = backup_sqlite(database, tmp_path / "station.bak").path
    with station.engine.begin() as connection:  # leaves a -wal beside the open database
        connection.execute(
            text("UPDATE fulfillment_orders SET customer_note = 'x' WHERE order_name = '#1001'")
        )
    with pytest.raises(BackupError, match="in use"):
        restore_sqlite(backup, database)


def test_postgres_backup_says_how_to_use_pg_dump(tmp_path):
    url = "postgresql+psycopg://packer:secret@db.example:5432/warehouse"
    result = run(tmp_path, "--db", url, "backup", "--out", str(tmp_path / "x.dump"))
    assert result.returncode == 2
    assert "pg_dump --format=custom" in result.stderr
    assert "secret" not in result.stderr
