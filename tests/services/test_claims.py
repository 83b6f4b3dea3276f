"""One order on one bench (SQLite, two stations on one file): claims, take-over, expiry."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from packstation.app import build_station
from packstation.config import ConfigError, load_settings
from packstation.services.auth import Authorisation
from packstation.services.packing import ClaimedElsewhere, ClaimLost, PackingRefused, PendingClaim
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_every_unit

LEAD = Authorisation(lead="Kari Lead", action="pack.take_over", reason="Bench 1 is broken")


class Clock:
    """A clock the test moves."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def benches(settings, demo_shop, tmp_path, clock):
    one = build_station(settings, connector=demo_shop, clock=clock)
    one.puller.pull()
    two = build_station(
        replace(settings, station_name="Bench 2", user="Kari", spool_dir=tmp_path / "spool2"),
        connector=demo_shop,
        clock=clock,
    )
    yield one, two
    one.close()
    two.close()


def _pack(station, opened) -> None:
    pack_every_unit(opened, lambda code: station.packing.scan(opened, code))


def test_an_open_order_is_refused_at_another_bench_in_words(benches):
    one, two = benches
    one.packing.open_order("#1001")
    with pytest.raises(ClaimedElsewhere) as refused:
        two.packing.open_order("#1001")
    assert str(refused.value) == "#1001 is being packed at Bench 1 by Åse"
    entry = next(e for e in two.queue.entries() if e.order_name == "#1001")
    assert entry.claim is not None
    assert (entry.claim.station, entry.claim.user, entry.claim.expired) == ("Bench 1", "Åse", False)
    assert entry.claimed_elsewhere("Bench 2") and not entry.claimed_elsewhere("Bench 1")
    assert entry.claim.text == "being packed at Bench 1 by Åse"


def test_the_claim_survives_a_restart_of_its_station(benches, settings, demo_shop, clock):
    one, two = benches
    opened = one.packing.open_order("#1001")
    one.packing.scan(opened, opened.order.lines[0].barcode)
    one.close()
    again = build_station(settings, connector=demo_shop, clock=clock)
    try:
        resumed = again.packing.resume()
        assert resumed.open_order is not None and resumed.notice == ""
        assert resumed.open_order.session.units_scanned == 1
        with pytest.raises(ClaimedElsewhere):
            two.packing.open_order("#1001")
        _pack(again, resumed.open_order)
        again.packing.complete(resumed.open_order)
    finally:
        again.close()
    assert not [e for e in two.queue.entries() if e.order_name == "#1001"]


def test_a_lead_takes_an_order_over_and_the_first_bench_learns_it(benches):
    one, two = benches
    first = one.packing.open_order("#1001")
    one.packing.scan(first, first.order.lines[0].barcode)
    assert one.packing.claim_lost(first) is None

    taken = two.packing.take_over("#1001", LEAD)
    lost = one.packing.claim_lost(first)
    assert lost is not None and "Kari Lead took #1001 over" in lost and "Bench 2" in lost
    _pack(one, first)
    with pytest.raises(ClaimLost, match="Not shipped"):
        one.packing.complete(first)  # checked inside the completion's transaction

    assert taken.session.units_scanned == 0  # counted again at the new bench
    _pack(two, taken)
    two.packing.complete(taken)
    with UnitOfWork(two.session_factory) as uow:
        shipments = uow.shipments.for_order(first.order.fulfillment_order_id)
        assert [s.station for s in shipments] == ["Bench 2"]
        (entry,) = uow.audit.entries(["pack.taken_over"])
        detail = json.loads(entry.detail)
        assert detail["lead"] == "Kari Lead" and detail["from_station"] == "Bench 1"
        assert detail["units_counted_there"] == 1
    assert one.packing.resume().open_order is None  # nothing to go on with, no crash


def test_a_claim_expires_when_its_station_stops_heart_beating(benches, clock):
    one, two = benches
    one.packing.open_order("#1001")
    clock.now += timedelta(seconds=100)
    one.presence.heartbeat()
    assert two.presence.expired_claims() == []
    clock.now += timedelta(seconds=121)  # the default expiry is 120 s
    (expired,) = two.presence.expired_claims()
    assert (expired.order_name, expired.station, expired.expired) == ("#1001", "Bench 1", True)
    with pytest.raises(ClaimedElsewhere, match="a shift lead can take it over"):
        two.packing.open_order("#1001")
    one.presence.heartbeat()  # alive again: the claim is renewed
    assert two.presence.expired_claims() == []


def test_the_claim_expiry_setting_is_validated(settings, monkeypatch):
    monkeypatch.setenv("PACKSTATION_CLAIM_EXPIRY_SECONDS", "2")
    with pytest.raises(ConfigError, match="claim_expiry_seconds must be between 10 and 3600"):
        load_settings(data_dir=settings.data_dir)
    monkeypatch.setenv("PACKSTATION_CLAIM_EXPIRY_SECONDS", "45")
    assert load_settings(data_dir=settings.data_dir).claim_expiry_seconds == 45


def test_a_slip_scan_is_read_first_and_claimed_after(benches):
    """prepare_open reads a fresh order without a write; write_claim claims it (once)."""
    one, two = benches
    pending = one.packing.prepare_open("#1001")
    assert isinstance(pending, PendingClaim)
    assert pending.open_order.order.order_name == "#1001" and not pending.open_order.resumed
    with UnitOfWork(one.session_factory) as uow:
        assert uow.claims.get(pending.fulfillment_order_id) is None  # nothing written yet
        assert uow.audit.entries(["pack.opened"]) == []
    one.packing.write_claim(pending)
    one.packing.write_claim(pending)  # written already: nothing more
    with UnitOfWork(one.session_factory) as uow:
        claim = uow.claims.get(pending.fulfillment_order_id)
        assert claim is not None and claim.session_id == pending.open_order.session_id
        assert claim.station == "Bench 1"
        assert uow.orders.row(pending.fulfillment_order_id).local_state == "packing"
        assert len(uow.audit.entries(["pack.opened"])) == 1
    # the order is claimed now: a second slip scan continues the session, opened at once
    again = one.packing.prepare_open("#1001")
    assert not isinstance(again, PendingClaim)
    assert again.session_id == pending.open_order.session_id and again.resumed
    with pytest.raises(ClaimedElsewhere, match="being packed at Bench 1 by Åse"):
        two.packing.prepare_open("#1001")


def test_a_claim_written_after_another_bench_claimed_is_refused(benches):
    one, two = benches
    pending = one.packing.prepare_open("#1001")
    assert isinstance(pending, PendingClaim)
    two.packing.open_order("#1001")
    with pytest.raises(ClaimedElsewhere) as refused:
        one.packing.write_claim(pending)
    assert str(refused.value) == "#1001 is being packed at Bench 2 by Kari"
    with UnitOfWork(one.session_factory) as uow:
        assert uow.sessions.get(pending.open_order.session_id) is None
    assert one.packing.claim_lost(pending.open_order) == (
        "#1001 is now being packed at Bench 2 by Kari"
    )


def test_a_claim_written_after_the_shop_cancelled_is_refused(benches, demo_shop):
    one, _two = benches
    pending = one.packing.prepare_open("#1002")
    assert isinstance(pending, PendingClaim)
    demo_shop.cancel(pending.fulfillment_order_id)
    one.puller.pull()
    with pytest.raises(PackingRefused, match="cancelled in the shop"):
        one.packing.write_claim(pending)
    with UnitOfWork(one.session_factory) as uow:
        assert uow.claims.get(pending.fulfillment_order_id) is None
