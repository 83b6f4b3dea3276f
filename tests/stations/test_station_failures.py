"""A station killed mid-order, a shop edit under an open session, the database going away."""

from __future__ import annotations

import json
import time
from dataclasses import replace

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from packstation.app import build_station
from packstation.cli import main
from packstation.services.auth import Authorisation
from packstation.services.packing import ClaimedElsewhere, OrderChangedInShop
from packstation.shop.demo.shop import DemoShop
from packstation.storage.db import StorageUnavailable
from packstation.storage.models import ScanEventRow
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_every_unit
from tests.stations.proxy import TcpProxy

LEAD = Authorisation(lead="Kari Lead", action="pack.take_over", reason="Bench 1 stopped")


def _pack(station, opened) -> None:
    pack_every_unit(opened, lambda code: station.packing.scan(opened, code))


# Bench 1's held order is heart-beaten every 0.5 s (tests/stations/worker.py, hold), so Bench 2
# may call a claim expired after 3 s: still six missed heartbeats, as the setting's rule wants
# ("a claim must outlive a few missed heartbeats"), without waiting the 10 s a station's
# configuration may not go below.
EXPIRY_SEEN_BY_BENCH_2 = 3.0


def test_a_killed_station_loses_its_order_to_a_lead_and_restarts_calmly(pg_url, stations, settings):
    bench2 = build_station(
        replace(
            settings,
            db_url=pg_url,
            station_name="Bench 2",
            user="Kari",
            claim_expiry_seconds=EXPIRY_SEEN_BY_BENCH_2,
        ),
        connector=DemoShop(None, cancel_after=None),
    )
    try:
        bench2.puller.pull()
        bench1 = stations.fork("hold", pg_url, "Bench 1", "--orders", "#1001", "--expiry", "10")
        assert bench1.stdout is not None
        ready = bench1.stdout.readline()
        assert ready.startswith('{"ready"'), bench1.communicate(timeout=30)
        with pytest.raises(ClaimedElsewhere) as refused:
            bench2.packing.open_order("#1001")
        assert str(refused.value) == "#1001 is being packed at Bench 1 by Åse Ørsted"

        bench1.kill()
        bench1.communicate(timeout=30)
        deadline = time.monotonic() + 40
        while not bench2.presence.expired_claims():
            assert time.monotonic() < deadline, "the dead station's claim never expired"
            time.sleep(0.1)
        (expired,) = bench2.presence.expired_claims()
        assert (expired.order_name, expired.station) == ("#1001", "Bench 1")
        with pytest.raises(ClaimedElsewhere, match="a shift lead can take it over"):
            bench2.packing.open_order("#1001")

        taken = bench2.packing.take_over("#1001", LEAD)
        restarted = stations.report(stations.fork("restart", pg_url, "Bench 1"))
        assert restarted["resumed"] is False
        _pack(bench2, taken)
        bench2.packing.complete(taken)
        with UnitOfWork(bench2.session_factory) as uow:
            shipments = uow.shipments.for_order(taken.order.fulfillment_order_id)
            assert [s.station for s in shipments] == ["Bench 2"]
            (entry,) = uow.audit.entries(["pack.taken_over"])
            assert json.loads(entry.detail)["units_counted_there"] == 1
        again = stations.report(stations.fork("restart", pg_url, "Bench 1"))
        assert again["resumed"] is False
    finally:
        bench2.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_settings(request, settings):
    if request.param == "sqlite":
        return settings
    return replace(settings, db_url=request.getfixturevalue("pg_url"))


