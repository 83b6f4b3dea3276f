"""Carrier bookings that sync could not make, said at the bench in words.

Sync books boxes that left with a LABEL PENDING slip. When the carrier account refuses the
key, bookings pause: the bench hears it once (not every pass), and again when they resume.
When the carrier refuses a booking, the bench hears that a lead can fix it in Exceptions.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from packstation.sync.worker import SyncStatus
from packstation.ui.shared import words
from packstation.ui.shared.feedback import Tone
from packstation.ui.shared.state import StationState


class BookingWatch(QObject):
    """Listens to sync passes and tells the packer about paused or refused bookings."""

    def __init__(self, state: StationState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._paused = ""
        state.sync_status.connect(self.on_status)

    def on_status(self, status: SyncStatus) -> None:
        """One sync pass's report."""
        report = status.booked
        if report is None:
            return
        if report.paused and report.last_error != self._paused:
            self._paused = report.last_error
            self.state.say(
                Tone.WARNING,
                self.tr(
                    "Carrier bookings are paused: {0}. Boxes get a LABEL PENDING slip; a shift "
                    "lead fixes the key in Settings → Carrier"
                ).format(words.said(report.last_error)),
            )
        elif not report.paused and self._paused:
            self._paused = ""
            self.state.say(Tone.GOOD, self.tr("Carrier bookings work again"))
        if report.refused:
            self.state.say(
                Tone.WRONG,
                self.tr(
                    "The carrier refused %n bookings: a shift lead sees why in Exceptions (F2) "
                    "and can choose another product",
                    "",
                    report.refused,
                ),
            )
