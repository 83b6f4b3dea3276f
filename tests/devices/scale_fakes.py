"""A fake serial scale on a pty: answers each request with whatever the test sets."""

from __future__ import annotations

import contextlib
import os
import select
import threading
import time
import tty
from collections.abc import Callable
from pathlib import Path

from packstation.devices.scale.base import ScaleReading


class PtyScale:
    """The scale's end of a pty pair; the app opens ``link`` (like /dev/serial/by-id/…)."""

    def __init__(self, link: Path, request: bytes) -> None:
        self.link = link
        self.request = request
        self.answer: bytes | None = None  # None: the scale stays silent
        self.requests = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.plug()

    def plug(self) -> None:
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave)
        self.link.unlink(missing_ok=True)
        self.link.symlink_to(os.ttyname(self.slave))
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(self.master, self._stop))
        self._thread.start()

    def unplug(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
        for fd in (self.master, self.slave):
            with contextlib.suppress(OSError):
                os.close(fd)

    def _serve(self, master: int, stop: threading.Event) -> None:
        pending = b""
        while not stop.is_set():
            ready, _, _ = select.select([master], [], [], 0.05)
            if not ready:
                continue
            try:
                pending += os.read(master, 256)
            except OSError:
                return
            while self.request in pending:
                _, _, pending = pending.partition(self.request)
                self.requests += 1
                if self.answer is not None:
                    os.write(master, self.answer)


def wait_for(
    read: Callable[[], ScaleReading], wanted: Callable[[ScaleReading], bool], timeout: float = 5.0
) -> ScaleReading:
    """Poll the scale's latest reading until it is the wanted one (or fail with the last)."""
    deadline = time.monotonic() + timeout
    reading = read()
    while not wanted(reading):
        assert time.monotonic() < deadline, f"still {reading} after {timeout} s"
        time.sleep(0.02)
        reading = read()
    return reading
