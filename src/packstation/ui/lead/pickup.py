"""Dashboard → *Book carrier pickup…*: end of day, a lead asks a carrier to collect today's
parcels. The list is a short read; the request goes to the platform on the dialog's worker,
after the lead's PIN."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

from PySide6.QtCore import QObject, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from packstation.carriers.base import PickupBooking
from packstation.services.auth import Authorisation
from packstation.services.pickups import CarrierDay, PickupRefused, default_window
from packstation.storage.db import StorageError
from packstation.ui.shared.lead_gate import LeadAsker
from packstation.ui.shared.state import StationState
from packstation.ui.shared.tasks import ResultPoster


class PickupView(QDialog):
    """Today's carriers and their parcels, the pickup window, and the Book button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Book carrier pickup"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("pickupCarriers")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Carrier"), self.tr("Parcels today"), self.tr("Pickup")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.ready_by = QTimeEdit(self)
        self.closed_by = QTimeEdit(self)
        form.addRow(self.tr("Parcels ready from"), self.ready_by)
        form.addRow(self.tr("Collected by"), self.closed_by)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.book_button = QPushButton(self.tr("Book pickup…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons.addWidget(self.book_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.close)


class PickupController(QObject):
    """Fills the list and books the chosen carrier's pickup."""

    booked = Signal(bool, str)  # ok, words

    def __init__(self, state: StationState, asker: LeadAsker, view: PickupView) -> None:
        super().__init__(view)
        self.state = state
        self.station = state.station
        self.asker = asker
        self.view = view
        self.days: list[CarrierDay] = []
        self.poster = ResultPoster(self)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pickup")
        view.finished.connect(lambda _code: self._executor.shutdown(wait=False))
        ready, closed = default_window(
            datetime.now().astimezone(), self.station.settings.carrier_cutoff
        )
        view.ready_by.setTime(QTime(ready.hour, ready.minute))
        view.closed_by.setTime(QTime(closed.hour, closed.minute))
        view.book_button.clicked.connect(self.book_selected)
        self.refresh()

    def refresh(self) -> None:
        """Reload today's carriers (a short read)."""
        try:
            self.days = self.station.pickups.today()
        except StorageError as exc:
            self.view.message.setText(str(exc))
            return
        table = self.view.table
        table.setRowCount(len(self.days))
        for row, day in enumerate(self.days):
            if day.pickup_booked_at:
                pickup = self.tr("booked at {0}").format(
                    day.pickup_booked_at.astimezone().strftime("%H:%M")
                )
            elif not day.can_book:
                pickup = self.tr("collected by agreement (no pickup request)")
            else:
                pickup = self.tr("not booked")
            for column, text in enumerate((day.carrier_name, str(day.parcels), pickup)):
                table.setItem(row, column, QTableWidgetItem(text))
        if self.days and not table.selectionModel().selectedRows():
            table.selectRow(0)
        self.view.book_button.setEnabled(bool(self.days))
        if not self.days:
            self.view.message.setText(self.tr("No parcels were booked with a carrier today."))

    def _times(self) -> tuple[datetime, datetime]:
        today = datetime.now().astimezone()

        def at(edit: QTimeEdit) -> datetime:
            chosen = edit.time()
            return today.replace(
                hour=chosen.hour(), minute=chosen.minute(), second=0, microsecond=0
            )

        return at(self.view.ready_by), at(self.view.closed_by)

    def book_selected(self) -> None:
        """A lead's yes, then the request to the platform off the GUI thread."""
        rows = self.view.table.selectionModel().selectedRows()
        if not rows:
            return
        day = self.days[rows[0].row()]
        ready, closed = self._times()

        def book(authorisation: Authorisation) -> None:
            self.view.message.setText(self.tr("Asking the carrier…"))
            self.view.book_button.setEnabled(False)
            self.poster.run(
                self._executor,
                lambda: self.station.pickups.book(day.carrier_code, ready, closed, authorisation),
                self._answered,
            )

        self.asker.ask_lead(
            self.tr("Ask {0} to collect {1} parcels today?").format(day.carrier_name, day.parcels),
            "pickup.book",
            day.carrier_name,
            book,
            over=self.view,
        )

    def _answered(self, pickup: PickupBooking | None, error: BaseException | None) -> None:
        self.view.book_button.setEnabled(True)
        if error is not None:
            if not isinstance(error, PickupRefused | StorageError):
                raise error
            self.view.message.setText(str(error))
            self.booked.emit(False, str(error))
            return
        assert pickup is not None
        words = self.tr("Pickup booked ({0}): {1} parcels").format(
            pickup.pickup_id, pickup.shipment_count
        )
        self.view.message.setText(words)
        self.refresh()
        self.booked.emit(True, words)
