"""The red strip over every screen while the shared database cannot be reached."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar


class DatabaseAlert(QObject):
    """Shows the database's trouble in red above every screen until a beat or a pass succeeds.

    A banner message is replaced by the next scan's; this strip stays while the trouble lasts.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.down = False
        self.bar = QToolBar(window)
        self.bar.setObjectName("databaseAlert")
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.toggleViewAction().setEnabled(False)
        self.label = QLabel(self.bar)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        font = QFont(self.label.font())
        font.setPointSize(22)
        font.setBold(True)
        self.label.setFont(font)
        self.label.setStyleSheet(
            "QLabel { background: #b3261e; color: #ffffff; padding: 10px; border-radius: 6px; }"
        )
        self.bar.addWidget(self.label)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.bar.hide()

    @property
    def message(self) -> str:
        """The words shown while the database is away ("" when it is reachable)."""
        return self.label.text() if self.down else ""

    def show_state(self, reachable: bool, words: str) -> None:
        """The database answered (hide the strip) or not (show ``words`` in red)."""
        self.down = not reachable
        if reachable:
            self.bar.hide()
            return
        self.label.setText(
            "✗  " + self.tr("{0}. The station keeps trying; wait before packing on").format(words)
        )
        self.bar.show()
