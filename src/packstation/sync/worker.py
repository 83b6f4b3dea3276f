"""The sync worker: push the outbox, then pull the queue, again and again (no Qt)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from packstation.i18n.said import words_of
from packstation.shop.base import (
    ShopAccessRefused,
    ShopConnector,
    ShopError,
    ShopNotReached,
    ShopUnavailable,
)
from packstation.storage.db import StorageError
from packstation.storage.uow import UnitOfWork
from packstation.sync.bookings import BookingPusher, BookingReport
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
    # The shop refused the token or a permission: sync waits until the connection is fixed
    # (Settings → Shop connection); packing goes on as offline. ``last_error`` says why.
    paused: bool = False
    booked: BookingReport | None = None  # carrier bookings this pass (None: no carrier)


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
        pause_retry_seconds: float = 300.0,
        reports_per_pass: int = 20,
        bookings: BookingPusher | None = None,
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
        self.pause_retry_seconds = pause_retry_seconds
        self.reports_per_pass = reports_per_pass
        self._paused: tuple[str, datetime] | None = None  # why, since when
        self.bookings = bookings
        self._booked: BookingReport | None = None

    @property
    def paused_reason(self) -> str:
        """Why sync is paused ("" when it is not): the shop refused the token or a scope."""
        return self._paused[0] if self._paused else ""

    def use_connector(self, connector: ShopConnector) -> None:
        """Talk to another shop from now on (this also ends a pause)."""
        self._connector = connector
        self.resume()

    def resume(self) -> None:
        """The connection was fixed: sync again on the next pass."""
        self._paused = None

    def report_progress(self) -> None:
        """A progress report is waiting in the database: send it on a pass now."""
        self.wake.set()

    def _send_progress_reports(self) -> None:
        """Progress reports are informational and each is sent at most once.

        They go out after the fulfillments and the pull, never in their way. A report is
        claimed (``sending``) before it goes out; one the shop refuses is dropped (logged), one
        whose answer was lost is not sent again (``lost``); one that never reached the shop
        waits in the database. The first failure ends this pass's reports.
        """
        if self._connector is None:
            return
        with UnitOfWork(self._factory) as uow:
            waiting = [
                (r.id, r.fulfillment_order_id, r.note)
                for r in uow.progress_reports.pending(self.reports_per_pass)
            ]
        for report_id, fo_id, note in waiting:
            if not self._move_report(report_id, "pending", "sending"):
                continue  # another worker sends it
            try:
                self._connector.report_progress(fo_id, note)
                state = "sent"
            except ShopNotReached:
                self._move_report(report_id, "sending", "pending")
                return
            except ShopUnavailable as exc:
                log.info("a progress report for %s may not have arrived: %s", fo_id, exc)
                self._move_report(report_id, "sending", "lost")
                return
            except ShopAccessRefused:
                self._move_report(report_id, "sending", "pending")
                raise
            except ShopError as exc:
                log.info("the shop did not take a progress report for %s: %s", fo_id, exc)
                state = "refused"
            self._move_report(report_id, "sending", state)

    def _move_report(self, report_id: int, from_state: str, to_state: str) -> bool:
        with UnitOfWork(self._factory) as uow:
            moved = uow.progress_reports.move(report_id, from_state, to_state)
            uow.commit()
        return moved

    def run_once(self) -> SyncStatus:
        """One pass: push what is due, then pull, then progress reports; never raises."""
        pushed: PushReport | None = None
        pulled: PullReport | None = None
        error = ""
        online = True
        if self._paused is not None and not self._pause_over():
            return self._publish(False, self._paused[0], None, None)
        try:
            self._booked = self._book_quietly()
            pushed = self._pusher.push_due()
            if pushed.offline:
                online, error = False, pushed.last_error
            else:
                pulled = self._puller.pull(self.on_pull_progress)
                self._last_success = self._clock()
                self._paused = None
                self._reports_quietly()
        except ShopAccessRefused as exc:
            self._paused = (words_of(exc), self._clock())
            log.warning("sync paused: %s", exc)
            return self._publish(False, words_of(exc), pulled, pushed)
        except ShopUnavailable as exc:
            online, error = False, words_of(exc)
        except ShopError as exc:  # refused: an invalid request
            error = words_of(exc)
        except StorageError as exc:
            error = str(exc)
        except (OperationalError, InterfaceError) as exc:  # the database went away
            log.warning("sync pass failed on the database: %s", exc)
            error = "The database cannot be reached: sync tries again"
        except Exception as exc:  # a bug must not stop the worker; it is logged in full
            log.exception("unexpected error in sync pass")
            error = f"Unexpected sync error: {exc}"
        return self._publish(online, error, pulled, pushed)

    def _book_quietly(self) -> BookingReport | None:
        """Carrier bookings first (they release fulfillments); the carrier's own failures
        (offline, a refused key) wait in the bookings and never stop the shop's sync."""
        if self.bookings is None:
            return None
        return self.bookings.push_due()

    def _reports_quietly(self) -> None:
        """Progress reports; their failures never change what the station shows."""
        try:
            self._send_progress_reports()
        except ShopAccessRefused:
            raise
        except (ShopError, StorageError, SQLAlchemyError) as exc:
            log.info("progress reports wait: %s", exc)

    def _pause_over(self) -> bool:
        """While paused, try again now and then (a token fixed outside the app)."""
        assert self._paused is not None
        elapsed = (self._clock() - self._paused[1]).total_seconds()
        return elapsed >= self.pause_retry_seconds

    def _publish(
        self,
        online: bool,
        error: str,
        pulled: PullReport | None,
        pushed: PushReport | None,
    ) -> SyncStatus:
        status = SyncStatus(
            online=online,
            waiting=self._waiting(),
            last_success=self._last_success,
            last_error=error,
            pulled=pulled,
            pushed=pushed,
            paused=self._paused is not None,
            booked=self._booked,
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
        except (StorageError, SQLAlchemyError):
            return -1
