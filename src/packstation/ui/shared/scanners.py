"""All the station's scanners as one stream of scans on the GUI thread, debounced per scanner."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from packstation.devices.scanner.debounce import Debouncer
from packstation.devices.scanner.serial_scanner import SerialScanner, SerialScannerSettings
from packstation.ui.shared.wedge_filter import WedgeFilter

KEYBOARD = "keyboard"


class ScannerHub(QObject):
    """Merges the keyboard wedge and serial scanners; signals arrive on the GUI thread."""

    scanned = Signal(str, str)  # text, scanner name
    repeated = Signal(str, str)  # a double trigger: shown, not counted
    state_changed = Signal(str, bool, str)  # scanner name, connected, message
    garbage = Signal(str, str)  # scanner name, why
    _from_reader = Signal(str, str)

    def __init__(
        self,
        wedge: WedgeFilter,
        serial_scanners: list[SerialScannerSettings],
        *,
        bounce_ms: int = 300,
        count_each: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.wedge = wedge
        self.debouncer = Debouncer(bounce_ms, count_each)
        self.states: dict[str, tuple[bool, str]] = {KEYBOARD: (True, "keyboard wedge ready")}
        # While set (the scanner test page is open), scans go there instead of to the bench.
        self.capture: Callable[[str, str, tuple[int, ...] | None], None] | None = None
        wedge.burst.connect(lambda text, gaps: self._incoming(text, KEYBOARD, tuple(gaps)))
        self._from_reader.connect(lambda text, source: self._incoming(text, source, None))
        self.state_changed.connect(self._remember_state)
        self.readers = [
            SerialScanner(
                settings,
                on_scan=lambda name, text: self._from_reader.emit(text, name),
                on_state=lambda name, up, why: self.state_changed.emit(name, up, why),
                on_garbage=lambda name, why: self.garbage.emit(name, why),
            )
            for settings in serial_scanners
        ]
        for settings in serial_scanners:
            self.states[settings.name] = (False, "starting")

    def start(self) -> None:
        """Start the serial readers."""
        for reader in self.readers:
            reader.start()

    def stop(self) -> None:
        """Stop the serial readers."""
        for reader in self.readers:
            reader.stop()

    def _remember_state(self, name: str, connected: bool, message: str) -> None:
        self.states[name] = (connected, message)

    def _incoming(self, text: str, source: str, gaps: tuple[int, ...] | None) -> None:
        if self.capture is not None:
            self.capture(text, source, gaps)
            return
        if self.debouncer.is_repeat(source, text, time.monotonic() * 1000):
            self.repeated.emit(text, source)
        else:
            self.scanned.emit(text, source)
