"""Opens the lead's windows (dashboard, exceptions, batches, people) and closes them on lock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QWidget

from packstation.services.auth import Authorisation
from packstation.ui.lead.batches_controller import BatchesController
from packstation.ui.lead.batches_view import BatchesView
from packstation.ui.lead.claims import ClaimsController, ClaimsView
from packstation.ui.lead.dashboard import DashboardController, DashboardView
from packstation.ui.lead.exceptions import ExceptionsController, ExceptionsView
from packstation.ui.lead.people_controller import PeopleController
from packstation.ui.lead.people_view import PeopleView
from packstation.ui.lead.pickup import PickupController, PickupView
from packstation.ui.lead.rebook import RebookAction
from packstation.ui.shared.lead_gate import LeadAsker
from packstation.ui.shared.rows import insert_beside
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
        self.pickup_dialog: PickupController | None = None
        self.take_over = TakeOver(state, asker)
        state.locked.connect(self.close_all)

    def _lead_only(self, question: str, action: str, show: Callable[[], None]) -> bool:
        """Lead screens need a lead: one signed in, or a lead's yes on the spot (a new
        station without leads opens them, as it does its settings). True if shown now."""
        auth = self.station.auth
        if auth.signed_in_lead() or not auth.leads():
            show()
            return True
        self.asker.ask_lead(question, action, "lead screens", lambda _a: show(), reason=question)
        return False

    def show_dashboard(self) -> DashboardController | None:
        """The shift lead's figures, refreshing live (None while a lead is asked)."""
        shown = self._lead_only(
            self.tr("Open the dashboard"), "lead.dashboard", self._open_dashboard
        )
        return self.dashboard if shown else None

    def _open_dashboard(self) -> None:
        view = DashboardView(self.window)
        controller = DashboardController(self.station, view)
        pickup_button = QPushButton(self.tr("Book carrier pickup…"), view)
        pickup_button.setObjectName("bookPickup")
        pickup_button.setEnabled(self.station.bookings is not None)
        insert_beside(view.manifest_button, pickup_button)
        pickup_button.clicked.connect(self.show_pickup)
        view.show()
        self.dashboard = controller

    def show_pickup(self) -> PickupController:
        """End of day: book a carrier's pickup of today's parcels."""
        controller = PickupController(self.state, self.asker, PickupView(self.window))
        controller.view.show()
        self.pickup_dialog = controller
        return controller

    def show_batches(self) -> BatchesController | None:
        """Batches with live progress and bulk printing (None while a lead is asked)."""
        shown = self._lead_only(self.tr("Open batch building"), "lead.batches", self._open_batches)
        return self.batches_dialog if shown else None

    def _open_batches(self) -> None:
        controller = BatchesController(self.station, BatchesView(self.window), self.state)
        controller.view.show()
        self.batches_dialog = controller

    def show_exceptions(self) -> ExceptionsController | None:
        """The lead's exceptions queue (None while a lead is asked)."""
        shown = self._lead_only(
            self.tr("Open the exceptions"), "lead.exceptions", self._open_exceptions
        )
        return self.exceptions_dialog if shown else None

    def _open_exceptions(self) -> None:
        controller = ExceptionsController(
            self.station, ExceptionsView(self.window), self.state, self.asker
        )
        controller.view.benches_button.clicked.connect(self.show_claims)
        controller.rebook = RebookAction(controller, self.state)  # type: ignore[attr-defined]
        controller.view.show()
        controller.view.activateWindow()
        self.exceptions_dialog = controller

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
