"""Starting the real main window for a GUI test, shown and active as on a bench."""

from __future__ import annotations

from packstation.ui.shell.main import RunningApp, start


def show_window(qtbot, qapp, station) -> RunningApp:
    """Start the app on ``station``, show its window and wait until it is the active one and
    its queue is loaded."""
    app = start(station, qapp)
    qtbot.addWidget(app.window)
    app.window.show()
    qtbot.waitExposed(app.window)
    app.window.activateWindow()
    qtbot.waitUntil(lambda: qapp.activeWindow() is app.window, timeout=5000)
    # the queue is read off the GUI thread: tests start once its first rows are in
    qtbot.waitUntil(lambda: app.controller.queue.complete, timeout=10000)
    return app
