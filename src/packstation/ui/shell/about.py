"""The About box (F1): the version in one place, and how this copy was installed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from packstation import build_details, version_text


def about_text() -> str:
    """What the About box says: the version and the build."""
    return f"{version_text()}\n{build_details()}"


def show_about(parent: QWidget) -> None:
    """Show the About box over ``parent``."""
    title = QCoreApplication.translate("AboutBox", "About Packstation")
    QMessageBox.about(parent, title, about_text())
