"""The station controller: routes scans, drives the pack session, completes and prints."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut

from packstation.app import Station
from packstation.devices.scanner.keyboard_layout import azerty_digits, describe_keys
from packstation.domain.commands import Command, command_of
from packstation.domain.orders import FulfillmentLine, ShopStatus, normalise_order_name
from packstation.domain.packing import ScanOutcome, ScanResult
from packstation.domain.shipments import CannotComplete, Shipment
from packstation.services.audit import audit_alone
from packstation.services.auth import Authorisation
from packstation.services.packing import Completion, OpenOrder, PackingRefused, ScanRecord
from packstation.services.printing import PrintOutcome, PrintQueueError, PrintRun
from packstation.services.voids import VoidOutcome, VoidRefused
from packstation.shop.base import ShopError
from packstation.storage.db import StorageError
from packstation.storage.uow import UnitOfWork
from packstation.sync.worker import SyncStatus
from packstation.ui.authorise_dialog import AuthoriseDialog
from packstation.ui.batches_controller import BatchesController
from packstation.ui.batches_view import BatchesView
from packstation.ui.dashboard_view import DashboardController, DashboardView
from packstation.ui.exceptions_view import ExceptionsController, ExceptionsView
from packstation.ui.feedback import Tone
from packstation.ui.main_window import MainWindow
from packstation.ui.pack_model import PackLinesModel
from packstation.ui.people_controller import PeopleController
from packstation.ui.people_view import PeopleView
from packstation.ui.print_queue_model import PrintQueueModel
from packstation.ui.queue_model import QueueFilterProxy, QueueTableModel
from packstation.ui.scanners import ScannerHub
from packstation.ui.settings_controller import SettingsController
from packstation.ui.settings_view import SettingsView
from packstation.ui.shop_controller import ShopController
from packstation.ui.shop_view import ShopView
from packstation.ui.sign_in_controller import SignInController
from packstation.ui.sound import SoundCues
from packstation.ui.tasks import ResultPoster

log = logging.getLogger("packstation.ui")


class StationController(QObject):
    """Everything a packer does at the bench, by scanner, keyboard or mouse."""

    order_opened = Signal(str)
    packed = Signal(object)  # PrintOutcome, once the printers have had their chance

    def __init__(
        self,
        station: Station,
        window: MainWindow,
        scanners: ScannerHub,
        sounds: SoundCues,
        sync_now: object = None,
    ) -> None:
        super().__init__(window)
        self.station = station
        self.window = window
        self.sounds = sounds
        self._sync_now = sync_now
        self.shop_dialog: ShopController | None = None
        self.auth_dialog: AuthoriseDialog | None = None
        self.exceptions_dialog: ExceptionsController | None = None
        self.dashboard: DashboardController | None = None
        self.batches_dialog: BatchesController | None = None
        self.people_dialog: PeopleController | None = None
        self.open: OpenOrder | None = None
        self.next_quantity = 1
        self.busy = False
        self.queue_model = QueueTableModel()
        self.queue_proxy = QueueFilterProxy()
        self.queue_proxy.setSourceModel(self.queue_model)
        self.lines_model = PackLinesModel()
        self.print_model = PrintQueueModel()
        self._printing = False
        self._closed = False
        # One writer thread: scan records, undos and completions are written in scan order,
        # so the fsync of each never holds up the next scan on the GUI thread.
        self._db_writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-writer")
        # Calls to the shop a lead asks for (release a hold): never in the way of scan writes.
        self._shop_calls = ThreadPoolExecutor(max_workers=1, thread_name_prefix="shop-calls")
        self.poster = ResultPoster(self)
        qv, pv = window.queue_view, window.pack_view
        qv.table.setModel(self.queue_proxy)
        # No column sort until the packer asks: the model's express-then-oldest order holds.
        qv.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        qv.search.textChanged.connect(self.queue_proxy.set_needle)
        qv.table.doubleClicked.connect(self._open_from_table)
        pv.table.setModel(self.lines_model)
        pq = window.print_queue
        pq.table.setModel(self.print_model)
        pq.retry_button.clicked.connect(self.retry_printing)
        pq.printed_button.clicked.connect(lambda: self.resolve_selected_job(printed=True))
        pq.not_printed_button.clicked.connect(lambda: self.resolve_selected_job(printed=False))
        pv.back_button.clicked.connect(self.back_to_queue)
        pv.undo_button.clicked.connect(self.undo)
        pv.quantity_button.clicked.connect(self.toggle_quantity)
        pv.reprint_button.clicked.connect(self.reprint)
        pv.void_button.clicked.connect(self.void_shipment)
        pv.partial_button.clicked.connect(self.start_partial)
        pv.confirm_button.clicked.connect(self.confirm_by_hand)
        pv.partial_confirm.clicked.connect(self.confirm_partial)
        pv.complete_button.clicked.connect(lambda: self.complete())
        pv.quantity.editingFinished.connect(self._quantity_entered)
        self.scanners = scanners
        scanners.scanned.connect(self.handle_scan)
        scanners.repeated.connect(self._repeated_scan)
        scanners.garbage.connect(self._garbage_scan)
        scanners.state_changed.connect(self._scanner_state)
        self.sign_in = SignInController(station, window.sign_in_view, scanners)
        self.sign_in.signed_in.connect(self._signed_in)
        for keys, slot in (
            ("F2", self.show_exceptions),
            ("Ctrl+D", self.show_dashboard),
            ("Ctrl+B", self.show_batches),
            ("F3", self.confirm_by_hand),
            ("F4", self.undo),
            ("Ctrl+Z", self.undo),
            ("F5", self.sync_now),
            ("F6", self.toggle_quantity),
            ("F7", self.retry_printing),
            ("F8", self.reprint),
            ("F11", self.toggle_print_queue),
            ("F12", self.open_settings),
            ("F9", self.start_partial),
            ("F10", lambda: self.complete()),
            ("Esc", self.back_to_queue),
            ("Ctrl+L", self.lock),
        ):
            shortcut = QShortcut(QKeySequence(keys), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda s=slot: None if self.sign_in.active else s())
        window.queue_view.lock_button.clicked.connect(self.lock)
        window.queue_view.batches_button.clicked.connect(self.show_batches)
        window.queue_view.release_button.clicked.connect(self.release_selected_hold)
        self._show_who()
        self._print_timer = QTimer(self)
        self._print_timer.setInterval(10_000)
        self._print_timer.timeout.connect(self.process_print_queue)
        self._print_timer.start()
        self.check_printers()
        self._show_scanner_states()
        self.refresh_queue()

    # -- people ------------------------------------------------------------------------------

    def lock(self, message: str = "", *, why: str = "locked") -> None:
        """Lock the station: the open order stays parked; the next person signs in.
        ``why`` goes into the audit entry ("locked" by hand, "idle")."""
        if self.sign_in.active and self.window.on_sign_in_screen:
            return
        if self.station.context.locked:  # locked at start: nobody to sign out
            self._show_locked(message)
            return
        who = self.station.context.user
        self.station.context.lock()  # at once, on this thread; the audit entry follows
        self.poster.run(
            self._db_writer,
            lambda: self.station.auth.record_lock(who, why),
            self._locked,
        )
        self._show_locked(message or self.tr("{0} signed out").format(who))

    def _locked(self, _result: None, error: BaseException | None) -> None:
        if error is not None and not isinstance(error, StorageError):
            raise error

    def _show_locked(self, message: str) -> None:
        self.station.context.lock()
        if self.auth_dialog is not None:
            self.auth_dialog.reject()
        for child in (self.exceptions_dialog, self.dashboard, self.batches_dialog):
            if child is not None:
                child.view.close()
        self.sign_in.start(message)
        self.window.print_queue.hide()
        self.window.show_sign_in()
        self._show_who()

    def _signed_in(self, name: str) -> None:
        self._show_who()
        if self.open is None and self.resume():  # the order on the bench before a restart
            return
        self.window.show_queue()
        self.refresh_queue()
        self._feedback(Tone.GOOD, self.tr("Welcome, {0}. Scan a packing slip").format(name))

    def _show_who(self) -> None:
        ctx = self.station.context
        self.window.station_status.setText(
            self.tr("Station {0} · locked").format(ctx.station)
            if ctx.locked
            else self.tr("Station {0} · {1}").format(ctx.station, ctx.user)
        )

    # -- queue -------------------------------------------------------------------------------

    def refresh_queue(self) -> None:
        """Reload the queue from the database."""
        entries = self.station.queue.entries()
        self.queue_model.set_entries(entries)
        self.window.queue_view.count_label.setText(
            self.tr("{0} orders waiting").format(len(entries))
        )

    def _open_from_table(self) -> None:
        index = self.window.queue_view.table.currentIndex()
        if index.isValid():
            entry = self.queue_model.entry(self.queue_proxy.mapToSource(index).row())
            self.open_order(entry.order_name)

    # -- scans -------------------------------------------------------------------------------

    def _repeated_scan(self, text: str, source: str) -> None:
        self._feedback(
            Tone.INFO,
            self.tr("Same scan twice from {0} in a moment: counted once").format(source),
        )

    def _garbage_scan(self, source: str, why: str) -> None:
        self._feedback(
            Tone.WRONG, self.tr("Unreadable scan from {0} ({1}): scan again").format(source, why)
        )

    def _scanner_state(self, name: str, connected: bool, message: str) -> None:
        self._show_scanner_states()
        if not connected:
            self._feedback(Tone.WARNING, message)

    def _show_scanner_states(self) -> None:
        parts = [
            f"{name} {'✓' if up else '✗ ' + self.tr('disconnected')}"
            for name, (up, _message) in self.scanners.states.items()
        ]
        self.window.scanner_status.setText(self.tr("Scanners: {0}").format(" · ".join(parts)))

    def handle_scan(self, text: str, source: str = "keyboard") -> None:
        """Route a scan: a command barcode acts, a packing slip opens its order, anything else
        is an item."""
        code = text.strip()
        command = command_of(code)
        if command is not None:
            self.run_command(command)
            return
        current = self.open.order.order_name if self.open else None
        if self.open is not None and self.open.session.knows(code):
            self.scan_item(code, source)
            return
        if self.open is None or normalise_order_name(code) != current:
            try:
                is_order = self.station.packing.is_order_number(code)
            except StorageError as exc:
                self._feedback(Tone.WRONG, self.tr("Scan not handled: {0}").format(exc))
                return
            if is_order:
                self.open_order(code)
                return
        if self.open is None:
            digits = azerty_digits(code)
            if digits is not None:
                self._feedback(Tone.WRONG, self._layout_message(digits))
                return
            self._feedback(
                Tone.WRONG,
                self.tr("“{0}” is not an order number: scan the packing slip").format(
                    describe_keys(code[:40])
                ),
            )
            return
        if normalise_order_name(code) == current:
            self._feedback(Tone.INFO, self.tr("Order {0} is already open").format(current))
            return
        self.scan_item(code, source)

    def run_command(self, command: Command) -> None:
        """A command barcode: the same as its key."""
        if self.open is None and command in (Command.COMPLETE, Command.UNDO, Command.SHORT):
            self._feedback(Tone.INFO, self.tr("Open an order first: scan its packing slip"))
            return
        actions: dict[Command, Callable[[], object]] = {
            Command.COMPLETE: self.complete,
            Command.UNDO: self.undo,
            Command.SHORT: self.start_partial,
            Command.REPRINT: self.reprint,
            Command.CANCEL: self.back_to_queue,
        }
        actions[command]()

    def _layout_message(self, digits: str) -> str:
        return self.tr(
            "The scanner types for another keyboard layout (“{0}” was sent). Set the "
            "scanner's keyboard country to match this computer (Settings, F12)"
        ).format(digits)

    def open_order(self, order_name: str) -> None:
        """Open an order on the pack screen (parking any order already open)."""
        parked = self.open
        try:
            opened = self.station.packing.open_order(order_name)
        except (PackingRefused, StorageError) as exc:
            self._feedback(Tone.WRONG, str(exc))
            return
        self._show_order(opened)
        self.order_opened.emit(opened.order.order_name)
        if parked is not None and parked.session.units_scanned and parked is not opened:
            self._feedback(
                Tone.WARNING,
                self.tr("Order {0} parked with {1} of {2} units scanned").format(
                    parked.order.order_name,
                    parked.session.units_scanned,
                    parked.session.units_total,
                ),
            )
        elif opened.resumed and opened.session.units_scanned:
            self._feedback(
                Tone.WARNING,
                self.tr("Continuing {0}: {1} of {2} units already scanned").format(
                    opened.order.order_name,
                    opened.session.units_scanned,
                    opened.session.units_total,
                ),
            )
        else:
            self._feedback(
                Tone.INFO, self.tr("Scan the items of {0}").format(opened.order.order_name)
            )

    def resume(self) -> bool:
        """Reopen the order that was on the bench before a crash or power cut."""
        opened = self.station.packing.resume_active()
        if opened is None:
            return False
        self._show_order(opened)
        self._feedback(
            Tone.WARNING,
            self.tr("Resumed {0}: {1} of {2} units were scanned before the restart").format(
                opened.order.order_name, opened.session.units_scanned, opened.session.units_total
            ),
        )
        return True

    def scan_item(self, code: str, source: str = "keyboard") -> None:
        """Verify an item scan against the open order."""
        assert self.open is not None
        quantity, self.next_quantity = self.next_quantity, 1
        try:
            result, record = self.station.packing.verify(self.open, code, quantity, scanner=source)
        except StorageError as exc:
            self._feedback(Tone.WRONG, self.tr("Scan not checked: {0}").format(exc))
            return
        self._save(record)
        if result is None:
            self._feedback(
                Tone.WRONG,
                self.tr("Unreadable scan ({0}): scan the item again").format(record.problem),
            )
            return
        self.lines_model.line_changed(result.line.line_id if result.line else None)
        self._update_progress()
        self._feedback(*self._describe(result))

    def _save(self, record: ScanRecord) -> None:
        self.poster.run(self._db_writer, lambda: self.station.packing.save(record), self._saved)

    def _saved(self, _result: None, error: BaseException | None) -> None:
        if error is None:
            return
        if not isinstance(error, StorageError):
            raise error
        if self.open is not None:  # show what the disk holds, so nothing seems counted that is not
            try:
                self._show_order(self.station.packing.reload(self.open))
            except StorageError:
                log.exception("cannot reload the order after a failed write")
        self._feedback(Tone.WRONG, self.tr("Last scan NOT saved: {0}. Scan it again").format(error))

    def _describe(self, result: ScanResult) -> tuple[Tone, str]:
        line = result.line
        if result.outcome is ScanOutcome.SERIAL_REFUSED:
            return Tone.WRONG, self.tr("Not taken: {0}").format(result.problem)
        if result.needs_serial and line is not None:
            return Tone.WARNING, self.tr("Now scan the serial number of {0}").format(line.title)
        if result.outcome is ScanOutcome.SERIAL_SAVED and line is not None:
            return Tone.GOOD, self.tr("Serial {0} saved for {1}").format(result.serial, line.title)
        if result.outcome is ScanOutcome.COMPLETE:
            return Tone.GOOD, self.tr("All {0} units verified: press F10 to complete").format(
                result.units_total
            )
        if result.outcome is ScanOutcome.MATCHED and line is not None:
            return Tone.GOOD, f"{line.title}  {result.line_scanned} / {line.quantity}"
        if result.outcome is ScanOutcome.OVER_SCAN and line is not None:
            return Tone.WRONG, self.tr("Too many: {0} needs only {1}").format(
                line.title, line.quantity
            )
        if result.outcome is ScanOutcome.WRONG_ITEM:
            return Tone.WRONG, self.tr("Wrong item: {0} is not in this order").format(
                result.product_title
            )
        digits = azerty_digits(result.code)
        if digits is not None:
            return Tone.WRONG, self._layout_message(digits)
        return Tone.WRONG, self.tr("Unknown barcode {0}").format(describe_keys(result.code[:40]))

    def ask_lead(
        self,
        question: str,
        action: str,
        subject: str,
        on_yes: Callable[[Authorisation], None],
        *,
        reason: str = "",
    ) -> AuthoriseDialog | None:
        """A lead's authorisation in a dialog over the packer's screen; ``on_yes`` runs after.

        Without any lead set up the packer is told how to add one, and nothing happens.
        """
        leads = self.station.auth.leads()
        if not leads:
            self._feedback(
                Tone.WRONG,
                self.tr(
                    "This needs a shift lead, and none is set up: add one with "
                    "“packstation users add --role lead”"
                ),
            )
            return None
        dialog = AuthoriseDialog(
            question,
            leads,
            lambda **kw: self.station.auth.authorise(action, subject, **kw),
            self.window,
            reason=reason,
        )
        self.auth_dialog = dialog
        earlier = self.scanners.capture  # the settings' scanner test, say: back after this
        self.scanners.capture = lambda text, _source, _gaps: dialog.try_badge(text)

        def finished(_code: int) -> None:
            self.scanners.capture = earlier
            self.auth_dialog = None
            if dialog.authorisation is not None:
                on_yes(dialog.authorisation)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def settings_gate(
        self, question: str, action: str, then: Callable[[Authorisation | None], None]
    ) -> None:
        """Settings changes need a lead once the station has one (a new station is set up
        before anyone is added); ``then(None)`` means no lead was needed."""
        if not self.station.auth.leads():
            then(None)
            return
        self.ask_lead(question, action, "settings", then)

    def audit_later(self, action: str, subject: str, detail: dict[str, object]) -> None:
        """Write one audit entry on the database writer (a settings change, for example)."""
        station = self.station

        def write() -> None:
            audit_alone(station.session_factory, station.context, action, subject, detail)

        self.poster.run(self._db_writer, write, self._audit_written)

    def _audit_written(self, _result: None, error: BaseException | None) -> None:
        if error is None:
            return
        if not isinstance(error, StorageError):
            raise error
        self._feedback(Tone.WRONG, self.tr("Audit entry NOT saved: {0}").format(error))

    def _selected_line(self) -> FulfillmentLine | None:
        assert self.open is not None
        rows = self.window.pack_view.table.selectionModel().selectedRows()
        lines = self.open.order.lines
        if rows:
            return lines[rows[0].row()]
        missing = [line for line, _ in self.open.session.missing()]
        return missing[0] if len(missing) == 1 else None

    def confirm_by_hand(self) -> None:
        """An item that will not scan: a lead confirms one unit of the selected line."""
        if self.open is None or self.busy:
            return
        line = self._selected_line()
        if line is None:
            self._feedback(Tone.INFO, self.tr("Select the line of the item that will not scan"))
            return
        self.ask_lead(
            self.tr("Confirm 1 × {0} without a scan?").format(line.title),
            "pack.override",
            self.open.order.order_name,
            lambda authorisation: self._confirmed_by_hand(line, authorisation),
        )

    def _confirmed_by_hand(self, line: FulfillmentLine, authorisation: Authorisation) -> None:
        if self.open is None:
            return
        packing = self.station.packing
        result, confirmation = packing.confirm_in_memory(self.open, line.line_id, authorisation)
        if confirmation is not None:  # written on the db writer, in scan order
            self.poster.run(
                self._db_writer, lambda: packing.save_confirmation(confirmation), self._saved
            )
        self.lines_model.line_changed(line.line_id)
        self._update_progress()
        tone, message = self._describe(result)
        if result.outcome.counted:
            message = self.tr("Confirmed by {0}: {1}").format(authorisation.lead, message)
        self._feedback(tone, message)

    def show_dashboard(self) -> DashboardController:
        """The shift lead's figures, refreshing live."""
        view = DashboardView(self.window)
        controller = DashboardController(self.station, view)
        view.show()
        self.dashboard = controller
        return controller

    def show_batches(self) -> BatchesController:
        """Batches with live progress and bulk printing."""
        controller = BatchesController(self.station, BatchesView(self.window), self)
        controller.view.show()
        self.batches_dialog = controller
        return controller

    def show_exceptions(self) -> ExceptionsController:
        """The lead's exceptions queue."""
        controller = ExceptionsController(self.station, ExceptionsView(self.window), self)
        controller.view.show()
        self.exceptions_dialog = controller
        return controller

    def undo(self) -> None:
        """Take back the last counted scan."""
        if self.open is None or self.busy:
            return
        undone = self.station.packing.undo_in_memory(self.open)
        if undone is None:
            self._feedback(Tone.INFO, self.tr("Nothing to undo"))
            return
        count, record = undone
        self._save(record)
        self.lines_model.line_changed(count.line_id)
        self._update_progress()
        row = self.lines_model.row_of(count.line_id)
        title = self.open.order.lines[row].title
        self._feedback(Tone.WARNING, self.tr("Undone: {0} × {1}").format(count.quantity, title))

    def toggle_quantity(self) -> None:
        """Show the quantity entry: the next scan counts that many units of one line."""
        if self.open is None:
            return
        panel = self.window.pack_view.quantity_panel
        panel.setVisible(not panel.isVisible())
        if panel.isVisible():
            self.window.pack_view.quantity.setValue(1)
            self.window.pack_view.quantity.setFocus()
            self.window.pack_view.quantity.selectAll()

    def _quantity_entered(self) -> None:
        pv = self.window.pack_view
        if not pv.quantity_panel.isVisible():
            return
        self.next_quantity = pv.quantity.value()
        pv.quantity_panel.hide()
        self._feedback(Tone.INFO, self.tr("Next scan counts {0} units").format(self.next_quantity))

    # -- completing --------------------------------------------------------------------------

    def start_partial(self) -> None:
        """Ask (inline, no dialog) for the reason of a partial shipment."""
        if self.open is None or self.busy:
            return
        pv = self.window.pack_view
        pv.partial_panel.show()
        pv.partial_reason.setFocus()

    def confirm_partial(self) -> None:
        """Ship what has been verified, with the chosen reason, once a lead agreed."""
        reason = self.window.pack_view.partial_reason.currentText().strip()
        if not reason:
            self._feedback(Tone.WRONG, self.tr("Choose a reason for the partial shipment"))
            return
        if self.open is None or self.busy:
            return
        session = self.open.session
        if session.is_complete:
            self.complete(partial_reason=reason)
            return
        self.ask_lead(
            self.tr("Ship {0} short, {1} of {2} units missing?").format(
                self.open.order.order_name,
                session.units_total - session.units_scanned,
                session.units_total,
            ),
            "pack.short",
            self.open.order.order_name,
            lambda authorisation: self.complete(reason, authorisation),
            reason=reason,
        )

    def complete(
        self, partial_reason: str = "", authorisation: Authorisation | None = None
    ) -> None:
        """Close the box: check with the shop, store the shipment, print (off the GUI thread)."""
        if self.open is None or self.busy:
            return
        session = self.open.session
        if session.awaiting_serial is not None:
            self._feedback(
                Tone.WRONG,
                self.tr("Scan the serial number of {0} first").format(
                    session.awaiting_serial.title
                ),
            )
            return
        if authorisation is None and not session.is_complete:
            missing = session.units_total - session.units_scanned
            self._feedback(
                Tone.WRONG,
                self.tr("{0} units missing: scan them, or press F9 to ship partial").format(
                    missing
                ),
            )
            return
        opened = self.open
        self.busy = True
        self._feedback(Tone.INFO, self.tr("Completing {0}…").format(opened.order.order_name))
        self.poster.run(
            self._db_writer,
            lambda: self.station.packing.complete(opened, partial_reason, authorisation),
            self._completed,
        )

    def _completed(self, completion: Completion | None, error: BaseException | None) -> None:
        if error is not None:
            self.busy = False
            if isinstance(error, (PackingRefused, CannotComplete, StorageError)):
                self._feedback(Tone.WRONG, str(error))
                return
            raise error
        assert completion is not None
        shipment = completion.shipment
        self.open = None
        pv = self.window.pack_view
        pv.partial_panel.hide()
        pv.complete_button.setEnabled(False)
        self.refresh_queue()
        self.sync_now()
        self._feedback(Tone.INFO, self.tr("Printing {0}…").format(shipment.order_name))
        self.process_print_queue(shipment)

    # -- printing ----------------------------------------------------------------------------

    def process_print_queue(
        self, shipment: Shipment | None = None, before: Callable[[], object] | None = None
    ) -> None:
        """Send due print jobs on the printer worker, after ``before`` (a queue change) runs
        there too; reports on ``shipment`` when given. Rendering never happens on this thread.
        """
        if self._closed:
            return
        if self._printing:
            if shipment is not None or before is not None:  # run again right after this pass
                QTimer.singleShot(200, lambda: self.process_print_queue(shipment, before))
            return
        self._printing = True
        printing = self.station.printing

        def job() -> tuple[PrintRun, PrintOutcome | None]:
            if before is not None:
                before()
            run = printing.process_due()
            return run, printing.outcome(shipment) if shipment is not None else None

        self.poster.run_on(self.station.printer_queue.submit, job, self._print_ran)

    def _print_ran(
        self,
        result: tuple[PrintRun, PrintOutcome | None] | None,
        error: BaseException | None,
    ) -> None:
        self._printing = False
        if error is not None:
            self.busy = False
            if isinstance(error, PrintQueueError):
                self._feedback(Tone.WRONG, str(error))
                return
            raise error
        assert result is not None
        run, outcome = result
        self.refresh_print_queue()
        if run.uncertain:
            self.window.print_queue.show()
        if outcome is not None:
            self.busy = False
            self._printed(outcome)

    def refresh_print_queue(self) -> None:
        """Reload the print-queue panel and the printer status."""
        jobs = self.station.printing.jobs()
        self.print_model.set_jobs(jobs)
        waiting = [j for j in jobs if j.state == "queued" and j.attempts]
        uncertain = [j for j in jobs if j.state == "uncertain"]
        label = self.window.printer_status
        if uncertain:
            label.setText(self.tr("Printer: check {0} job(s) (F11)").format(len(uncertain)))
            label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        elif waiting:
            label.setText(
                self.tr("Printer: {0} waiting: {1}").format(len(waiting), waiting[0].last_error)
            )
            label.setStyleSheet("color: #b3261e; font-weight: bold;")
        else:
            label.setStyleSheet("")

    def check_printers(self) -> None:
        """Ask each printer for its state, off the GUI thread."""
        if self._closed:
            return

        def ask() -> str:
            states = {p.name: p.describe() for p in self.station.printers.values()}
            return " · ".join(f"{name}: {state}" for name, state in states.items())

        self.poster.run_on(self.station.printer_queue.submit, ask, self._printers_checked)

    def _printers_checked(self, text: str | None, error: BaseException | None) -> None:
        if error is not None:
            raise error
        self.window.printer_status.setText(self.tr("Printers: {0}").format(text))

    def retry_printing(self) -> None:
        """The packer fixed the printer: send the waiting jobs now."""
        self.station.printing.retry_now()
        self.process_print_queue()

    def open_settings(self) -> SettingsController:
        """Open the settings dialog (not modal: scans keep working behind it)."""
        view = SettingsView(self.window)
        controller = SettingsController(
            self.station, view, self.scanners, gate=self.settings_gate, audit=self.audit_later
        )
        controller.saved.connect(self.check_printers)
        view.shop_button.clicked.connect(self.open_shop_connection)
        view.people_button.clicked.connect(self.open_people)
        view.show()
        return controller

    def open_people(self) -> None:
        """Who may sign in: add people, new PINs, deactivate (a lead's yes first)."""

        def show(authorisation: Authorisation | None) -> None:
            view = PeopleView(self.window)
            self.people_dialog = PeopleController(self.station, view, self.scanners)
            view.show()

        self.settings_gate(self.tr("Manage the people at the stations?"), "settings.people", show)

    def open_shop_connection(self) -> ShopController:
        """Open the shop connection dialog (first run opens it by itself)."""
        view = ShopView(self.window)
        controller = ShopController(
            self.station, view, gate=self.settings_gate, audit=self.audit_later
        )
        controller.saved.connect(self.sync_now)
        view.show()
        self.shop_dialog = controller
        return controller

    def on_pull_progress(self, received: int) -> None:
        """A large first load: say how far it got."""
        self.window.last_sync_status.setText(
            self.tr("Loading the queue: {0} orders…").format(received)
        )

    def toggle_print_queue(self) -> None:
        """Show or hide the print-queue panel."""
        panel = self.window.print_queue
        panel.setVisible(not panel.isVisible())
        if panel.isVisible():
            self.refresh_print_queue()

    def resolve_selected_job(self, *, printed: bool) -> None:
        """Settle an uncertain job the packer has checked at the printer."""
        index = self.window.print_queue.table.currentIndex()
        if not index.isValid():
            self._feedback(Tone.WRONG, self.tr("Select a job in the print queue first"))
            return
        job_id = self.print_model.job(index.row()).job_id
        self.process_print_queue(
            before=lambda: self.station.printing.resolve_uncertain(job_id, printed=printed)
        )

    def _printed(self, outcome: PrintOutcome) -> None:
        self.window.pack_view.preview.show_png(outcome.preview_png)
        name = outcome.shipment.order_name
        if outcome.ok:
            self._feedback(
                Tone.GOOD,
                self.tr("{0} packed: label and slip printed. Scan the next slip").format(name),
            )
        elif any(job.state == "uncertain" for job in outcome.jobs):
            self._feedback(
                Tone.WARNING,
                self.tr(
                    "{0} packed; the label may not have printed: check the printer (F11)"
                ).format(name),
            )
        else:
            self._feedback(
                Tone.WARNING,
                self.tr("{0} packed, NOT printed yet: {1}. Press F7 to retry").format(
                    name, outcome.problem
                ),
            )
        self.packed.emit(outcome)

    def _shown_order_name(self) -> str:
        """The order on the pack screen (open, or just completed)."""
        return self.open.order.order_name if self.open else self.window.pack_view.order_label.text()

    def reprint(self) -> None:
        """Print the last shipment of the shown order again, marked REPRINT; a lead agrees and
        gives the reason."""
        if self.busy:
            return
        name = self._shown_order_name()
        shipment = self.station.printing.latest_shipment(name) if name else None
        if shipment is None:
            self._feedback(Tone.WRONG, self.tr("Nothing to reprint: complete the order first"))
            return
        self.ask_lead(
            self.tr("Reprint the label and slip of {0}?").format(shipment.order_name),
            "print.reprint",
            shipment.order_name,
            lambda authorisation: self.queue_reprint(shipment, authorisation),
        )

    def queue_reprint(self, shipment: Shipment, authorisation: Authorisation) -> None:
        """Queue a REPRINT of a shipment's documents and print it (all on the printer worker)."""
        self.busy = True
        self.process_print_queue(
            shipment,
            before=lambda: self.station.printing.queue_reprint(
                shipment.order_name, authorisation.reason, lead=authorisation.lead
            ),
        )

    def void_shipment(self) -> None:
        """Void the shown order's shipment with a lead's yes: the box is unpacked, the order
        goes back to the queue, and the shop cancels the fulfillment if it had it."""
        if self.busy or self.open is not None:
            if self.open is not None:
                self._feedback(Tone.INFO, self.tr("This order is not completed: nothing to void"))
            return
        name = self._shown_order_name()
        shipment = self.station.printing.latest_shipment(name) if name else None
        if shipment is None:
            self._feedback(Tone.WRONG, self.tr("No shipment of {0} to void").format(name))
            return

        def void(authorisation: Authorisation) -> None:
            self.poster.run(
                self._db_writer,
                lambda: self.station.voids.void(shipment.shipment_id, authorisation),
                self._voided,
            )

        self.ask_lead(
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
            self._feedback(Tone.WRONG, str(error))
            return
        assert outcome is not None
        self.after_void()
        self._feedback(
            Tone.WARNING,
            (
                self.tr("Shipment of {0} void: unpack the box; the shop cancels it on sync")
                if outcome.cancel_in_shop
                else self.tr("Shipment of {0} void: unpack the box; it never reached the shop")
            ).format(outcome.order_name),
        )

    def after_void(self) -> None:
        """A shipment was voided: the queue and the print queue change, the shop must hear."""
        self.refresh_queue()
        self.refresh_print_queue()
        self.sync_now()

    def release_selected_hold(self) -> None:
        """A lead releases the hold on the selected queue order in the shop (off the GUI
        thread); the order can be packed after the next sync."""
        index = self.window.queue_view.table.currentIndex()
        if not index.isValid():
            self._feedback(Tone.INFO, self.tr("Select the held order first"))
            return
        entry = self.queue_model.entry(self.queue_proxy.mapToSource(index).row())
        if not entry.on_hold:
            self._feedback(Tone.INFO, self.tr("{0} is not on hold").format(entry.order_name))
            return

        def release(authorisation: Authorisation) -> None:
            self.poster.run(
                self._shop_calls,
                lambda: self.station.exceptions.release_order(
                    entry.fulfillment_order_id, entry.order_name, authorisation
                ),
                released,
            )

        def released(_result: None, error: BaseException | None) -> None:
            if error is not None:
                if not isinstance(error, ShopError | StorageError):
                    raise error
                self._feedback(Tone.WRONG, str(error))
                return
            self._feedback(
                Tone.GOOD, self.tr("{0} released in the shop: syncing…").format(entry.order_name)
            )
            self.sync_now()

        self.ask_lead(
            self.tr("Release the hold on {0}?").format(entry.order_name),
            "shop.release",
            entry.order_name,
            release,
        )

    def back_to_queue(self) -> None:
        """Back to the queue; an unfinished order stays parked with its scans."""
        pv = self.window.pack_view
        if pv.partial_panel.isVisible() or pv.quantity_panel.isVisible():
            pv.partial_panel.hide()
            pv.quantity_panel.hide()
            return
        self.window.show_queue()
        self.refresh_queue()

    # -- sync --------------------------------------------------------------------------------

    def sync_now(self) -> None:
        """Ask the sync worker for a pass now."""
        if callable(self._sync_now):
            self._sync_now()

    def on_sync_status(self, status: SyncStatus) -> None:
        """Show sync state; refresh the queue when something changed."""
        w = self.window
        if status.online:
            w.shop_status.setText(self.tr("● {0} online").format(self.station.connector.name))
            w.shop_status.setStyleSheet("color: #1b7f3b;")
        else:
            w.shop_status.setText(self.tr("○ Offline: packing continues, sync later"))
            w.shop_status.setStyleSheet("color: #b3261e; font-weight: bold;")
        w.outbox_status.setText(self.tr("{0} waiting to sync").format(max(status.waiting, 0)))
        if status.last_success is not None:
            w.last_sync_status.setText(
                self.tr("Last sync {0}").format(
                    status.last_success.astimezone().strftime("%H:%M:%S")
                )
            )
        changed = (status.pulled and (status.pulled.new or status.pulled.updated)) or (
            status.pushed and (status.pushed.delivered or status.pushed.rejected)
        )
        if changed:
            self.refresh_queue()
            self._check_open_order_still_packable()

    def _check_open_order_still_packable(self) -> None:
        if self.open is None:
            return
        with UnitOfWork(self.station.session_factory) as uow:
            row = uow.orders.row(self.open.order.fulfillment_order_id)
            status = ShopStatus(row.status) if row else ShopStatus.CANCELLED
        if not status.packable:
            self._feedback(
                Tone.WRONG,
                self.tr("Order {0} is now {1} in the shop: stop packing it").format(
                    self.open.order.order_name, status.value.lower().replace("_", " ")
                ),
            )

    # -- display -----------------------------------------------------------------------------

    def _show_order(self, opened: OpenOrder) -> None:
        self.open = opened
        self.next_quantity = 1
        order = opened.order
        pv = self.window.pack_view
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
        pv.fit_columns()
        self._update_progress()
        self.window.show_pack()

    def _update_progress(self) -> None:
        if self.open is None:
            return
        session = self.open.session
        pv = self.window.pack_view
        pv.progress.setMaximum(session.units_total)
        pv.progress.setValue(session.units_scanned)
        pv.complete_button.setEnabled(session.is_complete)

    def _feedback(self, tone: Tone, message: str) -> None:
        banner = (
            self.window.pack_view.banner
            if self.window.on_pack_screen
            else self.window.queue_view.banner
        )
        banner.show_message(tone, message)
        self.sounds.play(tone)

    def shutdown(self) -> None:
        """Stop timers and background threads; late signals are ignored from now on."""
        self._closed = True
        self._print_timer.stop()
        self.sign_in.shutdown()
        self._db_writer.shutdown(wait=True)
        self._shop_calls.shutdown(wait=False)
