"""``kill -9`` of a sync worker while its booking request is in flight: one booking each."""

from __future__ import annotations

import time

from packstation.carriers.credentials import ENV_KEY, ENV_USER
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order
from tests.sync.forks import SyncForks
from tests.sync.support import kill_hard, live, worker_env
from tests.wiring.conftest import CARRIER_TIMEOUT, booking_rows, names_in, settled

ROUNDS = 3


def in_flight(shipmondo, before: int, seconds: float = 20.0) -> None:
    """Wait until the platform has received one more booking request."""
    deadline = time.monotonic() + seconds
    while len([r for r in shipmondo.log if r.operation == "POST /shipments"]) <= before:
        assert time.monotonic() < deadline, "the worker never sent the booking"
        time.sleep(0.02)


def test_a_worker_killed_mid_booking_never_books_twice(station, carrier_settings, shipmondo, shop):
    names = names_in(station, ("DK",), ROUNDS)
    shipmondo.stop()  # book nothing at the bench: the workers do it
    shipments = [station.packing.complete(pack_order(station, n)).shipment for n in names]
    shipmondo.start()
    with UnitOfWork(station.session_factory) as uow:
        for row in uow.bookings.all():
            row.next_attempt_at = row.created_at
        uow.commit()
    env = worker_env(
        carrier_settings,
        shop,
        PACKSTATION_CARRIER_KIND="shipmondo",
        PACKSTATION_CARRIER_BASE_URL=shipmondo.url,
        PACKSTATION_SHIPPING_RULES_FILE=carrier_settings.shipping_rules_file,
        PACKSTATION_CARRIER_TIMEOUT_SECONDS=str(CARRIER_TIMEOUT),
        **{ENV_USER: shipmondo.api_user, ENV_KEY: shipmondo.api_key},
    )
    with SyncForks(env) as forks:  # each a fresh `packstation sync` process, no re-import
        for _ in range(ROUNDS):
            sent = len([r for r in shipmondo.log if r.operation == "POST /shipments"])
            # the platform holds the request, then books it even though the client is gone
            shipmondo.inject("late_commit", "POST /shipments", seconds=0.4)
            worker = forks.start_sync()
            try:
                in_flight(shipmondo, sent)
            finally:
                kill_hard(worker)
        worker = forks.start_sync()
        try:
            deadline = time.monotonic() + 60
            while not settled(station):
                assert time.monotonic() < deadline, f"not settled: {booking_rows(station)}"
                time.sleep(0.2)
        finally:
            kill_hard(worker)
    by_tracking = live(shop)
    for shipment in shipments:
        [made] = shipmondo.store.with_reference(shipment.shipment_id)
        assert len(by_tracking[made["pkg_no"]]) == 1, shipment.order_name
