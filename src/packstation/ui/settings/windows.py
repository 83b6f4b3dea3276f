"""Opens the settings windows: printers and scanners (F12), the shop connection."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from packstation.ui.settings.boxes_controller import BoxesController
from packstation.ui.settings.boxes_view import BoxesView
from packstation.ui.settings.carrier_controller import CarrierController
from packstation.ui.settings.carrier_view import CarrierView
from packstation.ui.settings.controller import SettingsController
from packstation.ui.settings.shop_controller import ShopController
from packstation.ui.settings.shop_view import ShopView
from packstation.ui.settings.view import SettingsView
from packstation.ui.shared.lead_gate import LeadAsker
from packstation.ui.shared.rows import insert_beside
from packstation.ui.shared.scanners import ScannerHub
from packstation.ui.shared.state import StationState


class SettingsWindows(QObject):
    """Builds the settings dialogs; what they change elsewhere leaves by signal."""

    printers_saved = Signal()  # the printer settings changed: ask the printers again
    people_wanted = Signal()  # the People… button: the lead's people window opens

    def __init__(
        self, state: StationState, asker: LeadAsker, scanners: ScannerHub, window: QWidget
    ) -> None:
        super().__init__(window)
        self.state = state
        self.asker = asker
        self.scanners = scanners
        self.window = window
        self.shop_dialog: ShopController | None = None
        self.boxes_dialog: BoxesController | None = None
        self.carrier_dialog: CarrierController | None = None

    def open_settings(self) -> SettingsController:
        """Open the settings dialog (not modal: scans keep working behind it)."""
        view = SettingsView(self.window)
        controller = SettingsController(
            self.state.station,
            view,
            self.scanners,
            gate=self.asker.settings_gate,
            audit=self.state.audit_later,
        )
        controller.saved.connect(self.printers_saved)
        view.shop_button.clicked.connect(self.open_shop_connection)
        view.people_button.clicked.connect(lambda: self.people_wanted.emit())
        view.boxes_button.clicked.connect(self.open_boxes)
        carrier_button = QPushButton(self.tr("Carrier…"), view)
        carrier_button.setObjectName("carrierSettings")
        insert_beside(view.shop_button, carrier_button)
        carrier_button.clicked.connect(self.open_carrier)
        view.show()
        return controller

    def open_carrier(self) -> CarrierController:
        """Open Settings → Carrier (account, label format, Test connection, shipping rules)."""
        view = CarrierView(self.window)
        controller = CarrierController(
            self.state.station, view, gate=self.asker.settings_gate, audit=self.state.audit_later
        )
        view.show()
        self.carrier_dialog = controller
        return controller

    def open_shop_connection(self) -> ShopController:
        """Open the shop connection dialog (first run opens it by itself)."""
        view = ShopView(self.window)
        controller = ShopController(
            self.state.station, view, gate=self.asker.settings_gate, audit=self.state.audit_later
        )
        controller.saved.connect(self.state.sync_now)
        view.show()
        self.shop_dialog = controller
        return controller

    def open_boxes(self) -> BoxesController:
        """Open Settings → Boxes (the box catalogue)."""
        view = BoxesView(self.window)
        controller = BoxesController(self.state, view, self.asker.settings_gate)
        view.show()
        self.boxes_dialog = controller
        return controller
