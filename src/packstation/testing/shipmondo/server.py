"""A Shipmondo API v3 emulator on 127.0.0.1: the operations the connector uses, faults on demand.

Every request's query and body are checked against the published spec (422 with the reasons
when they do not fit, and the request is counted in ``invalid``); bookings answer with ZPL or
PDF labels carrying a Code 128 of each parcel number. Faults: HTTP 5xx, 429 with Retry-After,
an HTML page, a delay (timeout), a dropped connection before or after the commit, a 422
refusal, and a booking that commits only after the client gave up (``late_commit``).
"""

from __future__ import annotations

import base64
import contextlib
import json
import secrets
import socket
import threading
import time
import traceback
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from packstation.testing.shipmondo import spec
from packstation.testing.shipmondo.store import ShipmentStore

PREFIX = "/api/public/v3"
# How often the server's loop looks whether stop() was called: a stop then takes ~0.05 s, not 0.5 s.
STOP_POLL_SECONDS = 0.05
FAULT_KINDS = (
    "http_500",
    "http_503",
    "http_429",  # with Retry-After: ``seconds``
    "html",  # an HTML page with HTTP 200, as a captive proxy might send
    "delay",  # wait ``seconds``, then answer normally (a client with a shorter timeout gives up)
    "drop_before",  # close the connection without doing anything
    "drop_after_commit",  # book, then close without answering
    "refuse_422",  # refuse with ``message``
    "late_commit",  # wait ``seconds`` (the client gives up), then book all the same
)


@dataclass
class Fault:
    """Misbehave on requests for ``operation`` ("POST /shipments"; "*" for any)."""

    kind: str
    operation: str = "*"
    times: int | None = 1  # None: every time
    seconds: float = 0.0
    message: str = "Invalid or not found parameter(s)"

    def matches(self, operation: str) -> bool:
        """Whether this fault applies to the request."""
        return (self.times is None or self.times > 0) and self.operation in ("*", operation)


@dataclass(frozen=True)
class RequestRecord:
    """One request the emulator saw (tests and the benchmark read these)."""

    operation: str
    outcome: str  # "ok", "invalid", "refused", "unauthorised", "fault:<kind>"
    seconds: float = 0.0  # the emulator's own time spent answering
    problems: tuple[str, ...] = ()


@dataclass
class _Call:
    method: str
    path: str
    query: dict[str, list[str]]
    body: Any
    operation: str = ""
    started: float = field(default_factory=time.perf_counter)


