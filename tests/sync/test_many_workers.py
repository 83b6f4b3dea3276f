"""One sender per outbox row: several workers on one database, and workers killed with -9."""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import replace
from urllib.parse import urlsplit, urlunsplit

import pytest

from packstation.app import build_station
from packstation.storage.uow import UnitOfWork
from packstation.sync.policy import BackoffPolicy
from tests.fast_time import FastForwardTime
from tests.storage.test_postgres import pg_url  # noqa: F401 - a fixture
from tests.sync.forks import SyncForks
from tests.sync.support import (
    TcpCut,
    assert_one_each,
    collected_in_store,
    complete_full,
    complete_partial,
    fast,
    first_pull,
    kill_hard,
    open_names,
    outbox_rows,
    outbox_settled,
    start_worker,
    sync_until_settled,
    worker_env,
)


def complete_mixed(station, names):
    """Every other order short (one unit), the rest in full."""
    return [
        (complete_partial if i % 2 else complete_full)(station, name)
        for i, name in enumerate(names)
    ]


def push_with_workers(stations, seconds: float = 60.0) -> None:
    """Each station's pusher in its own thread, all at once, until the outbox settles."""
    errors: list[BaseException] = []

    def run(station) -> None:
        try:
            deadline = time.monotonic() + seconds
            while not outbox_settled(station) and time.monotonic() < deadline:
                station.pusher.push_due()
                time.sleep(0.01)
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(s,)) for s in stations]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 10)
    assert not errors, errors
    assert outbox_settled(stations[0]), outbox_rows(stations[0])


def each_row_sent_once(shopify, stations, shipments) -> None:
    assert_one_each(shopify, shipments)
    # every fulfillmentCreate the shop received was a first send: nobody sent a row twice
    # (a collect-in-store order is told "ready for pickup" instead: no fulfillmentCreate)
    fulfilled = [s for s in shipments if not collected_in_store(shopify, s.fulfillment_order_id)]
    assert shopify.outcomes("fault:delay", "fulfillmentCreate") == len(fulfilled)
    with UnitOfWork(stations[0].session_factory) as uow:
        actions = Counter(e.action for e in uow.audit.entries())
        assert {r.state for r in uow.outbox.all()} == {"done"}
    assert actions["sync.pushed"] == len(fulfilled)
    assert actions["sync.ready_for_pickup"] == len(shipments) - len(fulfilled)
    assert actions["sync.rejected"] == 0 and actions["sync.reconciled"] == 0


@pytest.mark.parametrize("workers", [2, 4])
@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_workers_on_one_database_send_each_row_once(
    request, shopify_settings, shopify, workers, database
):
    # a long lease: on a loaded machine no live worker's row may look abandoned
    settings = replace(fast(shopify_settings), sync_lease_seconds=20.0)
    if database == "postgresql":
        settings = replace(settings, db_url=request.getfixturevalue("pg_url"))
    stations = [
        build_station(replace(settings, station_name=f"Bench {n + 1}")) for n in range(workers)
    ]
    try:
        first_pull(stations[0])
        shipments = complete_mixed(stations[0], open_names(stations[0], 12, min_units=2))
        shopify.inject("delay", "fulfillmentCreate", times=None, seconds=0.15)  # slow mutations
        push_with_workers(stations)
        each_row_sent_once(shopify, stations, shipments)
    finally:
        for station in stations:
            station.close()


def test_kill_9_of_sync_workers_mid_request_21_times(shopify_settings, shopify):
    station = build_station(fast(shopify_settings))
    try:
        first_pull(station)
        shipments = complete_mixed(station, open_names(station, 24, min_units=2))
        # every push is held 0.9 s, past the 0.6 s timeout, and commits even when nobody waits
        shopify.inject("late_commit", "fulfillmentCreate", times=None, seconds=0.9)
        # a killed worker's row is free after a 1.0 s lease and looked up 0.8 s later: both above
        # the 0.6 s timeout (the rule), and together past the shop's 0.9 s late commit
        env = worker_env(
            station.settings,
            shopify,
            PACKSTATION_SYNC_LEASE_SECONDS="1.0",
            PACKSTATION_SYNC_SETTLE_SECONDS="0.8",
        )
        kills = 0
        with SyncForks(env) as forks:  # each a fresh `packstation sync` process, no re-import
            for _ in range(21):
                before = shopify.outcomes("fault:late_commit", "fulfillmentCreate")
                worker = forks.start_sync()
                try:
                    deadline = time.monotonic() + 30
                    while shopify.outcomes("fault:late_commit", "fulfillmentCreate") == before:
                        assert worker.poll() is None, "the sync worker died by itself"
                        assert time.monotonic() < deadline, "the worker never pushed"
                        time.sleep(0.02)
                finally:
                    kill_hard(worker)  # while its request is in flight
                kills += 1
            assert kills == 21
            assert shopify.outcomes("fault:late_commit", "fulfillmentCreate") == 21
            shopify.clear_faults()
            worker = forks.start_sync()  # one more, left to finish the job
            try:
                deadline = time.monotonic() + 90
                while not outbox_settled(station):
                    assert time.monotonic() < deadline, outbox_rows(station)
                    time.sleep(0.2)
            finally:
                kill_hard(worker)
        assert_one_each(shopify, shipments)
        with UnitOfWork(station.session_factory) as uow:
            assert {r.state for r in uow.outbox.all()} == {"done"}
            assert not [e for e in uow.audit.entries(["sync.rejected"])]
    finally:
        station.close()


