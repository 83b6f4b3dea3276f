"""The pack screen's boxes and scale: the live weight, box barcodes, New box, the weight check.

The scale is read by its own thread; this controller only asks for its latest reading on a
timer (never blocking), feeds stable readings to a :class:`ParcelWeigher` (a new parcel needs
the scale back at zero) and shows the weight big. At F10 and at New box the open box is
checked against its expected weight; outside the tolerance the packer is stopped in amber
until a recount passes or a lead overrides with a reason.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QVBoxLayout

from packstation.devices.scale.base import ScaleReading, ScaleState
from packstation.domain.box_plan import PackedBoxState
from packstation.domain.boxes import Box
from packstation.domain.weighing import ParcelWeigher, WeightCheck
from packstation.i18n.formats import format_number
from packstation.services.auth import Authorisation
from packstation.services.boxes import BoxEvent
from packstation.services.packing import OpenOrder
from packstation.services.weight_check import WeightEvent
from packstation.storage.db import StorageError, StorageUnavailable
from packstation.ui.pack.box_strip import BoxStripView
from packstation.ui.pack.completion import CompletionController
from packstation.ui.pack.view import PackView
from packstation.ui.pack.weights_dialog import WeightsController, WeightsView
from packstation.ui.shared.feedback import Tone
from packstation.ui.shared.lead_gate import LeadAsker
from packstation.ui.shared.state import StationState

log = logging.getLogger("packstation.ui")

POLL_MS = 100  # how often the latest reading is shown (reading itself is the scale thread's)


class BoxController(QObject):
    """Boxes of the open order, the scale and the weight check."""

    def __init__(
        self,
        state: StationState,
        asker: LeadAsker,
        view: PackView,
        completion: CompletionController,
    ) -> None:
        super().__init__(view)
        self.state = state
        self.station = state.station
        self.asker = asker
        self.completion = completion
        self.strip = BoxStripView(view)
        layout = view.layout()
        assert isinstance(layout, QVBoxLayout)  # the pack view's column: the strip under the banner
        layout.insertWidget(layout.indexOf(view.banner) + 1, self.strip)
        self.weigher = ParcelWeigher()
        self.reading: ScaleReading = self.station.scale.latest()
        # The open box a lead let go on despite its weight: (session, box number, units in it,
        # check); a unit scanned or undone after the override needs a new weighing.
        self._overridden: tuple[str, int, int, WeightCheck] | None = None
        self._stopped: tuple[str, int, WeightCheck, Callable[[], object]] | None = None
        self.strip.new_box_button.clicked.connect(self.new_box)
        self.strip.override_button.clicked.connect(self.override)
        self.strip.weights_button.clicked.connect(self.show_weights)
        self.weights_dialog: WeightsController | None = None
        completion.before_complete = self.check_before_complete
        completion.packed.connect(lambda _outcome: self._parcel_taken())
        # Every scan, key and opening ends in words for the banner: show the boxes at once.
        state.said.connect(lambda _tone, _message: self.refresh())
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.station.scale.start()
        self.timer.start()
        self.refresh()

    # -- the scale ----------------------------------------------------------------------------

    def poll(self) -> None:
        """Take the scale's latest reading (never waits) and show it with the open box."""
        self.reading = self.station.scale.latest()
        self.weigher.feed(self.reading.grams, self.reading.stable)
        self.refresh()

    @property
    def has_scale(self) -> bool:
        """Whether a scale answers (without one, the expected weight is used)."""
        return self.reading.connected

    def _grams(self, grams: int) -> str:
        return self.tr("{0} g").format(format_number(grams, self.station.settings.language))

    def _reading_words(self) -> str:
        reading = self.reading
        if reading.state is ScaleState.STABLE:
            if self.weigher.needs_zero and abs(reading.grams) > 5:
                return self.tr("{0} · empty the scale").format(self._grams(reading.grams))
            return self._grams(reading.grams)
        return {
            ScaleState.MOTION: self.tr("settling…"),
            ScaleState.OVERLOAD: self.tr("too heavy"),
            ScaleState.UNDERLOAD: self.tr("below zero: zero the scale"),
            ScaleState.FAULT: self.tr("scale fault"),
            ScaleState.DISCONNECTED: self.tr("no scale"),
        }[reading.state]

    def refresh(self) -> None:
        """Show the open box, its expected weight and the live weight."""
        opened = self.state.open
        strip = self.strip
        strip.weight_label.setText(self._reading_words())
        strip.setVisible(opened is not None)
        if opened is None:
            strip.stop_panel.hide()
            return
        plan = opened.boxes
        plan.sync(opened.session.history)
        box = plan.open_box
        name, why = self._box_words(box)
        strip.box_label.setText(
            self.tr("Box {0} of {1}: {2} · %n units", "", box.units).format(
                plan.open_number, len(plan.boxes), name
            )
        )
        strip.box_label.setToolTip(why)
        expected = self.station.packing.weights.expected(opened, box)
        strip.expected_label.setText(self.tr("Expected {0}").format(self._grams(expected)))

    def _box_words(self, box: PackedBoxState) -> tuple[str, str]:
        """The open box's name as the strip shows it, and the tooltip saying how it was chosen."""
        if box.box is None:
            return self.tr("no box chosen"), ""
        if box.suggested_by == "weight":
            return self.tr("{0} (suggested by weight)").format(box.name), self.tr(
                "Shopify has no item sizes, so this box was suggested by the items' weight "
                "alone. Scan a box barcode to choose another."
            )
        if box.suggested_by:
            return self.tr("{0} (suggested)").format(box.name), self.tr(
                "The smallest box the items' sizes and weight fit. Scan a box barcode to "
                "choose another."
            )
        return box.name, ""

    def _parcel_taken(self) -> None:
        """The box left the bench: the next one counts only after the scale was at zero."""
        self.weigher.take()
        self._overridden = None

    # -- boxes --------------------------------------------------------------------------------

    def choose(self, box: Box) -> None:
        """A box barcode was scanned: the open box is of that type."""
        opened = self.state.open
        if opened is None or self.state.busy:
            self.state.say(Tone.INFO, self.tr("Open an order first: scan its packing slip"))
            return
        event = self.station.packing.boxes.choose(opened, box)
        self._save(lambda: self.station.packing.boxes.save(event))
        self.refresh()
        self.state.say(
            Tone.GOOD,
            self.tr("Box {0} is a {1} ({2})").format(
                event.box_number, box.name, self.tr("tare {0}").format(self._grams(box.tare_g))
            ),
        )

    def new_box(self) -> None:
        """Ctrl+N or the NEW BOX barcode: close the open box (weighed) and start another."""
        opened = self.state.open
        if opened is None or self.state.busy:
            return
        opened.boxes.sync(opened.session.history)
        if not opened.boxes.open_box.units:
            self.state.say(
                Tone.WRONG,
                self.tr("Box {0} is empty: scan items into it first").format(
                    opened.boxes.open_number
                ),
            )
            return
        check = self._weigh(opened, self.new_box)
        if check is None:
            return
        event: BoxEvent = self.station.packing.boxes.new_box(
            opened, check.measured_g, weighed=self.has_scale
        )
        self._save(lambda: self.station.packing.boxes.save(event))
        self.weigher.take()
        self._overridden = None
        self.refresh()
        self.state.say(
            Tone.INFO,
            self.tr("Box {0} closed at {1}. Box {2} is open: scan its items").format(
                event.box_number, self._grams(event.weight_g), event.box_number + 1
            ),
        )

    # -- the weight check ---------------------------------------------------------------------

    def check_before_complete(self, retry: Callable[[], None]) -> bool:
        """F10: the box on the scale must weigh what is expected (the completion waits)."""
        opened = self.state.open
        if opened is None:
            return False
        opened.boxes.sync(opened.session.history)
        if not opened.boxes.open_box.units and opened.boxes.filled():
            return True  # an empty last box is not shipped: the closed boxes were weighed
        check = self._weigh(opened, retry)
        if check is None:
            return False
        box = opened.boxes.open_box
        box.weight_g, box.weighed = check.measured_g, self.has_scale
        return True

    def _weigh(self, opened: OpenOrder, again: Callable[[], object]) -> WeightCheck | None:
        """The open box's check; None when the packer must wait, fix the box or ask a lead."""
        weights = self.station.packing.weights
        number = opened.boxes.open_number
        overridden = self._overridden
        units = opened.boxes.open_box.units
        if overridden is not None and overridden[:3] == (opened.session_id, number, units):
            return overridden[3]
        measured: int | None = None
        if self.has_scale:
            if self.weigher.weight is None:
                words = (
                    self.tr("Take the last parcel off the scale, then put this box on it")
                    if self.weigher.needs_zero
                    else self.tr("Put box {0} on the scale and wait for a steady weight").format(
                        number
                    )
                )
                self.state.say(Tone.WARNING, words)
                return None
            measured = self.weigher.weight
        check = weights.check(opened, measured)
        stopped = self._stopped
        if check.ok:
            if stopped is not None and stopped[:2] == (opened.session_id, number):
                self._record(weights.event(opened, "recount", check))
            self._stopped = None
            self.strip.stop_panel.hide()
            return check
        self._stopped = (opened.session_id, number, check, again)
        self._record(weights.event(opened, "stop", check))
        message = self.tr(
            "{0} on the scale, {1} expected: check for a missing or extra item"
        ).format(self._grams(check.measured_g), self._grams(check.expected_g))
        self.strip.stop_label.setText(
            message + "\n" + self.tr("Fix the box and weigh it again, or ask a lead to override")
        )
        self.strip.stop_panel.show()
        self.state.say(Tone.WARNING, message)
        return None

    def override(self) -> None:
        """A lead lets the stopped box go on, with a reason; the stopped action then goes on."""
        opened, stopped = self.state.open, self._stopped
        if opened is None or stopped is None or stopped[0] != opened.session_id:
            return
        _, number, check, again = stopped
        self.asker.ask_lead(
            self.tr("Send box {0} of {1} at {2} instead of {3}?").format(
                number,
                opened.order.order_name,
                self._grams(check.measured_g),
                self._grams(check.expected_g),
            ),
            "pack.weight_override",
            opened.order.order_name,
            lambda authorisation: self._overridden_by(opened, number, check, again, authorisation),
        )

    def _overridden_by(
        self,
        opened: OpenOrder,
        number: int,
        check: WeightCheck,
        again: Callable[[], object],
        authorisation: Authorisation,
    ) -> None:
        if self.state.open is not opened:
            return
        weights = self.station.packing.weights
        self._record(weights.event(opened, "override", check, authorisation))
        self._overridden = (opened.session_id, number, opened.boxes.open_box.units, check)
        self._stopped = None
        self.strip.stop_panel.hide()
        self.state.say(
            Tone.WARNING,
            self.tr("{0} let box {1} go at {2}").format(
                authorisation.lead, number, self._grams(check.measured_g)
            ),
        )
        again()

    def show_weights(self) -> WeightsController | None:
        """The unit weights of the open order's SKUs, where a lead confirms one."""
        opened = self.state.open
        if opened is None:
            return None
        view = WeightsView(self.strip.window())
        self.weights_dialog = WeightsController(self.state, self.asker, view, opened)
        self.weights_dialog.confirmed.connect(lambda _sku, _grams: self.refresh())
        view.show()
        return self.weights_dialog

    def _record(self, event: WeightEvent) -> None:
        self._save(lambda: self.station.packing.weights.save(event))

    def _save(self, write: Callable[[], None]) -> None:
        """Write on the DB-writer thread, in scan order; a failure is said in words."""
        session_id = self.state.open.session_id if self.state.open is not None else ""
        self.state.poster.run(
            self.state.db_writer, write, lambda _r, error: self._saved(session_id, error)
        )

    def _saved(self, session_id: str, error: BaseException | None) -> None:
        if error is None or session_id in self.state.unclaimed_sessions:
            return  # saved, or its order was taken back off the screen (and the packer told)
        if not isinstance(error, StorageError):
            raise error
        if isinstance(error, StorageUnavailable):
            self.state.database.emit(False, str(error))
        self.state.say(Tone.WRONG, self.tr("Box NOT saved: {0}").format(error))
