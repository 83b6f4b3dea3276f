"""The queue at scale (issue 18): 2,000 / 20,000 / 50,000 open orders of 1–5 lines on SQLite.

For each size the orders are pulled into a fresh station through the storage layer (the first
load, page by page, as from a big shop), then the window is started in a fresh process and
measured: start to a usable queue, a filter keystroke (p95), a sort, resident memory, the
longest GUI-thread stall (a 10 ms tick) while a background pull changes 1,000 orders, and a
slip scan to the opened order (p99). Figures are printed, not judged.
``--quick``: 500 and 2,000 orders, fewer samples (seconds, for ``./dev bench``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools

from packstation.app import build_station
from packstation.config import Settings, load_settings
from packstation.domain.orders import Address, FulfillmentLine, FulfillmentOrder, ShopStatus
from packstation.shop.base import OrderPage
from packstation.storage.uow import UnitOfWork

PAGE = 250  # orders per page the fake shop hands out
NAMES = ("Hansen", "Jensen", "Berg", "de Vries", "Lindqvist", "Nordmann", "Åse", "Olsen")
FIRST = ("Kari", "Jan", "Maja", "Lars", "Sofie", "Emil", "Ingrid", "Pieter")


def rss_mb() -> tuple[float, float]:
    """Resident memory now and at its peak (MB), from /proc."""
    now = peak = 0.0
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                now = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    return now, peak


def make_order(
    number: int, rng: random.Random, epoch: datetime, **changes: Any
) -> FulfillmentOrder:
    """An open order of 1–5 lines."""
    lines = tuple(
        FulfillmentLine(
            line_id=f"bench-line-{number}-{i}",
            sku=f"SKU-{rng.randrange(2000):04d}",
            barcode=f"57{number:08d}{i:02d}",
            title=f"Item {i}",
            variant_title="",
            quantity=rng.randint(1, 3),
            bin_location=f"A-{rng.randrange(99):02d}",
        )
        for i in range(rng.randint(1, 5))
    )
    created = epoch - timedelta(minutes=number % 5000, seconds=number)
    order = FulfillmentOrder(
        fulfillment_order_id=f"gid://shopify/FulfillmentOrder/{number}",
        order_name=f"#{number}",
        status=ShopStatus.OPEN,
        created_at=created,
        updated_at=created,
        shipping_address=Address(
            name=f"{rng.choice(FIRST)} {rng.choice(NAMES)}",
            address1="Havnegade 1",
            city="Aarhus",
            zip="8000",
            country_code=rng.choice(("DK", "SE", "NO", "NL")),
        ),
        shipping_method=rng.choice(("GLS", "PostNord", "DAO", "Bring")),
        express=rng.random() < 0.05,
        lines=lines,
    )
    return _replace(order, **changes) if changes else order


def _replace(order: FulfillmentOrder, **changes: Any) -> FulfillmentOrder:
    from dataclasses import replace

    return replace(order, **changes)


class BenchShop:
    """A shop of ``count`` open orders handed out page by page; ``changes`` (after the first
    load) are what an incremental pull receives."""

    name = "bench"

    def __init__(self, count: int) -> None:
        self.count = count
        self.epoch = datetime.now(UTC) - timedelta(hours=1)
        self.changes: list[FulfillmentOrder] = []

    def orders(self) -> Iterator[FulfillmentOrder]:
        rng = random.Random(18)
        for number in range(1001, 1001 + self.count):
            yield make_order(number, rng, self.epoch)

    def fetch_fulfillment_order_pages(
        self, updated_since: datetime | None, after: str | None
    ) -> Iterator[OrderPage]:
        source = list(self.changes) if updated_since is not None else None
        start = int(after) if after else 0
        if source is not None:
            for at in range(start, len(source), PAGE):
                more = at + PAGE < len(source)
                yield OrderPage(source[at : at + PAGE], str(at + PAGE) if more else "")
            return
        page: list[FulfillmentOrder] = []
        for index, order in enumerate(self.orders()):  # streamed: one page in memory
            if index < start:
                continue
            page.append(order)
            if len(page) == PAGE:
                more = index + 1 < self.count
                yield OrderPage(page, str(index + 1) if more else "")
                page = []
        if page:
            yield OrderPage(page, "")

    def fetch_fulfillment_orders(
        self, updated_since: datetime | None, on_page: Any = None
    ) -> list[FulfillmentOrder]:
        return [
            o for p in self.fetch_fulfillment_order_pages(updated_since, None) for o in p.orders
        ]

    def make_changes(self, how_many: int) -> None:
        """``how_many`` changed orders: 80% edited, 10% closed, 10% new."""
        how_many -= how_many % 10
        rng = random.Random(81)
        numbers = rng.sample(range(1001, 1001 + self.count), how_many * 9 // 10)
        later = datetime.now(UTC)
        changes = []
        for i, number in enumerate(numbers):
            order = make_order(number, random.Random(number), self.epoch)
            if i % 9 == 0:
                changes.append(_replace(order, status=ShopStatus.CLOSED, updated_at=later))
            else:
                changes.append(
                    _replace(order, shipping_method="GLS Express", express=True, updated_at=later)
                    if i % 3 == 0
                    else _replace(
                        order,
                        status=ShopStatus.ON_HOLD,
                        hold_reason="Address check",
                        updated_at=later,
                    )
                )
        for number in range(1001 + self.count, 1001 + self.count + how_many // 10):
            changes.append(make_order(number, rng, self.epoch, updated_at=later))
        self.changes = changes


class LockProbe(threading.Thread):
    """Another writer (a scan being saved): one small write transaction every 20 ms; the
    longest one is how long a scan would wait for the write lock."""

    def __init__(self, factory: Any) -> None:
        super().__init__(daemon=True)
        self.factory = factory
        self.stop = threading.Event()
        self.longest = 0.0
        self.longest_wait = 0.0  # of which waiting for the write lock (the rest: the commit)
        self.waits: list[float] = []  # every wait for the lock (s)

    def run(self) -> None:
        while not self.stop.is_set():
            begin = time.perf_counter()
            with UnitOfWork(self.factory) as uow:
                uow.sync_state.set("bench_probe", str(begin))  # waits for the lock here
                locked = time.perf_counter()
                uow.commit()
            done = time.perf_counter()
            self.longest = max(self.longest, done - begin)
            self.longest_wait = max(self.longest_wait, locked - begin)
            self.waits.append(locked - begin)
            time.sleep(0.02)

    def wait_p99_ms(self) -> float:
        """The 99th percentile of the waits for the lock (ms)."""
        if len(self.waits) < 2:
            return self.longest_wait * 1000
        return statistics.quantiles(self.waits, n=100)[98] * 1000


def settings_for(folder: Path) -> Settings:
    return load_settings(demo=True, data_dir=folder, station_name="bench", user="b")


# -- child process 1: the first load -------------------------------------------------------------


def seed(folder: Path, count: int) -> dict[str, float]:
    """The first pull of ``count`` orders into a fresh station."""
    station = build_station(settings_for(folder), connector=BenchShop(count))
    idle = LockProbe(station.session_factory)  # a write's own time (fsync), no pull running
    idle.start()
    time.sleep(1.0)
    idle.stop.set()
    idle.join()
    probe = LockProbe(station.session_factory)
    probe.start()
    begin = time.perf_counter()
    report = station.puller.pull()
    seconds = time.perf_counter() - begin
    probe.stop.set()
    probe.join()
    station.close()
    return {
        "pull_s": seconds,
        "received": report.received,
        "pull_peak_rss_mb": rss_mb()[1],
        "pull_longest_other_write_ms": probe.longest * 1000,
        "pull_longest_lock_wait_ms": probe.longest_wait * 1000,
        "pull_lock_wait_p99_ms": probe.wait_p99_ms(),
        "idle_longest_write_ms": idle.longest * 1000,
    }


# -- child process 2: the window ----------------------------------------------------------------


def measure_window(folder: Path, count: int, samples: int) -> dict[str, float]:
    """Start the window on the seeded database and measure it."""
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from packstation.ui.shell.main import start

    app = QApplication(sys.argv[:1])

    def wait_for(
        condition: Callable[[], bool], seconds: float = 120, why: Callable[[], str] = str
    ) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit(f"bench: the window did not respond in time {why()}")
            app.processEvents()
            time.sleep(0.001)

    shop = BenchShop(count)
    begin = time.perf_counter()
    station = build_station(settings_for(folder), connector=shop)
    running = start(station, app, start_sync=False)
    running.window.show()
    app.processEvents()
    shown_ms = (time.perf_counter() - begin) * 1000
    controller = running.controller
    wait_for(lambda: controller.queue.loaded)
    app.processEvents()
    usable_ms = (time.perf_counter() - begin) * 1000
    wait_for(lambda: controller.queue.complete)
    app.processEvents()
    complete_ms = (time.perf_counter() - begin) * 1000
    figures: dict[str, float] = {
        "window_shown_ms": shown_ms,
        "queue_usable_ms": usable_ms,
        "queue_complete_ms": complete_ms,
    }
    assert controller.queue_model.rowCount() == count, controller.queue_model.rowCount()

    # a filter keystroke: the text reaches the field, the view is updated and painted
    search = running.window.queue_view.search
    keystrokes: list[float] = []
    keystrokes_cpu: list[float] = []  # the GUI thread's own work (the machine may be busy)
    words = ["hansen", "sku-01", "#12", "berg", "de v", "åse", "#1001"]
    for word in words[: max(2, samples // 20)]:
        for end in [*range(1, len(word) + 1), *range(len(word) - 1, -1, -1)]:
            t0, c0 = time.perf_counter(), time.thread_time()
            search.setText(word[:end])
            app.processEvents()
            keystrokes.append((time.perf_counter() - t0) * 1000)
            keystrokes_cpu.append((time.thread_time() - c0) * 1000)
    figures["filter_p50_ms"] = statistics.median(keystrokes)
    figures["filter_p95_ms"] = statistics.quantiles(keystrokes, n=20)[18]
    figures["filter_max_ms"] = max(keystrokes)
    figures["filter_cpu_p95_ms"] = statistics.quantiles(keystrokes_cpu, n=20)[18]

    # a sort by a column, and back to queue order
    table = running.window.queue_view.table
    sorts: list[float] = []
    sorts_cpu: list[float] = []
    for column in (1, 0, 6, 7, -1):
        t0, c0 = time.perf_counter(), time.thread_time()
        table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        app.processEvents()
        sorts.append((time.perf_counter() - t0) * 1000)
        sorts_cpu.append((time.thread_time() - c0) * 1000)
    figures["sort_max_ms"] = max(sorts)
    figures["sort_cpu_max_ms"] = max(sorts_cpu)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    figures["rss_mb"], figures["rss_peak_mb"] = rss_mb()

    # the longest GUI-thread stall while a background pull changes 1,000 orders
    ticks: list[tuple[float, float]] = []
    tick = QTimer()
    tick.setInterval(10)
    tick.timeout.connect(lambda: ticks.append((time.perf_counter(), time.thread_time())))
    search.setText("hansen")  # a packer's filter on, a row selected
    app.processEvents()
    table.selectRow(3)
    changes = min(1000, count // 2)
    shop.make_changes(changes)
    station.puller.use_connector(shop)
    done = threading.Event()
    probe = LockProbe(station.session_factory)

    def pull() -> None:
        try:
            station.puller.pull()
        finally:
            done.set()

    with UnitOfWork(station.session_factory) as uow:  # an incremental pull follows a first load
        uow.sync_state.set("last_pull_high_water", shop.epoch.isoformat())
        uow.commit()
    idle = LockProbe(station.session_factory)  # a write's own time, no pull running
    idle.start()
    time.sleep(1.0)
    idle.stop.set()
    idle.join()
    figures["write_idle_max_ms"] = idle.longest * 1000
    profile = None
    if os.environ.get("BENCH_PROFILE") == "pull":
        import cProfile

        profile = cProfile.Profile()
        profile.enable()
    import gc

    pauses: list[float] = []
    gc_began: list[float] = []

    def gc_watch(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            gc_began.append(time.perf_counter())
        elif gc_began:
            pauses.append((time.perf_counter() - gc_began.pop()) * 1000)

    gc.callbacks.append(gc_watch)
    tick.start()
    probe.start()
    worker = threading.Thread(target=pull)
    pull_begin = time.perf_counter()
    worker.start()
    wait_for(done.is_set)
    pull_s = time.perf_counter() - pull_begin
    expected = count  # as many closed as new
    controller.queue.refresh()  # as the sync pass's status does
    wait_for(
        lambda: controller.poster.pending == 0 and controller.queue_model.rowCount() == expected
    )
    for _ in range(10):
        app.processEvents()
        time.sleep(0.01)
    tick.stop()
    probe.stop.set()
    gc.callbacks.remove(gc_watch)
    figures["gc_longest_ms"] = max(pauses, default=0.0)
    if profile is not None:
        import pstats

        profile.disable()
        pstats.Stats(profile, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    gaps = [(b[0] - a[0]) * 1000 for a, b in itertools.pairwise(ticks)]
    busy = [(b[1] - a[1]) * 1000 for a, b in itertools.pairwise(ticks)]
    figures["gui_longest_busy_ms"] = max(busy) if busy else 0.0
    figures["pull_1000_s"] = pull_s
    figures["changes"] = changes
    figures["gui_longest_stall_ms"] = max(gaps) if gaps else 0.0
    figures["scan_write_wait_max_ms"] = probe.longest * 1000
    figures["scan_lock_wait_max_ms"] = probe.longest_wait * 1000
    figures["scan_lock_wait_p99_ms"] = probe.wait_p99_ms()
    figures["rss_after_pull_mb"], figures["rss_peak_mb"] = rss_mb()
    search.setText("")
    app.processEvents()

    # a slip scan (wedge keys, then Enter) to the order open on the pack screen
    target = running.window
    ts = 1_000_000
    latencies: list[float] = []
    latencies_cpu: list[float] = []
    model = controller.queue_model
    openable = [
        model.entry(r).order_name
        for r in range(model.rowCount())
        if model.entry(r).status == "OPEN" and model.entry(r).local_state == "queued"
    ]
    names = random.Random(5).sample(openable, samples)
    slip_profile = None
    if os.environ.get("BENCH_PROFILE") == "slip":
        import cProfile

        slip_profile = cProfile.Profile()
        slip_profile.enable()
    for name in names:
        for ch in name:
            ts += 8
            key = Qt.Key.Key_NumberSign if ch == "#" else Qt.Key(ord(ch))
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
                event.setTimestamp(ts)
                QApplication.sendEvent(target, event)
        ts += 8
        t0, c0 = time.perf_counter(), time.thread_time()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
            event.setTimestamp(ts)
            QApplication.sendEvent(target, event)
        wait_for(
            lambda n=name: controller.open is not None and controller.open.order.order_name == n,
            why=lambda: (
                running.window.pack_view.banner.message + running.window.queue_view.banner.message
            ),
        )
        latencies.append((time.perf_counter() - t0) * 1000)
        latencies_cpu.append((time.thread_time() - c0) * 1000)
        wait_for(lambda: controller.poster.pending == 0)
        ts += 1500
    if slip_profile is not None:
        import pstats

        slip_profile.disable()
        pstats.Stats(slip_profile, stream=sys.stderr).sort_stats(
            os.environ.get("BENCH_SORT", "cumulative")
        ).print_stats(60)
    q = statistics.quantiles(latencies, n=100)
    figures["slip_p50_ms"], figures["slip_p99_ms"] = q[49], q[98]
    figures["slip_cpu_p50_ms"] = statistics.median(latencies_cpu)
    figures["slip_cpu_p99_ms"] = statistics.quantiles(latencies_cpu, n=100)[98]
    lookups = []
    for name in names:  # the part that grew with the queue: finding the slip's order
        t0 = time.perf_counter()
        station.packing.is_order_number(name)
        lookups.append((time.perf_counter() - t0) * 1000)
    figures["lookup_p99_ms"] = statistics.quantiles(lookups, n=100)[98]
    running.shutdown()
    return figures


# -- Shopify: what a paginated first load costs ------------------------------------------------


def shopify_pages(count: int) -> dict[str, float]:
    """Pull ``count`` orders from the Shopify emulator page by page; the points each page is
    charged decide how long a real shop's first load takes (the bucket refills 100 points a
    second on a standard plan, 1,000 on Plus)."""
    from packstation.shop.shopify.client import GraphQLClient
    from packstation.shop.shopify.connector import ShopifyConnector
    from packstation.testing.shopify.seed import seed_demo_orders
    from packstation.testing.shopify.server import ShopifyEmulator

    emulator = ShopifyEmulator()
    seed_demo_orders(emulator.store, count)
    emulator.start()
    charged: list[float] = []
    client = GraphQLClient(emulator.url, lambda: emulator.access_token)
    observe = client.bucket.observe

    def counting(cost: dict[str, Any] | None, now: float) -> None:
        if cost and "actualQueryCost" in cost:
            charged.append(float(cost["actualQueryCost"]))
        observe(cost, now)

    client.bucket.observe = counting  # type: ignore[method-assign]
    connector = ShopifyConnector(client, ("1",), bulk_after=None)  # paging only
    try:
        begin = time.perf_counter()
        pulled = sum(len(p.orders) for p in connector.fetch_fulfillment_order_pages(None, None))
        seconds = time.perf_counter() - begin
    finally:
        connector.close()
        emulator.stop()
    return {
        "orders": pulled,
        "requests": len(charged),
        "points_per_order": sum(charged) / max(1, pulled),
        "emulator_s_per_1000": seconds / max(1, pulled) * 1000,
    }


# -- the parent: each size in fresh processes ------------------------------------------------


def child(*args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description="the queue at 2k / 20k / 50k open orders")
    parser.add_argument("--quick", action="store_true", help="500 and 2,000 orders (CI)")
    parser.add_argument("--sizes", default="", help="comma-separated sizes")
    parser.add_argument("--seed", nargs=2, metavar=("FOLDER", "COUNT"), help=argparse.SUPPRESS)
    parser.add_argument(
        "--window", nargs=3, metavar=("FOLDER", "COUNT", "N"), help=argparse.SUPPRESS
    )
    parser.add_argument("--shopify", metavar="COUNT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed:
        print(json.dumps(seed(Path(args.seed[0]), int(args.seed[1]))))
        return 0
    if args.shopify:
        print(json.dumps(shopify_pages(int(args.shopify))))
        return 0
    if args.window:
        folder, count, samples = args.window
        print(json.dumps(measure_window(Path(folder), int(count), int(samples))))
        return 0
    sizes = [500, 2000] if args.quick else [2_000, 20_000, 50_000]
    if args.sizes:
        sizes = [int(s) for s in args.sizes.split(",")]
    samples = 40 if args.quick else 200
    print(
        "targets at 50,000: usable < 1500 ms, filter p95 < 50 ms, sort < 100 ms, "
        "RSS < 300 MB, stall < 50 ms, slip p99 < 16 ms"
    )
    for count in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            pulled = child("--seed", tmp, str(count))
            shown = child("--window", tmp, str(count), str(samples))
        print(f"== {count:,} open orders")
        print(
            f"first pull: {pulled['pull_s']:.1f} s, peak RSS {pulled['pull_peak_rss_mb']:.0f} MB, "
            f"another writer's write took at most {pulled['pull_longest_other_write_ms']:.0f} ms, "
            f"of which {pulled['pull_longest_lock_wait_ms']:.0f} ms waiting for the lock "
            f"(p99 {pulled['pull_lock_wait_p99_ms']:.0f} ms; "
            f"with no pull: {pulled['idle_longest_write_ms']:.0f} ms)"
        )
        print(
            f"start: window shown {shown['window_shown_ms']:.0f} ms, "
            f"queue usable (first rows shown) {shown['queue_usable_ms']:.0f} ms, "
            f"all of it {shown['queue_complete_ms']:.0f} ms"
        )
        print(
            f"filter keystroke: p50 {shown['filter_p50_ms']:.1f} ms, "
            f"p95 {shown['filter_p95_ms']:.1f} ms, max {shown['filter_max_ms']:.1f} ms "
            f"(GUI thread's own work p95 {shown['filter_cpu_p95_ms']:.1f} ms)"
        )
        print(
            f"sort by a column: max {shown['sort_max_ms']:.1f} ms "
            f"(GUI thread's own work {shown['sort_cpu_max_ms']:.1f} ms)"
        )
        print(
            f"RSS: {shown['rss_mb']:.0f} MB after start, {shown['rss_after_pull_mb']:.0f} MB "
            f"after a pull, peak {shown['rss_peak_mb']:.0f} MB"
        )
        print(
            f"pull of {shown['changes']:,.0f} changes: {shown['pull_1000_s']:.1f} s; "
            f"GUI thread longest stall "
            f"{shown['gui_longest_stall_ms']:.0f} ms (its own work at most "
            f"{shown['gui_longest_busy_ms']:.0f} ms between ticks, the longest garbage "
            f"collection {shown['gc_longest_ms']:.0f} ms); a scan's write took at most "
            f"{shown['scan_write_wait_max_ms']:.0f} ms, of which "
            f"{shown['scan_lock_wait_max_ms']:.0f} ms waiting for the lock (p99 "
            f"{shown['scan_lock_wait_p99_ms']:.0f} ms; a write with no pull: "
            f"{shown['write_idle_max_ms']:.0f} ms)"
        )
        print(
            f"slip scan to open order: p50 {shown['slip_p50_ms']:.1f} ms, "
            f"p99 {shown['slip_p99_ms']:.1f} ms, GUI thread's own work p50 "
            f"{shown['slip_cpu_p50_ms']:.1f} ms, p99 "
            f"{shown['slip_cpu_p99_ms']:.1f} ms (finding the order: p99 "
            f"{shown['lookup_p99_ms']:.2f} ms; the rest is reading the order and showing it; its "
            "claim is written after, on the database writer)"
        )
    paged = child("--shopify", "200" if args.quick else "1000")
    per_order = paged["points_per_order"]
    print(
        f"== Shopify, paginated first load ({paged['orders']:.0f} orders from the emulator): "
        f"{paged['requests']:.0f} requests, {per_order:.1f} points charged per order, "
        f"{paged['emulator_s_per_1000']:.1f} s per 1,000 orders without throttling"
    )
    for count in (20_000, 50_000):
        standard, plus = count * per_order / 100 / 60, count * per_order / 1000 / 60
        print(
            f"   {count:,} orders: the cost bucket alone takes {standard:.0f} min on a standard "
            f"plan, {plus:.0f} min on Plus (bulk operations are not charged per order)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