class ShipmondoEmulator:
    """Start with :meth:`start`; ``url`` is then the base URL a station is configured with."""

    def __init__(self, api_user: str = "emulator-user", api_key: str = "emulator-key") -> None:
        self.api_user = api_user
        self.api_key = api_key
        self.store = ShipmentStore()
        self.faults: list[Fault] = []
        self.log: list[RequestRecord] = []
        self._lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._server: ThreadingHTTPServer | None = None
        self.port = 0

    @property
    def url(self) -> str:
        """The API's base URL."""
        return f"http://127.0.0.1:{self.port}{PREFIX}"

    def start(self, port: int = 0) -> ShipmondoEmulator:
        """Listen on 127.0.0.1 (the same port again after :meth:`stop`, when given)."""
        self._server = ThreadingHTTPServer(("127.0.0.1", port or self.port), _handler(self))
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        threading.Thread(
            target=self._server.serve_forever, args=(STOP_POLL_SECONDS,), daemon=True
        ).start()
        return self

    def stop(self) -> None:
        """Stop listening and drop open connections: the platform is down."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        with self._lock:
            connections, self._connections = self._connections, set()
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> ShipmondoEmulator:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    # -- test controls ------------------------------------------------------------------------

    def inject(
        self,
        kind: str,
        operation: str = "*",
        *,
        times: int | None = 1,
        seconds: float = 0.0,
        message: str = "Invalid or not found parameter(s)",
    ) -> None:
        """Add a fault (see FAULT_KINDS)."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}")
        with self._lock:
            self.faults.append(Fault(kind, operation, times, seconds, message))

    def clear_faults(self) -> None:
        """Behave again."""
        with self._lock:
            self.faults.clear()

    def outcomes(self, outcome: str, operation: str | None = None) -> int:
        """How many requests ended this way (optionally for one operation)."""
        with self._lock:
            return sum(
                1
                for r in self.log
                if r.outcome == outcome and (operation is None or r.operation == operation)
            )

    def invalid_requests(self) -> list[RequestRecord]:
        """Requests the spec did not allow (a connector bug)."""
        with self._lock:
            return [r for r in self.log if r.outcome == "invalid"]

    # -- handling -----------------------------------------------------------------------------

    def _take_fault(self, operation: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.matches(operation):
                    if fault.times is not None:
                        fault.times -= 1
                    return fault
        return None

    def record(self, call: _Call, outcome: str, problems: tuple[str, ...] = ()) -> None:
        """Log one request."""
        seconds = time.perf_counter() - call.started
        with self._lock:
            self.log.append(RequestRecord(call.operation, outcome, seconds, problems))

    def authorised(self, header: str) -> bool:
        """HTTP Basic with the account's API user and key."""
        expected = base64.b64encode(f"{self.api_user}:{self.api_key}".encode()).decode()
        return secrets.compare_digest(header, f"Basic {expected}")

    def route(self, call: _Call) -> tuple[int, Any, dict[str, str]]:
        """The answer to a valid request: (status, JSON body, extra headers)."""
        parts = call.path.strip("/").split("/")
        query = {k: v[-1] for k, v in call.query.items()}
        store = self.store
        if call.method == "GET" and parts == ["account"]:
            return 200, store.account(), {}
        if call.method == "GET" and parts == ["carriers"]:
            return 200, store.carriers(), {}
        if call.method == "GET" and parts == ["products"]:
            return store.page(store.products(query), query)
        if call.method == "POST" and parts == ["shipments"]:
            return store.create(call.body)
        if call.method == "GET" and parts == ["shipments"]:
            return store.page(store.listed(query), query)
        if parts[0] == "shipments" and len(parts) >= 2:
            found = store.get(parts[1])
            if found is None:
                return 404, {"error": "Resource not found"}, {}
            if call.method == "GET" and len(parts) == 2:
                return 200, store.public(found), {}
            if call.method == "GET" and parts[2:] == ["labels"]:
                return 200, store.labels(found, query.get("label_format", "")), {}
            if call.method == "PUT" and parts[2:] == ["cancel"]:
                return 200, store.cancel(found), {}
        if call.method == "GET" and parts == ["pickup_points"]:
            return 200, store.pickup_points(query), {}
        if call.method == "POST" and parts == ["pickup_requests"]:
            return store.pickup(call.body)
        return 404, {"error": "Resource not found"}, {}


def _handler(emulator: ShipmondoEmulator) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_: Any) -> None:  # keep test output quiet
            return

        def setup(self) -> None:
            super().setup()
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with emulator._lock:
                emulator._connections.add(self.connection)

        def finish(self) -> None:
            with emulator._lock:
                emulator._connections.discard(self.connection)
            with contextlib.suppress(OSError):
                super().finish()

        def _send(
            self,
            status: int,
            body: Any,
            headers: dict[str, str] | None = None,
            content_type: str = "application/json",
        ) -> None:
            raw = body if isinstance(body, bytes) else json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(raw)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(raw)

        def _drop(self) -> None:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)

        def do_GET(self) -> None:
            self._safely()

        def do_POST(self) -> None:
            self._safely()

        def do_PUT(self) -> None:
            self._safely()

        def _safely(self) -> None:
            try:
                self._handle()
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client went away (gave up, killed)
            except Exception:  # an emulator bug answers 500 and shows in the test output
                traceback.print_exc()
                with contextlib.suppress(OSError):
                    self._send(500, b"emulator error", content_type="text/plain")

        def _handle(self) -> None:
            split = urlsplit(self.path)
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if not split.path.startswith(PREFIX):
                self._send(404, {"error": "Resource not found"})
                return
            path = split.path[len(PREFIX) :] or "/"
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = {"__unreadable__": True}
            call = _Call(self.command, path, parse_qs(split.query), body)
            op = spec.operation(self.command, path)
            call.operation = f"{self.command} {op.template.rstrip('/')}" if op else path
            if not emulator.authorised(self.headers.get("Authorization", "")):
                emulator.record(call, "unauthorised")
                self._send(401, {"error": "Invalid API User or API Key"})
                return
            problems = spec.request_errors(self.command, path, call.query, body)
            if problems:
                emulator.record(call, "invalid", tuple(problems))
                self._send(422, {"error": problems})
                return
            fault = emulator._take_fault(call.operation)
            if fault is not None:
                self._act(fault, call)
                return
            status, reply, headers = emulator.route(call)
            emulator.record(call, "ok" if status < 400 else "refused")
            self._send(status, reply, headers)

        def _act(self, fault: Fault, call: _Call) -> None:
            kind = fault.kind
            emulator.record(call, f"fault:{kind}")
            if kind in ("http_500", "http_503"):
                self._send(int(kind[5:]), b"Internal Server Error", content_type="text/plain")
            elif kind == "http_429":
                headers = {"Retry-After": f"{fault.seconds:g}"}
                self._send(429, {"error": "Too many requests"}, headers)
            elif kind == "html":
                page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
                self._send(200, page, content_type="text/html")
            elif kind == "refuse_422":
                self._send(422, {"error": fault.message})
            elif kind == "drop_before":
                self._drop()
            elif kind == "drop_after_commit":
                emulator.route(call)
                self._drop()
            elif kind in ("delay", "late_commit"):
                time.sleep(fault.seconds)
                status, reply, headers = emulator.route(call)
                self._send(status, reply, headers)  # the client may be gone: that is the point

    return Handler
