"""USB HID postal scales read from /dev/hidraw* on their own thread, with hot-plug.

The scale sends a report whenever its weight changes; the reader keeps the latest. The first
report after connecting is dropped: it can be left over from the previous weighing.
"""

from __future__ import annotations

import logging
import os
import select
import threading
from pathlib import Path

from packstation.devices.scale.base import (
    DISCONNECTED,
    WAITING,
    LatestReading,
    ReadingCallback,
    ScaleReading,
    ScaleState,
)
from packstation.devices.scale.hid_report import REPORT_SIZE, find_hid_scale, parse_report

log = logging.getLogger("packstation.scale")


class HidScale:
    """Keeps the latest reading of a HID scale; ``latest()`` never blocks."""

    def __init__(
        self,
        path: str,
        on_reading: ReadingCallback | None = None,
        *,
        retry_seconds: float = 1.0,
        sys_class: Path = Path("/sys/class/hidraw"),
        dev: Path = Path("/dev"),
    ) -> None:
        self.path = path  # "/dev/hidrawN" or "auto"
        self.name = f"USB scale ({path})"
        self._latest = LatestReading(self.name, on_reading)
        self._retry = retry_seconds
        self._sys_class, self._dev = sys_class, dev
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start reading in the background."""
        self._thread = threading.Thread(target=self._run, name="scale-hid", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop reading and close the device."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def latest(self) -> ScaleReading:
        """The most recent reading."""
        return self._latest.get()

    def describe(self) -> str:
        """The scale and its reading, in words."""
        reading = self.latest()
        if not reading.connected:
            why = f" ({reading.detail})" if reading.detail else ""
            return f"{self.name}: disconnected{why}"
        return f"{self.name}: {reading.words()}"

    def _device(self) -> Path | None:
        if self.path == "auto":
            return find_hid_scale(self._sys_class, self._dev)
        return Path(self.path)

    def _run(self) -> None:
        while not self._stop.is_set():
            device = self._device()
            try:
                if device is None:
                    raise FileNotFoundError("no USB scale is plugged in")
                fd = os.open(device, os.O_RDONLY | os.O_NONBLOCK)
            except OSError as exc:
                why = exc.strerror or str(exc)
                if isinstance(exc, PermissionError):
                    why += ": the station's user needs read access (see docs/scales.md)"
                self._latest.set(ScaleReading(0, ScaleState.DISCONNECTED, why))
                self._stop.wait(self._retry)
                continue
            try:
                self._read(fd)
            except OSError as exc:
                log.info("scale %s lost: %s", self.name, exc)
                self._latest.set(ScaleReading(0, ScaleState.DISCONNECTED, "unplugged"))
            finally:
                os.close(fd)
        self._latest.set(DISCONNECTED)

    def _read(self, fd: int) -> None:
        first = True
        while not self._stop.is_set():
            ready, _, _ = select.select([fd], [], [], 0.1)
            if not ready:
                continue
            try:
                # hidraw gives one report per read; the scale's fields are the first bytes.
                report = os.read(fd, REPORT_SIZE)
            except BlockingIOError:
                continue
            if not report:
                raise OSError("the device went away")
            reading = parse_report(report)
            if reading is None:
                continue
            if first:  # maybe left over from the previous weighing
                first = False
                self._latest.set(WAITING)
                continue
            self._latest.set(reading)
