"""The locked station: scan your badge or choose your name (layout only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.services.auth import Person
from packstation.ui.shared.sizes import READ_PT

COLUMNS = 4


class SignInView(QWidget):
    """Big name buttons for the bench, a PIN field for people who have one, and a message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        self.title = QLabel(self.tr("Scan your badge, or choose your name"), self)
        self.title.setStyleSheet("font-size: 24pt; font-weight: bold;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.station = QLabel(self)
        self.station.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.station)
        self.names = QGridLayout()
        layout.addLayout(self.names)
        self.buttons: dict[str, QPushButton] = {}
        pin_row = QHBoxLayout()
        self.pin_label = QLabel(self)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("signInPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaximumWidth(200)
        self.sign_in_button = QPushButton(self.tr("Sign in"), self)
        pin_row.addStretch(1)
        pin_row.addWidget(self.pin_label)
        pin_row.addWidget(self.pin)
        pin_row.addWidget(self.sign_in_button)
        pin_row.addStretch(1)
        layout.addLayout(pin_row)
        self.message = QLabel(self)
        self.message.setObjectName("signInMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.show_pin(None)

    def set_people(self, people: list[Person]) -> None:
        """One large button per person, in rows of four."""
        for button in self.buttons.values():
            self.names.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for index, person in enumerate(people):
            button = QPushButton(person.name, self)
            button.setObjectName(f"person:{person.name}")
            button.setMinimumHeight(64)
            button.setStyleSheet(f"font-size: {READ_PT}pt;")
            self.names.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.buttons[person.name] = button

    def say(self, text: str, *, problem: bool = False) -> None:
        """A line under the names: red and bold for a refusal, calm otherwise."""
        colour = "#b3261e; font-weight: bold" if problem else "#333333"
        self.message.setStyleSheet(f"font-size: {READ_PT}pt; color: {colour};")
        self.message.setText(text)

    def show_pin(self, name: str | None) -> None:
        """Ask for the PIN of the chosen person (hidden when nobody is chosen)."""
        for widget in (self.pin_label, self.pin, self.sign_in_button):
            widget.setVisible(name is not None)
        if name is not None:
            self.pin_label.setText(self.tr("PIN for {0}").format(name))
            self.pin.clear()
            self.pin.setFocus()
