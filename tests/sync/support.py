"""Helpers for the exactly-once tests: real time, small timeouts, sync worker subprocesses."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import defaultdict
from dataclasses import replace

import httpx

from packstation.config import Settings
from packstation.services.auth import Authorisation
from packstation.storage.uow import UnitOfWork
from packstation.testing.shopify.server import ShopifyEmulator
from packstation.testing.shopify.store import Fulfillment
from tests.helpers import next_serial, pack_order

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LEAD = Authorisation(lead="Maja Lind", action="short", reason="rest ships next week")
# A request gives up after 0.6 s; an unknown outcome is looked up 1.5 s later; a dead
# worker's row is free again after 2 s.
FAST = {"shop_timeout_seconds": 0.6, "sync_settle_seconds": 1.5, "sync_lease_seconds": 2.0}


def fast(settings: Settings) -> Settings:
    """Settings with the small timings above (the rule is the same, only quicker)."""
    return replace(settings, **FAST)  # type: ignore[arg-type]


def first_pull(station) -> None:
    """The first, full pull with a patient timeout (the small one is meant for the pushes;
    on a loaded machine a 60-order page can take longer than 0.6 s)."""
    client = station.connector.client
    quick = client._http.timeout
    client._http.timeout = httpx.Timeout(30.0)
    try:
        station.puller.pull()
    finally:
        client._http.timeout = quick


def open_names(station, count: int, *, min_units: int = 1) -> list[str]:
    """Queued, packable orders (with at least ``min_units`` units), by name."""
    with UnitOfWork(station.session_factory) as uow:
        orders = [
            uow.orders.get(r.id)
            for r in uow.orders.queue()
            if r.status in ("OPEN", "IN_PROGRESS") and r.local_state == "queued"
        ]
    names = sorted(
        o.order_name
        for o in orders
        if o is not None and sum(line.quantity for line in o.lines) >= min_units
    )
    assert len(names) >= count, f"only {len(names)} orders fit"
    return names[:count]


def complete_full(station, name: str):
    """Pack every unit and complete: the shipment."""
    return station.packing.complete(pack_order(station, name)).shipment


def complete_partial(station, name: str):
    """Pack one unit only and complete it as a short shipment (a lead allows it)."""
    opened = station.packing.open_order(name)
    line = opened.order.lines[0]
    station.packing.scan(opened, line.barcode)
    if line.requires_serial:  # the shop says so (a variant metafield): its serial too
        station.packing.scan(opened, next_serial())
    return station.packing.complete(opened, "Out of stock", LEAD).shipment


def live(shopify: ShopifyEmulator) -> dict[str, list[Fulfillment]]:
    """The shop's live (not cancelled) fulfillments by tracking number."""
    by_tracking: dict[str, list[Fulfillment]] = defaultdict(list)
    with shopify.store.lock:
        for fulfillment in shopify.store.fulfillments.values():
            if fulfillment.status != "CANCELLED":
                by_tracking[fulfillment.tracking_number].append(fulfillment)
    return by_tracking


def collected_in_store(shopify: ShopifyEmulator, fulfillment_order_id: str) -> bool:
    """Whether the shop's order is collect-in-store: it gets one "ready for pickup" notice and
    no fulfillment from the station (the shop fulfills it when the customer comes)."""
    with shopify.store.lock:
        return shopify.store.fulfillment_orders[fulfillment_order_id].method_type == "PICK_UP"


def assert_ready_once(shopify: ShopifyEmulator, shipment) -> None:
    """A collect-in-store shipment: one notice to the customer, no fulfillment."""
    with shopify.store.lock:
        record = shopify.store.fulfillment_orders[shipment.fulfillment_order_id]
        assert record.ready_notices == 1, f"{shipment.order_name}: {record.ready_notices} notices"
    assert not shopify.store.fulfillments_of(shipment.fulfillment_order_id), shipment.order_name


