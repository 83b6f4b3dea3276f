"""Application-wide keyboard-wedge capture: scans never land in a field, typing still does."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from packstation.devices.scanner.wedge import WedgeDecoder, WedgeSettings
from packstation.domain.barcodes import GS

_TERMINATORS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
# A wedge scanner presses Shift before each capital (and Ctrl for GS): part of the burst.
_MODIFIER_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
}


class _HeldKey:
    """A key press held back, with where it was going, to be replayed if it was typing."""

    def __init__(self, receiver: QWidget, event: QKeyEvent) -> None:
        self.receiver = receiver
        self.key = event.key()
        self.modifiers = event.modifiers()
        self.text = event.text()


class WedgeFilter(QObject):
    """Installed on the QApplication; emits ``scanned(text)`` for each scanner burst."""

    scanned = Signal(str)
    burst = Signal(str, object)  # the scan and its key gaps in ms, for the scanner test page

    def __init__(self, settings: WedgeSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._decoder: WedgeDecoder[_HeldKey] = WedgeDecoder(settings)
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._release_typing)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Hold fast printable keys; turn a fast burst ended by Enter into a scan."""
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        key_event: QKeyEvent = event
        if key_event.key() in _MODIFIER_KEYS:
            return False  # never ends a burst; held keys carry their own modifiers
        terminator = key_event.key() in _TERMINATORS or (
            self._settings.tab_terminates and key_event.key() == Qt.Key.Key_Tab
        )
        if terminator and self._decoder.holding:
            scan, typed = self._decoder.terminator(key_event.timestamp())
            self._timer.stop()
            if scan is not None:
                self.burst.emit(scan, self._decoder.last_gaps)
                self.scanned.emit(scan)
                return True
            self._replay(typed)
            return False
        text = key_event.text()
        plain = not key_event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        # GS (FNC1 in GS1 codes) arrives as Ctrl+] from most wedge scanners: part of the scan.
        if len(text) == 1 and ((text.isprintable() and plain) or text == GS):
            typed = self._decoder.key(text, key_event.timestamp(), _HeldKey(watched, key_event))
            self._replay(typed)
            # A prefix-framed scan may be slow; plain keys are judged by the gap.
            self._timer.start(2000 if self._decoder.framed else self._settings.max_gap_ms + 30)
            return True
        if self._decoder.holding:  # another key (Backspace, arrows): keep the typed order
            self._timer.stop()
            self._replay(self._decoder.release())
        return False

    def _release_typing(self) -> None:
        self._replay(self._decoder.release())

    def _replay(self, keys: list[_HeldKey]) -> None:
        if not keys:
            return
        self._replaying = True
        try:
            for held in keys:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(
                        held.receiver, QKeyEvent(kind, held.key, held.modifiers, held.text)
                    )
        finally:
            self._replaying = False
