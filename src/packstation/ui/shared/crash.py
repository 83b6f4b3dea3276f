"""Bugs reach a crash dialog with the log; known failures never come here."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("packstation")


def install_crash_handler(log_path: Path, *, show_dialog: bool = True) -> None:
    """Log every uncaught exception; show a dialog that names the log file."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        if not show_dialog or QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("Crash", "Packstation hit a bug"))
        box.setText(
            QApplication.translate(
                "Crash",
                "Something went wrong inside Packstation. Your scans are saved. "
                "Please send the log file to your administrator:\n{path}",
            ).replace("{path}", str(log_path))
        )
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook
