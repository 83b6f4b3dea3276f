"""A lead teaches the station a barcode the shop does not know (a supplier's label).

The packer scans the item: it is unknown. A lead chooses the line (↑ ↓, or the only one
missing), presses Ctrl+E and gives a PIN; the code is stored for the line's SKU, audited, and
counts from then on, on every bench.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from packstation.domain.orders import FulfillmentLine
from packstation.domain.packing import ScanOutcome, ScanResult
from packstation.services.auth import Authorisation
from packstation.services.teach_barcode import Taught, TeachRefused
from packstation.storage.db import StorageError
from packstation.ui.pack.extras_view import OrderExtrasView
from packstation.ui.pack.view import PackView
from packstation.ui.shared.feedback import Tone
from packstation.ui.shared.lead_gate import LeadAsker
from packstation.ui.shared.state import StationState


class TeachController(QObject):
    """Remembers the last unknown scan; Ctrl+E teaches it for the chosen line."""

    def __init__(
        self, state: StationState, asker: LeadAsker, view: PackView, extras: OrderExtrasView
    ) -> None:
        super().__init__(view)
        self.state = state
        self.asker = asker
        self.view = view
        self.extras = extras
        self.unknown = ""  # the last scan no product has

    def noticed(self, result: ScanResult) -> None:
        """Every item scan's outcome: an unknown code may be taught."""
        if result.outcome is ScanOutcome.UNKNOWN:
            self.unknown = result.code
            self.extras.teach_hint.setText(
                self.tr(
                    "Unknown barcode {0}: if it is on one of these items, a shift lead can "
                    "teach it — choose the line (↑ ↓), then Ctrl+E"
                ).format(result.code)
            )
            self.extras.teach_hint.show()
        elif result.outcome.counted:
            self.forget()

    def forget(self) -> None:
        """No unknown code waiting (another order, or a good scan)."""
        self.unknown = ""
        self.extras.teach_hint.hide()

    def _chosen_line(self) -> FulfillmentLine | None:
        opened = self.state.open
        assert opened is not None
        rows = self.view.table.selectionModel().selectedRows()
        if rows:
            return opened.order.lines[rows[0].row()]
        missing = [line for line, _ in opened.session.missing()]
        return missing[0] if len(missing) == 1 else None

    def teach(self) -> None:
        """Ctrl+E: ask a lead to teach the last unknown code for the chosen line."""
        opened = self.state.open
        if opened is None or self.state.busy:
            return
        if not self.unknown:
            self.state.say(Tone.INFO, self.tr("Scan the new barcode first, then press Ctrl+E"))
            return
        line = self._chosen_line()
        if line is None:
            self.state.say(
                Tone.INFO,
                self.tr("Choose the line this barcode belongs to with ↑ ↓, then press Ctrl+E"),
            )
            return
        code = self.unknown
        self.asker.ask_lead(
            self.tr("Teach barcode {0} as {1} ({2})?").format(code, line.title, line.sku),
            "barcode.teach",
            opened.order.order_name,
            lambda authorisation: self._taught_by(code, line, authorisation),
        )

    def _taught_by(self, code: str, line: FulfillmentLine, authorisation: Authorisation) -> None:
        teaching = self.state.station.teaching
        opened = self.state.open
        if teaching is None or opened is None:
            return
        order_name = opened.order.order_name
        self.state.poster.run(
            self.state.db_writer,
            lambda: teaching.teach(code, line, authorisation, order_name),
            lambda taught, error: self._done(taught, error, line),
        )

    def _refusal(self, error: TeachRefused) -> str:
        words = {
            "invalid": self.tr("that scan cannot be a barcode"),
            "command": self.tr("it is a command barcode"),
            "no_sku": self.tr("the line has no SKU"),
            "taught_for": self.tr("it was taught for {0} already"),
            "other_product": self.tr("it is the barcode of {0}"),
            "order_number": self.tr("it is an order number"),
        }
        return words.get(error.kind, str(error)).format(error.other)

    def _done(
        self, taught: Taught | None, error: BaseException | None, line: FulfillmentLine
    ) -> None:
        if error is not None:
            if not isinstance(error, TeachRefused | StorageError):
                raise error
            words = self._refusal(error) if isinstance(error, TeachRefused) else str(error)
            self.state.say(Tone.WRONG, self.tr("Barcode not taught: {0}").format(words))
            return
        assert taught is not None
        opened = self.state.open
        if opened is not None and line.line_id in {ln.line_id for ln in opened.order.lines}:
            opened.session.learn(line.line_id, taught.barcode)
        self.forget()
        self.state.say(
            Tone.GOOD,
            self.tr("{0} is now a barcode of {1}: scan the item again").format(
                taught.barcode, line.title
            ),
        )
