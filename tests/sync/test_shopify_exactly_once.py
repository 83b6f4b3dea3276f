"""Each completion reaches Shopify exactly once: offline, dropped replies, killed workers."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import replace
from datetime import timedelta

import pytest

from packstation.app import build_station
from packstation.services.packing import PackingRefused
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order
from tests.sync.support import (
    assert_ready_once,
    collected_in_store,
    kill_hard,
    outbox_rows,
    outbox_settled,
    start_worker,
    worker_env,
)


def queued_names(station, count):
    with UnitOfWork(station.session_factory) as uow:
        names = [r.order_name for r in uow.orders.queue() if r.status in ("OPEN", "IN_PROGRESS")]
    return sorted(names)[:count]


def make_due(station):
    """Time passes: back-offs and settle periods are over, a dead worker's lease expired."""
    with UnitOfWork(station.session_factory) as uow:
        for row in uow.outbox.all():
            long_ago = row.created_at - timedelta(days=1)
            row.next_attempt_at = row.created_at
            row.uncertain_at = long_ago if row.uncertain_at is not None else None
            row.verify_at = long_ago if row.verify_at is not None else None
            row.lease_until = long_ago if row.lease_until is not None else None
        uow.commit()


def drain(station, passes=20):
    for _ in range(passes):
        make_due(station)
        status = station.sync.run_once()
        if status.online and status.waiting == 0:
            return status
    raise AssertionError(f"the outbox did not drain: {status}")


def assert_exactly_once(shopify, shipments):
    per_order = Counter(f.fulfillment_order_id for f in shopify.store.fulfillments.values())
    for shipment in [s for s in shipments if collected_in_store(shopify, s.fulfillment_order_id)]:
        assert_ready_once(shopify, shipment)  # told "ready for pickup" once, not fulfilled
        shipments = [s for s in shipments if s is not shipment]
    for shipment in shipments:
        assert per_order[shipment.fulfillment_order_id] == 1, shipment.order_name
        [shipped] = shopify.store.fulfillments_of(shipment.fulfillment_order_id)
        assert shipped.tracking_number == shipment.tracking_number
        assert sorted(shipped.lines) == sorted((s.line_id, s.quantity) for s in shipment.lines)
    assert sum(per_order.values()) == len(shipments)


def test_a_shift_offline_then_back_up_delivers_each_of_50_exactly_once(shopify_station, shopify):
    names = queued_names(shopify_station, 50)
    shopify.stop()  # the Wi-Fi is gone
    shipments = []
    for name in names:
        completion = shopify_station.packing.complete(pack_order(shopify_station, name))
        assert not completion.checked_with_shop
        shipments.append(completion.shipment)
    status = shopify_station.sync.run_once()
    assert not status.online and status.waiting == 50
    assert "Cannot reach the shop" in status.last_error
    shopify.start()  # same port: the shop is back
    drain(shopify_station)
    assert_exactly_once(shopify, shipments)
    for shipment in shipments:
        assert shopify.store.fulfillment_orders[shipment.fulfillment_order_id].status in (
            "CLOSED",
            "IN_PROGRESS",
        )


def test_commit_then_drop_on_every_push_is_still_exactly_once(shopify_station, shopify):
    shopify.inject("drop_after_commit", "fulfillmentCreate", times=None)
    names = queued_names(shopify_station, 8)
    shipments = [
        shopify_station.packing.complete(pack_order(shopify_station, n)).shipment for n in names
    ]
    drain(shopify_station)
    assert shopify.outcomes("fault:drop_after_commit") == 8  # every push lost its answer
    assert_exactly_once(shopify, shipments)
    with UnitOfWork(shopify_station.session_factory) as uow:
        actions = Counter(entry.action for entry in uow.audit.entries())
        assert {row.state for row in uow.outbox.all()} == {"done"}
    assert actions["sync.reconciled"] == 8 and actions["sync.pushed"] == 0


def test_a_timeout_after_commit_reconciles_instead_of_resending(shopify_station, shopify):
    shopify_station.connector.client._http.timeout = __import__("httpx").Timeout(0.5)
    shopify.inject("delay_after_commit", "fulfillmentCreate", seconds=1.5)
    [name] = queued_names(shopify_station, 1)
    shipment = shopify_station.packing.complete(pack_order(shopify_station, name)).shipment
    status = shopify_station.sync.run_once()
    assert "did not answer in time" in status.last_error
    drain(shopify_station)
    assert_exactly_once(shopify, [shipment])


