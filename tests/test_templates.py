"""The prepared databases (tests/templates.py) hold what a station's own first start and pull
would write: the same tables, rows and values, only the moments differ."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from packstation.app import build_station
from packstation.shop.demo.shop import DemoShop
from packstation.storage.migrate import upgrade
from tests.templates import DB_FILE, prepare_pulled, seed_demo_epoch

# Columns holding a moment or a hash over one: they differ between any two first starts.
MOMENTS = {"at", "hash", "prev_hash", "mac"}


def first_start(settings, *, prepared: bool) -> Path:
    """A station's database after its first start and pull, closed again."""
    seed_demo_epoch(settings.demo_shop_state)
    shop = DemoShop(settings.demo_shop_state, cancel_after=timedelta(hours=1))
    if prepared:
        assert prepare_pulled(settings, shop)
    station = build_station(settings, connector=shop)
    station.puller.pull()
    station.close()
    return settings.data_dir / DB_FILE


def contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows (ordered), without the columns that hold a moment."""
    with closing(sqlite3.connect(path)) as db:
        tables = [
            name
            for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith("sqlite_")
        ]
        found = {}
        for table in tables:
            columns = [c[1] for c in db.execute(f"PRAGMA table_info({table})")]
            kept = [c for c in columns if c not in MOMENTS]
            rows = db.execute(f"SELECT {', '.join(kept)} FROM {table}").fetchall()
            if table == "sync_state":  # when the last pull ran
                rows = [row for row in rows if row[0] != "last_pull_at"]
            found[table] = sorted(rows, key=repr)
    return found


def test_a_prepared_station_holds_what_its_first_start_would(settings, tmp_path, monkeypatch):
    with monkeypatch.context() as alembic_itself:  # not the migrated copy either
        alembic_itself.setattr("packstation.app.upgrade", upgrade)
        fresh = first_start(replace(settings, data_dir=tmp_path / "fresh"), prepared=False)
    prepared = first_start(replace(settings, data_dir=tmp_path / "prepared"), prepared=True)
    expected, found = contents(fresh), contents(prepared)
    assert found.keys() == expected.keys()
    for table in expected:
        assert found[table] == expected[table], table
    assert len(found["fulfillment_orders"]) == 200


def test_an_unusual_station_takes_the_ordinary_path(settings, tmp_path):
    seed_demo_epoch(settings.demo_shop_state)
    shop = DemoShop(settings.demo_shop_state)
    assert not prepare_pulled(replace(settings, db_url="postgresql://x/y"), shop)
    shop.online = False
    assert not prepare_pulled(settings, shop)
    assert not prepare_pulled(settings, DemoShop(None))  # its own epoch: other order times
