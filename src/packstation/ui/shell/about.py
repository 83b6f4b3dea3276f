"""The About box (F1): the version in one place, and how this copy was installed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from packstation import build_details, version_text
from packstation.ui.shared.words import QT_TRANSLATE_NOOP

# How this copy was installed, as build_details() words it.
_INSTALLED = (
    QT_TRANSLATE_NOOP("AboutBox", "installed application"),
    QT_TRANSLATE_NOOP("AboutBox", "Python package"),
)


def about_text() -> str:
    """What the About box says: the version and the build."""
    details = build_details()
    for words in _INSTALLED:
        details = details.replace(words, QCoreApplication.translate("AboutBox", words))
    return f"{version_text()}\n{details}"


def show_about(parent: QWidget) -> None:
    """Show the About box over ``parent``."""
    title = QCoreApplication.translate("AboutBox", "About Packstation")
    QMessageBox.about(parent, title, about_text())
