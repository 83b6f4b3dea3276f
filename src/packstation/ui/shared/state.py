"""The station state: the one object through which the screens talk to each other."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from PySide6.QtCore import QObject, Signal

from packstation.app import Station
from packstation.services.audit import audit_alone
from packstation.services.packing import OpenOrder
from packstation.storage.db import StorageError
from packstation.sync.worker import SyncStatus
from packstation.ui.shared import words
from packstation.ui.shared.feedback import Tone
from packstation.ui.shared.tasks import ResultPoster


class WriterExecutor(ThreadPoolExecutor):
    """One writer thread that knows whether anything it was given is still unwritten."""

    def __init__(self) -> None:
        super().__init__(max_workers=1, thread_name_prefix="db-writer")
        self._lock = threading.Lock()
        self._outstanding = 0

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        """Queue a write (ThreadPoolExecutor API)."""
        with self._lock:
            self._outstanding += 1
        try:
            future = super().submit(fn, *args, **kwargs)
        except BaseException:
            self._done()
            raise
        future.add_done_callback(lambda _f: self._done())
        return future

    def _done(self) -> None:
        with self._lock:
            self._outstanding -= 1

    @property
    def idle(self) -> bool:
        """Whether every write given so far is done (False may be a moment late)."""
        with self._lock:
            return self._outstanding == 0


def sync_changed(status: SyncStatus) -> bool:
    """Whether a sync pass changed the orders (new, updated, delivered or rejected)."""
    return bool(
        (status.pulled and (status.pulled.new or status.pulled.updated))
        or (status.pushed and (status.pushed.delivered or status.pushed.rejected))
    )


class StationState(QObject):
    """Who is at the bench, the open order, and the requests one screen makes of another.

    Screens never import each other: they emit and connect these signals, and the shell
    (``ui/shell``) routes the ones that concern the window. All connections are direct, so an
    emit runs its slots at once, in connection order.
    """

    signed_in = Signal(str)  # a person signed in (their name)
    locked = Signal()  # the station locked: windows a person had open close
    order_wanted = Signal(str)  # open this order on the pack screen (queue, double-click)
    order_opened = Signal(str)  # the pack screen opened an order
    screen_wanted = Signal(str)  # "queue" or "pack": the shell switches screens
    queue_changed = Signal()  # orders changed in the database: the queue reloads
    print_wanted = Signal(object, object)  # (Shipment | None, before | None): a print pass
    printed = Signal(object)  # PrintOutcome of the shipment a print pass reported on
    print_queue_changed = Signal()  # print jobs changed: the panel and printer status reload
    sync_wanted = Signal()  # ask the sync worker for a pass now
    sync_status = Signal(object)  # SyncStatus, as the sync worker reports it
    said = Signal(object, str)  # (Tone, message) for the banner of the screen showing
    order_arrived = Signal(object)  # an OpenOrder a lead took over to this bench: show it
    database = Signal(bool, str)  # (reachable, words): a save, heartbeat or sync pass says so

    def __init__(self, station: Station, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.open: OpenOrder | None = None  # the order on the pack screen
        self.busy = False  # completing or printing a shipment: pack actions wait
        # sessions whose claim was refused after their order was shown: nothing of them is
        # saved (no session to save to), and the packer was told why
        self.unclaimed_sessions: set[str] = set()
        self.closed = False  # shutting down: late results are ignored
        # One writer thread: scan records, undos and completions are written in scan order,
        # so the fsync of each never holds up the next scan on the GUI thread.
        self.db_writer = WriterExecutor()
        # Calls to the shop a lead asks for (release a hold): never in the way of scan writes.
        self.shop_calls = ThreadPoolExecutor(max_workers=1, thread_name_prefix="shop-calls")
        self.poster = ResultPoster(self)

    def say(self, tone: Tone, message: str) -> None:
        """Tell the packer: the banner of the screen showing, and its sound.

        A service's message (:class:`~packstation.i18n.said.Said`) is said in the station's
        language here, so a screen may pass it on as it came.
        """
        self.said.emit(tone, words.said(message))

    def settle_writes(self, timeout: float = 5.0) -> None:
        """Wait (a few milliseconds, as a rule) until the scans already made are written, so a
        read that follows sees them: an order parked and opened again at once shows every scan."""
        if self.db_writer.idle:  # nothing to wait for (as a rule): no round trip to the writer
            return
        # a stuck disk or a closing window: read anyway
        with contextlib.suppress(FutureTimeout, RuntimeError):
            self.db_writer.submit(lambda: None).result(timeout=timeout)

    def refresh_queue(self) -> None:
        """Ask the queue to reload from the database."""
        self.queue_changed.emit()

    def sync_now(self) -> None:
        """Ask the sync worker for a pass now."""
        self.sync_wanted.emit()

    def print_due(
        self, shipment: object | None = None, before: Callable[[], object] | None = None
    ) -> None:
        """Ask the print queue for a pass (after ``before``), reporting on ``shipment``."""
        self.print_wanted.emit(shipment, before)

    def retry_printing(self) -> None:
        """The packer fixed the printer: send the waiting jobs now."""
        self.station.printing.retry_now()
        self.print_due()

    def after_void(self) -> None:
        """A shipment was voided: the queue and the print queue change, the shop must hear."""
        self.refresh_queue()
        self.print_queue_changed.emit()
        self.sync_now()

    def audit_later(self, action: str, subject: str, detail: dict[str, object]) -> None:
        """Write one audit entry on the database writer (a settings change, for example)."""
        station = self.station

        def write() -> None:
            audit_alone(station.session_factory, station.context, action, subject, detail)

        self.poster.run(self.db_writer, write, self._audit_written)

    def _audit_written(self, _result: None, error: BaseException | None) -> None:
        if error is None:
            return
        if not isinstance(error, StorageError):
            raise error
        self.say(Tone.WRONG, self.tr("Audit entry NOT saved: {0}").format(words.said(error)))

    def shutdown(self) -> None:
        """Stop the background writers; late results are ignored from now on."""
        self.closed = True
        self.db_writer.shutdown(wait=True)
        self.shop_calls.shutdown(wait=False)
