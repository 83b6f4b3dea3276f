"""The emulator's HTTP side: the request handler, fault actions and a quiet server."""

from __future__ import annotations

import contextlib
import json
import socket
import sys
import time
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from graphql import GraphQLError, OperationDefinitionNode

if TYPE_CHECKING:
    from packstation.testing.shopify.server import Fault, ShopifyEmulator


class QuietServer(ThreadingHTTPServer):
    """A client that vanished (killed, timed out) is normal here, not worth a traceback."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Print only the errors that are not a client going away."""
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError | TimeoutError):
            super().handle_error(request, client_address)


def root_fields(emulator: ShopifyEmulator, body: dict[str, Any]) -> tuple[str, ...]:
    """The root fields a request asks for (for bookkeeping; none when unparsable)."""
    try:
        document, _ = emulator._checked(str(body.get("query") or ""))
    except GraphQLError:
        return ()
    operation = next(
        (d for d in document.definitions if isinstance(d, OperationDefinitionNode)), None
    )
    if operation is None:
        return ()
    return tuple(s.name.value for s in operation.selection_set.selections if hasattr(s, "name"))


def make_handler(emulator: ShopifyEmulator) -> type[BaseHTTPRequestHandler]:
    """The request handler class bound to one emulator."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_: Any) -> None:  # keep test output quiet
            return

        def setup(self) -> None:
            super().setup()
            # headers and body go out in separate writes: without this, Nagle's algorithm
            # and delayed ACKs add 40 ms to every answer
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with emulator._lock:
                emulator._connections.add(self.connection)

        def finish(self) -> None:
            with emulator._lock:
                emulator._connections.discard(self.connection)
            super().finish()

        def _send(
            self,
            status: int,
            body: bytes,
            content_type: str = "application/json",
            headers: dict[str, str] | None = None,
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _drop(self) -> None:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)

        def do_GET(self) -> None:
            # a bulk operation's result: Shopify serves it from storage by a signed URL,
            # without the access token
            name = self.path.strip("/").split("/")
            path = None
            if len(name) == 2 and name[0] == "bulk" and name[1].endswith(".jsonl"):
                path = emulator.bulk.file_of(name[1].removesuffix(".jsonl"))
            if path is None:
                self._send(404, b"Not Found", "text/plain")
                return
            try:
                self.send_response(200)
                self.send_header("Content-Type", "application/jsonl")
                self.send_header("Content-Length", str(path.stat().st_size))
                self.end_headers()
                with path.open("rb") as source:
                    while block := source.read(65536):
                        self.wfile.write(block)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        def do_POST(self) -> None:
            try:
                self._post()
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client went away (killed, timed out)
            except Exception:  # an emulator bug answers 500 and shows in the test output
                traceback.print_exc()
                self._send(500, b"emulator error", "text/plain")

        def _post(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.path == "/admin/oauth/access_token":
                form = {k: v[0] for k, v in parse_qs(raw.decode("utf-8", "replace")).items()}
                issued = emulator.issue_token(form)
                if issued is None:
                    self._send(400, b'{"error":"invalid_client"}')
                else:
                    self._send(200, json.dumps(issued).encode())
                return
            parts = self.path.strip("/").split("/")
            if len(parts) != 4 or parts[:2] != ["admin", "api"] or parts[3] != "graphql.json":
                self._send(404, b'{"errors":"Not Found"}')
                return
            emulator.api_versions.add(parts[2])
            if not emulator.token_valid(self.headers.get("X-Shopify-Access-Token", "")):
                emulator.record((), "unauthorised")
                self._send(
                    401,
                    b'{"errors":"[API] Invalid API key or access token '
                    b'(unrecognized login or wrong password)"}',
                )
                return
            try:
                body = json.loads(raw)
            except ValueError:
                self._send(400, b'{"errors":"invalid JSON body"}')
                return
            fields = root_fields(emulator, body)
            emulator._flight(fields, 1)
            try:
                reply, fault, _ = emulator.run_graphql(body)
                if fault is not None:
                    emulator.record(fields, f"fault:{fault.kind}")
                    self._act(fault, reply, body)
                    return
                self._send(200, json.dumps(reply).encode())
            finally:
                emulator._flight(fields, -1)

        def _act(self, fault: Fault, reply: dict[str, Any], body: dict[str, Any]) -> None:
            kind = fault.kind
            if kind in ("delay", "delay_after_commit", "late_commit"):
                if fault.until is not None:
                    fault.until.wait(fault.seconds)
                else:
                    time.sleep(fault.seconds)
                if kind != "delay_after_commit":  # nothing ran yet: run it now, client or not
                    reply, _, _ = emulator.run_graphql(body, faults=False)
                    if kind == "late_commit":
                        emulator.record(root_fields(emulator, body), "late_commit")
                self._send(200, json.dumps(reply).encode())
            elif kind in ("drop_before", "drop_after_commit"):
                self._drop()
            elif kind in ("http_500", "http_503"):
                self._send(int(kind[5:]), b"Internal Server Error", "text/plain")
            elif kind == "http_429":
                self._send(
                    429,
                    b'{"errors":"Exceeded 2 calls per second"}',
                    headers={"Retry-After": fault.retry_after} if fault.retry_after else None,
                )
            elif kind == "http_503_html":
                page = b"<!DOCTYPE html><html><body><h1>503 Service Unavailable</h1></body></html>"
                self._send(503, page, "text/html; charset=utf-8")
            elif kind == "html":
                self._send(200, b"<html><body>502 Bad Gateway</body></html>", "text/html")
            elif kind == "bad_json":
                self._send(200, b'{"data": {"fulfillmentOrders": ', "application/json")

    return Handler
