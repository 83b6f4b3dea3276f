"""The shell's wiring: builds each screen's controller, routes scans and keys, locks and unlocks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from packstation.app import Station
from packstation.services.packing import OpenOrder
from packstation.storage.db import UNREACHABLE, StorageError
from packstation.sync.worker import SyncStatus
from packstation.ui.lead.batches_controller import BatchesController
from packstation.ui.lead.claims import ClaimsController
from packstation.ui.lead.dashboard import DashboardController
from packstation.ui.lead.exceptions import ExceptionsController
from packstation.ui.lead.people_controller import PeopleController
from packstation.ui.lead.windows import LeadWindows
from packstation.ui.pack.controller import PackController
from packstation.ui.pack.router import ScanRouter
from packstation.ui.print_queue.controller import PrintQueueController
from packstation.ui.queue.controller import QueueController
from packstation.ui.queue.take_over import QueueTakeOver
from packstation.ui.settings.shop_controller import ShopController
from packstation.ui.settings.windows import SettingsWindows
from packstation.ui.shared import words
from packstation.ui.shared.authorise_dialog import AuthoriseDialog
from packstation.ui.shared.feedback import Tone
from packstation.ui.shared.lead_gate import LeadAsker
from packstation.ui.shared.presence import PresenceBridge
from packstation.ui.shared.scanners import ScannerHub
from packstation.ui.shared.sound import SoundCues
from packstation.ui.shared.state import StationState
from packstation.ui.shell.about import show_about
from packstation.ui.shell.database_alert import DatabaseAlert
from packstation.ui.shell.window import MainWindow
from packstation.ui.sign_in.controller import SignInController


class StationShell(QObject):
    """Builds the screens on one station state and connects them to the window, keys and scans.

    The attributes after the screens (``open``, ``handle_scan``, ``queue_model``…) are the
    handles scripts and GUI tests drive; the logic lives in the screens.
    """

    def __init__(
        self,
        station: Station,
        window: MainWindow,
        scanners: ScannerHub,
        sounds: SoundCues,
        sync_now: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.station = station
        self.window = window
        self.scanners = scanners
        self.sounds = sounds
        self._sync_now = sync_now
        self._resume_at_sign_in = True  # the order before a restart: only at the first sign-in
        self.state = state = StationState(station, self)
        state.said.connect(self._feedback)
        state.screen_wanted.connect(self._show_screen)
        state.sync_wanted.connect(self.sync_now)
        state.sync_status.connect(self._show_sync_status)  # first: the status bar, then screens
        self.asker = LeadAsker(state, scanners, window)
        self.print_queue = PrintQueueController(state, window.print_queue, window.printer_status)
        self.queue = QueueController(state, self.asker, window.queue_view)
        self.pack = PackController(state, self.asker, window.pack_view)
        self.router = ScanRouter(self.pack)
        self.lead = LeadWindows(state, self.asker, scanners, window)
        self.settings = SettingsWindows(state, self.asker, scanners, window)
        self.settings.printers_saved.connect(self.print_queue.check_printers)
        self.settings.people_wanted.connect(self.lead.open_people)
        self.queue_take_over = QueueTakeOver(
            state, window.queue_view, self.queue.model, self.queue.proxy, self.lead.take_over
        )
        self._wire_presence()
        # Handles for scripts and GUI tests (see the class docstring).
        self.poster = state.poster
        self.handle_scan = self.router.handle_scan
        self.complete = self.pack.completion.complete
        self.packed = self.pack.completion.packed
        self.queue_model, self.queue_proxy = self.queue.model, self.queue.proxy
        self.refresh_queue = self.queue.reload_now  # at once, on this thread (scripts, tests)
        self.toggle_print_queue = self.print_queue.toggle
        self.show_dashboard, self.show_batches = self.lead.show_dashboard, self.lead.show_batches
        self.open_settings = self.settings.open_settings
        self.open_shop_connection = self.settings.open_shop_connection
        self.resume = self.pack.resume
        scanners.scanned.connect(self.router.handle_scan)
        scanners.repeated.connect(self._repeated_scan)
        scanners.garbage.connect(self._garbage_scan)
        scanners.state_changed.connect(self._scanner_state)
        self.sign_in = SignInController(station, window.sign_in_view, scanners)
        self.sign_in.signed_in.connect(self._signed_in)
        self._add_shortcuts()
        window.queue_view.lock_button.clicked.connect(self.lock)
        window.queue_view.batches_button.clicked.connect(self.lead.show_batches)
        self._show_who()
        self.print_queue.check_printers()
        self._show_scanner_states()
        self.queue.refresh()

    def _add_shortcuts(self) -> None:
        pack, completion = self.pack, self.pack.completion
        # Keys that act on the order on the pack screen: nothing anywhere else (a parked order
        # is out of reach until its slip is scanned again).
        pack_keys: tuple[tuple[str, Callable[[], object]], ...] = (
            ("F3", pack.confirm_by_hand),
            ("F4", pack.undo),
            ("Ctrl+Z", pack.undo),
            ("F6", pack.toggle_quantity),
            ("F8", completion.reprint),
            ("F9", completion.start_partial),
            ("F10", lambda: completion.complete()),
            ("Ctrl+N", pack.boxes.new_box),
            ("Ctrl+G", pack.extras.instructions.confirm),  # the gift message was read
            ("Ctrl+E", pack.extras.teacher.teach),  # a lead teaches the last unknown barcode
        )
        anywhere: tuple[tuple[str, Callable[[], object]], ...] = (
            ("F1", lambda: show_about(self.window)),
            ("F2", self.lead.show_exceptions),
            ("Ctrl+D", self.lead.show_dashboard),
            ("Ctrl+B", self.lead.show_batches),
            ("F5", self.sync_now),
            ("F7", self.retry_printing),
            ("F11", self.print_queue.toggle),
            ("F12", self.settings.open_settings),
            ("Ctrl+L", self.lock),
            ("Esc", self._escape),
            ("Ctrl+T", self.queue_take_over.take_over_selected),
            ("Ctrl+K", self.lead.show_claims),
        )
        for keys, slot in pack_keys:
            self._shortcut(keys, slot, on_pack_screen=True)
        # Arrow keys choose a line for F3: on the pack view, so they act only while it shows
        for key, step in (("Up", -1), ("Down", 1)):
            arrow = QShortcut(QKeySequence(key), self.window.pack_view)
            arrow.setContext(Qt.ShortcutContext.WindowShortcut)
            arrow.activated.connect(lambda s=step: pack.move_line(s))
        for keys, slot in anywhere:
            self._shortcut(keys, slot, on_pack_screen=False)

    def _escape(self) -> None:
        """Esc: the pack screen goes back to the queue; the queue clears its filter."""
        if self.window.on_pack_screen:
            self.pack.back_to_queue()
        else:
            self.queue.clear_filter()

    def _shortcut(self, keys: str, slot: Callable[[], object], *, on_pack_screen: bool) -> None:
        shortcut = QShortcut(QKeySequence(keys), self.window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)

        def activated() -> None:
            if self.sign_in.active or (on_pack_screen and not self.window.on_pack_screen):
                return
            slot()

        shortcut.activated.connect(activated)

    # -- handles on the screens' state --------------------------------------------------------

    @property
    def open(self) -> OpenOrder | None:
        """The order on the pack screen."""
        return self.state.open

    @property
    def busy(self) -> bool:
        """Completing or printing: pack actions wait."""
        return self.state.busy

    @property
    def auth_dialog(self) -> AuthoriseDialog | None:
        """The lead's authorise dialog, while it is open."""
        return self.asker.dialog

    @property
    def exceptions_dialog(self) -> ExceptionsController | None:
        """The exceptions window last opened."""
        return self.lead.exceptions_dialog

    @property
    def dashboard(self) -> DashboardController | None:
        """The dashboard last opened."""
        return self.lead.dashboard

    @property
    def batches_dialog(self) -> BatchesController | None:
        """The batches window last opened."""
        return self.lead.batches_dialog

    @property
    def claims_dialog(self) -> ClaimsController | None:
        """The benches window last opened."""
        return self.lead.claims_dialog

    @property
    def people_dialog(self) -> PeopleController | None:
        """The people window last opened."""
        return self.lead.people_dialog

    @property
    def shop_dialog(self) -> ShopController | None:
        """The shop connection dialog last opened."""
        return self.settings.shop_dialog

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
        self.state.poster.run(
            self.state.db_writer,
            lambda: self.station.auth.record_lock(who, why),
            self._locked,
        )
        self._show_locked(message or self.tr("{0} signed out").format(who))

    def lock_idle(self) -> None:
        """Nobody used the station for a while: lock it."""
        self.lock(self.tr("Locked: nobody used the station for a while"), why="idle")

    def _locked(self, _result: None, error: BaseException | None) -> None:
        if error is not None and not isinstance(error, StorageError):
            raise error

    def _show_locked(self, message: str) -> None:
        self.station.context.lock()
        self.asker.cancel()
        self.pack.park()  # the next person's scans never reach this order
        self.state.locked.emit()
        self.sign_in.start(message)
        self.window.print_queue.hide()
        self.window.show_sign_in()
        self._show_who()

    def _signed_in(self, name: str) -> None:
        self._show_who()
        self.state.signed_in.emit(name)
        resume, self._resume_at_sign_in = self._resume_at_sign_in, False
        if resume and self.state.open is None and self.pack.resume():  # before a restart
            return
        self.window.show_queue()
        self.queue.refresh()
        self._feedback(Tone.GOOD, self.tr("Welcome, {0}. Scan a packing slip").format(name))

    def _show_who(self) -> None:
        ctx = self.station.context
        self.window.station_status.setText(
            self.tr("Station {0} · locked").format(ctx.station)
            if ctx.locked
            else self.tr("Station {0} · {1}").format(ctx.station, ctx.user)
        )

    # -- scanners ----------------------------------------------------------------------------

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
            self._feedback(Tone.WARNING, words.device_state(message))

    def _show_scanner_states(self) -> None:
        parts = [
            f"{words.device_state(name)} {'✓' if up else '✗ ' + self.tr('disconnected')}"
            for name, (up, _message) in self.scanners.states.items()
        ]
        self.window.scanner_status.setText(self.tr("Scanners: {0}").format(" · ".join(parts)))

    # -- presence and the database ----------------------------------------------------------

    def _wire_presence(self) -> None:
        state = self.state
        self.database_alert = DatabaseAlert(self.window)
        self._last_sync: SyncStatus | None = None
        self.presence = PresenceBridge(
            self.station.presence, self.station.packing, lambda: state.open, self
        )
        # bound methods, not lambdas: the signals come from the heartbeat thread, and only a
        # receiver object makes Qt queue them to the GUI thread
        self.presence.beat.connect(self._database_answered)
        self.presence.unreachable.connect(self._database_unreachable)
        self.presence.lost.connect(self._claim_lost)
        state.database.connect(self._database_state)

    def start_presence(self) -> None:
        """Start the heartbeat (claims renewed, the database watched, lost orders dropped)."""
        self.presence.start()

    def _database_answered(self, _beat: object) -> None:
        if self.database_alert.down and not self.state.closed:
            self.state.database.emit(True, "")

    def _database_unreachable(self, words: str) -> None:
        if not self.state.closed:
            self.state.database.emit(False, words)

    def _database_state(self, reachable: bool, words: str) -> None:
        if self.state.closed:
            return
        was_down = self.database_alert.down
        self.database_alert.show_state(reachable, words)
        if self._last_sync is not None:
            self._render_sync_status(self._last_sync)
        else:
            self._show_database_status()
        if reachable and was_down:
            self._feedback(Tone.GOOD, self.tr("Database reachable again: scans are saved"))

    def _claim_lost(self, opened: OpenOrder, message: str) -> None:
        if self.state.closed or self.state.open is not opened or self.state.busy:
            return  # another order is on the bench now, or completing will find out itself
        self.pack.drop_order(message)

    def _show_database_status(self) -> bool:
        if not self.database_alert.down:
            return False
        self.window.shop_status.setText(self.tr("✗ Database unreachable: scans are not saved"))
        self.window.shop_status.setStyleSheet("color: #b3261e; font-weight: bold;")
        return True

    # -- sync --------------------------------------------------------------------------------

    def sync_now(self) -> None:
        """Ask the sync worker for a pass now."""
        if callable(self._sync_now):
            self._sync_now()

    def on_sync_status(self, status: SyncStatus) -> None:
        """A sync pass finished: the status bar shows it, then the screens react."""
        self.state.sync_status.emit(status)

    def _show_sync_status(self, status: SyncStatus) -> None:
        self._last_sync = status
        if status.last_error == UNREACHABLE and not self.database_alert.down:
            self.state.database.emit(False, words.said(UNREACHABLE))  # shows it and this status
            return
        if self.database_alert.down and not status.last_error:
            self.presence.beat_now()  # the sync pass reached the database: the beat confirms
        self._render_sync_status(status)

    def _render_sync_status(self, status: SyncStatus) -> None:
        w = self.window
        if self._show_database_status():
            pass  # the shop may be fine; the station's own database is not
        elif status.online and status.last_error:  # reachable, but refused or failing here
            name = self.station.connector.name
            w.shop_status.setText(self.tr("⚠ {0}: {1}").format(name, words.said(status.last_error)))
            w.shop_status.setStyleSheet("color: #b3261e; font-weight: bold;")
        elif status.online:
            w.shop_status.setText(self.tr("● {0} online").format(self.station.connector.name))
            w.shop_status.setStyleSheet("color: #1b7f3b;")
        else:
            w.shop_status.setText(self.tr("○ Offline: packing continues, sync later"))
            w.shop_status.setStyleSheet("color: #b3261e; font-weight: bold;")
        w.outbox_status.setText(self.tr("%n waiting to sync", "", max(status.waiting, 0)))
        if status.last_success is not None:
            w.last_sync_status.setText(
                self.tr("Last sync {0}").format(
                    status.last_success.astimezone().strftime("%H:%M:%S")
                )
            )

    def on_pull_progress(self, received: int) -> None:
        """A large first load: say how far it got."""
        self.window.last_sync_status.setText(self.tr("Loading the queue: %n orders…", "", received))
        self.queue.pull_progress()

    # -- display -----------------------------------------------------------------------------

    def _show_screen(self, name: str) -> None:
        if name == "pack":
            self.window.show_pack()
        else:
            self.window.show_queue()

    def retry_printing(self) -> None:
        """F7: send the waiting jobs now; a full disk or a lost database is said in words."""
        problem = self.station.printing.retry_now()
        if problem:
            self._feedback(Tone.WARNING, problem)
            return
        self.state.print_due()

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
        self.state.closed = True
        self.pack.extras.pictures.shutdown()  # pictures not yet fetched are not fetched
        self.presence.stop()
        self.print_queue.stop()
        self.sign_in.shutdown()
        self.queue.shutdown()
        self.state.shutdown()
