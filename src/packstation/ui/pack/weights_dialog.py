"""Unit weights of the open order's SKUs: the shop's, the learned one and the confirmed one;
a lead confirms a learned weight (or one typed in), which then counts for every box."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.weighing import UnitWeight
from packstation.services.auth import Authorisation
from packstation.services.packing import OpenOrder
from packstation.services.weight_check import SkuWeight
from packstation.storage.db import StorageError
from packstation.ui.shared import words
from packstation.ui.shared.lead_gate import LeadAsker
from packstation.ui.shared.sizes import READ_PT, bench_font
from packstation.ui.shared.state import StationState


class WeightsView(QDialog):
    """The table of weights and the confirm row (layout only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unit weights"))
        self.resize(900, 420)
        self.setFont(bench_font(self, READ_PT))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("unitWeights")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Item"),
                self.tr("Shop g"),
                self.tr("Learned g"),
                self.tr("Confirmed g"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Unit weight (g):"), self))
        self.grams = QSpinBox(self)
        self.grams.setObjectName("confirmGrams")
        self.grams.setRange(1, 100_000)
        row.addWidget(self.grams)
        self.confirm_button = QPushButton(self.tr("Confirm (lead)…"), self)
        row.addWidget(self.confirm_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)


class WeightsController(QObject):
    """Reads the weights off the GUI thread; a lead's confirmation is written and audited."""

    loaded = Signal()
    confirmed = Signal(str, int)  # sku, grams

    def __init__(
        self, state: StationState, asker: LeadAsker, view: WeightsView, opened: OpenOrder
    ) -> None:
        super().__init__(view)
        self.state, self.asker, self.view, self.opened = state, asker, view, opened
        self.rows: list[SkuWeight] = []
        self._weights = state.station.packing.weights
        view.table.itemSelectionChanged.connect(self._selected)
        view.confirm_button.clicked.connect(self.confirm)
        state.poster.run(
            state.shop_calls, lambda: self._weights.sku_weights(opened.order), self._loaded
        )

    def _loaded(self, rows: list[SkuWeight] | None, error: BaseException | None) -> None:
        if error is not None:
            if not isinstance(error, StorageError):
                raise error
            self.view.message.setText(words.said(error))
            return
        self.rows = rows or []
        table = self.view.table
        table.setRowCount(len(self.rows))
        for index, weight in enumerate(self.rows):
            cells = (
                weight.sku,
                weight.title,
                str(weight.shop_g or "–"),
                str(weight.learned_g or "–"),
                str(weight.confirmed_g or "–"),
            )
            for column, text in enumerate(cells):
                table.setItem(index, column, QTableWidgetItem(text))
        self.loaded.emit()

    def _selected(self) -> None:
        rows = self.view.table.selectionModel().selectedRows()
        if rows:
            weight = self.rows[rows[0].row()]
            self.view.grams.setValue(weight.learned_g or weight.confirmed_g or weight.shop_g or 1)

    def confirm(self) -> None:
        """A lead confirms the weight shown for the selected SKU."""
        rows = self.view.table.selectionModel().selectedRows()
        if not rows:
            self.view.message.setText(self.tr("Choose an SKU first"))
            return
        sku, grams = self.rows[rows[0].row()].sku, self.view.grams.value()
        self.asker.ask_lead(
            self.tr("Confirm {0} g as the unit weight of {1}?").format(grams, sku),
            "weight.confirm",
            sku,
            lambda authorisation: self._write(sku, grams, authorisation),
            over=self.view,
        )

    def _write(self, sku: str, grams: int, authorisation: Authorisation) -> None:
        def written(_result: None, error: BaseException | None) -> None:
            if error is not None:
                if not isinstance(error, StorageError):
                    raise error
                self.view.message.setText(words.said(error))
                return
            for line in self.opened.order.lines:  # counts for this order's boxes at once
                if line.sku == sku:
                    self.opened.unit_weights[line.line_id] = UnitWeight(grams, "confirmed")
            self.view.message.setText(self.tr("{0}: {1} g confirmed").format(sku, grams))
            self.confirmed.emit(sku, grams)

        self.state.poster.run(
            self.state.db_writer,
            lambda: self._weights.confirm(sku, grams, authorisation),
            written,
        )
