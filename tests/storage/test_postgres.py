"""PostgreSQL (stations sharing a warehouse): migrations and a full pack on a real server."""

from __future__ import annotations

import os
import uuid
from dataclasses import replace

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from packstation.app import build_station
from packstation.domain.audit_chain import verify_chain
from packstation.domain.batches import BatchRules
from packstation.services.auth import Authorisation
from packstation.shop.demo.shop import DemoShop
from packstation.storage.db import make_engine
from packstation.storage.migrate import upgrade
from packstation.storage.models import Base
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order

ADMIN_URL = os.environ.get(
    "PACKSTATION_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


@pytest.fixture
def pg_url():
    pytest.importorskip("psycopg")
    try:
        admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:  # no server on this machine
        pytest.skip(f"PostgreSQL not reachable at {ADMIN_URL}: {exc.__class__.__name__}")
    name = f"packstation_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def test_two_stations_share_one_postgres_database(pg_url, settings):
    shop = DemoShop(None, cancel_after=None)
    bench1 = build_station(replace(settings, db_url=pg_url, station_name="Bench 1"), connector=shop)
    bench2 = build_station(replace(settings, db_url=pg_url, station_name="Bench 2"), connector=shop)
    try:
        bench1.puller.pull()
        assert len(bench2.queue.entries()) == 200
        opened = bench2.packing.open_order("#1001")
        for line in opened.order.lines:
            bench2.packing.scan(opened, line.barcode, line.quantity)
        shipment = bench2.packing.complete(opened).shipment
        assert "#1001" not in {e.order_name for e in bench1.queue.entries()}
        assert bench1.pusher.push_due().delivered == 1
        assert len(shop.fulfillments(shipment.fulfillment_order_id)) == 1
        with UnitOfWork(bench1.session_factory) as uow:
            stations = {e.station for e in uow.audit.entries(["pack.completed", "sync.pushed"])}
        assert stations == {"Bench 1", "Bench 2"}
        with (
            pytest.raises(DBAPIError, match="append-only"),  # the trigger of migration 0008
            bench1.engine.begin() as connection,
        ):
            connection.execute(text("DELETE FROM audit_log"))
        with UnitOfWork(bench2.session_factory) as uow:
            checked, broken = verify_chain(uow.audit.chain())
        assert broken is None and checked > 0
    finally:
        bench1.close()
        bench2.close()


def test_the_migrations_build_what_the_models_describe_on_postgres(pg_url):
    engine = make_engine(pg_url)
    try:
        upgrade(engine)
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert differences == []
    finally:
        engine.dispose()


def test_batches_and_voids_across_two_stations_on_postgres(pg_url, settings):
    shop = DemoShop(None, cancel_after=None)
    bench1 = build_station(replace(settings, db_url=pg_url, station_name="Bench 1"), connector=shop)
    bench2 = build_station(replace(settings, db_url=pg_url, station_name="Bench 2"), connector=shop)
    lead = Authorisation(lead="Maja", action="shipment.void", reason="wrong box")
    try:
        bench1.puller.pull()
        [batch_id, *_] = bench1.batches.create(BatchRules(max_orders=3))
        orders = bench2.batches.progress(batch_id).orders
        assert bench2.batches.preview(BatchRules(max_orders=3)) == []  # all taken, everywhere
        first = bench2.packing.complete(pack_order(bench2, orders[0].order_name)).shipment
        assert bench1.batches.progress(batch_id).packed == 1  # the other bench sees it

        # voided before any push: the push claims nothing, the shop never hears of it
        assert not bench1.voids.void(first.shipment_id, lead).cancel_in_shop
        assert bench2.pusher.push_due().delivered == 0
        assert shop.fulfillments(first.fulfillment_order_id) == []

        # pushed by one bench, then voided on the other: cancelled in the shop, once
        second = bench2.packing.complete(pack_order(bench2, orders[1].order_name)).shipment
        assert bench1.pusher.push_due().delivered == 1
        assert bench2.voids.void(second.shipment_id, lead).cancel_in_shop
        bench1.pusher.push_due()
        bench2.pusher.push_due()
        [cancelled] = shop.fulfillments(second.fulfillment_order_id)
        assert "cancelled_at" in cancelled
    finally:
        bench1.close()
        bench2.close()
