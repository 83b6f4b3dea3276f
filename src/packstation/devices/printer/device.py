"""Printers on a device file (``/dev/usb/lp0``) or a serial port (pyserial)."""

from __future__ import annotations

import os
from pathlib import Path

import serial

from packstation.devices.printer.base import PrintDocument, PrinterError, PrintReceipt


class DeviceFilePrinter:
    """Writes jobs to a character device such as the Linux usblp driver's ``/dev/usb/lp0``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = f"Printer {path}"

    def send(self, document: PrintDocument) -> PrintReceipt:
        """Write the whole job; a failure after some bytes is uncertain."""
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
        except OSError as exc:
            raise PrinterError(
                f"{self.name} cannot be opened ({exc.strerror}): is it plugged in and allowed?"
            ) from exc
        try:
            view = memoryview(document.data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
        except OSError as exc:
            raise PrinterError(
                f"Writing to {self.name} failed part-way ({exc.strerror}): check the printer "
                "before reprinting",
                uncertain=True,
            ) from exc
        finally:
            os.close(fd)
        return PrintReceipt(printer=self.name, location=str(self.path))

    def describe(self) -> str:
        """Whether the device is there and writable."""
        if not self.path.exists():
            return f"{self.name} is not connected"
        return "Ready" if os.access(self.path, os.W_OK) else f"No permission to write {self.path}"


class SerialPrinter:
    """A printer on a serial port (RS-232 or a USB virtual COM port)."""

    def __init__(self, port: str, baudrate: int = 9600, *, timeout: float = 10.0) -> None:
        self.port = port
        self.baudrate = baudrate
        self.name = f"Printer {port}"
        self.timeout = timeout

    def send(self, document: PrintDocument) -> PrintReceipt:
        """Write the job and wait until it has left the port."""
        try:
            connection = serial.Serial(self.port, self.baudrate, write_timeout=self.timeout)
        except (serial.SerialException, OSError) as exc:
            raise PrinterError(f"{self.name} cannot be opened: is it plugged in?") from exc
        try:
            with connection:
                connection.write(document.data)
                connection.flush()
        except (serial.SerialException, OSError) as exc:
            raise PrinterError(
                f"{self.name} stopped part-way through the job: check it before reprinting",
                uncertain=True,
            ) from exc
        return PrintReceipt(printer=self.name, location=self.port)

    def describe(self) -> str:
        """Whether the port exists."""
        return "Ready" if Path(self.port).exists() else f"{self.name} is not connected"
