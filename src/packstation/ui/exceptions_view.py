"""The exceptions queue for shift leads: what, which order, who, when; resolved by a lead."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.app import Station
from packstation.services.auth import Authorisation
from packstation.services.exceptions import OpenException
from packstation.shop.base import ShopError
from packstation.storage.db import StorageError
from packstation.ui.tasks import ResultPoster

if TYPE_CHECKING:
    from packstation.ui.controller import StationController


class ExceptionsView(QDialog):
    """A table of open exceptions with a resolve button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exceptions (F2)"))
        self.resize(980, 480)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5, self)
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
        self.hold_button = QPushButton(self.tr("Hold in shop…"), self)
        self.release_button = QPushButton(self.tr("Release hold…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.hold_button)
        buttons.addWidget(self.release_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.close)


class ExceptionsController(QObject):
    """Fills the table and resolves the selected exception with a lead's authorisation."""

    resolved = Signal(int)
    shop_answered = Signal(bool, str)  # ok, message

    def __init__(
        self, station: Station, view: ExceptionsView, station_controller: StationController
    ) -> None:
        super().__init__(view)
        self.station = station
        self.view = view
        self._station_controller = station_controller
        self.entries: list[OpenException] = []
        view.resolve_button.clicked.connect(self.resolve_selected)
        view.hold_button.clicked.connect(lambda: self.shop_action(hold=True))
        view.release_button.clicked.connect(lambda: self.shop_action(hold=False))
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
            cells = (
                entry.raised_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                entry.order_name,
                entry.kind_words,
                entry.what,
                f"{entry.raised_by} @ {entry.station}",
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        self.view.empty.setText("" if self.entries else self.tr("No open exceptions."))

    def shop_action(self, *, hold: bool) -> None:
        """Hold (or release) the selected exception's order in the shop, with a lead's yes."""
        rows = self.view.table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self.entries[rows[0].row()]
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
                message = str(error)
            self.view.empty.setText(message)
            self.shop_answered.emit(error is None, message)

        question = (
            self.tr("Put {0} on hold in the shop?")
            if hold
            else self.tr("Release the hold on {0} in the shop?")
        )
        self._station_controller.ask_lead(
            question.format(entry.order_name),
            "shop.hold" if hold else "shop.release",
            entry.order_name,
            send,
        )

    def resolve_selected(self) -> None:
        """Ask a lead how the selected exception was resolved."""
        rows = self.view.table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self.entries[rows[0].row()]

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
                self.view.empty.setText(str(error))
                return
            self.refresh()
            self.resolved.emit(entry.exception_id)

        self._station_controller.ask_lead(
            self.tr("Resolve: {0} on {1}").format(entry.kind_words, entry.order_name),
            "exception.resolve",
            entry.order_name,
            resolve,
        )
