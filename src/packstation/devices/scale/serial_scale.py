"""Serial scales (RS-232 or USB virtual COM), polled on their own thread, with hot-plug.

The reader asks for the weight a few times a second and keeps the latest answer; the caller
only ever reads that copy. Unplugging is a read or write error: the reader closes the port,
says "disconnected" and tries again every second until the scale is back.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

import serial

from packstation.devices.scale.base import (
    DISCONNECTED,
    LatestReading,
    ReadingCallback,
    ScaleReading,
    ScaleState,
)
from packstation.devices.scale.serial_protocols import PROTOCOLS, BadAnswer, SerialProtocol
from packstation.devices.scanner.serial_scanner import resolve_port

log = logging.getLogger("packstation.scale")
# A scale that misses this many answers in a row is a wrong protocol, baud rate or cable.
MISSED_ANSWERS = 3


@dataclass(frozen=True)
class SerialScaleSettings:
    """Where a serial scale is, at what speed, which protocol, and its unit if it sends none."""

    port: str  # a device path, or "usb:VID:PID"
    baudrate: int = 9600
    protocol: str = "mtsics"
    unit: str = "kg"
    poll_seconds: float = 0.2
    answer_seconds: float = 1.0


class SerialScale:
    """Keeps the latest reading of a serial scale; ``latest()`` never blocks."""

    def __init__(
        self,
        settings: SerialScaleSettings,
        on_reading: ReadingCallback | None = None,
        *,
        retry_seconds: float = 1.0,
    ) -> None:
        self.settings = settings
        self.protocol: SerialProtocol = PROTOCOLS[settings.protocol]
        self.name = f"{self.protocol.title} on {settings.port}"
        self._latest = LatestReading(self.name, on_reading)
        self._retry = retry_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start polling in the background."""
        self._thread = threading.Thread(target=self._run, name="scale-serial", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop polling and close the port."""
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
            return f"{self.name}: disconnected{_detail(reading)}"
        return f"{self.name}: {reading.words()}"

    def _run(self) -> None:
        while not self._stop.is_set():
            device = resolve_port(self.settings.port)
            try:
                if device is None:
                    raise serial.SerialException("not plugged in")
                port = serial.Serial(
                    device,
                    self.settings.baudrate,
                    bytesize=self.protocol.bytesize,
                    parity=self.protocol.parity,
                    stopbits=serial.STOPBITS_ONE,
                    timeout=0.05,
                    write_timeout=1.0,
                )
            except (serial.SerialException, OSError, ValueError) as exc:
                self._latest.set(ScaleReading(0, ScaleState.DISCONNECTED, str(exc)))
                self._stop.wait(self._retry)
                continue
            try:
                with port:
                    self._poll(port)
            except (serial.SerialException, OSError) as exc:
                log.info("scale %s lost: %s", self.name, exc)
                self._latest.set(ScaleReading(0, ScaleState.DISCONNECTED, "unplugged"))
        self._latest.set(DISCONNECTED)

    def _poll(self, port: serial.Serial) -> None:
        buffer = bytearray()
        missed = 0
        while not self._stop.is_set():
            port.write(self.protocol.request)
            frame = self._read_frame(port, buffer)
            if frame is None:
                missed += 1
                if missed >= MISSED_ANSWERS:
                    self._latest.set(
                        ScaleReading(
                            0,
                            ScaleState.FAULT,
                            "the scale does not answer: check its protocol, baud rate and cable",
                        )
                    )
                continue
            missed = 0
            try:
                self._latest.set(self.protocol.parse(frame, self.settings.unit))
            except BadAnswer as exc:
                log.warning("%s", exc)
                buffer.clear()  # resynchronise on the next answer
            self._stop.wait(self.settings.poll_seconds)

    def _read_frame(self, port: serial.Serial, buffer: bytearray) -> bytes | None:
        """One answer up to the protocol's terminator, or None when none came in time."""
        deadline = time.monotonic() + self.settings.answer_seconds
        terminator = self.protocol.terminator
        while not self._stop.is_set():
            end = buffer.find(terminator)
            if end >= 0:
                frame = bytes(buffer[: end + len(terminator)])
                del buffer[: end + len(terminator)]
                return frame
            if time.monotonic() > deadline:
                buffer.clear()
                return None
            buffer.extend(port.read(max(1, port.in_waiting)))
        return None


def _detail(reading: ScaleReading) -> str:
    return f" ({reading.detail})" if reading.detail else ""
