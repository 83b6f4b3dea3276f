"""Operations commands: backup and restore, the demo's packing, and stopping on SIGTERM."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import socket

    from packstation.app import Station
    from packstation.config import Settings

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def stop_on_sigterm(stop: Callable[[], None]) -> None:
    """Call ``stop`` on a watcher thread when SIGTERM arrives (Unix; a no-op elsewhere).

    A Python signal handler runs only when the main thread runs Python code, which it may not
    do for a long time inside Qt's event loop. The wake-up file descriptor is written by the
    C-level handler at once, so the watcher sees the signal even then; ``stop`` must be safe to
    call from another thread.
    """
    if not hasattr(signal, "SIGTERM") or sys.platform == "win32":
        return
    import socket  # here: `--version` and `--help` need no sockets

    reader, writer = socket.socketpair()
    writer.setblocking(False)
    signal.signal(signal.SIGTERM, lambda *_: None)  # the wake-up byte does the work
    signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)

    def watch(reader: socket.socket, _writer: socket.socket) -> None:
        # The thread holds the writer too: were it collected, its descriptor would close.
        while data := reader.recv(64):
            if signal.SIGTERM in data:
                stop()
                return

    threading.Thread(target=watch, args=(reader, writer), name="sigterm-watch", daemon=True).start()


def cmd_backup(settings: Settings, out: Path) -> int:
    """An online, consistent copy of a SQLite station; PostgreSQL: how to use pg_dump."""
    from packstation.storage.backup import BackupError, backup_sqlite, pg_dump_advice, sqlite_path

    database = sqlite_path(settings.database_url)
    if database is None:
        print(pg_dump_advice(settings.database_url, out), file=sys.stderr)
        return EXIT_USAGE
    try:
        info = backup_sqlite(database, out)
    except BackupError as exc:
        print(f"packstation: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"Backed up {database} to {out} ({info.size // 1024} KiB, schema {info.revision})")
    return EXIT_OK


def cmd_restore(settings: Settings, backup: Path) -> int:
    """Put a backup back in place of a SQLite station's database, checking its schema version."""
    from packstation.storage.backup import BackupError, pg_dump_advice, restore_sqlite, sqlite_path

    database = sqlite_path(settings.database_url)
    if database is None:
        print(pg_dump_advice(settings.database_url, backup), file=sys.stderr)
        return EXIT_USAGE
    try:
        info, kept = restore_sqlite(backup, database)
    except BackupError as exc:
        print(f"packstation: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"Restored {database} from {backup} (schema {info.revision}).")
    if kept is not None:
        print(f"The database as it was before is kept in {kept}.")
    _set_audit_anchor_aside(settings.data_dir)
    return EXIT_OK


def _set_audit_anchor_aside(data_dir: Path) -> None:
    """The anchor names entries the backup may lack: keep it aside, anchor again from here."""
    from packstation.services.audit_anchor import ANCHOR_FILE

    anchor = data_dir / ANCHOR_FILE
    if anchor.exists():
        aside = anchor.with_name(f"{ANCHOR_FILE}.before-restore")
        anchor.replace(aside)
        print(f"The audit anchor of the replaced database is kept in {aside}.")


def cmd_demo_pack(station: Station, order: str) -> int:
    """Demo shop only: pack an order as if each unit were scanned (training, smoke tests)."""
    from packstation.services.packing import PackingRefused
    from packstation.shop.demo.shop import DemoShop

    if not isinstance(station.connector, DemoShop):
        print(
            "demo-pack works only with the demo shop (--demo): real orders are scanned.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    station.puller.pull()
    try:
        opened = station.packing.open_order(order)
        serial = 0
        for line in opened.order.lines:
            for _ in range(line.quantity - opened.session.scanned(line.line_id)):
                station.packing.scan(opened, line.barcode)
                if line.requires_serial:
                    serial += 1
                    station.packing.scan(opened, f"SN-DEMO-{serial:04d}")
        station.packing.complete(opened)
    except PackingRefused as exc:
        print(f"Order {order} cannot be packed: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"Packed {opened.order.order_name}: every unit verified, the box closed")
    return EXIT_OK
