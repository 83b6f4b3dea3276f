"""The exceptions queue for shift leads: what, which order, who, when; resolved by a lead."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.app import Station
from packstation.services.auth import Authorisation
from packstation.services.exceptions import (
    HOLD,
    RELEASE,
    RETRY,
    VOID,
    ExceptionActionRefused,
    OpenException,
)
from packstation.services.voids import VoidRefused
from packstation.shop.base import ShopError
from packstation.storage.db import StorageError
from packstation.ui.shared import words
from packstation.ui.shared.lead_gate import LeadAsker
from packstation.ui.shared.sizes import READ_PT, bench_font
from packstation.ui.shared.state import StationState
from packstation.ui.shared.tasks import ResultPoster


class ExceptionsView(QDialog):
    """A table of open exceptions with a resolve button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exceptions (F2)"))
        self.resize(1200, 600)
        self.setFont(bench_font(self, READ_PT))  # every child reads at the bench size
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setObjectName("exceptions")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Order"), self.tr("What"), self.tr("Details"), self.tr("Who")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.empty = QLabel(self)
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.resolve_button = QPushButton(self.tr("Resolve…"), self)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.hold_button = QPushButton(self.tr("Hold in shop…"), self)
        self.release_button = QPushButton(self.tr("Release hold…"), self)
        self.void_button = QPushButton(self.tr("Cancel the shipment…"), self)
        self.note_button = QPushButton(self.tr("Contact the customer…"), self)
        self.note_button.setToolTip(self.tr("Note what the customer was told or agreed"))
        self.benches_button = QPushButton(self.tr("Benches… (Ctrl+K)"), self)
        self.benches_button.setToolTip(
            self.tr("Orders being packed at every bench; benches that stopped answering")
        )
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (
            self.resolve_button,
            self.retry_button,
            self.hold_button,
            self.release_button,
            self.void_button,
            self.note_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.benches_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.close)


