"""An HTTP server on 127.0.0.1 that speaks the Admin GraphQL API subset, with faults on demand.

It checks the access token (a fixed one, or ones issued by the client-credentials grant that
expire), validates every document against its schema, charges the cost-based leaky bucket
(THROTTLED with HTTP 200 when a query does not fit, MAX_COST_EXCEEDED over 1,000 points) and
can be told to misbehave: delay, 429 (with ``Retry-After``), 5xx, an HTML page, drop the
connection before or after committing a mutation, or commit late: hold the request, then
commit it even though the client gave up and went away (``late_commit``).
"""

from __future__ import annotations

import contextlib
import secrets
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from http.server import ThreadingHTTPServer
from importlib.resources import files
from typing import Any

from graphql import (
    DocumentNode,
    GraphQLError,
    GraphQLSchema,
    OperationDefinitionNode,
    build_schema,
    parse,
    validate,
)

from packstation.testing.shopify.bulk import BulkOperations
from packstation.testing.shopify.cost import query_cost
from packstation.testing.shopify.execution import execute
from packstation.testing.shopify.http import QuietServer, make_handler
from packstation.testing.shopify.resolvers import READ_SCOPE, WRITE_SCOPE, Root
from packstation.testing.shopify.store import ShopStore

MAX_QUERY_COST = 1000
# How often the server's loop looks whether stop() was called: a stop then takes ~0.05 s, not 0.5 s.
STOP_POLL_SECONDS = 0.05
STANDARD_PLAN = {"maximum": 2000.0, "restore_rate": 100.0}  # live figures of a standard store
ALL_SCOPES = frozenset({READ_SCOPE, WRITE_SCOPE, "read_orders", "read_products", "read_locations"})
FAULT_KINDS = (
    "delay",  # wait ``seconds``, then answer normally
    "http_500",
    "http_503",
    "http_429",
    "html",  # an HTML error page with HTTP 200, as a proxy might send
    "bad_json",
    "drop_before",  # close the connection without executing
    "drop_after_commit",  # execute (a mutation is committed), then close without answering
    "delay_after_commit",  # execute, then wait ``seconds`` before answering
    "late_commit",  # wait ``seconds``, then execute even if the client has gone, then answer
    "http_503_html",  # a 503 with an HTML error page (a load balancer's)
)


@dataclass
class Fault:
    """Misbehave on requests whose root field is ``field`` ("*" for any)."""

    kind: str
    field: str = "*"
    times: int | None = 1  # None: every time
    seconds: float = 0.0
    retry_after: str | None = None  # the Retry-After header of http_429
    until: threading.Event | None = None  # late_commit: commit when set (``seconds`` at most)

    def matches(self, fields: list[str]) -> bool:
        """Whether this fault applies to a request for these root fields."""
        return (self.times is None or self.times > 0) and (
            self.field == "*" or self.field in fields
        )


@cache
def admin_schema() -> GraphQLSchema:
    """The Admin API schema the emulator serves (built once per process: it is never changed)."""
    return build_schema(
        files("packstation.testing.shopify").joinpath("schema.graphql").read_text("utf-8")
    )


# Documents parsed and validated against that schema, by their text (shared by every emulator
# of the process: the schema is the same, and clients repeat their documents).
_CHECKED: dict[str, tuple[DocumentNode, list[GraphQLError]]] = {}
_CHECKED_LOCK = threading.Lock()


@dataclass
class Bucket:
    """Shopify's cost bucket; by default the Plus plan's figures (tests rarely want to wait)."""

    maximum: float = 20_000.0
    restore_rate: float = 1000.0
    available: float = 20_000.0
    updated: float = field(default_factory=time.monotonic)
    clock: Callable[[], float] = time.monotonic

    def level(self) -> float:
        """Points available now."""
        now = self.clock()
        self.available = min(
            self.maximum, self.available + (now - self.updated) * self.restore_rate
        )
        self.updated = now
        return self.available

    def status(self) -> dict[str, float]:
        """The ``throttleStatus`` extension."""
        return {
            "maximumAvailable": self.maximum,
            "currentlyAvailable": round(self.level(), 1),
            "restoreRate": self.restore_rate,
        }


