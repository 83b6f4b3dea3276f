"""Several station processes on one PostgreSQL database: one order on one bench, own printers."""

from __future__ import annotations

import json
import time
from collections import Counter

import pytest
from sqlalchemy import func, select

from packstation.domain.orders import ShopStatus
from packstation.shop.demo.shop import DemoShop
from packstation.storage.db import make_engine, make_session_factory, sqlite_url
from packstation.storage.migrate import current_revision, head_revision
from packstation.storage.models import (
    AuditRow,
    FulfillmentOrderRow,
    PackSessionRow,
    PrintJobRow,
    ShipmentRow,
)

# A small demo shop (the stations pull it whole), and 30 of its orders that may be packed.
SHOP_ORDERS = 45
ORDERS = sorted(
    o.order_name
    for o in DemoShop(None, cancel_after=None, order_count=SHOP_ORDERS).fetch_fulfillment_orders(
        None
    )
    if o.status is ShopStatus.OPEN
)[:30]


def test_eight_stations_start_at_once_on_an_empty_database(pg_url, stations):
    processes = [stations.fork("start", pg_url, f"Bench {i}") for i in range(1, 9)]
    reports = [stations.report(p) for p in processes]
    assert all("error" not in r for r in reports)
    engine = make_engine(pg_url)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("backend", "count"), [("postgresql", 4), ("postgresql", 8), ("sqlite", 4)]
)
def test_stations_race_for_the_same_orders(request, stations, backend, count):
    if backend == "sqlite":  # several windows on one machine, one database file
        db_url = sqlite_url(stations.tmp / "shared.sqlite3")
    else:
        db_url = request.getfixturevalue("pg_url")
    go = stations.tmp / "go"
    names = [f"Bench {i}" for i in range(1, count + 1)]
    # Every station starts on the empty database at once and pulls the same orders at once.
    processes = [
        stations.fork(
            "race",
            db_url,
            name,
            "--orders",
            ",".join(ORDERS),
            "--go",
            str(go),
            "--seed",
            str(i),
            "--order-count",
            str(SHOP_ORDERS),
        )
        for i, name in enumerate(names)
    ]
    _wait_for_pulls(db_url, len(ORDERS), timeout=90)
    time.sleep(0.5)
    go.touch()
    reports = [stations.report(p) for p in processes]

    packed = Counter(name for r in reports for name in r["packed"])  # type: ignore[union-attr]
    assert sorted(packed) == sorted(ORDERS)
    assert set(packed.values()) == {1}, "an order was packed twice"
    packed_at = {n: r["station"] for r in reports for n in r["packed"]}  # type: ignore[union-attr]

    engine = make_engine(db_url)
    factory = make_session_factory(engine)
    try:
        with factory() as db:
            shipments = db.scalars(select(ShipmentRow)).all()
            assert Counter(s.order_name for s in shipments) == Counter(ORDERS)
            assert {s.order_name: s.station for s in shipments} == packed_at
            completed = db.scalar(select(func.count()).where(PackSessionRow.state == "completed"))
            assert completed == len(ORDERS)
            jobs = db.scalars(select(PrintJobRow)).all()
            # a label and a slip each; a collect-in-store order gets its slip only
            collect = db.scalar(
                select(func.count()).where(
                    FulfillmentOrderRow.order_name.in_(ORDERS),
                    FulfillmentOrderRow.delivery_type == "PICK_UP",
                )
            )
            assert len(jobs) == 2 * len(ORDERS) - collect
            assert Counter(job.kind for job in jobs)["slip"] == len(ORDERS)
            by_shipment = {s.id: s for s in shipments}
            for job in jobs:
                assert job.state == "done", (job.order_name, job.kind, job.last_error)
                assert job.attempts == 1
                assert job.station == by_shipment[job.shipment_id].station
            done = db.scalars(select(AuditRow).where(AuditRow.action == "print.done")).all()
            sent = Counter(json.loads(entry.detail)["job_id"] for entry in done)
            assert sorted(sent) == sorted(job.id for job in jobs)
            assert set(sent.values()) == {1}, "a document printed twice"
            # and each document landed in the spool folder of the station that packed it
            for job in jobs:
                station = by_shipment[job.shipment_id].station
                folder = stations.data_dir(station) / "spool"
                assert (folder / f"{job.name}.{job.content_type}").exists()
                for other in names:
                    if other != station:
                        spool = stations.data_dir(other) / "spool"
                        assert not (spool / f"{job.name}.{job.content_type}").exists()
            assert not db.scalars(
                select(FulfillmentOrderRow).where(
                    FulfillmentOrderRow.order_name.in_(ORDERS),
                    FulfillmentOrderRow.local_state != "packed",
                )
            ).all()
    finally:
        engine.dispose()


def _wait_for_pulls(url: str, expected: int, timeout: float) -> None:
    """Until the database has the orders (the stations pull, then wait for the go file)."""
    deadline = time.monotonic() + timeout
    engine = None
    try:
        while time.monotonic() < deadline:
            try:
                engine = engine or make_engine(url)
                with engine.connect() as connection:
                    rows = connection.scalar(select(func.count()).select_from(FulfillmentOrderRow))
                if rows and rows >= expected:
                    return
            except Exception:  # the schema is not there yet
                pass
            time.sleep(0.2)
        raise AssertionError("the stations did not pull the queue in time")
    finally:
        if engine is not None:
            engine.dispose()
