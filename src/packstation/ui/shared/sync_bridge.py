"""Runs the sync worker on a background thread and posts its status to the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from packstation.sync.worker import SyncStatus, SyncWorker


class SyncBridge(QObject):
    """Owns the sync thread; ``status`` is emitted on the GUI thread after every pass."""

    status = Signal(object)
    progress = Signal(int)  # orders received so far in a pull (a large shop's first load)

    def __init__(self, worker: SyncWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start syncing in the background."""
        if self._thread is not None:
            return
        self._worker_callback()
        self._thread = threading.Thread(
            target=self._worker.run_forever, args=(self._stop,), name="sync", daemon=True
        )
        self._thread.start()

    def sync_now(self) -> None:
        """Start the next pass at once (after a completion, or F5)."""
        self._worker.wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the thread after its current pass."""
        self._stop.set()
        self._worker.wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _worker_callback(self) -> None:
        def emit(status: SyncStatus) -> None:
            self.status.emit(status)  # queued to the GUI thread: the bridge lives there

        self._worker._on_status = emit
        self._worker.on_pull_progress = self.progress.emit
