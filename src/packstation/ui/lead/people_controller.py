"""Adds people, sets PINs and deactivates, each on a worker (argon2 is slow on purpose)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTableWidgetItem

from packstation.app import Station
from packstation.domain.users import Role
from packstation.services.auth import PeopleRefused, Person, UnknownPerson
from packstation.storage.db import StorageError
from packstation.ui.lead.people_view import PeopleView
from packstation.ui.shared import words
from packstation.ui.shared.scanners import ScannerHub
from packstation.ui.shared.tasks import ResultPoster

_KNOWN_FAILURES = (PeopleRefused, UnknownPerson, StorageError)


class PeopleController(QObject):
    """While the dialog is open, a scan fills the badge field (a badge is enrolled by scanning)."""

    changed = Signal(bool, str)  # ok, message

    def __init__(self, station: Station, view: PeopleView, scanners: ScannerHub) -> None:
        super().__init__(view)
        self.station = station
        self.view = view
        self.people: list[Person] = []
        self._scanners = scanners
        self._earlier_capture = scanners.capture
        self.poster = ResultPoster(self)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="people")
        scanners.capture = lambda text, _source, _gaps: view.badge.setText(text.strip())
        view.finished.connect(self._closed)
        view.add_button.clicked.connect(self.add)
        view.new_pin_button.clicked.connect(self.new_pin)
        view.deactivate_button.clicked.connect(self.deactivate)
        self.refresh()

    def _closed(self, _code: int) -> None:
        self._scanners.capture = self._earlier_capture
        self._executor.shutdown(wait=False)

    def refresh(self) -> None:
        """Reload the table."""
        self.people = self.station.auth.people()
        table = self.view.table
        table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            cells = (
                person.name,
                words.role(person.role),
                self.tr("yes") if person.has_badge else "",
                self.tr("yes") if person.needs_pin else "",
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))

    def selected(self) -> Person | None:
        """The person selected in the table."""
        rows = self.view.table.selectionModel().selectedRows()
        return self.people[rows[0].row()] if rows else None

    def add(self) -> None:
        """Add the person in the form."""
        view = self.view
        name, badge, pin = view.name.text(), view.badge.text(), view.pin.text()
        role = Role(view.role.currentData())
        auth = self.station.auth

        def done() -> str:
            view.name.clear()
            view.badge.clear()
            view.pin.clear()
            return self.tr("{0} added as {1}").format(name.strip(), words.role(role))

        self._run(lambda: auth.add_user(name, role, pin=pin, badge=badge), done)

    def new_pin(self) -> None:
        """The PIN typed in the form becomes the selected person's PIN."""
        person = self.selected()
        if person is None:
            self.view.message.setText(self.tr("Select a person first"))
            return
        pin, auth = self.view.pin.text(), self.station.auth

        def done() -> str:
            self.view.pin.clear()
            return self.tr("New PIN saved for {0}").format(person.name)

        self._run(lambda: auth.set_pin(person.name, pin), done)

    def deactivate(self) -> None:
        """The selected person can no longer sign in or authorise."""
        person = self.selected()
        if person is None:
            self.view.message.setText(self.tr("Select a person first"))
            return
        auth = self.station.auth
        self._run(
            lambda: auth.deactivate(person.name),
            lambda: self.tr("{0} can no longer sign in").format(person.name),
        )

    def _run(self, job: Callable[[], None], success: Callable[[], str]) -> None:
        self.view.message.setText(self.tr("Saving…"))

        def finished(_result: None, error: BaseException | None) -> None:
            if error is not None:
                if not isinstance(error, _KNOWN_FAILURES):
                    raise error
                self.view.message.setText(words.said(error))
                self.changed.emit(False, words.said(error))
                return
            message = success()
            self.refresh()
            self.view.message.setText(message)
            self.changed.emit(True, message)

        self.poster.run(self._executor, job, finished)
