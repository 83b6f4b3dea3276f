"""The station's heartbeat on a background thread, and what it finds, posted to the GUI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from packstation.services.claims import StationPresence
from packstation.services.packing import OpenOrder, PackingService
from packstation.storage.db import StorageError, StorageUnavailable
from packstation.ui.shared import words

log = logging.getLogger("packstation.ui")

RETRY_SECONDS = 5.0  # while the database is away: try again this soon, to recover at once


class PresenceBridge(QObject):
    """Beats every ``presence.heartbeat_seconds`` off the GUI thread; signals arrive on it.

    ``beat`` (a Heartbeat) after each answered beat; ``unreachable`` (words) while the database
    cannot be reached; ``lost`` (the OpenOrder, words) when another bench or a lead has the
    order that is on this bench.
    """

    beat = Signal(object)
    unreachable = Signal(str)
    lost = Signal(object, str)

    def __init__(
        self,
        presence: StationPresence,
        packing: PackingService,
        shown: Callable[[], OpenOrder | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._presence = presence
        self._packing = packing
        self._shown = shown
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._answered = True

    def start(self) -> None:
        """Start beating in the background."""
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="heartbeat", daemon=True)
            self._thread.start()

    def beat_now(self) -> None:
        """The next beat at once (a test, or after the database came back)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop after the current beat; a beat waiting on an unreachable server ends by then."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            self._answered = self.beat_once()
            period = self._presence.heartbeat_seconds
            self._wake.wait(period if self._answered else min(period, RETRY_SECONDS))
            self._wake.clear()

    def beat_once(self) -> bool:
        """One beat and the claim check of the order on the bench (on the calling thread);
        False while the database cannot be reached."""
        try:
            self.beat.emit(self._presence.heartbeat())
            opened = self._shown()
            message = self._packing.claim_lost(opened) if opened is not None else None
        except StorageUnavailable as exc:
            log.warning("heartbeat: %s (%s)", exc, exc.detail)
            self.unreachable.emit(words.said(exc))
            return False
        except StorageError as exc:  # busy or locked for a moment: the next beat tries again
            log.warning("heartbeat not written: %s", exc)
            return True
        except Exception:  # a bug must not stop the heartbeat; it is logged in full
            log.exception("unexpected error in the heartbeat")
            return True
        if opened is not None and message:
            self.lost.emit(opened, words.said(message))
        return True
