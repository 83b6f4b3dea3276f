"""Run slow work off the GUI thread and deliver the result back on it."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

T = TypeVar("T")


class ResultPoster(QObject):
    """Posts a finished future's outcome to a callback on the GUI thread.

    Always through the event loop, after the code that started the work has run on: a job
    that finishes before its callback is attached (a write failing at once) would otherwise
    be delivered there and then, in the middle of that code.
    """

    _finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.pending = 0

    def run(
        self,
        executor: Executor,
        job: Callable[[], T],
        on_done: Callable[[T | None, BaseException | None], None],
    ) -> None:
        """Run ``job`` on ``executor``; ``on_done(result, error)`` runs on the GUI thread."""
        self.pending += 1
        future = executor.submit(job)
        future.add_done_callback(lambda f: self._finished.emit(f, on_done))

    def run_on(
        self,
        submit: Callable[[Callable[[], T]], Future[T]],
        job: Callable[[], T],
        on_done: Callable[[T | None, BaseException | None], None],
    ) -> None:
        """Like :meth:`run`, for queues that expose only ``submit`` (device queues)."""
        self.pending += 1
        future = submit(job)
        future.add_done_callback(lambda f: self._finished.emit(f, on_done))

    def _deliver(self, future: Future[Any], on_done: Callable[[Any, Any], None]) -> None:
        self.pending -= 1
        if future.cancelled():  # its executor was shut down: the window is closing
            return
        error = future.exception()
        on_done(None if error else future.result(), error)
