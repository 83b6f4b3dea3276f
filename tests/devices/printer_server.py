"""A ZPL printer on 127.0.0.1 for tests: stores jobs byte for byte, answers ``~HS``."""

from __future__ import annotations

import socket
import socketserver
import struct
import threading
from dataclasses import dataclass, field

# How often the server's loop looks whether stop() was called: a stop then takes ~0.05 s, not 0.5 s.
STOP_POLL_SECONDS = 0.05

STATUS_LINE_2 = "000,0,{head},0,1,2,6,0,00000000,1,000"
ODOMETER_QUERY = b'! U1 getvar "odometer.total_label_count"\r\n'
STATUS_LINE_1 = "030,{paper},{paused},1218,000,0,0,0,000,0,0,0"


@dataclass
class PrinterBehaviour:
    """What the emulated printer does; tests change it while it runs."""

    paper_out: bool = False
    head_open: bool = False
    paused: bool = False
    no_status_reply: bool = False
    close_mid_job_after: int | None = None
    # Swallowing printers: answer ~HS as ready, then lose the job.
    never_read_jobs: bool = False  # accepts the connection, never reads it, never closes it
    close_after_bytes: int | None = None  # reads this much, then closes the connection
    jam_after_job: bool = False  # takes the job, then reports a head open (the label is lost)
    # The Link-OS label odometer (``! U1 getvar "odometer.total_label_count"``); None: no answer.
    labels_printed: int | None = 0
    odometer_questions: int = 0  # how often the odometer was asked
    jobs: list[bytes] = field(default_factory=list)
    partial_jobs: list[bytes] = field(default_factory=list)


class _Handler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        behaviour: PrinterBehaviour = self.server.behaviour  # type: ignore[attr-defined]
        conn: socket.socket = self.request
        conn.settimeout(5)
        try:
            peeked = conn.recv(64, socket.MSG_PEEK)
        except OSError:
            return
        if peeked == b"~HS":
            conn.recv(3)
            self._status(conn, behaviour)
            return
        if peeked.startswith(ODOMETER_QUERY[:11]):
            conn.recv(len(ODOMETER_QUERY))
            behaviour.odometer_questions += 1
            if behaviour.labels_printed is not None:
                conn.sendall(f'"{behaviour.labels_printed}"'.encode())
            else:
                threading.Event().wait(1.0)  # a printer without the odometer stays silent
            return
        if behaviour.never_read_jobs:  # the job is left unread; the connection stays open
            threading.Event().wait(8.0)
            return
        try:
            first = conn.recv(3 if behaviour.close_after_bytes is not None else 65536)
        except OSError:
            return
        data = first
        if behaviour.close_after_bytes is not None:
            while len(data) < behaviour.close_after_bytes:
                chunk = conn.recv(behaviour.close_after_bytes - len(data))
                if not chunk:
                    break
                data += chunk
            behaviour.partial_jobs.append(data)
            return  # the server closes the connection part-way through the job
        if behaviour.close_mid_job_after is not None:
            # Reset the connection (RST) part-way through the job, like a printer losing power.
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()
            return
        while True:
            try:
                chunk = conn.recv(65536)
            except OSError:
                return
            if not chunk:
                break
            data += chunk
        behaviour.jobs.append(data)
        if behaviour.labels_printed is not None and not behaviour.jam_after_job:
            behaviour.labels_printed += data.count(b"^XZ")
        if behaviour.jam_after_job:
            behaviour.head_open = True

    @staticmethod
    def _status(conn: socket.socket, behaviour: PrinterBehaviour) -> None:
        if behaviour.no_status_reply:
            threading.Event().wait(1.0)
            return
        line1 = STATUS_LINE_1.format(paper=int(behaviour.paper_out), paused=int(behaviour.paused))
        line2 = STATUS_LINE_2.format(head=int(behaviour.head_open))
        conn.sendall(f"\x02{line1}\x03\r\n\x02{line2}\x03\r\n\x021234,0\x03\r\n".encode())


class EmulatedZplPrinter:
    """``with EmulatedZplPrinter() as printer: printer.port ...``"""

    def __init__(self) -> None:
        self.behaviour = PrinterBehaviour()
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._server.behaviour = self.behaviour  # type: ignore[attr-defined]
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(STOP_POLL_SECONDS,), daemon=True
        )

    def __enter__(self) -> EmulatedZplPrinter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
