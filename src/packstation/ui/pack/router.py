"""Where a scan goes: a command barcode acts, a packing slip opens its order, the rest are items."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from packstation.devices.scanner.keyboard_layout import describe_keys, layout_mismatch
from packstation.domain.commands import Command, command_of
from packstation.domain.orders import normalise_order_name
from packstation.storage.db import StorageError
from packstation.ui.pack.booking_watch import BookingWatch
from packstation.ui.pack.controller import PackController
from packstation.ui.pack.pending_slip import PendingSlipScans
from packstation.ui.pack.pickup_point import PickupPointLine
from packstation.ui.pack.words import looks_like_order_number, misread_gtin
from packstation.ui.shared import words
from packstation.ui.shared.feedback import Tone


class ScanRouter(QObject):
    """Routes every scan the station receives to the pack screen's actions."""

    def __init__(self, pack: PackController) -> None:
        super().__init__(pack)
        self.pack = pack
        self.state = pack.state
        self.pending_slips = PendingSlipScans(self.state, self)
        self.booking_watch = BookingWatch(self.state, self)  # paused or refused in sync
        self.pickup_point = PickupPointLine(self.state, pack.view)  # parcel-shop orders

    def handle_scan(self, text: str, source: str = "keyboard") -> None:
        """Route a scan: a command barcode acts, a packing slip opens its order, anything else
        is an item."""
        code = text.strip()
        command = command_of(code)
        if command is not None:
            self.run_command(command)
            return
        opened = self.state.open
        current = opened.order.order_name if opened else None
        box = self.state.station.packing.boxes.for_barcode(code)
        if box is not None and not (opened is not None and opened.session.knows(code)):
            self.pack.boxes.choose(box)
            return
        if opened is not None and opened.session.knows(code):
            self.pack.scan_item(code, source)
            return
        if opened is None or normalise_order_name(code) != current:
            try:
                is_order = self.state.station.packing.is_order_number(code)
            except StorageError as exc:
                self.state.say(Tone.WRONG, self.tr("Scan not handled: {0}").format(words.said(exc)))
                return
            if is_order:
                if not self.pending_slips.handle(code):  # a LABEL PENDING slip prints here
                    self.pack.open_order(code)
                return
        if opened is None:
            mismatch = layout_mismatch(code)
            if mismatch is not None:
                self.state.say(Tone.WRONG, self.pack.words.layout_message(mismatch))
                return
            if misread_gtin(code):
                self.state.say(Tone.WRONG, self.pack.words.misread_message())
                return
            if looks_like_order_number(code):
                self.state.say(
                    Tone.WRONG,
                    self.tr("No order {0} in the queue").format(normalise_order_name(code)),
                )
                return
            self.state.say(
                Tone.WRONG,
                self.tr("“{0}” is not an order number: scan the packing slip").format(
                    describe_keys(code[:40])
                ),
            )
            return
        if normalise_order_name(code) == current:
            if self.pack.extras.instructions.pending:  # the slip again: the instructions were read
                self.pack.extras.instructions.confirm()
                return
            self.state.say(Tone.INFO, self.tr("Order {0} is already open").format(current))
            return
        self.pack.scan_item(code, source)

    def run_command(self, command: Command) -> None:
        """A command barcode: the same as its key."""
        if self.state.open is None and command in (
            Command.COMPLETE,
            Command.UNDO,
            Command.SHORT,
            Command.NEW_BOX,
        ):
            self.state.say(Tone.INFO, self.tr("Open an order first: scan its packing slip"))
            return
        completion = self.pack.completion
        actions: dict[Command, Callable[[], object]] = {
            Command.COMPLETE: completion.complete,
            Command.UNDO: self.pack.undo,
            Command.SHORT: completion.start_partial,
            Command.REPRINT: completion.reprint,
            Command.CANCEL: self.pack.back_to_queue,
            Command.NEW_BOX: self.pack.boxes.new_box,
        }
        actions[command]()
