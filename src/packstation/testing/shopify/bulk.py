"""Bulk operations in the emulator: ``bulkOperationRunQuery`` runs a query over the whole
store in a background thread and leaves its result as a JSONL file served over HTTP.

As Shopify documents it: each line is one object; an object of a nested connection is on its
own line, after its parent, with the parent's id in ``__parentId``. The status goes CREATED →
RUNNING → COMPLETED (or FAILED with an ``errorCode`` when a test asks for one). Only one bulk
query runs at a time; a second one while it runs is refused with OPERATION_IN_PROGRESS.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import threading
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from graphql import GraphQLError, GraphQLSchema, parse, validate

from packstation.testing.shopify.execution import execute
from packstation.testing.shopify.store import ShopStore, cursor_of, iso

if TYPE_CHECKING:
    from packstation.testing.shopify.resolvers import Root

CHUNK = 250  # fulfillment orders the emulator renders per pass while writing the file
RUNNING = ("CREATED", "RUNNING")


@dataclass
class BulkRecord:
    """One bulk operation and where its result file lies."""

    id: str
    query: str
    created_at: datetime
    status: str = "CREATED"
    error_code: str | None = None
    completed_at: datetime | None = None
    object_count: int = 0
    root_count: int = 0
    path: Path | None = None
    done: threading.Event = field(default_factory=threading.Event)


class BulkOperations:
    """The emulator's bulk operations; ``fail_next`` makes the next one end FAILED."""

    def __init__(self, store: ShopStore, schema: GraphQLSchema, url: Callable[[], str]) -> None:
        self.store = store
        self.schema = schema
        self._url = url
        self.root: Root | None = None  # set by the emulator (renders fulfillment orders)
        self.operations: dict[str, BulkRecord] = {}
        self.fail_next: str | None = None  # an errorCode, e.g. "INTERNAL_SERVER_ERROR"
        self.hold: threading.Event | None = None  # when given, RUNNING until it is set
        self._lock = threading.Lock()
        self._folder: Path | None = None  # made for the first operation, gone with self

    def run(self, query: str) -> tuple[BulkRecord | None, list[dict[str, Any]]]:
        """Start a bulk query, or the user errors why not."""
        try:
            document = parse(query)
        except GraphQLError as exc:
            return None, [_user_error("INVALID", f"Invalid bulk query: {exc.message}")]
        errors = validate(self.schema, document)
        if errors:
            return None, [_user_error("INVALID", f"Invalid bulk query: {errors[0].message}")]
        with self._lock:
            if any(op.status in RUNNING for op in self.operations.values()):
                return None, [
                    _user_error(
                        "OPERATION_IN_PROGRESS",
                        "A bulk query operation for this app and shop is already in progress",
                    )
                ]
            number = len(self.operations) + 1
            record = BulkRecord(f"gid://shopify/BulkOperation/{number}", query, self.store.now())
            self.operations[record.id] = record
            failure, self.fail_next = self.fail_next, None
        threading.Thread(target=self._work, args=(record, document, failure), daemon=True).start()
        return record, []

    def get(self, operation_id: str) -> BulkRecord | None:
        """One operation by id."""
        with self._lock:
            return self.operations.get(operation_id)

    def current(self) -> BulkRecord | None:
        """The latest operation."""
        with self._lock:
            return list(self.operations.values())[-1] if self.operations else None

    def file_of(self, number: str) -> Path | None:
        """The result file of a completed operation, by the number in its id."""
        record = self.get(f"gid://shopify/BulkOperation/{number}")
        return record.path if record is not None and record.status == "COMPLETED" else None

    def node(self, record: BulkRecord) -> dict[str, Any]:
        """The BulkOperation object as the schema declares it."""
        number = record.id.rsplit("/", 1)[-1]
        url = f"{self._url()}/bulk/{number}.jsonl" if record.status == "COMPLETED" else None
        return {
            "__typename": "BulkOperation",
            "id": record.id,
            "status": record.status,
            "errorCode": record.error_code,
            "createdAt": iso(record.created_at),
            "completedAt": iso(record.completed_at) if record.completed_at else None,
            "objectCount": record.object_count,
            "rootObjectCount": record.root_count,
            "fileSize": record.path.stat().st_size if url and record.path else None,
            "url": url,
            "partialDataUrl": None,
            "query": record.query,
            "type": "QUERY",
        }

    # -- the work, on its own thread ----------------------------------------------------------

    def _work(self, record: BulkRecord, document: Any, failure: str | None) -> None:
        record.status = "RUNNING"
        if self.hold is not None:
            self.hold.wait(30)
        if failure is not None:
            record.status, record.error_code = "FAILED", failure
            record.completed_at = self.store.now()
            record.done.set()
            return
        path = self._folder_for_files() / (record.id.rsplit("/", 1)[-1] + ".jsonl")
        with path.open("w", encoding="utf-8") as out:
            for data in self._passes(document):
                for value in data.values():
                    self._flatten(value, None, out, record)
        record.path = path
        record.completed_at = self.store.now()
        record.status = "COMPLETED"
        record.done.set()

    def _folder_for_files(self) -> Path:
        with self._lock:
            if self._folder is None:
                self._folder = Path(tempfile.mkdtemp(prefix="shopify-bulk-"))
                weakref.finalize(self, shutil.rmtree, self._folder, True)
            return self._folder

    def _passes(self, document: Any) -> Iterator[dict[str, Any]]:
        """The query run over the store CHUNK fulfillment orders at a time."""
        assert self.root is not None
        root = self.root
        state: dict[str, Any] = {"after": None, "more": True}

        def chunk(
            info: Any,
            query: str | None = None,
            includeClosed: bool = False,  # noqa: N803 (GraphQL's argument name)
            **_: Any,
        ) -> Any:
            records, more = self.store.list_fulfillment_orders(
                query or "", includeClosed, CHUNK, state["after"]
            )
            state["after"] = cursor_of(records[-1]) if records else None
            state["more"] = more and bool(records)
            nodes = [root.fulfillment_order(r) for r in records]
            return {
                "nodes": nodes,
                "edges": [
                    {"cursor": cursor_of(r), "node": n} for r, n in zip(records, nodes, strict=True)
                ],
                "pageInfo": {"hasNextPage": more, "hasPreviousPage": False},
            }

        graphql_root = {**root.as_graphql_root(), "fulfillmentOrders": chunk}
        while state["more"]:
            result = execute(self.schema, document, graphql_root)
            if result.errors:
                raise RuntimeError(f"bulk query failed in the emulator: {result.errors}")
            yield result.data or {}

    def _flatten(self, value: Any, parent: str | None, out: IO[str], record: BulkRecord) -> None:
        """Write a connection's objects, each nested connection's objects after its parent."""
        if not isinstance(value, dict):
            return
        nodes = [e["node"] for e in value["edges"]] if "edges" in value else value.get("nodes")
        for node in nodes or []:
            own = {k: v for k, v in node.items() if not _is_connection(v)}
            if parent is not None:
                own["__parentId"] = parent
            else:
                record.root_count += 1
            record.object_count += 1
            out.write(json.dumps(own) + "\n")
            for child in node.values():
                if _is_connection(child):
                    self._flatten(child, str(node.get("id")), out, record)


def _is_connection(value: Any) -> bool:
    return isinstance(value, dict) and ("edges" in value or "nodes" in value)


def _user_error(code: str, message: str) -> dict[str, Any]:
    return {"code": code, "field": ["query"], "message": message}
