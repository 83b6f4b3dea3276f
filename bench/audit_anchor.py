"""What the audit anchor costs: moving it after a commit, next to a SQLite audit commit.

Prints microseconds per anchor move and per committed audit entry with and without the
anchor (a real station on a temp folder, synchronous=FULL, as at the bench).
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from packstation.app import Station, build_station
from packstation.config import load_settings
from packstation.services.audit import record_audit
from packstation.services.audit_anchor import AnchorFile, AuditKey
from packstation.shop.demo.shop import DemoShop
from packstation.storage.uow import UnitOfWork

ROUNDS = 300


def per_commit(station: Station) -> float:
    """Microseconds per committed audit entry."""
    started = time.perf_counter()
    for i in range(ROUNDS):
        with UnitOfWork(station.session_factory) as uow:
            record_audit(uow, station.context, datetime.now(UTC), "bench.entry", str(i), {})
            uow.commit()
    return (time.perf_counter() - started) / ROUNDS * 1e6


def main() -> None:
    """Print the figures."""
    folder = Path(tempfile.mkdtemp())
    os.environ["PACKSTATION_CONFIG"] = str(folder / "none.toml")
    anchor = AnchorFile(folder / "anchor.json", AuditKey(b"k" * 64, "bench"))
    started = time.perf_counter()
    for i in range(1, ROUNDS + 1):
        anchor.advance(i, "ab" * 32)
    print(f"anchor move: {(time.perf_counter() - started) / ROUNDS * 1e6:.0f} us")
    settings = load_settings(demo=True, data_dir=folder / "data")
    station = build_station(settings, connector=DemoShop(folder / "shop.json"))
    try:
        with_anchor = per_commit(station)
        station.session_factory.kw["info"] = {}  # entries unkeyed, no anchor moves
        without = per_commit(station)
    finally:
        station.close()
    print(f"audit commit with anchor: {with_anchor:.0f} us; without: {without:.0f} us")


if __name__ == "__main__":
    main()
