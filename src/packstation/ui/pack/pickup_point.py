"""The pack screen's parcel-shop line: which service point a PICKUP_POINT order goes to.

The packer sees it before sealing the box (a parcel-shop box often needs a smaller size or
the shop's own sticker). When the order names its point, that point is shown; otherwise the
carrier chooses the one nearest the customer's address, and the line says so.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout

from packstation.domain.orders import FulfillmentOrder
from packstation.domain.shipping_rules import MethodType
from packstation.ui.pack.view import PackView
from packstation.ui.shared.sizes import READ_PT, bench_font
from packstation.ui.shared.state import StationState


class PickupPointLine(QObject):
    """A line under the order header, shown only for orders to a parcel shop."""

    def __init__(self, state: StationState, view: PackView) -> None:
        super().__init__(view)
        self.state = state
        self.label = QLabel(view)
        self.label.setObjectName("pickupPoint")
        self.label.setWordWrap(True)
        self.label.setFont(bench_font(view, READ_PT))
        self.label.setStyleSheet("QLabel { background: #e3f0ff; padding: 6px; }")
        self.label.hide()
        layout = view.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.label)  # under the order header
        state.order_opened.connect(self.show_for_open_order)
        state.screen_wanted.connect(self.show_for_open_order)  # resumed or reloaded too

    def show_for_open_order(self, _name: str = "") -> None:
        """Show (or hide) the line for the order now open."""
        opened = self.state.open
        words = self.words(opened.order) if opened is not None else ""
        self.label.setText(words)
        self.label.setVisible(bool(words))

    def words(self, order: FulfillmentOrder) -> str:
        """The parcel-shop line of an order ("" when it does not go to one)."""
        method = order.delivery_method
        if method is None or method.method_type is not MethodType.PICKUP_POINT:
            return ""
        if method.pickup_point_name or method.pickup_point_id:
            name = method.pickup_point_name or method.pickup_point_id
            return self.tr("Parcel shop: {0}").format(name)
        address = order.shipping_address
        near = ", ".join(
            part for part in (address.address1, f"{address.zip} {address.city}".strip()) if part
        )
        return self.tr("Parcel shop: the carrier chooses the one nearest to {0}").format(near)
