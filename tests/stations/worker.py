"""One station process for the multi-station tests: ``python -m tests.stations.worker MODE …``.

Modes: ``start`` (build the station on the database and stop), ``race`` (pull, wait for the
go file, then open, scan and complete the given orders, printing on its own spool folder;
every other station opens as the window does, claiming after the read),
``hold`` (open one order, scan one unit, then heart-beat until killed) and ``restart``
(build again and report what ``resume`` found). Prints one JSON line with what it did.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from pathlib import Path

from packstation.app import build_station
from packstation.config import load_settings
from packstation.services.packing import PackingRefused, PendingClaim
from packstation.shop.demo.shop import DEFAULT_ORDER_COUNT, DemoShop


def main() -> int:
    """Run one mode; exit 0 unless something crashed."""
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("start", "race", "hold", "restart"))
    parser.add_argument("--db", required=True)
    parser.add_argument("--station", required=True)
    parser.add_argument("--user", default="Åse Ørsted")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--orders", default="")
    parser.add_argument("--go", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--expiry", type=float, default=120.0)
    parser.add_argument("--order-count", type=int, default=DEFAULT_ORDER_COUNT)
    args = parser.parse_args()
    settings = load_settings(
        demo=True,
        db_url=args.db,
        data_dir=args.data_dir,
        station_name=args.station,
        user=args.user,
        spool_dir=args.data_dir / "spool",
        claim_expiry_seconds=args.expiry,
    )
    result: dict[str, object] = {"station": args.station}
    try:
        station = build_station(
            settings, connector=DemoShop(None, cancel_after=None, order_count=args.order_count)
        )
    except Exception as exc:  # reported, so the test can say which station failed and why
        print(json.dumps({**result, "error": "".join(traceback.format_exception(exc))}))
        return 1
    try:
        if args.mode == "race":
            result.update(_race(station, args))
        elif args.mode == "hold":
            _hold(station, args.orders)
        elif args.mode == "restart":
            resumed = station.packing.resume()
            result["resumed"] = resumed.open_order is not None
            result["notice"] = resumed.notice
            station.presence.heartbeat()
    finally:
        station.close()
    print(json.dumps(result, ensure_ascii=False))
    return 0


def warm() -> None:
    """What every station computes alike for its first labels and slips (the fonts read, the
    printer font cut from the whole font for three labels, then cut down to the common
    scripts): done once in the fork server (tests/stations/conftest.py), so each station
    starts as one that has printed a few, not paying for it again."""
    from packstation.labels.fonts import covered, register_pdf_fonts
    from packstation.labels.zpl_font import font_download

    register_pdf_fonts()
    covered(), covered(bold=True)
    for name in ("Åse Ørsted", "Jan de Vries", "Lars Öberg", "Mette Hansen"):
        font_download([name])


def _race(station, args) -> dict[str, object]:
    station.puller.pull()
    deadline = time.monotonic() + 60
    while args.go and not args.go.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    names = args.orders.split(",")
    random.Random(args.seed).shuffle(names)
    packed: list[str] = []
    refused: dict[str, str] = {}
    for name in names:
        try:
            opened = _open(station, name, as_the_window=args.seed % 2 == 1)
            _pack(station, opened)
            station.packing.complete(opened)
        except PackingRefused as exc:
            refused[name] = str(exc)
            continue
        packed.append(name)
        station.printing.process_due()
    station.printing.process_due()
    return {"packed": packed, "refused": refused}


def _open(station, name: str, *, as_the_window: bool):
    """Open an order in one transaction, or as the window does: read first, claim after
    (every other station races the second way)."""
    if not as_the_window:
        return station.packing.open_order(name)
    prepared = station.packing.prepare_open(name)
    if isinstance(prepared, PendingClaim):
        station.packing.write_claim(prepared)
        return prepared.open_order
    return prepared


def _pack(station, opened) -> None:
    """Scan every unit; serial numbers are unique per station (they never ship twice)."""
    prefix = station.context.station.replace(" ", "")
    for line in opened.order.lines:
        for unit in range(line.quantity - opened.session.scanned(line.line_id)):
            station.packing.scan(opened, line.barcode)
            if line.requires_serial:
                station.packing.scan(opened, f"SN-{prefix}-{opened.session_id[:8]}-{unit}")


def _hold(station, order_name: str) -> None:
    station.puller.pull()
    opened = station.packing.open_order(order_name)
    line = opened.order.lines[0]
    station.packing.scan(opened, line.barcode)
    print(json.dumps({"ready": opened.session_id}), flush=True)
    while True:  # until killed
        station.presence.heartbeat()
        time.sleep(0.5)


if __name__ == "__main__":
    sys.exit(main())
