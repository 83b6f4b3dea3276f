"""Signing in and locking the station: badge scans and name choices, checked off the GUI thread."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

from packstation.app import Station
from packstation.services.auth import Person, SignInRefused
from packstation.storage.db import StorageError
from packstation.ui.shared import words
from packstation.ui.shared.scanners import ScannerHub
from packstation.ui.shared.tasks import ResultPoster
from packstation.ui.sign_in.view import SignInView


class SignInController(QObject):
    """While the station is locked, every scan is a badge and the page takes a name."""

    signed_in = Signal(str)  # the person's name
    refused = Signal(str)  # why

    def __init__(self, station: Station, view: SignInView, scanners: ScannerHub) -> None:
        super().__init__(view)
        self.station = station
        self.view = view
        self.scanners = scanners
        self.people: dict[str, Person] = {}
        self.chosen: Person | None = None
        self.poster = ResultPoster(self)
        # argon2 is slow on purpose: PINs are checked on this worker, never on the GUI thread
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sign-in")
        view.sign_in_button.clicked.connect(self._try_pin)
        view.pin.returnPressed.connect(self._try_pin)

    @property
    def active(self) -> bool:
        """Whether the station is waiting for a sign-in."""
        return self.station.context.locked

    def start(self, message: str = "") -> None:
        """Lock: show the names and take badge scans."""
        self.people = {p.name: p for p in self.station.auth.people()}
        self.view.set_people(list(self.people.values()))
        for name, button in self.view.buttons.items():
            button.clicked.connect(lambda _=False, n=name: self.choose(n))
        self.view.station.setText(
            self.tr("Station {0} is locked").format(self.station.context.station)
        )
        self.view.say(message)
        self.view.show_pin(None)
        self.chosen = None
        self.scanners.capture = lambda text, _source, _gaps: self.badge(text)

    def choose(self, name: str) -> None:
        """A name was tapped: people with a PIN type it next, others are signed in."""
        person = self.people.get(name)
        if person is None:
            return
        self.chosen = person
        if person.needs_pin:
            self.view.message.clear()
            self.view.show_pin(name)
            return
        self._check(name=name)

    def badge(self, code: str) -> None:
        """A scan while locked: a badge."""
        self._check(badge=code.strip())

    def _try_pin(self) -> None:
        if self.chosen is not None:
            self._check(name=self.chosen.name, pin=self.view.pin.text())

    def _check(self, **credentials: str) -> None:
        self.view.say(self.tr("Checking…"))
        self.poster.run(
            self._executor, lambda: self.station.auth.sign_in(**credentials), self._answered
        )

    def _answered(self, person: Person | None, error: BaseException | None) -> None:
        if error is not None:
            if not isinstance(error, SignInRefused | StorageError):
                raise error
            self.view.pin.clear()
            self.view.say(words.said(error), problem=True)
            self.refused.emit(words.said(error))
            return
        assert person is not None
        self.scanners.capture = None
        self.view.message.clear()
        self.view.show_pin(None)
        self.signed_in.emit(person.name)

    def shutdown(self) -> None:
        """Stop the PIN worker."""
        self._executor.shutdown(wait=True)
