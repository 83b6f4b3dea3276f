"""Raw TCP (port 9100, JetDirect/AppSocket) printers, with a ``~HS`` status check before a job."""

from __future__ import annotations

import socket
import struct
import time

from packstation.devices.printer.base import PrintDocument, PrinterError, PrintReceipt
from packstation.devices.printer.zebra_status import (
    ETX,
    PrinterState,
    PrinterStatus,
    parse_host_status,
)

# Link-OS printers count every label they print; older ones ignore the question.
ODOMETER_QUERY = b'! U1 getvar "odometer.total_label_count"\r\n'
ODOMETER_SECONDS = 1.0
# How long, after the printer closed, its last acknowledgements may take to arrive.
CONFIRM_SECONDS = 2.0


def _unacknowledged_bytes(conn: socket.socket) -> int | None:
    """Bytes sent but not yet acknowledged by the printer (None where the OS cannot tell)."""
    try:
        import fcntl
        import termios

        request = termios.TIOCOUTQ
    except (ImportError, AttributeError):  # Windows
        return None
    try:
        answer = fcntl.ioctl(conn.fileno(), request, struct.pack("i", 0))
    except OSError:
        return None
    return int(struct.unpack("i", answer)[0])


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
        self._has_odometer = zpl

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
        """Check status (ZPL), send the job, and confirm the printer took it.

        Taken means: the printer closed its side after reading to the end, acknowledged every
        byte, and (ZPL) reports no fault afterwards. Anything less is "uncertain".
        """
        before = None
        if self.zpl:
            status = self.status()
            if not status.ready:
                raise PrinterError(status.message)
            before = self.label_count()
        try:
            conn = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as exc:  # nothing was sent: safe to retry
            raise PrinterError(self._unreachable()) from exc
        try:
            with conn:
                conn.settimeout(self.timeout)
                conn.sendall(document.data)
                conn.shutdown(socket.SHUT_WR)
                taken = self._await_close(conn) and self._all_taken(conn)
        except OSError as exc:
            raise PrinterError(
                f"The connection to {self.name} broke during the job: the label may or may not "
                "have printed. Check the printer before reprinting.",
                uncertain=True,
            ) from exc
        if not taken:
            raise PrinterError(
                f"{self.name} did not confirm that it took the job: the label may or may not "
                "have printed. Check the printer before reprinting.",
                uncertain=True,
            )
        if self.zpl:
            after = self.status()
            if not after.ready:
                raise PrinterError(
                    f"{self.name} took the job, then reported: {after.message}. Check whether "
                    "the label printed before reprinting.",
                    uncertain=True,
                )
        if before is not None and not self._counted(before, document.data.count(b"^XZ")):
            raise PrinterError(
                f"{self.name} took the job, but its label counter did not move: the label may "
                "not have printed. Check the printer before reprinting.",
                uncertain=True,
            )
        return PrintReceipt(printer=self.name, location=f"tcp://{self.host}:{self.port}")

    def label_count(self) -> int | None:
        """The printer's label odometer (Link-OS), or None when it does not tell.

        A printer that does not answer once is not asked again: each job would wait for it.
        """
        if not self._has_odometer:
            return None
        reply = b""
        try:
            with socket.create_connection((self.host, self.port), timeout=self.timeout) as conn:
                conn.settimeout(min(self.timeout, ODOMETER_SECONDS))
                conn.sendall(ODOMETER_QUERY)
                while reply.count(b'"') < 2:
                    chunk = conn.recv(64)
                    if not chunk:
                        break
                    reply += chunk
        except OSError:
            pass
        text = reply.decode("ascii", "replace").strip().strip('"')
        if not text.isdigit():
            self._has_odometer = False
            return None
        return int(text)

    def _counted(self, before: int, labels: int) -> bool:
        """Whether the odometer moved by the job's labels (printing takes a moment)."""
        deadline = time.monotonic() + 2 * self.timeout
        while True:
            now = self.label_count()
            if now is None or now >= before + max(labels, 1):
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)

    @staticmethod
    def _await_close(conn: socket.socket) -> bool:
        """Wait for the printer to close its side, which it does once it has read the job.

        A printer that keeps the connection open past the timeout has not confirmed anything:
        it may have swallowed the job unread.
        """
        try:
            while conn.recv(1024):
                pass
        except TimeoutError:
            return False
        return True

    def _all_taken(self, conn: socket.socket) -> bool:
        """Whether the printer acknowledged every byte and did not reset the connection.

        A printer that closes part-way acknowledged only some bytes; the rest meet a reset.
        """
        deadline = time.monotonic() + min(self.timeout, CONFIRM_SECONDS)
        while True:
            if conn.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR):
                return False
            waiting = _unacknowledged_bytes(conn)
            if waiting is None:  # this system cannot tell: the clean close must do
                return True
            if waiting == 0:
                return not conn.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.01)

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
