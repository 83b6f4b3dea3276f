"""The real application in a subprocess, watched through its data folder (read-only)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.acceptance.xserver import XServer, wait_for
from tests.templates import prepare_demo_folder

ROOT = Path(__file__).resolve().parents[2]


class RunningStation:
    """``python -m packstation --demo --data-dir DIR`` on an X server, and probes of its state."""

    def __init__(self, server: XServer, data_dir: Path) -> None:
        self.server = server
        self.data_dir = data_dir
        self.keys = server.keyboard
        data_dir.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "DISPLAY": server.name,
            "QT_QPA_PLATFORM": "xcb",
            "PACKSTATION_CONFIG": str(data_dir / "no-config.toml"),
            "PACKSTATION_STATION_NAME": "Bench 1",
            "PACKSTATION_LANGUAGE": "en",
            "PACKSTATION_PROBE": str(data_dir / "probe.json"),
        }
        self.probe_file = data_dir / "probe.json"
        # The first start's migration and pull, done once per session (tests/templates.py).
        prepare_demo_folder(data_dir, env)
        with (data_dir / "app-output.log").open("wb") as output:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.acceptance.probe",
                    "--demo",
                    "--data-dir",
                    str(data_dir),
                ],
                env=env,
                cwd=ROOT,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        wait_for("the main window", self._main_window_shown, timeout=60)
        server.wait_active("Packstation")
        self.wait_view("the probe's first view", lambda v: v.get("active") == "Packstation")

    def _main_window_shown(self) -> bool:
        if self.process.poll() is not None:
            raise AssertionError(f"the application exited: see {self.data_dir / 'app-output.log'}")
        return any(title == "Packstation" for _, title in self.server.windows(self.process.pid))

    def stop(self) -> None:
        """Close the application (terminate: the window has no unsaved state by design)."""
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    # What the window shows (tests/acceptance/probe.py) ---------------------------------------

    def view(self) -> dict[str, Any]:
        """The probe's latest snapshot of the window."""
        try:
            return dict(json.loads(self.probe_file.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return {}

    def banner(self) -> str:
        """The text of the visible scan banner(s) in the main window."""
        return " | ".join(
            text
            for kind, text, window in self.view().get("labels", [])
            if kind == "FeedbackBanner" and window == "Packstation"
        )

    def wait_view(
        self, what: str, probe: Callable[[dict[str, Any]], Any], timeout: float = 15.0
    ) -> Any:
        """Wait until ``probe(view)`` is truthy; the failure names ``what`` and the last view."""
        last: dict[str, Any] = {}

        def check() -> Any:
            nonlocal last
            last = self.view()
            return probe(last) if last else None

        try:
            return wait_for(what, check, timeout)
        except AssertionError as exc:
            summary = {k: last.get(k) for k in ("active", "modal", "focus", "windows")}
            banners = [t for kind, t, _ in last.get("labels", []) if kind == "FeedbackBanner"]
            raise AssertionError(f"{exc}; the window shows {summary}, banners {banners}") from None

    def wait_banner(self, *words: str, timeout: float = 15.0) -> str:
        """Wait until the main window's banner contains every one of ``words``."""
        return str(
            self.wait_view(
                f"a banner with {words}",
                lambda _v: (b := self.banner()) and all(w in b for w in words) and b,
                timeout,
            )
        )

    def wait_focus(self, window_title: str, timeout: float = 15.0) -> dict[str, Any]:
        """Wait until keyboard focus is in the window titled ``window_title``."""
        return dict(
            self.wait_view(
                f"focus in “{window_title}”",
                lambda v: v if v.get("focus_window") == window_title else None,
                timeout,
            )
        )

    # State, read-only -----------------------------------------------------------------------

    def query(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        """Rows from the station's SQLite database, opened read-only."""
        uri = f"file:{self.data_dir / 'packstation.sqlite3'}?mode=ro"
        with sqlite3.connect(uri, uri=True, timeout=5) as db:
            return db.execute(sql, params).fetchall()

    def value(self, sql: str, *params: Any) -> Any:
        """The first column of the first row (or None)."""
        rows = self.query(sql, *params)
        return rows[0][0] if rows else None

    def last_audit_id(self) -> int:
        """The newest audit entry's id, to wait for entries after it."""
        return int(self.value("SELECT coalesce(max(id), 0) FROM audit_log"))

    def wait_audit(self, action: str, after: int, timeout: float = 15.0) -> tuple[Any, ...]:
        """The first audit entry ``action`` newer than ``after``: ``(user, subject, detail)``."""
        sql = "SELECT user, subject, detail FROM audit_log WHERE action = ? AND id > ? ORDER BY id"
        return wait_for(
            f"audit entry {action}",
            lambda: next(iter(self.query(sql, action, after)), None),
            timeout,
        )

    def signed_in(self, after: int, timeout: float = 15.0) -> str:
        """Wait for a sign-in after audit entry ``after``; the person's name."""
        sql = (
            "SELECT user, action FROM audit_log WHERE id > ? AND action IN "
            "('station.signed_in', 'station.sign_in_refused') ORDER BY id"
        )
        user, action = wait_for(
            "a sign-in", lambda: next(iter(self.query(sql, after)), None), timeout
        )
        assert action == "station.signed_in", "the badge was refused"
        return str(user)

    def open_session(self, order_name: str) -> tuple[str, str] | None:
        """The active pack session on an order: ``(session id, user)``."""
        rows = self.query(
            "SELECT s.id, s.user FROM pack_sessions s JOIN fulfillment_orders o "
            "ON o.id = s.fulfillment_order_id WHERE o.order_name = ? AND s.state = 'active'",
            order_name,
        )
        return rows[0] if rows else None

    def scans(self, order_name: str) -> list[tuple[str, str, str, str, int]]:
        """Scan events on an order: ``(kind, code, outcome, user, quantity)`` in order."""
        return self.query(
            "SELECT e.kind, e.code, e.outcome, e.user, e.quantity FROM scan_events e "
            "JOIN fulfillment_orders o ON o.id = e.fulfillment_order_id "
            "WHERE o.order_name = ? ORDER BY e.id",
            order_name,
        )

    def wait_scans(self, order_name: str, count: int, timeout: float = 15.0) -> list[tuple]:
        """Wait until an order has at least ``count`` scan events."""
        return wait_for(
            f"{count} scan events on {order_name}",
            lambda: rows if len(rows := self.scans(order_name)) >= count else None,
            timeout,
        )

    def queued_orders(self) -> list[tuple[str, str, int, int]]:
        """Packable orders: ``(name, id, line count, unit count)``, oldest first."""
        return self.query(
            "SELECT o.order_name, o.id, count(l.id), sum(l.quantity) FROM fulfillment_orders o "
            "JOIN fulfillment_lines l ON l.fulfillment_order_id = o.id "
            "WHERE o.local_state = 'queued' AND o.status = 'OPEN' AND o.hold_reason = '' "
            "GROUP BY o.id ORDER BY o.created_at, o.order_name"
        )

    def lines(self, order_id: str) -> list[tuple[str, str, int, str]]:
        """An order's lines: ``(sku, barcode, quantity, title)``."""
        return self.query(
            "SELECT sku, barcode, quantity, title FROM fulfillment_lines "
            "WHERE fulfillment_order_id = ? ORDER BY position",
            order_id,
        )
