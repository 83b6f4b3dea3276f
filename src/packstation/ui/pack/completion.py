"""Closing the box: the F9 short-shipment panel, F10 complete, reprint (F8) and void."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from packstation.domain.shipments import CannotComplete, Shipment
from packstation.services.auth import Authorisation
from packstation.services.packing import ClaimLost, Completion, PackingRefused
from packstation.services.printing import PrintOutcome
from packstation.services.voids import VoidOutcome, VoidRefused
from packstation.storage.db import StorageError
from packstation.ui.pack.view import PackView
from packstation.ui.shared import words
from packstation.ui.shared.feedback import Tone
from packstation.ui.shared.lead_gate import LeadAsker
from packstation.ui.shared.state import StationState


class CompletionController(QObject):
    """Completes the open order (whole or short), then reprints or voids its shipment."""

    packed = Signal(object)  # PrintOutcome, once the printers have had their chance
    claim_lost = Signal(str)  # completing was refused: another bench or a lead has the order

    def __init__(self, state: StationState, asker: LeadAsker, view: PackView) -> None:
        super().__init__(view)
        self.state = state
        self.station = state.station
        self.asker = asker
        self.view = view
        self._reprinting = False  # the next print report is a reprint's (F8)
        # The weight check (ui/pack/boxes.py): False stops F10; it calls the retry when a lead
        # lets the box go on.
        self.before_complete: Callable[[Callable[[], None]], bool] | None = None
        # Why the box may not close yet (instructions not read, ui/pack/extras.py), in words;
        # None: it may
        self.unread_instructions: Callable[[], str | None] = lambda: None
        view.reprint_button.clicked.connect(self.reprint)
        view.void_button.clicked.connect(self.void_shipment)
        view.partial_button.clicked.connect(self.start_partial)
        view.partial_confirm.clicked.connect(self.confirm_partial)
        view.reason_edit.returnPressed.connect(self.confirm_partial)
        view.complete_button.clicked.connect(lambda: self.complete())
        state.printed.connect(self._printed)

    def start_partial(self) -> None:
        """Ask (inline, no dialog) for the reason of a partial shipment."""
        if self.state.open is None or self.state.busy:
            return
        reason = self.view.partial_reason
        reason.setCurrentIndex(-1)  # each order gets its own reason, never the last one's
        reason.clearEditText()
        self.view.partial_panel.show()
        reason.setFocus()

    def confirm_partial(self) -> None:
        """Ship what has been verified, with the chosen reason, once a lead agreed."""
        reason = self.view.partial_reason.currentText().strip()
        if not reason:
            self.state.say(Tone.WRONG, self.tr("Choose a reason for the partial shipment"))
            return
        opened = self.state.open
        if opened is None or self.state.busy:
            return
        session = opened.session
        if session.is_complete:
            self.complete(partial_reason=reason)
            return
        partial = self._with_missing(reason)
        self.asker.ask_lead(
            self.tr("Ship {0} short, {1} of %n units missing?", "", session.units_total).format(
                opened.order.order_name, session.units_total - session.units_scanned
            ),
            "pack.short",
            opened.order.order_name,
            lambda authorisation: self.complete(partial, authorisation),
            reason=reason,
        )

    def _with_missing(self, reason: str) -> str:
        """The reason with what is missing, as the slip, the shop and the audit show it."""
        assert self.state.open is not None
        missing = ", ".join(
            f"{count} × {line.title}" + (f" · {line.variant_title}" if line.variant_title else "")
            for line, count in self.state.open.session.missing()
        )
        return self.tr("{0}; missing: {1}").format(reason, missing)

    def complete(
        self, partial_reason: str = "", authorisation: Authorisation | None = None
    ) -> None:
        """Close the box: check with the shop, store the shipment, print (off the GUI thread)."""
        opened = self.state.open
        if opened is None or self.state.busy:
            return
        session = opened.session
        waiting = self.unread_instructions()
        if waiting:
            self.state.say(Tone.WARNING, waiting)
            return
        if session.awaiting_serial is not None:
            self.state.say(
                Tone.WRONG,
                self.tr("Scan the serial number of {0} first").format(
                    session.awaiting_serial.title
                ),
            )
            return
        if authorisation is None and not session.is_complete:
            missing = session.units_total - session.units_scanned
            self.state.say(
                Tone.WRONG,
                self.tr("%n units missing: scan them, or press F9 to ship partial", "", missing),
            )
            return
        if self.before_complete is not None and not self.before_complete(
            lambda: self.complete(partial_reason, authorisation)
        ):
            return
        self.state.busy = True
        self.state.say(Tone.INFO, self.tr("Completing {0}…").format(opened.order.order_name))
        self.state.poster.run(
            self.state.db_writer,
            lambda: self.station.packing.complete(opened, partial_reason, authorisation),
            self._completed,
        )

    def _completed(self, completion: Completion | None, error: BaseException | None) -> None:
        if error is not None:
            self.state.busy = False
            if isinstance(error, ClaimLost):
                self.claim_lost.emit(words.said(error))  # the order leaves this bench
                return
            if isinstance(error, (PackingRefused, CannotComplete, StorageError)):
                self.state.say(Tone.WRONG, words.said(error))
                return
            raise error
        assert completion is not None
        shipment = completion.shipment
        self.state.open = None
        self.view.partial_panel.hide()
        self.view.complete_button.setEnabled(False)
        self.state.refresh_queue()
        self.state.sync_now()
        self.state.say(Tone.INFO, self.tr("Printing {0}…").format(shipment.order_name))
        self.state.print_due(shipment)

    def _printed(self, outcome: PrintOutcome) -> None:
        self.view.preview.show_png(outcome.preview_png)
        self.state.say(*self._printed_words(outcome))
        self._reprinting = False
        self.packed.emit(outcome)

    def _printed_words(self, outcome: PrintOutcome) -> tuple[Tone, str]:
        name = outcome.shipment.order_name
        if self._reprinting and outcome.ok:
            return Tone.GOOD, self.tr("{0}: label and slip reprinted, marked REPRINT").format(name)
        if outcome.ok and outcome.shipment.partial_reason:  # short: amber, never the full green
            return Tone.WARNING, self.tr(
                "{0} packed SHORT: label and slip printed. Scan the next slip"
            ).format(name)
        if outcome.ok:
            return Tone.GOOD, self.tr(
                "{0} packed: label and slip printed. Scan the next slip"
            ).format(name)
        if any(job.state == "uncertain" for job in outcome.jobs):
            return Tone.WARNING, self.tr(
                "{0} packed; the label may not have printed: check the printer (F11)"
            ).format(name)
        return Tone.WARNING, self.tr("{0} packed, NOT printed yet: {1}. Press F7 to retry").format(
            name, words.device_state(outcome.problem)
        )

    def _shown_order_name(self) -> str:
        """The order on the pack screen (open, or just completed)."""
        opened = self.state.open
        return opened.order.order_name if opened else self.view.order_label.text()

    def reprint(self) -> None:
        """Print the last shipment of the shown order again, marked REPRINT; a lead agrees and
        gives the reason."""
        if self.state.busy:
            return
        name = self._shown_order_name()
        shipment = self.station.printing.latest_shipment(name) if name else None
        if shipment is None:
            self.state.say(Tone.WRONG, self.tr("Nothing to reprint: complete the order first"))
            return
        self.asker.ask_lead(
            self.tr("Reprint the label and slip of {0}?").format(shipment.order_name),
            "print.reprint",
            shipment.order_name,
            lambda authorisation: self.queue_reprint(shipment, authorisation),
        )

    def queue_reprint(self, shipment: Shipment, authorisation: Authorisation) -> None:
        """Queue a REPRINT of a shipment's documents and print it (all on the printer worker)."""
        self.state.busy = True
        self._reprinting = True
        self.state.say(Tone.INFO, self.tr("Reprinting {0}…").format(shipment.order_name))
        self.state.print_due(
            shipment,
            before=lambda: self.station.printing.queue_reprint(
                shipment.order_name, authorisation.reason, lead=authorisation.lead
            ),
        )

    def void_shipment(self) -> None:
        """Void the shown order's shipment with a lead's yes: the box is unpacked, the order
        goes back to the queue, and the shop cancels the fulfillment if it had it."""
        if self.state.busy or self.state.open is not None:
            if self.state.open is not None:
                self.state.say(Tone.INFO, self.tr("This order is not completed: nothing to void"))
            return
        name = self._shown_order_name()
        shipment = self.station.printing.latest_shipment(name) if name else None
        if shipment is None:
            self.state.say(Tone.WRONG, self.tr("No shipment of {0} to void").format(name))
            return

        def void(authorisation: Authorisation) -> None:
            self.state.poster.run(
                self.state.db_writer,
                lambda: self.station.voids.void(shipment.shipment_id, authorisation),
                self._voided,
            )

        self.asker.ask_lead(
            self.tr("Void the shipment of {0} ({1})?").format(
                shipment.order_name, shipment.tracking_number
            ),
            "shipment.void",
            shipment.order_name,
            void,
        )

    def _voided(self, outcome: VoidOutcome | None, error: BaseException | None) -> None:
        if error is not None:
            if not isinstance(error, VoidRefused | StorageError):
                raise error
            self.state.say(Tone.WRONG, words.said(error))
            return
        assert outcome is not None
        self.state.after_void()
        self.state.say(
            Tone.WARNING,
            (
                self.tr("Shipment of {0} void: unpack the box; the shop cancels it on sync")
                if outcome.cancel_in_shop
                else self.tr("Shipment of {0} void: unpack the box; it never reached the shop")
            ).format(outcome.order_name),
        )
