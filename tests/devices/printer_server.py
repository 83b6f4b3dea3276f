"""A ZPL printer on 127.0.0.1 for tests: stores jobs byte for byte, answers ``~HS``."""

from __future__ import annotations

import socket
import socketserver
import struct
import threading
from dataclasses import dataclass, field

STATUS_LINE_2 = "000,0,{head},0,1,2,6,0,00000000,1,000"
STATUS_LINE_1 = "030,{paper},{paused},1218,000,0,0,0,000,0,0,0"


@dataclass
class PrinterBehaviour:
    """What the emulated printer does; tests change it while it runs."""

    paper_out: bool = False
    head_open: bool = False
    paused: bool = False
    no_status_reply: bool = False
    close_mid_job_after: int | None = None
    jobs: list[bytes] = field(default_factory=list)


class _Handler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        behaviour: PrinterBehaviour = self.server.behaviour  # type: ignore[attr-defined]
        conn: socket.socket = self.request
        conn.settimeout(5)
        try:
            first = conn.recv(65536)
        except OSError:
            return
        if first.startswith(b"~HS") and len(first) == 3:
            if behaviour.no_status_reply:
                threading.Event().wait(1.0)
                return
            line1 = STATUS_LINE_1.format(
                paper=int(behaviour.paper_out), paused=int(behaviour.paused)
            )
            line2 = STATUS_LINE_2.format(head=int(behaviour.head_open))
            conn.sendall(f"\x02{line1}\x03\r\n\x02{line2}\x03\r\n\x021234,0\x03\r\n".encode())
            return
        data = first
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


class EmulatedZplPrinter:
    """``with EmulatedZplPrinter() as printer: printer.port ...``"""

    def __init__(self) -> None:
        self.behaviour = PrinterBehaviour()
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._server.behaviour = self.behaviour  # type: ignore[attr-defined]
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> EmulatedZplPrinter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
