"""A LABEL PENDING slip scanned at this bench: print that box's carrier label here, once.

The check is a short read on the GUI thread (is this order barcode a pending slip?); moving
the label to this bench is a write, so it runs on the database writer and the result comes
back to the banner, then a print pass sends it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from packstation.services.pending_labels import BUSY, PRINTED, PRINTING, WAITING, SlipScan
from packstation.storage.db import StorageError
from packstation.ui.shared.feedback import Tone
from packstation.ui.shared.state import StationState


class PendingSlipScans(QObject):
    """Recognises a LABEL PENDING slip among order barcodes and prints its label here."""

    def __init__(self, state: StationState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state

    def handle(self, code: str) -> bool:
        """True when ``code`` was a LABEL PENDING slip (and has been dealt with)."""
        labels = self.state.station.labels
        try:
            if not labels.is_pending_slip(code):
                return False
        except StorageError:
            return False  # the order opens (or says why not) as any other slip scan
        self.state.poster.run(self.state.db_writer, lambda: labels.print_here(code), self._done)
        return True

    def _done(self, scan: SlipScan | None, error: BaseException | None) -> None:
        if error is not None:
            if not isinstance(error, StorageError):
                raise error
            self.state.say(Tone.WRONG, self.tr("The label was NOT printed: {0}").format(error))
            return
        assert scan is not None
        tone, words = self.words(scan)
        self.state.say(tone, words)
        if scan.state == PRINTING:
            self.state.print_due()
            self.state.refresh_queue()

    def words(self, scan: SlipScan) -> tuple[Tone, str]:
        """What the banner says about a pending slip scan."""
        name, bench = scan.order_name, scan.station
        if scan.state == PRINTING:
            return Tone.GOOD, self.tr("Printing the carrier label of {0} here").format(name)
        if scan.state == WAITING:
            return Tone.WARNING, self.tr(
                "The carrier has not booked {0} yet: keep the box aside, its label prints "
                "when the booking is made"
            ).format(name)
        if scan.state == PRINTED:
            return Tone.WARNING, self.tr(
                "The label of {0} has already printed at {1}. If it is lost, reprint it (F8)"
            ).format(name, bench)
        if scan.state == BUSY:
            return Tone.INFO, self.tr("The label of {0} is printing at {1} now").format(name, bench)
        return Tone.WRONG, self.tr(
            "{0} has no label to print: its shipment was voided or the carrier refused it. "
            "Ask a shift lead"
        ).format(name)
