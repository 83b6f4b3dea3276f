"""Starting the GUI: the application, translations, crash handler, window and sync thread."""

from __future__ import annotations

import gc
import logging
import sys
import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QMetaObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from packstation.app import Station, build_station
from packstation.config import ConfigError, Settings
from packstation.logs import setup_logging
from packstation.resources import resources_dir
from packstation.services.demo_people import seed_demo_people
from packstation.shop.demo.shop import DemoShop
from packstation.storage.db import StorageError
from packstation.storage.uow import UnitOfWork
from packstation.ui.shared.crash import install_crash_handler
from packstation.ui.shared.scanners import ScannerHub
from packstation.ui.shared.sound import SoundCues
from packstation.ui.shared.sync_bridge import SyncBridge
from packstation.ui.shared.wedge_filter import WedgeFilter
from packstation.ui.shared.words import said
from packstation.ui.shell.english import install_english_plurals
from packstation.ui.shell.station import StationShell
from packstation.ui.shell.window import MainWindow
from packstation.ui.sign_in.idle_lock import IdleLock

log = logging.getLogger("packstation.ui")


@dataclass
class RunningApp:
    """The parts of a running GUI (tests drive these)."""

    station: Station
    window: MainWindow
    controller: StationShell  # the screens' wiring: handles on their state for tests
    wedge: WedgeFilter
    scanners: ScannerHub
    sync: SyncBridge
    idle_lock: IdleLock | None = None

    def shutdown(self) -> None:
        """Stop threads and release the database."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.wedge)
            if self.idle_lock is not None:
                self.idle_lock.stop()
                app.removeEventFilter(self.idle_lock)
        self.sync.stop()
        self.scanners.stop()
        self.controller.shutdown()
        self.station.close()


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's and Packstation's translations for the station's language; returns them."""
    locale = QLocale(language) if language else QLocale.system()
    installed: list[QTranslator] = []
    # English first, as the fallback: its catalogue holds only the plural forms ("1 unit"), and
    # a translator installed later is asked first.
    installed.append(install_english_plurals(app))
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("packstation", str(resources_dir() / "i18n")),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


GIL_SWITCH_SECONDS = 0.001


def start(station: Station, app: QApplication, *, start_sync: bool = True) -> RunningApp:
    """Build the window on a wired station; first run fills the queue before showing it."""
    # The queue's reader, the sync and the database writer are Python threads: each time the
    # GUI thread wants the GIL back it waits up to this long (5 ms by default), and one stall
    # is many such waits. A millisecond keeps the window smooth while a worker is busy.
    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    with UnitOfWork(station.session_factory) as uow:
        empty = uow.orders.count() == 0
    if empty and isinstance(station.connector, DemoShop):
        station.sync.run_once()  # local and instant; a real shop's first load runs on sync
    window = MainWindow()
    wedge = WedgeFilter(station.settings.wedge, window)
    app.installEventFilter(wedge)
    sync = SyncBridge(station.sync, window)
    settings = station.settings
    scanners = ScannerHub(
        wedge,
        settings.serial_scanner_settings,
        bounce_ms=settings.bounce_ms,
        count_each=settings.count_each_scan,
        parent=window,
    )
    controller = StationShell(
        station,
        window,
        scanners,
        SoundCues(station.settings.data_dir / "sounds", window),
        sync.sync_now,
    )
    scanners.start()
    sync.status.connect(controller.on_sync_status)
    sync.progress.connect(controller.on_pull_progress)
    if getattr(station.connector, "needs_credentials", False):
        controller.open_shop_connection()  # first run: ask for the shop's credentials
    idle_lock = None
    if station.auth.people():  # people are set up: nobody packs without signing in
        station.context.lock()
        controller.lock()
        if settings.lock_after_minutes > 0:
            idle_lock = IdleLock(
                settings.lock_after_minutes,
                controller.lock_idle,
                window,
            )
            app.installEventFilter(idle_lock)
            scanners.scanned.connect(idle_lock.poke)
            controller.sign_in.signed_in.connect(idle_lock.poke)
    else:
        controller.resume()
    controller.start_presence()
    if start_sync:
        sync.start()
    return RunningApp(station, window, controller, wedge, scanners, sync, idle_lock)


def quit_from_any_thread() -> None:
    """End the event loop from any thread (SIGTERM); ``run_gui`` then closes the station."""
    for _ in range(300):  # SIGTERM during start-up: wait (≤ 60 s) for the application to exist
        app = QCoreApplication.instance()
        if app is not None:
            QMetaObject.invokeMethod(app, "quit", Qt.ConnectionType.QueuedConnection)
            return
        time.sleep(0.2)


def show_start_problem(message: str) -> int:
    """A known problem before the window can open (a wrong setting): said in a message box."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    QMessageBox.critical(None, "Packstation", message)  # i18n: not user text
    return 2


def run_gui(settings: Settings) -> int:
    """Run the application until the window closes."""
    log_path = setup_logging(settings.log_dir)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Packstation")
    install_translations(app, settings.language)
    install_crash_handler(log_path)
    try:
        station = build_station(settings)
    except (StorageError, ConfigError) as exc:
        QMessageBox.critical(None, "Packstation", said(exc))  # i18n: not user text
        return 1
    if settings.demo:
        seed_demo_people(station.auth)
    running = start(station, app)
    # Everything built so far lives as long as the app: keep it out of the cyclic collector's
    # full passes, which otherwise pause every thread for ~100 ms now and then.
    gc.freeze()
    running.window.show_for_bench()
    try:
        return app.exec()
    finally:
        running.shutdown()
