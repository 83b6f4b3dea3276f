"""Migrations upgrade a database of every released schema, keeping its data."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from packstation.app import build_station
from packstation.shop.demo.shop import DemoShop
from packstation.storage.db import make_engine, sqlite_url
from packstation.storage.migrate import alembic_config, current_revision, head_revision, upgrade
from packstation.storage.models import Base
from packstation.storage.uow import UnitOfWork


def test_a_first_schema_database_with_scans_upgrades_to_head(tmp_path, settings):
    engine = make_engine(sqlite_url(tmp_path / "old.sqlite3"))
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    now = datetime(2026, 11, 1, tzinfo=UTC).replace(tzinfo=None).isoformat(sep=" ")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO fulfillment_orders (id, order_name, status, local_state, created_at, "
                "updated_at, ship_name, ship_company, ship_address1, ship_address2, ship_zip, "
                "ship_city, ship_province, ship_country_code, ship_phone, email, shipping_method, "
                "express, customer_note, tags, hold_reason) VALUES ('fo', '#1', 'OPEN', 'packing', "
                f"'{now}', '{now}', 'Åse', '', 'Gate 1', '', '0154', 'Oslo', '', 'NO', '', '', "
                "'P', 0, '', '', '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO fulfillment_lines (id, fulfillment_order_id, position, sku, barcode, "
                "title, variant_title, quantity, bin_location, unit_weight_grams, image_url) "
                "VALUES ('l1', 'fo', 0, 'MUG', '036000291452', 'Mug', '', 2, 'A-1', 300, '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO pack_sessions (id, fulfillment_order_id, station, user, state, "
                f"started_at) VALUES ('s1', 'fo', 'Bench 1', 'kim', 'active', '{now}')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO scan_events (session_id, fulfillment_order_id, kind, code, outcome, "
                "line_id, quantity, station, user, at) VALUES ('s1', 'fo', 'scan', '036000291452', "
                f"'matched', 'l1', 1, 'Bench 1', 'kim', '{now}')"
            )
        )
    engine.dispose()
    from dataclasses import replace

    old = replace(settings, db_url=sqlite_url(tmp_path / "old.sqlite3"), station_name="Bench 1")
    station = build_station(old, connector=DemoShop(None, cancel_after=None))
    try:
        assert current_revision(station.engine) == head_revision()
        resumed = station.packing.resume_active()
        assert resumed is not None and resumed.session.units_scanned == 1
        assert resumed.order.lines[0].pack_barcodes == ()
        # the session an older version left open became this bench's claim (schema 0011)
        with UnitOfWork(station.session_factory) as uow:
            claim = uow.claims.get("fo")
            assert claim is not None
            assert (claim.session_id, claim.station, claim.user) == ("s1", "Bench 1", "kim")
    finally:
        station.close()


def test_the_migrations_build_what_the_models_describe(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "schema.sqlite3"))
    try:
        upgrade(engine)
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert differences == []
    finally:
        engine.dispose()


def test_each_revision_is_its_files_number_and_the_newest_is_alembics_head():
    from alembic.script import ScriptDirectory

    from packstation.storage.migrate import newest_shipped_revision

    scripts = ScriptDirectory.from_config(alembic_config())
    for script in scripts.walk_revisions():
        assert script.path is not None
        assert Path(script.path).name.startswith(f"{script.revision}_"), script.path
    assert newest_shipped_revision() == head_revision()


def test_a_start_on_a_database_at_head_never_loads_alembic(tmp_path):
    database = tmp_path / "station.sqlite3"
    engine = make_engine(sqlite_url(database))
    config = alembic_config()
    with engine.begin() as connection:  # one revision behind head
        config.attributes["connection"] = connection
        command.upgrade(config, "0018")
    engine.dispose()
    program = (
        "import sys\n"
        "from packstation.storage.db import make_engine, sqlite_url\n"
        "from packstation.storage.migrate import upgrade\n"
        f"upgrade(make_engine(sqlite_url({str(database)!r})))\n"
        "print('alembic' in sys.modules)\n"
    )

    def start() -> str:
        done = subprocess.run(
            [sys.executable, "-c", program], capture_output=True, text=True, timeout=60, check=True
        )
        return done.stdout.strip()

    assert start() == "True"  # behind: Alembic migrates it
    engine = make_engine(sqlite_url(database))
    assert current_revision(engine) == head_revision()
    engine.dispose()
    assert start() == "False"  # at head: nothing to do, and Alembic stays unloaded
