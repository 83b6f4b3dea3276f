"""Exactly-once soak: completions, random shop faults and kill -9 of two sync workers at once.

A station completes orders (full and short) against the Shopify emulator over HTTP while two
``packstation sync`` processes push the same SQLite outbox. Meanwhile the shop misbehaves at
random (every fault kind the emulator has, late commits included) and a killer sends SIGKILL
to a random worker every so often, restarting it at once. When the completions are done and
enough workers were killed, the faults stop and the workers finish. Then it prints:

- completions (full / short), kills, faults injected
- duplicates: shipments with more than one live fulfillment in the shop (must be 0)
- false rejections: shipments the station marked refused (the shop never refused one: 0)
- lost: shipments with no live fulfillment (must be 0)
- wrong quantities: a live fulfillment whose units differ from what was packed (must be 0)
- late duplicates cancelled: resends whose late original arrived and was cancelled (informative)

Timings are scaled down (request timeout 0.5 s, settle 1.2 s, lease 1.5 s) so a run takes a
few minutes; the rule is the same as with the defaults. Late commits are held 0.6-2.0 s,
within the documented window (timeout + 2 x settle); see docs/sync.md for the limits.

    python bench/exactly_once_soak.py [--completions 500] [--kills 50] [--seed 13]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from packstation.app import Station, build_station
from packstation.config import load_settings
from packstation.domain.shipments import Shipment
from packstation.services.auth import Authorisation
from packstation.storage.uow import UnitOfWork
from packstation.testing.shopify.seed import seed_demo_orders
from packstation.testing.shopify.server import FAULT_KINDS, ShopifyEmulator

TIMINGS = {"shop_timeout_seconds": 0.5, "sync_settle_seconds": 1.2, "sync_lease_seconds": 1.5}
LEAD = Authorisation(lead="Soak Lead", action="short", reason="rest follows")
ROOT = Path(__file__).resolve().parent.parent


def pack(station: Station, name: str, short: bool) -> Shipment:
    """Open an order, scan what a packer would, complete it (short: one unit only)."""
    opened = station.packing.open_order(name)
    serial = 0
    for line in opened.order.lines:
        for _ in range(line.quantity):
            station.packing.scan(opened, line.barcode)
            if line.requires_serial:
                serial += 1
                station.packing.scan(opened, f"SN-{name.strip('#')}-{serial:04d}")
            if short:
                break
        if short:
            break
    if short:
        return station.packing.complete(opened, "Out of stock", LEAD).shipment
    return station.packing.complete(opened).shipment


class Workers:
    """Two (or more) ``packstation sync`` processes; ``kill_one`` is ``kill -9`` + restart."""

    def __init__(self, count: int, env: dict[str, str]) -> None:
        self._env = env
        self._procs = [self._start() for _ in range(count)]
        self.kills = 0

    def _start(self) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-m", "packstation", "sync"],
            env=self._env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def kill_one(self, rng: random.Random) -> None:
        """SIGKILL a random worker and start another in its place."""
        index = rng.randrange(len(self._procs))
        proc = self._procs[index]
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        self.kills += 1
        self._procs[index] = self._start()

    def stop(self) -> None:
        """SIGTERM every worker and wait."""
        for proc in self._procs:
            if proc.poll() is None:
                proc.terminate()
        for proc in self._procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)


def random_fault(emulator: ShopifyEmulator, rng: random.Random) -> str:
    """Inject one random fault, mostly on pushes, sometimes on reads."""
    kind = rng.choice(FAULT_KINDS)
    field = rng.choices(["fulfillmentCreate", "fulfillmentOrder", "*"], [7, 2, 1])[0]
    seconds = rng.uniform(0.6, 2.0) if kind == "late_commit" else rng.uniform(0.1, 1.0)
    emulator.inject(kind, field, seconds=seconds, retry_after=str(rng.randint(0, 2)))
    return kind


def settled(station: Station) -> bool:
    with UnitOfWork(station.session_factory) as uow:
        return all(
            r.state not in ("pending", "sending") and r.verify_at is None for r in uow.outbox.all()
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--completions", type=int, default=500)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--quick", action="store_true", help="20 completions, 3 kills (CI)")
    args = parser.parse_args()
    if args.quick:
        args.completions, args.kills = 20, 3
    rng = random.Random(args.seed)
    emulator = ShopifyEmulator()
    seed_demo_orders(emulator.store, args.completions + 20)
    work = Path(tempfile.mkdtemp(prefix="soak-"))
    os.environ["PACKSTATION_CONFIG"] = str(work / "none.toml")
    os.environ["PACKSTATION_SHOPIFY_TOKEN"] = emulator.access_token
    with emulator:
        settings = load_settings(
            data_dir=work / "data",
            station_name="Soak",
            user="Åse",
            shop="shopify",
            shopify_url=emulator.url,
            shopify_locations="1",
            **TIMINGS,
        )
        station = build_station(settings)
        station.puller.pull()
        env = {
            **os.environ,
            "PACKSTATION_DATA_DIR": str(settings.data_dir),
            "PACKSTATION_SHOP": "shopify",
            "PACKSTATION_SHOPIFY_URL": emulator.url,
            "PACKSTATION_SHOPIFY_LOCATIONS": "1",
            "PACKSTATION_STATION_NAME": "Soak",
            "PACKSTATION_SYNC_INTERVAL_SECONDS": "0.2",
            "PYTHONPATH": str(ROOT / "src"),
            **{f"PACKSTATION_{k.upper()}": str(v) for k, v in TIMINGS.items()},
        }
        workers = Workers(args.workers, env)
        faults: Counter[str] = Counter()
        done = threading.Event()

        def chaos() -> None:
            next_kill = time.monotonic() + rng.uniform(2.0, 5.0)
            while not done.is_set():
                faults[random_fault(emulator, rng)] += 1
                if time.monotonic() >= next_kill:
                    workers.kill_one(rng)
                    next_kill = time.monotonic() + rng.uniform(2.0, 5.0)
                time.sleep(rng.uniform(0.1, 0.4))

        began = time.monotonic()
        chaos_thread = threading.Thread(target=chaos, daemon=True)
        chaos_thread.start()
        with UnitOfWork(station.session_factory) as uow:
            names = sorted(r.order_name for r in uow.orders.queue())[: args.completions]
        shipments: list[Shipment] = []
        kinds: Counter[str] = Counter()
        for name in names:
            shipment = pack(station, name, rng.random() < 0.5)
            kinds["short" if shipment.partial_reason else "full"] += 1
            shipments.append(shipment)
        while workers.kills < args.kills:
            time.sleep(0.2)
        done.set()
        chaos_thread.join(30)
        emulator.clear_faults()
        deadline = time.monotonic() + 300
        while not settled(station) and time.monotonic() < deadline:
            time.sleep(0.5)
        workers.stop()
        elapsed = time.monotonic() - began
        report(station, emulator, shipments, kinds, workers.kills, faults, elapsed)
        station.close()
    shutil.rmtree(work, ignore_errors=True)


def report(
    station: Station,
    emulator: ShopifyEmulator,
    shipments: list[Shipment],
    kinds: Counter[str],
    kills: int,
    faults: Counter[str],
    elapsed: float,
) -> None:
    live: dict[str, list[list[tuple[str, int]]]] = {}
    cancelled = 0
    with emulator.store.lock:
        for fulfillment in emulator.store.fulfillments.values():
            if fulfillment.status == "CANCELLED":
                cancelled += 1
                continue
            live.setdefault(fulfillment.tracking_number, []).append(fulfillment.lines)
    duplicates = lost = wrong = 0
    for shipment in shipments:
        found = live.get(shipment.tracking_number, [])
        duplicates += len(found) > 1
        lost += not found
        packed = sorted((s.line_id, s.quantity) for s in shipment.lines)
        wrong += any(sorted(lines) != packed for lines in found)
    with UnitOfWork(station.session_factory) as uow:
        states = Counter(r.state for r in uow.outbox.all())
        exceptions = Counter(e.kind for e in uow.exceptions.open())
    print(
        f"completions:            {len(shipments)} ({kinds['full']} full, {kinds['short']} short)"
    )
    print(f"kill -9 of workers:     {kills} (two workers at once)")
    print(f"faults injected:        {sum(faults.values())} {dict(sorted(faults.items()))}")
    print(f"late commits:           {emulator.outcomes('late_commit')}")
    print(f"duplicates:             {duplicates}")
    print(f"false rejections:       {states['rejected']}")
    print(f"lost:                   {lost}")
    print(f"wrong quantities:       {wrong}")
    print(f"late duplicates cancelled (lead told): {exceptions['sync_duplicate']}")
    print(f"outbox states:          {dict(states)}")
    print(f"wall time:              {elapsed:.0f} s")


if __name__ == "__main__":
    main()