class ExceptionsController(QObject):
    """Fills the table; each action on the selected exception runs off the GUI thread.

    Resolving, retrying a refused shipment, holding, releasing and cancelling the shipment
    need a lead's authorisation; a note about contacting the customer does not.
    """

    resolved = Signal(int)
    shop_answered = Signal(bool, str)  # ok, message
    acted = Signal(str, bool, str)  # action, ok, message

    def __init__(
        self,
        station: Station,
        view: ExceptionsView,
        state: StationState,
        asker: LeadAsker,
    ) -> None:
        super().__init__(view)
        self.station = station
        self.view = view
        self._state = state
        self._asker = asker
        self.entries: list[OpenException] = []
        view.resolve_button.clicked.connect(self.resolve_selected)
        view.retry_button.clicked.connect(self.retry_selected)
        view.hold_button.clicked.connect(lambda: self.shop_action(hold=True))
        view.release_button.clicked.connect(lambda: self.shop_action(hold=False))
        view.void_button.clicked.connect(self.void_selected)
        view.note_button.clicked.connect(self.note_selected)
        view.table.itemSelectionChanged.connect(self._enable_actions)
        self.poster = ResultPoster(self)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="exceptions")
        view.finished.connect(lambda _code: self._executor.shutdown(wait=False))
        self.refresh()

    def refresh(self) -> None:
        """Reload the open exceptions."""
        self.entries = self.station.exceptions.open()
        table = self.view.table
        table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            details = words.said(entry.what) + (f"\n{entry.notes}" if entry.notes else "")
            cells = (
                words.date_time(entry.raised_at),
                entry.order_name,
                words.said(entry.kind_words),
                details,
                f"{entry.raised_by} @ {entry.station}",
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeRowsToContents()
        if self.entries and not table.selectionModel().selectedRows():
            table.selectRow(0)  # a keyboard user starts on the first, and its actions are live
        self.view.empty.setText("" if self.entries else self.tr("No open exceptions."))
        self._enable_actions()

    def selected(self) -> OpenException | None:
        """The exception the lead selected."""
        rows = self.view.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _enable_actions(self) -> None:
        entry = self.selected()
        view = self.view
        view.resolve_button.setEnabled(entry is not None)
        view.note_button.setEnabled(entry is not None)
        for button, action in (
            (view.retry_button, RETRY),
            (view.hold_button, HOLD),
            (view.release_button, RELEASE),
            (view.void_button, VOID),
        ):
            button.setEnabled(entry is not None and entry.can(action))

    def _run(
        self,
        action: str,
        job: Callable[[], object],
        success: str,
        *,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Run ``job`` on the worker, then ``then`` once it is done; known failures are shown
        calmly, bugs reach the crash log."""
        self.view.empty.setText(self.tr("Working…"))

        def done(_result: object, error: BaseException | None) -> None:
            if error is not None and not isinstance(error, _KNOWN_FAILURES):
                raise error
            message = success if error is None else words.said(error)
            if error is None:
                self.refresh()
                if then is not None:
                    then()
            self.view.empty.setText(message)
            self.acted.emit(action, error is None, message)

        self.poster.run(self._executor, job, done)

    def _ask_lead(
        self, question: str, action: str, entry: OpenException, then: Callable[..., None]
    ) -> None:
        self._asker.ask_lead(question, action, entry.order_name, then, over=self.view)

    def shop_action(self, *, hold: bool) -> None:
        """Hold (or release) the selected exception's order in the shop, with a lead's yes."""
        entry = self.selected()
        if entry is None:
            return
        service = self.station.exceptions
        action = service.hold_in_shop if hold else service.release_in_shop

        def send(authorisation: Authorisation) -> None:
            self.view.empty.setText(self.tr("Asking the shop…"))
            self.poster.run(
                self._executor, lambda: action(entry.exception_id, authorisation), answered
            )

        def answered(_result: None, error: BaseException | None) -> None:
            if error is not None and not isinstance(error, ShopError):
                raise error
            if error is None:
                message = (
                    self.tr("{0} is on hold in the shop")
                    if hold
                    else self.tr("{0} is released in the shop")
                ).format(entry.order_name)
            else:
                message = words.said(error)
            self.view.empty.setText(message)
            self.shop_answered.emit(error is None, message)

        question = (
            self.tr("Put {0} on hold in the shop?")
            if hold
            else self.tr("Release the hold on {0} in the shop?")
        )
        self._ask_lead(
            question.format(entry.order_name), "shop.hold" if hold else "shop.release", entry, send
        )

    def retry_selected(self) -> None:
        """Print the waiting documents again, or send a refused shipment again (with a lead)."""
        entry = self.selected()
        if entry is None or not entry.can(RETRY):
            return
        if entry.kind == "print_failed":
            self._state.retry_printing()
            self.view.empty.setText(
                self.tr("Printing again; resolve this once the documents are out")
            )
            self.acted.emit(RETRY, True, self.view.empty.text())
            return

        def retry(authorisation: Authorisation) -> None:
            self._run(
                RETRY,
                lambda: self.station.exceptions.retry_sync(entry.exception_id, authorisation),
                self.tr("{0} will be sent to the shop again").format(entry.order_name),
                then=self._state.sync_now,
            )

        self._ask_lead(
            self.tr("Send {0} to the shop again?").format(entry.order_name),
            "sync.retry",
            entry,
            retry,
        )

    def void_selected(self) -> None:
        """Cancel the order's shipment (void it) with a lead's yes; the order is packed again."""
        entry = self.selected()
        if entry is None or not entry.can(VOID):
            return

        def void(authorisation: Authorisation) -> None:
            self._run(
                VOID,
                lambda: self.station.voids.void_latest(entry.order_name, authorisation),
                self.tr("The shipment of {0} is void; the order is back in the queue").format(
                    entry.order_name
                ),
                then=self._state.after_void,
            )

        self._ask_lead(
            self.tr("Cancel the shipment of {0}?").format(entry.order_name),
            "shipment.void",
            entry,
            void,
        )

    def note_selected(self) -> None:
        """Note what the customer was told or agreed; anyone at the bench may add one."""
        entry = self.selected()
        if entry is None:
            return
        note, ok = QInputDialog.getMultiLineText(
            self.view,
            self.tr("Contact the customer: {0}").format(entry.order_name),
            self.tr("What was the customer told, or what was agreed?"),
        )
        if ok:
            self.add_note(entry, note)

    def add_note(self, entry: OpenException, note: str) -> None:
        """Save a note on an exception."""
        self._run(
            "note",
            lambda: self.station.exceptions.add_note(entry.exception_id, note),
            self.tr("Note saved on {0}").format(entry.order_name),
        )

    def resolve_selected(self) -> None:
        """Ask a lead how the selected exception was resolved."""
        entry = self.selected()
        if entry is None:
            return

        def resolve(authorisation: Authorisation) -> None:
            self.poster.run(
                self._executor,
                lambda: self.station.exceptions.resolve(entry.exception_id, authorisation),
                done,
            )

        def done(_result: None, error: BaseException | None) -> None:
            if error is not None:
                if not isinstance(error, StorageError):
                    raise error
                self.view.empty.setText(words.said(error))
                return
            self.refresh()
            self.resolved.emit(entry.exception_id)

        self._ask_lead(
            self.tr("Resolve: {0} on {1}").format(words.said(entry.kind_words), entry.order_name),
            "exception.resolve",
            entry,
            resolve,
        )


_KNOWN_FAILURES = (ShopError, StorageError, ExceptionActionRefused, VoidRefused)
