"""A shop that commits after the station gave up: one fulfillment each, no false refusal.

Real time, small timings (tests/sync/support.py FAST): the request times out after 0.6 s, the
emulator commits later anyway, and the outbox must neither send twice nor call it refused.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator

import pytest

from packstation.app import Station, build_station
from packstation.storage.uow import UnitOfWork
from packstation.sync.policy import BackoffPolicy
from tests.fast_time import FastForwardTime
from tests.sync.support import (
    assert_one_each,
    complete_full,
    complete_partial,
    fast,
    first_pull,
    live,
    open_names,
    sync_until_settled,
)


@pytest.fixture
def station(shopify_settings, shopify) -> Iterator[Station]:
    built = build_station(fast(shopify_settings))
    built.pusher._policy = BackoffPolicy(base_seconds=0.1, cap_seconds=0.2)  # settle decides
    # each pass pulls the queue: the cost bucket's waits take no real time (tests/fast_time.py);
    # the late commits, timeouts and settle periods stay in real time
    FastForwardTime().drive(shopify, built.connector.client)  # type: ignore[attr-defined]
    first_pull(built)
    yield built
    built.close()


def audit_actions(station) -> Counter[str]:
    with UnitOfWork(station.session_factory) as uow:
        return Counter(entry.action for entry in uow.audit.entries())


def open_exceptions(station) -> list[str]:
    return sorted(e.kind for e in station.exceptions.open())


@pytest.mark.parametrize("shipment_kind", ["partial", "full"])
def test_a_commit_after_the_timeout_is_found_not_sent_again(station, shopify, shipment_kind):
    [name] = open_names(station, 1, min_units=2)
    complete = complete_partial if shipment_kind == "partial" else complete_full
    shipment = complete(station, name)
    # held 1.2 s: the station gives up after 0.6 s, the shop commits at 1.2 s
    shopify.inject("late_commit", "fulfillmentCreate", seconds=1.2)
    first = station.sync.run_once()
    assert "did not answer in time" in first.last_error
    sync_until_settled(station)
    assert shopify.outcomes("late_commit", "fulfillmentCreate") == 1
    assert_one_each(shopify, [shipment])
    with UnitOfWork(station.session_factory) as uow:
        [row] = uow.outbox.all()
        assert (row.state, row.attempts) == ("done", 1)
    actions = audit_actions(station)
    assert actions["sync.reconciled"] == 1 and actions["sync.pushed"] == 0
    assert actions["sync.rejected"] == 0
    assert "sync_refused" not in open_exceptions(station)


def test_a_refusal_after_an_unknown_outcome_means_look_again(station, shopify):
    [name] = open_names(station, 1)
    shipment = complete_full(station, name)
    # The first send is held until the reconcile read has looked (and found nothing); then it
    # commits while the read's answer is still on its way (held 0.55 s), so the resend that
    # follows is refused: the order is closed by our own first send.
    looked = threading.Event()
    shopify.inject("late_commit", "fulfillmentCreate", seconds=20, until=looked)
    shopify.inject("delay_after_commit", "fulfillmentOrder", seconds=0.55)

    def release_after_the_read() -> None:
        deadline = time.monotonic() + 20
        while shopify.outcomes("fault:delay_after_commit", "fulfillmentOrder") == 0:
            if time.monotonic() > deadline:
                return
            time.sleep(0.005)
        looked.set()

    watcher = threading.Thread(target=release_after_the_read, daemon=True)
    watcher.start()
    sync_until_settled(station)
    watcher.join(5)
    assert_one_each(shopify, [shipment])
    actions = audit_actions(station)
    assert actions["sync.look_again"] == 1, actions
    assert actions["sync.rejected"] == 0 and actions["sync.reconciled"] == 1
    with UnitOfWork(station.session_factory) as uow:
        [row] = uow.outbox.all()
        assert row.state == "done"
        assert uow.orders.row(shipment.fulfillment_order_id).local_state != "exception"
    assert "sync_refused" not in open_exceptions(station)


def test_a_commit_later_than_the_settle_period_is_cancelled_and_the_lead_told(station, shopify):
    [name] = open_names(station, 1, min_units=2)
    shipment = complete_partial(station, name)
    # held until the resend has committed: later than the settle period, so both commit
    resent = threading.Event()
    shopify.inject("late_commit", "fulfillmentCreate", seconds=20, until=resent)

    def release_after_the_resend() -> None:
        deadline = time.monotonic() + 20
        while shopify.outcomes("ok", "fulfillmentCreate") == 0 and time.monotonic() < deadline:
            time.sleep(0.005)
        resent.set()

    watcher = threading.Thread(target=release_after_the_resend, daemon=True)
    watcher.start()
    sync_until_settled(station)
    watcher.join(5)
    tracked = [
        f
        for f in shopify.store.fulfillments.values()
        if f.tracking_number == shipment.tracking_number
    ]
    assert len(tracked) == 2  # both commits happened in the shop ...
    [kept] = live(shopify)[shipment.tracking_number]  # ... and the later one was cancelled
    cancelled = [f for f in tracked if f.status == "CANCELLED"]
    assert len(cancelled) == 1 and cancelled[0].created_at > kept.created_at
    assert_one_each(shopify, [shipment])
    [exception] = [e for e in station.exceptions.open() if e.kind == "sync_duplicate"]
    assert "cancelled" in exception.what
    with UnitOfWork(station.session_factory) as uow:
        [row] = uow.outbox.all()
        assert row.state == "done" and row.shop_reference == kept.id
