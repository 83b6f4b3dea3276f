"""The sync worker: push the outbox, then pull the queue, again and again (no Qt)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from packstation.shop.base import ShopConnector, ShopError, ShopUnavailable
from packstation.storage.db import StorageError
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow
from packstation.sync.outbox import OutboxPusher, PushReport
from packstation.sync.puller import PullReport, QueuePuller

log = logging.getLogger("packstation.sync")


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows about sync."""

    online: bool
    waiting: int
    last_success: datetime | None
    last_error: str = ""
    pulled: PullReport | None = None
    pushed: PushReport | None = None


class SyncWorker:
    """Runs sync passes; ``run_forever`` is meant for a background thread."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        puller: QueuePuller,
        pusher: OutboxPusher,
        *,
        interval_seconds: float = 15.0,
        clock: Clock = utcnow,
        on_status: Callable[[SyncStatus], None] | None = None,
        on_pull_progress: Callable[[int], None] | None = None,
        connector: ShopConnector | None = None,
    ) -> None:
        self._factory = session_factory
        self._puller = puller
        self._pusher = pusher
        self.interval_seconds = interval_seconds
        self._clock = clock
        self._on_status = on_status
        self.on_pull_progress = on_pull_progress
        self._connector = connector
        self._last_success: datetime | None = None
        self.wake = threading.Event()

    def use_connector(self, connector: ShopConnector) -> None:
        """Talk to another shop from now on."""
        self._connector = connector

    def report_progress(self) -> None:
        """A progress report is waiting in the database: send it on a pass now."""
        self.wake.set()

    def _send_progress_reports(self) -> None:
        """Progress reports are informational: one the shop refuses is dropped (and logged);
        when the shop cannot be reached they wait, in the database."""
        if self._connector is None:
            return
        with UnitOfWork(self._factory) as uow:
            waiting = [
                (r.id, r.fulfillment_order_id, r.note) for r in uow.progress_reports.pending()
            ]
        for report_id, fo_id, note in waiting:
            try:
                self._connector.report_progress(fo_id, note)
                state = "sent"
            except ShopError as exc:
                if isinstance(exc, ShopUnavailable):
                    raise
                log.info("the shop did not take a progress report for %s: %s", fo_id, exc)
                state = "refused"
            with UnitOfWork(self._factory) as uow:
                row = uow.progress_reports.get(report_id)
                if row is not None:
                    row.state = state
                uow.commit()

    def run_once(self) -> SyncStatus:
        """One pass: push what is due, then pull; never raises for a known failure."""
        pushed: PushReport | None = None
        pulled: PullReport | None = None
        error = ""
        online = True
        try:
            self._send_progress_reports()
            pushed = self._pusher.push_due()
            if pushed.offline:
                online, error = False, pushed.last_error
            else:
                pulled = self._puller.pull(self.on_pull_progress)
                self._last_success = self._clock()
        except ShopUnavailable as exc:
            online, error = False, str(exc)
        except ShopError as exc:  # refused: credentials, scopes, an invalid request
            error = str(exc)
        except StorageError as exc:
            error = str(exc)
        except Exception as exc:  # a bug must not stop the worker; it is logged in full
            log.exception("unexpected error in sync pass")
            error = f"Unexpected sync error: {exc}"
        status = SyncStatus(
            online=online,
            waiting=self._waiting(),
            last_success=self._last_success,
            last_error=error,
            pulled=pulled,
            pushed=pushed,
        )
        if self._on_status is not None:
            self._on_status(status)
        return status

    def run_forever(self, stop: threading.Event) -> None:
        """Sync until ``stop`` is set; ``wake`` starts the next pass at once."""
        while not stop.is_set():
            self.run_once()
            self.wake.wait(self.interval_seconds)
            self.wake.clear()

    def _waiting(self) -> int:
        try:
            with UnitOfWork(self._factory) as uow:
                return uow.outbox.waiting_count()
        except StorageError:
            return -1
