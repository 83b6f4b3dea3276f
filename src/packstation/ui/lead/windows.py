"""Opens the lead's windows (dashboard, exceptions, batches, people) and closes them on lock."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from packstation.services.auth import Authorisation
from packstation.ui.lead.batches_controller import BatchesController
from packstation.ui.lead.batches_view import BatchesView
from packstation.ui.lead.claims import ClaimsController, ClaimsView
from packstation.ui.lead.dashboard import DashboardController, DashboardView
from packstation.ui.lead.exceptions import ExceptionsController, ExceptionsView
from packstation.ui.lead.people_controller import PeopleController
from packstation.ui.lead.people_view import PeopleView
from packstation.ui.shared.lead_gate import LeadAsker
from packstation.ui.shared.scanners import ScannerHub
from packstation.ui.shared.state import StationState
from packstation.ui.shared.take_over import TakeOver


class LeadWindows(QObject):
    """The shift lead's windows over the main window; each attribute is the last one opened."""

    def __init__(
        self, state: StationState, asker: LeadAsker, scanners: ScannerHub, window: QWidget
    ) -> None:
        super().__init__(window)
        self.state = state
        self.station = state.station
        self.asker = asker
        self.scanners = scanners
        self.window = window
        self.exceptions_dialog: ExceptionsController | None = None
        self.dashboard: DashboardController | None = None
        self.batches_dialog: BatchesController | None = None
        self.people_dialog: PeopleController | None = None
        self.claims_dialog: ClaimsController | None = None
        self.take_over = TakeOver(state, asker)
        state.locked.connect(self.close_all)

    def show_dashboard(self) -> DashboardController:
        """The shift lead's figures, refreshing live."""
        view = DashboardView(self.window)
        controller = DashboardController(self.station, view)
        view.show()
        self.dashboard = controller
        return controller

    def show_batches(self) -> BatchesController:
        """Batches with live progress and bulk printing."""
        controller = BatchesController(self.station, BatchesView(self.window), self.state)
        controller.view.show()
        self.batches_dialog = controller
        return controller

    def show_exceptions(self) -> ExceptionsController:
        """The lead's exceptions queue."""
        controller = ExceptionsController(
            self.station, ExceptionsView(self.window), self.state, self.asker
        )
        controller.view.benches_button.clicked.connect(self.show_claims)
        controller.view.show()
        self.exceptions_dialog = controller
        return controller

    def show_claims(self) -> ClaimsController:
        """Every bench's orders; expired claims for the lead to take over."""
        controller = ClaimsController(self.state, ClaimsView(self.window), self.take_over)
        controller.view.show()
        self.claims_dialog = controller
        return controller

    def open_people(self) -> None:
        """Who may sign in: add people, new PINs, deactivate (a lead's yes first)."""

        def show(authorisation: Authorisation | None) -> None:
            view = PeopleView(self.window)
            self.people_dialog = PeopleController(self.station, view, self.scanners)
            view.show()

        self.asker.settings_gate(
            self.tr("Manage the people at the stations?"), "settings.people", show
        )

    def close_all(self) -> None:
        """The station locked: the lead's open windows close."""
        for child in (
            self.exceptions_dialog,
            self.dashboard,
            self.batches_dialog,
            self.claims_dialog,
        ):
            if child is not None:
                child.view.close()