@dataclass(frozen=True)
class RequestRecord:
    """One request the emulator answered (for tests and the benchmark)."""

    fields: tuple[str, ...]
    outcome: str  # "ok", "throttled", "fault:<kind>", "unauthorised", "invalid"
    requested: int = 0
    actual: int = 0


class ShopifyEmulator:
    """Start with :meth:`start`; ``url`` is then the shop's base URL."""

    def __init__(
        self,
        store: ShopStore | None = None,
        *,
        access_token: str = "shpat_emulator",
        client_id: str = "emulator-client",
        client_secret: str = "emulator-secret",
        token_lifetime: float = 86_400.0,
        scopes: set[str] | None = None,
        bucket: Bucket | None = None,
        shop_name: str = "Nordlys Design",
    ) -> None:
        self.store = store or ShopStore()
        self.schema = admin_schema()
        self.access_token = access_token
        self.client_id = client_id
        self.client_secret = client_secret
        self.token_lifetime = token_lifetime
        self.bulk = BulkOperations(self.store, self.schema, lambda: self.url)
        self.root = Root(
            self.store, set(ALL_SCOPES if scopes is None else scopes), shop_name, self.bulk
        )
        self.bulk.root = self.root
        self.bucket = bucket or Bucket()
        self.faults: list[Fault] = []
        self.log: list[RequestRecord] = []
        self.api_versions: set[str] = set()
        self.issued_tokens: dict[str, float] = {}
        self._in_flight: dict[str, int] = {}
        self._lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # -- life cycle ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The shop's base URL (what a station is configured with)."""
        return f"http://127.0.0.1:{self.port}"

    def start(self, port: int = 0) -> ShopifyEmulator:
        """Listen on 127.0.0.1 (the same port again after :meth:`stop`, when given)."""
        self._server = QuietServer(("127.0.0.1", port or self.port), make_handler(self))
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(STOP_POLL_SECONDS,), daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening: the shop is down until :meth:`start` is called again."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        with self._lock:  # kept-alive connections go down with the shop
            connections, self._connections = self._connections, set()
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> ShopifyEmulator:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    # -- test controls ------------------------------------------------------------------------

    def inject(
        self,
        kind: str,
        field: str = "*",
        *,
        times: int | None = 1,
        seconds: float = 0,
        retry_after: str | None = None,
        until: threading.Event | None = None,
    ) -> None:
        """Add a fault (see FAULT_KINDS)."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}")
        with self._lock:
            self.faults.append(Fault(kind, field, times, seconds, retry_after, until))

    def in_flight(self, field: str | None = None) -> int:
        """Requests being handled now (optionally only those for one root field)."""
        with self._lock:
            return sum(n for f, n in self._in_flight.items() if field is None or f == field)

    def _flight(self, fields: tuple[str, ...], step: int) -> None:
        with self._lock:
            for name in fields:
                self._in_flight[name] = self._in_flight.get(name, 0) + step

    def clear_faults(self) -> None:
        """Behave again."""
        with self._lock:
            self.faults.clear()

    def outcomes(self, outcome: str, field: str | None = None) -> int:
        """How many requests ended this way (optionally only those for one root field)."""
        with self._lock:
            return sum(
                1 for r in self.log if r.outcome == outcome and (field is None or field in r.fields)
            )

    # -- request handling (called on the server's threads) -----------------------------------

    def _take_fault(self, fields: list[str]) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.matches(fields):
                    if fault.times is not None:
                        fault.times -= 1
                    return fault
        return None

    def _record(self, record: RequestRecord) -> None:
        with self._lock:
            self.log.append(record)

    def record(self, fields: tuple[str, ...], outcome: str) -> None:
        """Log a request's outcome (the HTTP handler's bookkeeping)."""
        self._record(RequestRecord(fields, outcome))

    def token_valid(self, token: str) -> bool:
        """A fixed token, or an issued one that has not expired."""
        if token and secrets.compare_digest(token, self.access_token):
            return True
        with self._lock:
            expires = self.issued_tokens.get(token)
        return expires is not None and time.monotonic() < expires

    def issue_token(self, form: dict[str, str]) -> dict[str, Any] | None:
        """The client-credentials grant."""
        if (
            form.get("grant_type") != "client_credentials"
            or form.get("client_id") != self.client_id
            or form.get("client_secret") != self.client_secret
        ):
            return None
        token = "shpat_cc_" + secrets.token_hex(12)
        with self._lock:
            self.issued_tokens[token] = time.monotonic() + self.token_lifetime
        return {
            "access_token": token,
            "scope": ",".join(sorted(self.root.scopes)),
            "expires_in": self.token_lifetime,
        }

    def _checked(self, query: str) -> tuple[DocumentNode, list[GraphQLError]]:
        """Parse and validate a document once per distinct text (clients repeat theirs)."""
        with _CHECKED_LOCK:
            cached = _CHECKED.get(query)
        if cached is None:
            document = parse(query)
            cached = (document, list(validate(self.schema, document)))
            with _CHECKED_LOCK:
                _CHECKED[query] = cached
        return cached

    def run_graphql(
        self, body: dict[str, Any], *, faults: bool = True
    ) -> tuple[dict[str, Any], Fault | None, list[str]]:
        """Validate, charge and execute one request; returns the reply and any fault to act."""
        query = str(body.get("query") or "")
        try:
            document, errors = self._checked(query)
        except GraphQLError as exc:
            self._record(RequestRecord((), "invalid"))
            return {"errors": [{"message": exc.message}]}, None, []
        operation = next(d for d in document.definitions if isinstance(d, OperationDefinitionNode))
        fields = [s.name.value for s in operation.selection_set.selections if hasattr(s, "name")]
        if errors:
            self._record(RequestRecord(tuple(fields), "invalid"))
            return {"errors": [{"message": e.message} for e in errors]}, None, fields
        variables = body.get("variables") or {}
        requested = query_cost(self.schema, operation, variables)
        if requested > MAX_QUERY_COST:
            self._record(RequestRecord(tuple(fields), "invalid", requested))
            return (
                {
                    "errors": [
                        {
                            "message": f"Query cost is {requested}, which exceeds the single query "
                            f"max cost limit ({MAX_QUERY_COST}).",
                            "extensions": {"code": "MAX_COST_EXCEEDED"},
                        }
                    ]
                },
                None,
                fields,
            )
        with self._lock:
            if self.bucket.level() < requested:
                status = self.bucket.status()
                throttled = True
            else:
                self.bucket.available -= requested
                throttled = False
        if throttled:
            self._record(RequestRecord(tuple(fields), "throttled", requested))
            return (
                {
                    "errors": [{"message": "Throttled", "extensions": {"code": "THROTTLED"}}],
                    "extensions": {
                        "cost": {
                            "requestedQueryCost": requested,
                            "actualQueryCost": None,
                            "throttleStatus": status,
                        }
                    },
                },
                None,
                fields,
            )
        fault = self._take_fault(fields) if faults else None
        if fault is not None and fault.kind not in ("drop_after_commit", "delay_after_commit"):
            with self._lock:  # nothing ran: refund
                self.bucket.available += requested
            return {}, fault, fields
        result = execute(self.schema, document, self.root.as_graphql_root(), variables)
        actual = query_cost(self.schema, operation, variables, result.data)
        with self._lock:
            self.bucket.available = min(
                self.bucket.maximum, self.bucket.available + requested - actual
            )
            status = self.bucket.status()
        reply: dict[str, Any] = {
            "data": result.data,
            "extensions": {
                "cost": {
                    "requestedQueryCost": requested,
                    "actualQueryCost": actual,
                    "throttleStatus": status,
                }
            },
        }
        if result.errors:
            reply["errors"] = [{"message": e.message, "path": e.path} for e in result.errors]
        self._record(RequestRecord(tuple(fields), "ok", requested, actual))
        return reply, fault, fields
