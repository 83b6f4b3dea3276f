"""The pack screen's parcel-shop line: which service point a PICKUP_POINT order goes to.

The packer sees it before sealing the box (a parcel-shop box often needs a smaller size or
the shop's own sticker). When the order names its point (the customer chose it at checkout),
that point is shown as the customer's choice and F10 books exactly it. Otherwise the
line first says the carrier chooses the one nearest the customer's address; with a carrier
the station asks it which one that is (off the GUI thread), shows its name and address, and
F10 books that very point.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout

from packstation.carriers.base import CarrierError, ServicePoint
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
        self._asked = ""  # the order whose point is being asked for
        layout = view.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.label)  # under the order header
        state.order_opened.connect(self.show_for_open_order)
        state.screen_wanted.connect(self.show_for_open_order)  # resumed or reloaded too

    def show_for_open_order(self, _name: str = "") -> None:
        """Show (or hide) the line for the order now open; ask the carrier for the point."""
        opened = self.state.open
        words = self.words(opened.order) if opened is not None else ""
        self.label.setText(words)
        self.label.setVisible(bool(words))
        bookings = self.state.station.bookings
        if not words or opened is None or bookings is None:
            return
        order = opened.order
        if order.fulfillment_order_id == self._asked:
            return
        self._asked = order.fulfillment_order_id
        self.state.poster.run(
            self.state.shop_calls,
            lambda: bookings.service_point(order),
            lambda point, error: self._found(order.fulfillment_order_id, point, error),
        )

    def _found(
        self, fulfillment_order_id: str, point: ServicePoint | None, error: BaseException | None
    ) -> None:
        self._asked = ""
        if error is not None and not isinstance(error, CarrierError):
            raise error
        opened = self.state.open
        if point is None or opened is None:
            return  # the line keeps "the carrier chooses the nearest"
        if opened.order.fulfillment_order_id != fulfillment_order_id:
            return
        self.label.setText(self.tr("Parcel shop: {0}").format(point.words()))

    def words(self, order: FulfillmentOrder) -> str:
        """The parcel-shop line of an order ("" when it does not go to one)."""
        method = order.delivery_method
        if method is None or method.method_type is not MethodType.PICKUP_POINT:
            return ""
        address = order.shipping_address
        near = ", ".join(
            part for part in (address.address1, f"{address.zip} {address.city}".strip()) if part
        )
        if method.pickup_point_id:
            # the order's destination is the point's own address
            name = method.pickup_point_name or method.pickup_point_id
            point = ", ".join(part for part in (name, near) if part)
            return self.tr("Parcel shop chosen by the customer: {0}").format(point)
        return self.tr("Parcel shop: the carrier chooses the one nearest to {0}").format(near)
