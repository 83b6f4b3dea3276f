"""The People dialog: who may sign in, with roles and badges (layout only)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.users import Role
from packstation.ui.shared import words
from packstation.ui.shared.sizes import READ_PT, bench_font


class PeopleView(QDialog):
    """A table of people, a form to add one, and buttons for a new PIN or deactivation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("People"))
        self.resize(900, 640)
        self.setFont(bench_font(self, READ_PT))  # every child reads at the bench size
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setObjectName("people")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Badge"), self.tr("PIN")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row_buttons = QHBoxLayout()
        self.new_pin_button = QPushButton(self.tr("New PIN for the selected person"), self)
        self.deactivate_button = QPushButton(self.tr("Deactivate the selected person"), self)
        row_buttons.addWidget(self.new_pin_button)
        row_buttons.addWidget(self.deactivate_button)
        row_buttons.addStretch(1)
        layout.addLayout(row_buttons)

        add = QGroupBox(self.tr("Add a person"), self)
        form = QFormLayout(add)
        self.name = QLineEdit(add)
        self.name.setObjectName("personName")
        self.role = QComboBox(add)
        for role in Role:
            self.role.addItem(words.role(role), role)
        self.badge = QLineEdit(add)
        self.badge.setObjectName("personBadge")
        self.badge.setPlaceholderText(self.tr("Scan the badge here, or leave empty"))
        self.pin = QLineEdit(add)
        self.pin.setObjectName("personPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("Leads and admins: at least 4 digits"))
        self.add_button = QPushButton(self.tr("Add"), add)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Badge"), self.badge)
        form.addRow(self.tr("PIN (also used for a new PIN)"), self.pin)
        form.addRow(self.add_button)
        layout.addWidget(add)
        self.message = QLabel(self)
        self.message.setObjectName("peopleMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        layout.addWidget(self.close_button)
