"""Locks the station after a while without keys, clicks or scans (setting lock_after_minutes)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

_ACTIVITY = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin}
)


class IdleLock(QObject):
    """An application-wide event filter that restarts a timer on every sign of a person."""

    def __init__(
        self, minutes: float, lock: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(int(minutes * 60_000), 1))
        self._timer.timeout.connect(lock)

    def poke(self) -> None:
        """Someone did something (a serial scan counts too)."""
        self._timer.start()

    def stop(self) -> None:
        """No more locking (the window closes)."""
        self._timer.stop()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Watch, never consume."""
        if event.type() in _ACTIVITY:
            self._timer.start()
        return False
