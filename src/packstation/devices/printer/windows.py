"""The Windows spooler in RAW mode (pywin32). Windows only; it cannot be tested on Linux CI.

Kept apart so nothing else imports ``win32print``. The call sequence is the documented one:
OpenPrinter → StartDocPrinter(level 1, datatype "RAW") → StartPagePrinter → WritePrinter →
EndPagePrinter → EndDocPrinter → ClosePrinter.
"""

from __future__ import annotations

import importlib
from typing import Any

from packstation.devices.printer.base import PrintDocument, PrinterError, PrintReceipt


class WindowsSpoolerPrinter:
    """Sends raw bytes to a Windows printer queue."""

    def __init__(self, queue: str) -> None:
        self.queue = queue
        self.name = f"Windows printer {queue}"

    def _win32print(self) -> Any:
        try:
            return importlib.import_module("win32print")
        except ImportError as exc:
            raise PrinterError("The Windows spooler needs Windows with pywin32 installed") from exc

    def send(self, document: PrintDocument) -> PrintReceipt:
        """Spool one RAW job."""
        win32print = self._win32print()
        try:
            handle = win32print.OpenPrinter(self.queue)
        except Exception as exc:  # pywintypes.error: the queue does not exist
            raise PrinterError(f"{self.name} was not found") from exc
        try:
            job = win32print.StartDocPrinter(handle, 1, (document.name, None, "RAW"))
            try:
                win32print.StartPagePrinter(handle)
                win32print.WritePrinter(handle, document.data)
                win32print.EndPagePrinter(handle)
            finally:
                win32print.EndDocPrinter(handle)
        except Exception as exc:
            raise PrinterError(f"{self.name} failed: {exc}", uncertain=True) from exc
        finally:
            win32print.ClosePrinter(handle)
        return PrintReceipt(printer=self.name, location=f"job {job}")

    def describe(self) -> str:
        """Whether the queue can be opened."""
        try:
            win32print = self._win32print()
            win32print.ClosePrinter(win32print.OpenPrinter(self.queue))
        except Exception as exc:
            return str(exc) or f"{self.name} was not found"
        return "Ready"