def assert_one_each(shopify: ShopifyEmulator, shipments) -> None:
    """One live fulfillment per shipment, with its tracking number and packed quantities
    (collect-in-store shipments: one "ready for pickup" notice instead)."""
    by_tracking = live(shopify)
    shipped = [s for s in shipments if not collected_in_store(shopify, s.fulfillment_order_id)]
    for shipment in shipments:
        if shipment not in shipped:
            assert_ready_once(shopify, shipment)
    shipments = shipped
    for shipment in shipments:
        found = by_tracking.get(shipment.tracking_number, [])
        assert len(found) == 1, f"{shipment.order_name}: {len(found)} fulfillments"
        assert sorted(found[0].lines) == sorted((s.line_id, s.quantity) for s in shipment.lines)
    assert sum(len(f) for f in by_tracking.values()) == len(shipments)


def outbox_settled(station) -> bool:
    """Nothing left to send, look up or check."""
    with UnitOfWork(station.session_factory) as uow:
        return all(
            row.state not in ("pending", "sending") and row.verify_at is None
            for row in uow.outbox.all()
        )


def sync_until_settled(station, seconds: float = 30.0, pause: float = 0.1) -> None:
    """Run sync passes in real time until the outbox has settled (or fail)."""
    deadline = time.monotonic() + seconds
    while not outbox_settled(station):
        assert time.monotonic() < deadline, f"the outbox did not settle: {outbox_rows(station)}"
        station.sync.run_once()
        time.sleep(pause)


def outbox_rows(station) -> list[tuple[int, str, int, str]]:
    """(id, state, attempts, last_error) of every outbox row."""
    with UnitOfWork(station.session_factory) as uow:
        return [(r.id, r.state, r.attempts, r.last_error) for r in uow.outbox.all()]


def worker_env(settings: Settings, shopify: ShopifyEmulator, **extra: str) -> dict[str, str]:
    """The environment of a ``packstation sync`` subprocess for this station's data."""
    env = {
        **os.environ,
        "PACKSTATION_DATA_DIR": str(settings.data_dir),
        "PACKSTATION_SHOP": "shopify",
        "PACKSTATION_SHOPIFY_URL": shopify.url,
        "PACKSTATION_SHOPIFY_LOCATIONS": "1",
        "PACKSTATION_STATION_NAME": "Bench 1",
        "PACKSTATION_SYNC_INTERVAL_SECONDS": "0.2",
        "PYTHONPATH": os.path.join(REPO, "src"),
    }
    env.update({f"PACKSTATION_{k.upper()}": str(v) for k, v in FAST.items()})
    if settings.db_url:
        env["PACKSTATION_DB_URL"] = settings.db_url
    env.update(extra)
    return env


def start_worker(env: dict[str, str]) -> subprocess.Popen[bytes]:
    """A ``packstation sync`` process (runs until killed)."""
    return subprocess.Popen(
        [sys.executable, "-m", "packstation", "sync"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def kill_hard(worker: subprocess.Popen[bytes]) -> None:
    """``kill -9`` and reap."""
    if worker.poll() is None:
        worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=10)


class TcpCut:
    """A TCP forwarder in front of a server (PostgreSQL): ``cut()`` is an outage, ``mend()``
    ends it. While cut, every connection is closed at once, new ones included."""

    def __init__(self, host: str, port: int) -> None:
        self._target = (host, port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._cut = threading.Event()
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        threading.Thread(target=self._accept, daemon=True).start()

    def cut(self) -> None:
        """The database goes away: close every connection."""
        self._cut.set()
        with self._lock:
            sockets, self._open = self._open, set()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def mend(self) -> None:
        """The database is back."""
        self._cut.clear()

    def close(self) -> None:
        """Stop forwarding."""
        self.cut()
        self._listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self._cut.is_set():
                client.close()
                continue
            try:
                upstream = socket.create_connection(self._target, timeout=5)
            except OSError:
                client.close()
                continue
            for sock in (client, upstream):  # no Nagle delay: each message goes at once
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self._open |= {client, upstream}
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, source: socket.socket, target: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                target.sendall(chunk)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
