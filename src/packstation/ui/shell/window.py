"""The main window: queue and pack screens and an always-visible status bar (layout only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from packstation.ui.pack.view import PackView
from packstation.ui.print_queue.view import PrintQueueView
from packstation.ui.queue.view import QueueView
from packstation.ui.shared.sizes import READ_PT, bench_font
from packstation.ui.sign_in.view import SignInView


class MainWindow(QMainWindow):
    """Holds the screens; the controller decides what they show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Packstation"))
        self.setFont(bench_font(self, READ_PT))  # the bench size, unless a widget sets its own
        self.resize(1280, 800)
        self.stack = QStackedWidget(self)
        self.queue_view = QueueView(self)
        self.pack_view = PackView(self)
        self.stack.addWidget(self.queue_view)
        self.stack.addWidget(self.pack_view)
        self.sign_in_view = SignInView(self)
        self.stack.addWidget(self.sign_in_view)
        self.setCentralWidget(self.stack)
        self.print_queue = PrintQueueView(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.print_queue)
        self.print_queue.hide()
        bar = self.statusBar()
        self.station_status = QLabel(self)
        self.shop_status = QLabel(self)
        self.shop_status.setObjectName("shopStatus")
        self.outbox_status = QLabel(self)
        self.outbox_status.setObjectName("outboxStatus")
        self.last_sync_status = QLabel(self)
        self.printer_status = QLabel(self)
        self.printer_status.setObjectName("printerStatus")
        self.scanner_status = QLabel(self)
        for label in (
            self.station_status,
            self.shop_status,
            self.outbox_status,
            self.last_sync_status,
            self.printer_status,
            self.scanner_status,
        ):
            bar.addPermanentWidget(label)
            label.setFont(bench_font(label, READ_PT))  # kept when a colour is set later
            label.setMinimumWidth(0)
            label.setWordWrap(True)  # a long status never widens the window

    def show_for_bench(self) -> None:
        """Open as the bench uses it: maximised, on a screen of any width."""
        self.showMaximized()

    def show_queue(self) -> None:
        """Switch to the queue screen (its old message cleared)."""
        if self.stack.currentWidget() is not self.queue_view:
            self.queue_view.banner.clear_message()
        self.stack.setCurrentWidget(self.queue_view)

    def show_pack(self) -> None:
        """Switch to the pack screen (its old message cleared)."""
        if self.stack.currentWidget() is not self.pack_view:
            self.pack_view.banner.clear_message()
        self.stack.setCurrentWidget(self.pack_view)

    def show_sign_in(self) -> None:
        """Switch to the locked screen."""
        self.stack.setCurrentWidget(self.sign_in_view)

    @property
    def on_sign_in_screen(self) -> bool:
        """Whether the station is showing its locked screen."""
        return self.stack.currentWidget() is self.sign_in_view

    @property
    def on_pack_screen(self) -> bool:
        """Whether the pack screen is showing."""
        return self.stack.currentWidget() is self.pack_view
