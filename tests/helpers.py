"""Helpers shared by tests: verify every unit the way a packer would; read what a station stored."""

from __future__ import annotations

import itertools
from collections.abc import Callable

_serials = itertools.count(1)


def next_serial() -> str:
    """A serial number not used before in this test run."""
    return f"SN-{next(_serials):06d}"


def pack_every_unit(opened, scan: Callable[[str], object]) -> None:
    """Scan each missing unit; serial-numbered items get a fresh serial after each unit."""
    for line in opened.order.lines:
        for _ in range(line.quantity - opened.session.scanned(line.line_id)):
            scan(line.barcode)
            if line.requires_serial:
                scan(next_serial())


def pack_order(station, order_name: str):
    """Open an order and verify all of it through the packing service."""
    opened = station.packing.open_order(order_name)
    pack_every_unit(opened, lambda code: station.packing.scan(opened, code))
    return opened


def stored(station) -> int:
    """How many orders the station has stored."""
    from packstation.storage.uow import UnitOfWork

    with UnitOfWork(station.session_factory) as uow:
        return uow.orders.count()


def sync_state(station, key: str):
    """A value the station's sync keeps (a cursor, a high-water mark)."""
    from packstation.storage.uow import UnitOfWork

    with UnitOfWork(station.session_factory) as uow:
        return uow.sync_state.get(key)
