"""Raw TCP (port 9100, JetDirect/AppSocket) printers, with a ``~HS`` status check before a job."""

from __future__ import annotations

import socket

from packstation.devices.printer.base import PrintDocument, PrinterError, PrintReceipt
from packstation.devices.printer.zebra_status import (
    ETX,
    PrinterState,
    PrinterStatus,
    parse_host_status,
)


class TcpPrinter:
    """A network printer; ZPL printers are asked for their status before every job."""

    def __init__(
        self, host: str, port: int = 9100, *, name: str = "", timeout: float = 5.0, zpl: bool = True
    ) -> None:
        self.host = host
        self.port = port
        self.name = name or f"Printer {host}:{port}"
        self.timeout = timeout
        self.zpl = zpl

    def status(self) -> PrinterStatus:
        """Ask the printer; a Zebra sends no reply while out of paper or with its head open."""
        try:
            with socket.create_connection((self.host, self.port), timeout=self.timeout) as conn:
                conn.settimeout(self.timeout)
                conn.sendall(b"~HS")
                reply = b""
                while reply.count(ETX.encode()) < 3:
                    chunk = conn.recv(1024)
                    if not chunk:
                        break
                    reply += chunk
        except TimeoutError:
            return PrinterStatus(
                PrinterState.NO_REPLY,
                f"{self.name} does not answer: check for an open head or an empty roll",
            )
        except OSError:
            return PrinterStatus(PrinterState.UNREACHABLE, self._unreachable())
        return parse_host_status(reply.decode("ascii", "replace"), self.name)

    def send(self, document: PrintDocument) -> PrintReceipt:
        """Check status (ZPL), then send the whole job and half-close the connection."""
        if self.zpl:
            status = self.status()
            if not status.ready:
                raise PrinterError(status.message)
        try:
            conn = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as exc:  # nothing was sent: safe to retry
            raise PrinterError(self._unreachable()) from exc
        try:
            with conn:
                conn.settimeout(self.timeout)
                conn.sendall(document.data)
                conn.shutdown(socket.SHUT_WR)
                self._await_close(conn)
        except OSError as exc:
            raise PrinterError(
                f"The connection to {self.name} broke during the job: the label may or may not "
                "have printed. Check the printer before reprinting.",
                uncertain=True,
            ) from exc
        return PrintReceipt(printer=self.name, location=f"tcp://{self.host}:{self.port}")

    @staticmethod
    def _await_close(conn: socket.socket) -> None:
        """Wait for the printer to close its side; a printer that keeps it open has the job too."""
        try:
            while conn.recv(1024):
                pass
        except TimeoutError:
            return

    def describe(self) -> str:
        """Current state in words."""
        status = self.status() if self.zpl else None
        if status is None:
            return f"Ready ({self.name})"
        return "Ready" if status.ready else status.message

    def _unreachable(self) -> str:
        return (
            f"{self.name} at {self.host}:{self.port} cannot be reached: check that it is on and "
            "connected, then press Retry"
        )