def test_a_line_removed_upstream_never_blocks_a_start(backend_settings):
    shop = DemoShop(None, cancel_after=None)
    station = build_station(backend_settings, connector=shop)
    station.puller.pull()
    opened = station.packing.open_order("#1001")
    removed, kept = opened.order.lines[0], opened.order.lines[1]
    for _ in range(removed.quantity):
        station.packing.scan(opened, removed.barcode)
    station.packing.scan(opened, kept.barcode)
    edited = replace(opened.order, lines=opened.order.lines[1:])  # as the puller would write it
    with UnitOfWork(station.session_factory) as uow:
        uow.orders.upsert(edited)
        uow.commit()
    station.close()

    restarted = build_station(backend_settings, connector=shop)
    try:
        resumed = restarted.packing.resume()
        assert resumed.open_order is None
        assert "#1001 was changed in the shop" in resumed.notice
        assert f"{removed.sku} ({removed.quantity} counted) is no longer wanted" in resumed.notice
        assert restarted.packing.resume().open_order is None  # the next start is calm too
        with UnitOfWork(restarted.session_factory) as uow:
            exception = uow.exceptions.open_for(opened.order.fulfillment_order_id, "shop_changed")
            assert exception is not None
            counted = json.loads(exception.detail)["counted"]
            assert counted == [
                {
                    "line_id": removed.line_id,
                    "sku": removed.sku,
                    "title": removed.title,
                    "counted": removed.quantity,
                    "wanted": 0,
                }
            ]
            events = uow.sessions.events(opened.session_id)
            kept_units = sum(e.quantity for e in events if e.line_id == removed.line_id)
            assert kept_units == removed.quantity
        fresh = restarted.packing.open_order("#1001")  # the order as the shop has it now
        assert fresh.session.units_scanned == 0
        assert [line.line_id for line in fresh.order.lines] == [
            line.line_id for line in edited.lines
        ]
        # a reduced line under an open session: reopening says so, in words
        big = next(line for line in edited.lines if line.quantity >= 2)
        restarted.packing.scan(fresh, big.barcode)
        restarted.packing.scan(fresh, big.barcode)
        reduced = replace(
            edited,
            lines=tuple(replace(x, quantity=1) if x is big else x for x in edited.lines),
        )
        with UnitOfWork(restarted.session_factory) as uow:
            uow.orders.upsert(reduced)
            uow.commit()
        with pytest.raises(OrderChangedInShop, match="is down to 1 \\(2 counted\\)"):
            restarted.packing.open_order("#1001")
    finally:
        restarted.close()


def test_postgres_unreachable_and_back(pg_url, settings):
    target = make_url(pg_url)
    proxy = TcpProxy((target.host or "127.0.0.1", target.port or 5432))
    proxy.start()
    proxied = target.set(port=proxy.port).render_as_string(hide_password=False)
    station = build_station(
        replace(settings, db_url=proxied), connector=DemoShop(None, cancel_after=None)
    )
    direct = build_station(
        replace(settings, db_url=pg_url, station_name="Lead desk"),
        connector=DemoShop(None, cancel_after=None),
    )
    try:
        station.puller.pull()
        opened = station.packing.open_order("#1001")
        line = opened.order.lines[0]
        station.packing.scan(opened, line.barcode)

        proxy.stop()
        with pytest.raises(
            StorageUnavailable, match="database unreachable - scans are not being saved"
        ):
            station.packing.scan(opened, line.barcode)
        assert opened.session.scanned(line.line_id) == 1  # not counted: not saved
        with pytest.raises(StorageUnavailable):
            station.presence.heartbeat()
        status = station.sync.run_once()  # the sync pass survives, and says why
        assert status.last_error == "database unreachable - scans are not being saved"

        proxy.start()
        station.presence.heartbeat()  # the station recovers by itself
        station.packing.scan(opened, line.barcode)
        assert opened.session.scanned(line.line_id) == 2
        assert station.sync.run_once().last_error == ""
        with UnitOfWork(direct.session_factory) as uow:
            saved = uow.session.scalar(
                select(func.count()).where(
                    ScanEventRow.session_id == opened.session_id, ScanEventRow.outcome != "invalid"
                )
            )
        assert saved == 2
    finally:
        proxy.stop()
        station.close()
        direct.close()


def test_doctor_says_in_words_that_the_database_cannot_be_reached(settings, capsys, monkeypatch):
    proxy = TcpProxy(("127.0.0.1", 9))
    proxy.start()
    proxy.stop()  # a port where nothing listens
    monkeypatch.setenv("PACKSTATION_CONFIG", str(settings.data_dir / "none.toml"))
    url = f"postgresql+psycopg://postgres@127.0.0.1:{proxy.port}/packstation"
    code = main(["doctor", "--demo", "--db", url, "--data-dir", str(settings.data_dir)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "[FAIL] database: postgresql+psycopg://postgres@127.0.0.1" in out
    assert "cannot be reached" in out and "Traceback" not in out + err
