"""Asking a shift lead's yes over any screen: the authorise dialog, hooked to the scanners."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from packstation.services.auth import Authorisation
from packstation.ui.shared.authorise_dialog import AuthoriseDialog
from packstation.ui.shared.feedback import Tone
from packstation.ui.shared.scanners import ScannerHub
from packstation.ui.shared.state import StationState


class LeadAsker(QObject):
    """Opens the authorise dialog for any screen; ``dialog`` is the one open, if any."""

    def __init__(self, state: StationState, scanners: ScannerHub, window: QWidget) -> None:
        super().__init__(window)
        self.state = state
        self.scanners = scanners
        self.window = window
        self.dialog: AuthoriseDialog | None = None

    def ask_lead(
        self,
        question: str,
        action: str,
        subject: str,
        on_yes: Callable[[Authorisation], None],
        *,
        reason: str = "",
        over: QWidget | None = None,
    ) -> AuthoriseDialog | None:
        """A lead's authorisation in a dialog over the packer's screen (or over the window
        ``over``, which has the focus back after); ``on_yes`` runs after.

        A lead who is signed in gives only the reason, no PIN. Without any lead set up the
        packer is told how to add one, and nothing happens.
        """
        if self.dialog is not None and self.dialog.isVisible():
            return None  # one question at a time (Enter may repeat a request)
        station = self.state.station
        leads = station.auth.leads()
        if not leads:
            self.state.say(
                Tone.WRONG,
                self.tr(
                    "This needs a shift lead, and none is set up: add one with "
                    "“packstation users add --role lead”"
                ),
            )
            return None
        signed_in_lead = station.auth.signed_in_lead()

        def ask(reason: str, **credentials: str) -> Authorisation:
            if signed_in_lead and not credentials:
                return station.auth.authorise_signed_in(action, subject, reason)
            return station.auth.authorise(action, subject, reason, **credentials)

        parent = over if over is not None else self.window
        dialog = AuthoriseDialog(
            question, leads, ask, parent, reason=reason, signed_in_lead=signed_in_lead
        )
        self.dialog = dialog
        earlier = self.scanners.capture  # the settings' scanner test, say: back after this
        self.scanners.capture = lambda text, _source, _gaps: dialog.try_badge(text)

        def finished(_code: int) -> None:
            self.scanners.capture = earlier
            self.dialog = None
            if over is not None and over.isVisible():  # the focus goes back where it was
                over.activateWindow()
                over.raise_()
            if dialog.authorisation is not None:
                on_yes(dialog.authorisation)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def settings_gate(
        self, question: str, action: str, then: Callable[[Authorisation | None], None]
    ) -> None:
        """Settings changes need a lead once the station has one (a new station is set up
        before anyone is added); ``then(None)`` means no lead was needed."""
        if not self.state.station.auth.leads():
            then(None)
            return
        self.ask_lead(question, action, "settings", then)

    def cancel(self) -> None:
        """Close the open dialog unanswered (the station locks)."""
        if self.dialog is not None:
            self.dialog.reject()