def test_a_sync_worker_killed_mid_push_is_exactly_once_after_restart(
    shopify_settings, shopify_station, shopify, tmp_path
):
    names = queued_names(shopify_station, 3)
    shipments = [
        shopify_station.packing.complete(pack_order(shopify_station, n)).shipment for n in names
    ]
    # The shop commits the second push, then takes long to answer: the worker dies waiting.
    shopify.inject("delay_after_commit", "fulfillmentCreate", seconds=30)
    env = worker_env(shopify_settings, shopify, PACKSTATION_SHOP_TIMEOUT_SECONDS="60")
    env["PACKSTATION_SYNC_LEASE_SECONDS"] = "61"  # the lease outlasts the request
    env["PACKSTATION_SYNC_SETTLE_SECONDS"] = "61"
    worker = subprocess.Popen(
        [sys.executable, "-m", "packstation", "sync"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while shopify.outcomes("ok", "fulfillmentCreate") < 1:
            assert worker.poll() is None, worker.stderr.read().decode()
            assert time.monotonic() < deadline, "the worker never pushed"
            time.sleep(0.05)
        committed_before_kill = len(shopify.store.fulfillments)
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait(timeout=10)
        worker.stderr.close()
    assert committed_before_kill == 1  # in the shop, but the worker never heard
    with UnitOfWork(shopify_station.session_factory) as uow:
        [held] = [row for row in uow.outbox.all() if row.state == "sending"]
        assert held.lease_owner  # the dead worker's lease: nobody else may take it yet
    shopify.clear_faults()
    make_due(shopify_station)  # time passes: the dead worker's lease runs out
    restarted = start_worker(worker_env(shopify_settings, shopify))
    try:
        deadline = time.monotonic() + 60
        while not outbox_settled(shopify_station):
            assert time.monotonic() < deadline, outbox_rows(shopify_station)
            time.sleep(0.1)
    finally:
        kill_hard(restarted)
    assert_exactly_once(shopify, shipments)
    with UnitOfWork(shopify_station.session_factory) as uow:
        actions = Counter(entry.action for entry in uow.audit.entries())
    assert actions["sync.reconciled"] == 1 and actions["sync.pushed"] == 2


def test_under_a_tiny_bucket_the_worker_slows_down_and_nothing_fails(shopify_station, shopify):
    names = queued_names(shopify_station, 8)
    shipments = [
        shopify_station.packing.complete(pack_order(shopify_station, n)).shipment for n in names
    ]
    shopify.bucket = replace(shopify.bucket, maximum=30.0, restore_rate=20.0, available=30.0)
    # pushes only (the pull's page would never fit a 30-point bucket)
    make_due(shopify_station)
    report = shopify_station.pusher.push_due()
    assert report.delivered == 8 and report.rejected == 0 and not report.offline
    assert shopify.outcomes("throttled") == 0  # paced, not refused
    assert_exactly_once(shopify, shipments)
    bucket = shopify_station.connector.client.bucket
    assert (bucket.maximum, bucket.restore_rate) == (30.0, 20.0)  # learnt from the replies


def test_a_pull_under_a_small_bucket_is_paced_without_throttling(shopify_station, shopify):
    shopify.bucket = replace(shopify.bucket, maximum=1000.0, restore_rate=400.0, available=1000.0)
    with UnitOfWork(shopify_station.session_factory) as uow:
        uow.sync_state.set("last_pull_high_water", "")
        uow.commit()
    report = shopify_station.puller.pull()
    assert report.received == 60
    assert shopify.outcomes("throttled") <= 1  # at most the first, before the bucket is known


def test_cancelled_while_packing_stops_the_label(shopify_station, shopify):
    [name] = queued_names(shopify_station, 1)
    opened = pack_order(shopify_station, name)
    shopify.store.cancel_order(opened.order.fulfillment_order_id)
    with pytest.raises(PackingRefused, match="cancelled in the shop: do not ship it"):
        shopify_station.packing.complete(opened)
    with UnitOfWork(shopify_station.session_factory) as uow:
        assert uow.outbox.all() == [] and uow.print_jobs.recent() == []


def test_on_hold_while_packing_stops_the_label(shopify_station, shopify):
    [name] = queued_names(shopify_station, 1)
    opened = pack_order(shopify_station, name)
    shopify.store.place_hold(opened.order.fulfillment_order_id, "Address check")
    with pytest.raises(PackingRefused, match="put on hold in the shop"):
        shopify_station.packing.complete(opened)
    with UnitOfWork(shopify_station.session_factory) as uow:
        assert uow.outbox.all() == [] and uow.print_jobs.recent() == []


def test_edited_while_packing_stops_the_label(shopify_station, shopify):
    [name] = queued_names(shopify_station, 1)
    opened = pack_order(shopify_station, name)
    line = opened.order.lines[0]
    shopify.store.edit_quantity(line.line_id, line.quantity - 1)
    with pytest.raises(PackingRefused, match="changed in the shop"):
        shopify_station.packing.complete(opened)


def test_cancelled_while_offline_becomes_an_exception_for_the_lead(shopify_station, shopify):
    [name] = queued_names(shopify_station, 1)
    opened = pack_order(shopify_station, name)
    shopify.stop()
    shipment = shopify_station.packing.complete(opened).shipment
    shopify.store.cancel_order(shipment.fulfillment_order_id)
    shopify.start()
    make_due(shopify_station)
    status = shopify_station.sync.run_once()
    assert status.pushed.rejected == 1
    with UnitOfWork(shopify_station.session_factory) as uow:
        [row] = uow.outbox.all()
        assert row.state == "rejected" and "closed" in row.last_error
        assert uow.orders.row(shipment.fulfillment_order_id).local_state == "exception"
    assert shopify.store.fulfillments == {}


def test_opening_an_order_reports_progress_to_the_shop(shopify_station, shopify):
    [name] = queued_names(shopify_station, 1)
    opened = shopify_station.packing.open_order(name)
    shopify_station.sync.run_once()
    record = shopify.store.fulfillment_orders[opened.order.fulfillment_order_id]
    assert record.status == "IN_PROGRESS"
    assert record.progress_notes == ["Being packed at Bench 1 by Åse"]


def test_a_progress_report_made_offline_survives_a_restart(shopify_settings, shopify):
    first = build_station(shopify_settings)
    first.puller.pull()
    [name] = queued_names(first, 1)
    shopify.stop()  # offline while the packer starts the order
    opened = first.packing.open_order(name)
    assert not first.sync.run_once().online
    first.close()  # the station restarts before the shop is back

    shopify.start()
    again = build_station(shopify_settings)
    try:
        again.sync.run_once()
        record = shopify.store.fulfillment_orders[opened.order.fulfillment_order_id]
        assert record.progress_notes == ["Being packed at Bench 1 by Åse"]
        again.sync.run_once()  # sent once, never again
        assert len(record.progress_notes) == 1
    finally:
        again.close()
