"""Exceptions → *Carrier product…*: a lead chooses another product or services and books again.

For a booking the carrier refused (or an order no rule matched) the lead picks the product
(the rules' products are offered; any code the account has may be typed) and the services,
authorises with the PIN, and the choice is applied off the GUI thread. A refused booking is
then made again by sync, and its held fulfillment goes to the shop with the real numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from packstation.services.auth import Authorisation
from packstation.services.exceptions import ExceptionActionRefused, OpenException
from packstation.services.rebook import REBOOKABLE, CarrierChoice, RebookRefused
from packstation.storage.db import StorageError
from packstation.ui.lead.exceptions import ExceptionsController
from packstation.ui.shared.state import StationState

ACTION = "booking.product"


class CarrierChoiceDialog(QDialog):
    """The product code and services for one order (layout only)."""

    def __init__(
        self,
        order_name: str,
        reason: str,
        products: tuple[str, ...],
        current: CarrierChoice | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Carrier product for {0}").format(order_name))
        form = QFormLayout(self)
        why = QLabel(reason, self)
        why.setWordWrap(True)
        form.addRow(why)
        self.product = QComboBox(self)
        self.product.setObjectName("carrierProduct")
        self.product.setEditable(True)
        self.product.addItems(list(products))
        self.product.setCurrentText(current.product_code if current else "")
        form.addRow(self.tr("Product code"), self.product)
        self.services = QLineEdit(" ".join(current.services) if current else "", self)
        self.services.setObjectName("carrierServices")
        self.services.setPlaceholderText(self.tr("e.g. EMAIL_NT SMS_NT (empty: none)"))
        form.addRow(self.tr("Services"), self.services)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class RebookAction(QObject):
    """The *Carrier product…* button of the exceptions window and what it does."""

    def __init__(self, exceptions: ExceptionsController, state: StationState) -> None:
        super().__init__(exceptions)
        self.exceptions = exceptions
        self.state = state
        view = exceptions.view
        self.button = QPushButton(self.tr("Carrier product…"), view)
        self.button.setObjectName("carrierProductButton")
        self.button.setToolTip(
            self.tr("A shift lead chooses another carrier product or services and books again")
        )
        row = _row_of(view, view.void_button)
        row.insertWidget(row.indexOf(view.void_button) + 1, self.button)
        self.button.clicked.connect(self.choose_selected)
        view.table.itemSelectionChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        entry = self.exceptions.selected()
        self.button.setEnabled(entry is not None and entry.kind in REBOOKABLE)

    def choose_selected(self) -> None:
        """Ask for the product and services, then a lead's yes, then apply."""
        entry = self.exceptions.selected()
        if entry is None or entry.kind not in REBOOKABLE:
            return
        rebooking = self.state.station.rebooking
        try:
            current = rebooking.current(entry.exception_id)
        except StorageError:
            current = None
        dialog = CarrierChoiceDialog(
            entry.order_name, entry.what, rebooking.products, current, self.exceptions.view
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply(entry, dialog.product.currentText(), dialog.services.text())

    def apply(self, entry: OpenException, product: str, services: str) -> None:
        """Check the choice, then ask a lead and apply it off the GUI thread."""
        try:
            choice = CarrierChoice.parse(product, services)
        except RebookRefused as exc:
            self.exceptions.view.empty.setText(str(exc))
            return
        rebooking = self.state.station.rebooking

        def job(authorisation: Authorisation) -> str:
            try:
                return rebooking.choose(entry.exception_id, choice, authorisation)
            except RebookRefused as exc:
                raise ExceptionActionRefused(str(exc)) from exc

        def authorised(authorisation: Authorisation) -> None:
            self.exceptions._run(
                ACTION,
                lambda: job(authorisation),
                self.tr("{0}: carrier product {1}; it is booked again").format(
                    entry.order_name, choice.product_code
                ),
                then=self._after,
            )

        question = self.tr("Book {0} with {1}?").format(entry.order_name, choice.product_code)
        self.exceptions._ask_lead(question, ACTION, entry, authorised)

    def _after(self) -> None:
        self.state.refresh_queue()
        self.state.sync_now()


def _row_of(view: QWidget, button: QPushButton) -> QHBoxLayout:
    """The button row of the exceptions window (the row holding ``button``)."""
    outer = view.layout()
    assert outer is not None
    for index in range(outer.count()):
        item = outer.itemAt(index)
        inner = item.layout() if item is not None else None
        if isinstance(inner, QHBoxLayout) and inner.indexOf(button) >= 0:
            return inner
    raise LookupError("the exceptions window has no button row")
