"""The pack screen's controller: opens orders, verifies item scans, undo, quantity, overrides."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QObject

from packstation import gc_pause
from packstation.domain.orders import FulfillmentLine, ShopStatus, normalise_order_name
from packstation.domain.packing import Count, ScanOutcome
from packstation.services.auth import Authorisation
from packstation.services.packing import OpenOrder, PackingRefused, PendingClaim, ScanRecord
from packstation.storage.db import StorageError, StorageUnavailable
from packstation.storage.uow import UnitOfWork
from packstation.sync.worker import SyncStatus
from packstation.ui.pack.boxes import BoxController
from packstation.ui.pack.completion import CompletionController
from packstation.ui.pack.expired_gate import ExpiredGate
from packstation.ui.pack.extras import OrderExtras
from packstation.ui.pack.model import PackLinesModel
from packstation.ui.pack.view import PackView
from packstation.ui.pack.words import ScanWords
from packstation.ui.shared import words
from packstation.ui.shared.feedback import Tone
from packstation.ui.shared.lead_gate import LeadAsker
from packstation.ui.shared.state import StationState, sync_changed

log = logging.getLogger("packstation.ui")


class PackController(QObject):
    """The bench itself: the open order, its scans and what a packer does to them."""

    def __init__(self, state: StationState, asker: LeadAsker, view: PackView) -> None:
        super().__init__(view)
        self.state = state
        self.station = state.station
        self.asker = asker
        self.view = view
        self.words = ScanWords(self)
        self.next_quantity = 1
        self._claims_on_the_way: list[PendingClaim] = []  # shown, claim not yet written
        self.lines_model = PackLinesModel()
        view.table.setModel(self.lines_model)
        self.completion = CompletionController(state, asker, view)
        self.boxes = BoxController(state, asker, view, self.completion)
        self.extras = OrderExtras(state, asker, view, self.lines_model, self.completion)
        self.expired_gate = ExpiredGate(state, asker, self.words, self._verify)
        view.back_button.clicked.connect(self.back_to_queue)
        view.undo_button.clicked.connect(self.undo)
        view.quantity_button.clicked.connect(self.toggle_quantity)
        view.confirm_button.clicked.connect(self.confirm_by_hand)
        view.quantity.editingFinished.connect(self._quantity_entered)
        state.order_wanted.connect(self.open_order)
        state.sync_status.connect(self._sync_status)
        state.order_arrived.connect(self._show_order)  # a lead took an order over to this bench
        self.completion.claim_lost.connect(self.drop_order)

    @property
    def open(self) -> OpenOrder | None:
        """The order on the bench, if any."""
        return self.state.open

    def open_order(self, order_name: str) -> None:
        """Open an order on the pack screen (parking any order already open).

        A garbage collection the opening starts waits until the order is on the screen: a
        slip scan is answered first.
        """
        with gc_pause.paused():
            self._open_order(order_name)

    def _open_order(self, order_name: str) -> None:
        parked = self.state.open
        self.state.settle_writes()
        try:
            again = self._claim_on_the_way(order_name)
            prepared = again or self.station.packing.prepare_open(order_name)
        except (PackingRefused, StorageError) as exc:
            if isinstance(exc, StorageUnavailable):
                self.state.database.emit(False, words.said(exc))
            self.state.say(Tone.WRONG, words.said(exc))
            return
        opened = prepared.open_order if isinstance(prepared, PendingClaim) else prepared
        if again is not None:  # the same session, its scans kept: continued, as a claimed one
            opened = replace(opened, resumed=True)
        self._show_order(opened)
        self.state.order_opened.emit(opened.order.order_name)
        if parked is not None and parked.session.units_scanned and parked is not opened:
            self.state.say(Tone.WARNING, self._parked_words(parked))
        elif opened.resumed:
            self.state.say(Tone.WARNING, self._continuing_words(opened))
        else:
            self.state.say(
                Tone.INFO, self.tr("Scan the items of {0}").format(opened.order.order_name)
            )
        if isinstance(prepared, PendingClaim) and again is None:
            # once the order is on the screen (the writer would compete with it for the
            # interpreter), and before any scan of it: one writer, in order
            self._write_claim(prepared)

    def _claim_on_the_way(self, order_name: str) -> PendingClaim | None:
        """The order shown a moment ago whose claim is still waiting for the writer (a slow
        disk or a busy database): its slip again continues that session, not a second one."""
        wanted = normalise_order_name(order_name).lower()
        return next(
            (
                pending
                for pending in self._claims_on_the_way
                if pending.open_order.order.order_name.lower() == wanted
            ),
            None,
        )

    def _write_claim(self, pending: PendingClaim) -> None:
        """Claim the order just shown on the database writer; a refusal takes it back."""
        packing, state = self.station.packing, self.state
        self._claims_on_the_way.append(pending)
        state.poster.run(
            state.db_writer,
            lambda: packing.write_claim(pending),
            lambda _result, error: self._claim_written(pending, error),
        )

    def _claim_written(self, pending: PendingClaim, error: BaseException | None) -> None:
        self._claims_on_the_way = [p for p in self._claims_on_the_way if p is not pending]
        if error is None:
            return
        if not isinstance(error, (PackingRefused, StorageError)):
            raise error
        opened = pending.open_order
        self.state.unclaimed_sessions.add(opened.session_id)  # its scans were not saved either
        if isinstance(error, StorageUnavailable):
            self.state.database.emit(False, words.said(error))
        message = self.tr("Order {0} was not opened: {1}").format(
            opened.order.order_name, words.said(error)
        )
        if self.state.open is not None and self.state.open.session_id == opened.session_id:
            self.drop_order(message)
        else:
            self.state.say(Tone.WRONG, message)

    def _parked_words(self, parked: OpenOrder) -> str:
        session = parked.session
        return self.tr(
            "Parked {0}: {1} of %n units scanned. Scan its slip to continue",
            "",
            session.units_total,
        ).format(parked.order.order_name, session.units_scanned)

    def _continuing_words(self, opened: OpenOrder) -> str:
        session, name = opened.session, opened.order.order_name
        user = self.station.context.user
        if opened.started_by and opened.started_by != user:
            return self.tr(
                "Continuing {0} that {1} parked: {2} of %n units", "", session.units_total
            ).format(name, opened.started_by, session.units_scanned)
        return self.tr("Continuing {0}: {1} of %n units", "", session.units_total).format(
            name, session.units_scanned
        )

    def resume(self) -> bool:
        """Reopen the order that was on the bench before a crash or power cut.

        True when the packer was told something: the order is back, or why it is not (taken
        over by a lead, changed in the shop); False when the bench was empty.
        """
        try:
            resumption = self.station.packing.resume()
        except StorageError as exc:
            self.state.say(Tone.WRONG, words.said(exc))
            return True
        opened = resumption.open_order
        if opened is None:
            if not resumption.notice:
                return False
            self.state.screen_wanted.emit("queue")
            self.state.refresh_queue()
            self.state.say(Tone.WARNING, resumption.notice)
            return True
        self._show_order(opened)
        self.state.say(
            Tone.WARNING,
            self.tr(
                "Resumed {0}: {1} of %n units were scanned before the restart",
                "",
                opened.session.units_total,
            ).format(opened.order.order_name, opened.session.units_scanned),
        )
        return True

    def scan_item(self, code: str, source: str = "keyboard") -> None:
        """Verify an item scan against the open order."""
        assert self.state.open is not None
        quantity, self.next_quantity = self.next_quantity, 1
        try:
            if self.expired_gate.asks(self.state.open, code, source, quantity):
                return
        except StorageError as exc:
            self.state.say(Tone.WRONG, self.tr("Scan not checked: {0}").format(exc))
            return
        self._verify(code, source, quantity)

    def _verify(self, code: str, source: str, quantity: int, approved_by: str = "") -> None:
        """Count a scan, show it and save it (``approved_by``: the lead who let it count)."""
        assert self.state.open is not None
        try:
            result, record = self.station.packing.verify(
                self.state.open, code, quantity, scanner=source
            )
        except StorageError as exc:
            if isinstance(exc, StorageUnavailable):
                self.state.database.emit(False, words.said(exc))
            self.state.say(Tone.WRONG, self.tr("Scan not checked: {0}").format(words.said(exc)))
            return
        self._save(record)
        if result is None:
            self.state.say(
                Tone.WRONG,
                self.tr("Unreadable scan ({0}): scan the item again").format(
                    words.said(record.problem)
                ),
            )
            return
        self.lines_model.line_changed(result.line.line_id if result.line else None)
        self._update_progress()
        self.extras.noticed(result)
        tone, message = self.words.describe(result, scanned=code)
        if approved_by and result.outcome.counted:
            message = self.tr("Approved by {0}: {1}").format(approved_by, message)
        self.state.say(tone, message)

    def _save(self, record: ScanRecord) -> None:
        state = self.state
        state.poster.run(
            state.db_writer,
            lambda: self.station.packing.save(record),
            lambda result, error: self._saved(result, error, record),
        )

    def _saved(
        self, _result: None, error: BaseException | None, record: ScanRecord | None = None
    ) -> None:
        if error is None:
            return
        if record is not None and record.session_id in self.state.unclaimed_sessions:
            return  # its order was taken back off the screen (no session to save to), and why
        if not isinstance(error, StorageError):
            raise error
        if isinstance(error, StorageUnavailable):
            self._not_saved(record, error)
            return
        opened = self.state.open
        if opened is not None and (record is None or record.session_id == opened.session_id):
            # show what the disk holds: nothing seems counted that is not
            try:
                self._show_order(self.station.packing.reload(opened))
            except (StorageError, PackingRefused):
                log.exception("cannot reload the order after a failed write")
        self.state.say(
            Tone.WRONG, self.tr("Last scan NOT saved: {0}. Scan it again").format(words.said(error))
        )

    def _not_saved(self, record: ScanRecord | None, error: StorageUnavailable) -> None:
        """The database is away: take the unsaved scan back off the screen (no reload: it
        would hang the screen on a server that does not answer)."""
        opened = self.state.open
        if record is not None and opened is not None and record.session_id == opened.session_id:
            counted = record.kind in ("scan", "override") and record.outcome in (
                ScanOutcome.MATCHED.value,
                ScanOutcome.COMPLETE.value,
            )
            if counted:
                opened.session.undo()
            elif record.kind == "undo" and record.line_id:
                opened.session.apply(Count(record.line_id, record.quantity))
            self.lines_model.set_session(opened.session)
            self._update_progress()
        self.state.database.emit(False, words.said(error))
        self.state.say(Tone.WRONG, self.tr("Last scan NOT saved: {0}").format(words.said(error)))

    def drop_order(self, message: str) -> None:
        """This bench no longer holds the order on it: off the screen, and the packer is told."""
        self.state.open = None
        self.extras.clear()
        self.view.partial_panel.hide()
        self.view.quantity_panel.hide()
        self.view.complete_button.setEnabled(False)
        self.state.screen_wanted.emit("queue")
        self.state.refresh_queue()
        self.state.say(Tone.WRONG, message)

    def _selected_line(self) -> FulfillmentLine | None:
        assert self.state.open is not None
        rows = self.view.table.selectionModel().selectedRows()
        lines = self.state.open.order.lines
        if rows:
            return lines[rows[0].row()]
        missing = [line for line, _ in self.state.open.session.missing()]
        return missing[0] if len(missing) == 1 else None

    def confirm_by_hand(self) -> None:
        """An item that will not scan: a lead confirms one unit of the selected line."""
        if self.state.open is None or self.state.busy:
            return
        line = self._selected_line()
        if line is None:
            self._select_first_missing()
            self.state.say(
                Tone.INFO,
                self.tr("Choose the line that will not scan with ↑ ↓, then press F3 again"),
            )
            return
        self.asker.ask_lead(
            self.tr("Confirm 1 × {0} without a scan?").format(line.title),
            "pack.override",
            self.state.open.order.order_name,
            lambda authorisation: self._confirmed_by_hand(line, authorisation),
        )

    def _confirmed_by_hand(self, line: FulfillmentLine, authorisation: Authorisation) -> None:
        if self.state.open is None:
            return
        packing = self.station.packing
        result, confirmation = packing.confirm_in_memory(
            self.state.open, line.line_id, authorisation
        )
        if confirmation is not None:  # written on the db writer, in scan order
            self.state.poster.run(
                self.state.db_writer,
                lambda: packing.save_confirmation(confirmation),
                lambda result, error: self._saved(result, error, confirmation.record),
            )
        self.lines_model.line_changed(line.line_id)
        self._update_progress()
        tone, message = self.words.describe(result)
        if result.outcome.counted:
            message = self.tr("Confirmed by {0}: {1}").format(authorisation.lead, message)
        self.state.say(tone, message)

    def _select_first_missing(self) -> None:
        assert self.state.open is not None
        missing = [line for line, _ in self.state.open.session.missing()]
        if missing:
            self.view.table.selectRow(self.lines_model.row_of(missing[0].line_id))

    def move_line(self, step: int) -> None:
        """An arrow key: choose a line for F3 (in the F6 and F9 panels, step their value)."""
        pv = self.view
        if pv.quantity_panel.isVisible():
            pv.quantity.stepBy(-step)
            return
        if pv.partial_panel.isVisible():
            reason = pv.partial_reason
            reason.setCurrentIndex(max(0, min(reason.count() - 1, reason.currentIndex() + step)))
            return
        if self.state.open is None or self.lines_model.rowCount() == 0:
            return
        rows = pv.table.selectionModel().selectedRows()
        current = rows[0].row() if rows else (-1 if step > 0 else self.lines_model.rowCount())
        pv.table.selectRow(max(0, min(self.lines_model.rowCount() - 1, current + step)))

    def undo(self) -> None:
        """Take back the last counted scan."""
        opened = self.state.open
        if opened is None or self.state.busy:
            return
        undone = self.station.packing.undo_in_memory(opened)
        if undone is None:
            self.state.say(Tone.INFO, self.tr("Nothing to undo"))
            return
        count, record = undone
        self._save(record)
        self.lines_model.line_changed(count.line_id)
        self._update_progress()
        row = self.lines_model.row_of(count.line_id)
        title = opened.order.lines[row].title
        self.state.say(Tone.WARNING, self.tr("Undone: {0} × {1}").format(count.quantity, title))

    def toggle_quantity(self) -> None:
        """Show the quantity entry: the next scan counts that many units of one line."""
        if self.state.open is None:
            return
        panel = self.view.quantity_panel
        panel.setVisible(not panel.isVisible())
        if panel.isVisible():
            self.view.quantity.setValue(1)
            self.view.quantity.setFocus()
            self.view.quantity.selectAll()

    def _quantity_entered(self) -> None:
        pv = self.view
        if not pv.quantity_panel.isVisible():
            return
        self.next_quantity = pv.quantity.value()
        pv.quantity_panel.hide()
        self.state.say(Tone.INFO, self.tr("Next scan counts %n units", "", self.next_quantity))

    def back_to_queue(self) -> None:
        """Back to the queue; an unfinished order is parked with its scans (its slip reopens
        it), and nothing the packer scans or presses reaches it until then."""
        pv = self.view
        if pv.partial_panel.isVisible() or pv.quantity_panel.isVisible():
            pv.partial_panel.hide()
            pv.quantity_panel.hide()
            return
        if self.state.busy and self.state.open is not None:
            return  # completing: the shop's answer decides
        parked = self.park()
        self.state.screen_wanted.emit("queue")
        self.state.refresh_queue()
        if parked is not None:
            self.state.say(Tone.WARNING, self._parked_words(parked))

    def park(self) -> OpenOrder | None:
        """Close the open order on screen; its session stays active, to be continued."""
        parked, self.state.open = self.state.open, None
        self.next_quantity = 1
        if parked is not None:
            pv = self.view
            pv.order_label.clear()
            pv.partial_panel.hide()
            pv.quantity_panel.hide()
            pv.complete_button.setEnabled(False)
            self.lines_model.set_session(None)
            self.extras.clear()
        return parked

    def _sync_status(self, status: SyncStatus) -> None:
        if sync_changed(status):
            self._check_open_order_still_packable()

    def _check_open_order_still_packable(self) -> None:
        opened = self.state.open
        if opened is None:
            return
        with UnitOfWork(self.station.session_factory) as uow:
            row = uow.orders.row(opened.order.fulfillment_order_id)
            status = ShopStatus(row.status) if row else ShopStatus.CANCELLED
        if not status.packable:
            self.state.say(
                Tone.WRONG,
                self.tr("Order {0} is now {1} in the shop: stop packing it").format(
                    opened.order.order_name, status.value.lower().replace("_", " ")
                ),
            )

    def _show_order(self, opened: OpenOrder) -> None:
        self.state.open = opened
        self.next_quantity = 1
        order = opened.order
        pv = self.view
        pv.order_label.setText(order.order_name)
        pv.customer_label.setText(
            f"{order.customer_name} · {order.shipping_address.city}, "
            f"{order.shipping_address.country_code}"
        )
        pv.method_label.setText(("⚡ " if order.express else "") + order.shipping_method)
        pv.note_label.setText(self.tr("Customer note: {0}").format(order.customer_note))
        pv.note_label.setVisible(bool(order.customer_note))
        pv.preview.clear_image()
        pv.partial_panel.hide()
        pv.quantity_panel.hide()
        self.lines_model.set_session(opened.session)
        self.extras.show(opened)
        pv.fit_columns()
        self._update_progress()
        self.state.screen_wanted.emit("pack")

    def _update_progress(self) -> None:
        if self.state.open is None:
            return
        session = self.state.open.session
        pv = self.view
        pv.progress.setMaximum(session.units_total)
        pv.progress.setValue(session.units_scanned)
        pv.complete_button.setEnabled(session.is_complete)
