"""``python -m tests.acceptance.probe ARGS``: the real ``packstation`` entry point, plus a
read-only probe that writes what the window shows to ``$PACKSTATION_PROBE`` (JSON).

The probe only reads widgets (visible texts, focus, the active window) on a timer; it changes
nothing in the application, so the tests can wait on what a person would see, never on sleeps.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QWidget

from packstation.cli import main


def _title(widget: QWidget | None) -> str:
    return widget.window().windowTitle() if widget is not None else ""


def _text(widget: QWidget | None) -> str:
    if isinstance(widget, QLineEdit | QAbstractButton):
        return widget.text()
    return widget.currentText() if isinstance(widget, QComboBox) else ""


def snapshot(app: QApplication) -> dict[str, object]:
    """What is on screen: windows, the focused widget and the visible labels."""
    focus = app.focusWidget()
    windows = [w for w in app.topLevelWidgets() if w.isVisible()]
    labels = [
        [type(label).__name__, label.text(), _title(label)]
        for window in windows
        for label in window.findChildren(QLabel)
        if label.isVisible() and label.text()
    ]
    fonts = [
        [label.text(), label.font().pointSizeF(), _title(label)]
        for window in windows
        for label in window.findChildren(QLabel)
        if label.isVisible() and label.text()
    ]
    fields = [
        [field.objectName(), field.text(), _title(field)]
        for window in windows
        for field in window.findChildren(QLineEdit)
        if field.isVisible()
    ]
    buttons = [
        [button.text(), _title(button)]
        for window in windows
        for button in window.findChildren(QAbstractButton)
        if button.isVisible() and button.text()
    ]
    return {
        "windows": [w.windowTitle() for w in windows],
        "active": _title(app.activeWindow()),
        "modal": _title(app.activeModalWidget()),
        "focus": "" if focus is None else f"{type(focus).__name__}#{focus.objectName()}",
        "focus_window": _title(focus),
        "focus_text": _text(focus),
        "labels": labels,
        "fonts": fonts,
        "fields": fields,
        "buttons": buttons,
    }


def _install(path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    last = [""]

    def write() -> None:
        text = json.dumps(snapshot(app), ensure_ascii=False)
        if text != last[0]:
            tmp = path.with_suffix(".tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(path)
            last[0] = text

    timer = QTimer(app)
    timer.timeout.connect(write)
    timer.start(100)


def _wait_for_application(path: Path) -> None:
    while QApplication.instance() is None:
        time.sleep(0.02)
    app = QApplication.instance()
    # Queued to the GUI thread once its event loop runs.
    QTimer.singleShot(0, app, lambda: _install(path))


if __name__ == "__main__":
    probe = Path(os.environ["PACKSTATION_PROBE"])
    threading.Thread(target=_wait_for_application, args=(probe,), daemon=True).start()
    sys.exit(main(sys.argv[1:]))
