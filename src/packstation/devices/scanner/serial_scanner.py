"""Serial scanners (RS-232 or USB virtual COM) read on their own thread, with hot-plug.

Unplugging shows up as a read error; the reader closes the port, says "disconnected", and
tries to open it again every second until the scanner is back. A scan that was fully received
before the unplug has already been delivered; a partial one is dropped.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

import serial
from serial.tools import list_ports

from packstation.devices.scanner.framing import Framer, decode_scan
from packstation.domain.barcodes import InvalidScan

log = logging.getLogger("packstation.scanner")


@dataclass(frozen=True)
class SerialScannerSettings:
    """Where a serial scanner is and how it frames its scans."""

    name: str
    port: str  # a device path, or "usb:VID:PID" to find it wherever it is plugged in
    baudrate: int = 9600
    terminator: str = "CR"
    idle_seconds: float = 0.15  # ends a scan when the terminator is NONE


@dataclass(frozen=True)
class PortInfo:
    """A serial port as the operating system describes it."""

    device: str
    description: str
    vid: int | None
    pid: int | None
    manufacturer: str
    product: str
    serial_number: str

    @property
    def label(self) -> str:
        """Human-friendly: ``/dev/ttyACM0 — Honeywell Xenon 1900 (0C2E:0B61)``."""
        ids = f" ({self.vid:04X}:{self.pid:04X})" if self.vid is not None and self.pid else ""
        name = " ".join(p for p in (self.manufacturer, self.product) if p) or self.description
        return f"{self.device} — {name}{ids}"


def list_serial_ports() -> list[PortInfo]:
    """The serial ports present now, with USB vendor and product names where known."""
    return [
        PortInfo(
            device=p.device,
            description=p.description or "",
            vid=p.vid,
            pid=p.pid,
            manufacturer=p.manufacturer or "",
            product=p.product or "",
            serial_number=p.serial_number or "",
        )
        for p in list_ports.comports()
    ]


def resolve_port(port: str) -> str | None:
    """A device path for a setting; ``usb:VID:PID`` follows the scanner to any port."""
    if not port.lower().startswith("usb:"):
        return port
    _, vid, pid = port.split(":")
    for info in list_serial_ports():
        if info.vid == int(vid, 16) and info.pid == int(pid, 16):
            return info.device
    return None


class SerialScanner:
    """Delivers scans and state changes through callbacks, called on the reader thread."""

    def __init__(
        self,
        settings: SerialScannerSettings,
        on_scan: Callable[[str, str], None],
        on_state: Callable[[str, bool, str], None],
        on_garbage: Callable[[str, str], None] | None = None,
        *,
        retry_seconds: float = 1.0,
    ) -> None:
        self.settings = settings
        self._on_scan = on_scan
        self._on_state = on_state
        self._on_garbage = on_garbage or (lambda _name, _why: None)
        self._retry = retry_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected = False

    def start(self) -> None:
        """Start reading in the background."""
        self._thread = threading.Thread(
            target=self._run, name=f"scanner-{self.settings.name}", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop reading and close the port."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _set_state(self, connected: bool, message: str) -> None:
        if connected != self.connected:
            self.connected = connected
            self._on_state(self.settings.name, connected, message)

    def _run(self) -> None:
        name = self.settings.name
        while not self._stop.is_set():
            device = resolve_port(self.settings.port)
            try:
                if device is None:
                    raise serial.SerialException("not plugged in")
                port = serial.Serial(device, self.settings.baudrate, timeout=0.05)
            except (serial.SerialException, OSError) as exc:
                self._set_state(False, f"Scanner {name} is disconnected ({exc})")
                self._stop.wait(self._retry)
                continue
            self._set_state(True, f"Scanner {name} connected on {device}")
            try:
                with port:
                    self._read(port)
            except (serial.SerialException, OSError) as exc:
                log.info("scanner %s lost: %s", name, exc)
                self._set_state(False, f"Scanner {name} is disconnected: plug it back in")

    def _read(self, port: serial.Serial) -> None:
        framer = Framer(self.settings.terminator)
        quiet = 0.0
        try:
            while not self._stop.is_set():
                data = port.read(max(1, port.in_waiting))
                if not data:
                    quiet += 0.05
                    if quiet >= self.settings.idle_seconds and (chunk := framer.idle()):
                        self._deliver(chunk)
                    continue
                quiet = 0.0
                try:
                    chunks = framer.feed(data)
                except InvalidScan as exc:
                    self._on_garbage(self.settings.name, exc.reason)
                    continue
                for chunk in chunks:
                    self._deliver(chunk)
        finally:
            framer.discard()

    def _deliver(self, chunk: bytes) -> None:
        try:
            text = decode_scan(chunk)
        except InvalidScan as exc:
            self._on_garbage(self.settings.name, exc.reason)
            return
        self._on_scan(self.settings.name, text)