def test_the_sync_worker_survives_a_database_outage(request, shopify_settings, shopify):
    pg = request.getfixturevalue("pg_url")
    parts = urlsplit(pg)
    cut = TcpCut(parts.hostname or "127.0.0.1", parts.port or 5432)
    through_cut = urlunsplit(parts._replace(netloc=f"postgres@127.0.0.1:{cut.port}"))
    station = build_station(replace(fast(shopify_settings), db_url=through_cut))
    station.pusher._policy = BackoffPolicy(base_seconds=0.1, cap_seconds=0.2)
    stop = threading.Event()
    thread = threading.Thread(target=station.sync.run_forever, args=(stop,), daemon=True)
    try:
        first_pull(station)
        shipments = complete_mixed(station, open_names(station, 4, min_units=2))
        cut.cut()  # the database server goes away before the worker starts
        station.sync.interval_seconds = 0.1
        statuses = []
        station.sync._on_status = statuses.append
        thread.start()
        deadline = time.monotonic() + 20
        while not any("database" in s.last_error for s in statuses):
            assert time.monotonic() < deadline, statuses[-3:]
            time.sleep(0.05)
        assert thread.is_alive()
        assert shopify.store.fulfillments == {}
        cut.mend()
        deadline = time.monotonic() + 30
        while not outbox_settled(station):
            assert time.monotonic() < deadline, outbox_rows(station)
            time.sleep(0.1)
        assert thread.is_alive()
        assert_one_each(shopify, shipments)
    finally:
        stop.set()
        station.sync.wake.set()
        thread.join(10)
        station.close()
        cut.close()


def test_a_sync_pass_with_the_database_cut_mid_push_recovers(request, shopify_settings, shopify):
    pg = request.getfixturevalue("pg_url")
    parts = urlsplit(pg)
    cut = TcpCut(parts.hostname or "127.0.0.1", parts.port or 5432)
    through_cut = urlunsplit(parts._replace(netloc=f"postgres@127.0.0.1:{cut.port}"))
    # the row cut mid-push waits out its lease, then the settle period: both shorter here, and
    # both still longer than the 0.6 s request timeout (the rule) and the shop's 0.4 s delay
    settings = replace(
        fast(shopify_settings),
        db_url=through_cut,
        sync_lease_seconds=1.0,
        sync_settle_seconds=0.8,
    )
    station = build_station(settings)
    station.pusher._policy = BackoffPolicy(base_seconds=0.1, cap_seconds=0.2)
    # each pass pulls the queue: the cost bucket's waits take no real time (tests/fast_time.py)
    FastForwardTime().drive(shopify, station.connector.client)  # type: ignore[attr-defined]
    try:
        first_pull(station)
        shipments = complete_mixed(station, open_names(station, 2, min_units=2))
        # the database goes away while the shop holds the first push
        shopify.inject("delay", "fulfillmentCreate", seconds=0.4)
        threading.Timer(0.2, cut.cut).start()
        status = station.sync.run_once()
        assert "database" in status.last_error
        cut.mend()
        sync_until_settled(station, seconds=30)
        assert_one_each(shopify, shipments)
    finally:
        station.close()
        cut.close()


def test_four_sync_processes_on_one_postgresql_database_send_each_row_once(
    request, shopify_settings, shopify
):
    """Four stations' ``packstation sync`` processes share one PostgreSQL outbox."""
    settings = replace(
        fast(shopify_settings), db_url=request.getfixturevalue("pg_url"), sync_lease_seconds=20.0
    )
    station = build_station(settings)
    workers = []
    try:
        first_pull(station)
        shipments = complete_mixed(station, open_names(station, 12, min_units=2))
        shopify.inject("delay", "fulfillmentCreate", times=None, seconds=0.15)
        for n in range(4):
            env = worker_env(
                settings,
                shopify,
                PACKSTATION_STATION_NAME=f"Bench {n + 1}",
                PACKSTATION_SYNC_LEASE_SECONDS="20",
            )
            workers.append(start_worker(env))
        deadline = time.monotonic() + 60
        while not outbox_settled(station):
            assert all(w.poll() is None for w in workers), "a sync process died"
            assert time.monotonic() < deadline, outbox_rows(station)
            time.sleep(0.1)
        each_row_sent_once(shopify, [station], shipments)
    finally:
        for worker in workers:
            kill_hard(worker)
        station.close()
