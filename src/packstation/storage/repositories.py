"""Repositories: the queries and writes the services need, one class per aggregate."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, insert, or_, select, update
from sqlalchemy import text as text_sql
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, selectinload

from packstation.domain.audit_chain import AuditEntry, entry_hash, entry_mac
from packstation.domain.barcodes import product_key
from packstation.domain.batches import batch_label
from packstation.domain.orders import FulfillmentOrder, ShopStatus, normalise_order_name
from packstation.domain.shipments import Shipment
from packstation.storage.mapping import (
    fill_order_row,
    order_from_row,
    shipment_from_row,
    shipment_to_row,
)
from packstation.storage.models import (
    AuditRow,
    Base,
    BatchOrderRow,
    BatchRow,
    ExceptionRow,
    FulfillmentLineRow,
    FulfillmentOrderRow,
    PackSessionRow,
    PrintJobRow,
    ProductRow,
    ProgressReportRow,
    ScanEventRow,
    ShipmentRow,
    ShipmentSerialRow,
    SyncStateRow,
    UserRow,
)
from packstation.storage.pull_rows import PreparedPage, prepare_page, products_of
from packstation.storage.queue_read import queue_rows

QUEUE_STATUSES = (ShopStatus.OPEN.value, ShopStatus.IN_PROGRESS.value, ShopStatus.ON_HOLD.value)


class OrderRepository:
    """Fulfillment orders and their local packing state."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def upsert(self, order: FulfillmentOrder) -> FulfillmentOrderRow:
        """Insert or update an order from the shop, keeping the local state.

        On PostgreSQL several stations may pull the same new orders at once: the row is
        inserted with ON CONFLICT DO NOTHING and then locked, so the pulls write one after
        the other instead of failing on the primary key.
        """
        if self._s.get_bind().dialect.name == "postgresql":
            return self._upsert_shared(order)
        row = self._s.get(FulfillmentOrderRow, order.fulfillment_order_id)
        if row is None:
            row = FulfillmentOrderRow(id=order.fulfillment_order_id, local_state="queued")
            self._s.add(row)
        fill_order_row(row, order)
        return row

    def add_new(
        self, orders: Sequence[FulfillmentOrder], prepared: PreparedPage | None = None
    ) -> None:
        """Insert orders the station has never stored (a pulled page): one flush, the rows of
        each table in batched INSERTs (Core ones: the ORM's bulk path costs the write lock
        several times as long); ``prepared`` holds their values, built before the
        transaction. On PostgreSQL each goes through :meth:`upsert`, since other stations
        may be inserting the same new orders at the same moment."""
        if self._s.get_bind().dialect.name == "postgresql":
            for order in orders:
                self._upsert_shared(order)
            return
        page = prepared if prepared is not None else prepare_page(orders)
        ids = [o.fulfillment_order_id for o in orders]
        self._s.flush()  # anything pending goes first: the inserts below bypass the session
        self._s.execute(insert(_table(FulfillmentOrderRow)), [page.orders[i] for i in ids])
        lines = [values for i in ids for values in page.lines[i]]
        if lines:
            self._s.execute(insert(_table(FulfillmentLineRow)), lines)

    def _upsert_shared(self, order: FulfillmentOrder) -> FulfillmentOrderRow:
        a = order.shipping_address
        self._s.execute(
            pg_insert(FulfillmentOrderRow)
            .values(
                id=order.fulfillment_order_id,
                order_name=order.order_name,
                order_key=order.order_name.lower(),
                status=order.status.value,
                local_state="queued",
                created_at=order.created_at,
                updated_at=order.updated_at,
                ship_name=a.name,
                ship_address1=a.address1,
                ship_zip=a.zip,
                ship_city=a.city,
                ship_country_code=a.country_code,
                shipping_method=order.shipping_method,
            )
            .on_conflict_do_nothing(index_elements=["id"])
        )
        stmt = (
            select(FulfillmentOrderRow)
            .where(FulfillmentOrderRow.id == order.fulfillment_order_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        row = self._s.scalars(stmt).one()
        self._s.expire(row, ["lines"])  # another station may have written them meanwhile
        fill_order_row(row, order)
        return row

    def row(self, fulfillment_order_id: str) -> FulfillmentOrderRow | None:
        """The stored row of an order."""
        return self._s.get(FulfillmentOrderRow, fulfillment_order_id)

    def get(self, fulfillment_order_id: str) -> FulfillmentOrder | None:
        """The domain order, or None."""
        row = self.row(fulfillment_order_id)
        return order_from_row(row) if row else None

    def find_by_name(self, order_name: str) -> list[FulfillmentOrderRow]:
        """Orders with this name (``1042`` and ``#1042`` both work), newest first."""
        name = normalise_order_name(order_name)
        stmt = (
            select(FulfillmentOrderRow)
            .where(FulfillmentOrderRow.order_key == name.lower())
            .order_by(FulfillmentOrderRow.created_at.desc())
        )
        return list(self._s.scalars(stmt))

    def name_known(self, order_name: str) -> bool:
        """Whether an order has this name (one index probe, no rows loaded)."""
        key = normalise_order_name(order_name).lower()
        stmt = select(FulfillmentOrderRow.id).where(FulfillmentOrderRow.order_key == key).limit(1)
        return self._s.execute(stmt).first() is not None

    def queue(self) -> Sequence[FulfillmentOrderRow]:
        """Orders waiting to be packed at this station, with their lines."""
        stmt = (
            select(FulfillmentOrderRow)
            .where(
                or_(
                    FulfillmentOrderRow.status.in_(QUEUE_STATUSES)
                    & (FulfillmentOrderRow.local_state != "packed"),
                    FulfillmentOrderRow.local_state == "exception",
                )
            )
            .options(selectinload(FulfillmentOrderRow.lines))
        )
        return list(self._s.scalars(stmt))

    def load(self, fulfillment_order_ids: Sequence[str]) -> dict[str, FulfillmentOrderRow]:
        """Stored rows of these orders with their lines, in one query (a pulled page)."""
        stmt = (
            select(FulfillmentOrderRow)
            .where(FulfillmentOrderRow.id.in_(list(fulfillment_order_ids)))
            .options(selectinload(FulfillmentOrderRow.lines))
        )
        return {row.id: row for row in self._s.scalars(stmt)}

    def pull_marks(self, fulfillment_order_ids: Sequence[str]) -> dict[str, tuple[datetime, str]]:
        """Each stored order's ``updated_at`` and shop status (what a pull compares)."""
        stmt = select(
            FulfillmentOrderRow.id, FulfillmentOrderRow.updated_at, FulfillmentOrderRow.status
        ).where(FulfillmentOrderRow.id.in_(list(fulfillment_order_ids)))
        return {fo_id: (updated, status) for fo_id, updated, status in self._s.execute(stmt)}

    def queue_rows(self, first: int | None = None) -> Sequence[Any]:
        """The queue as light rows (see :func:`packstation.storage.queue_read.queue_rows`)."""
        return queue_rows(self._s, first)

    def count(self) -> int:
        """Number of stored orders."""
        return self._s.scalar(select(func.count()).select_from(FulfillmentOrderRow)) or 0


class CatalogueRepository:
    """Products known to the station (from every order it has seen)."""

    def __init__(self, session: Session) -> None:
        self._s = session
        # Products known in this transaction: a pull of 200 orders asks once per product,
        # not once per line (each question also flushed the orders written so far).
        self._known: set[tuple[str, str]] = set()

    def add_from_order(self, order: FulfillmentOrder) -> None:
        """Remember the products of an order's lines."""
        for line in order.lines:
            codes = [
                (line.barcode, line.title),
                *((code, f"{line.title} (pack of {units})") for code, units in line.pack_barcodes),
            ]
            for code, title in codes:
                key = product_key(code) if code else ""
                if (line.sku, key) in self._known:
                    continue
                self._known.add((line.sku, key))
                exists = self._s.scalar(
                    select(ProductRow.id)
                    .where(ProductRow.sku == line.sku, ProductRow.barcode_key == key)
                    .limit(1)
                )
                if exists is None:
                    self._s.add(
                        ProductRow(
                            sku=line.sku,
                            barcode=code,
                            barcode_key=key,
                            title=title,
                            variant_title=line.variant_title,
                        )
                    )
                    self._s.flush()

    def add_from_orders(
        self,
        orders: Sequence[FulfillmentOrder],
        wanted: dict[tuple[str, str], dict[str, str]] | None = None,
    ) -> None:
        """Remember the products of many orders' lines (a pulled page): one query, one insert;
        ``wanted`` the products as :func:`~packstation.storage.pull_rows.products_of` made them
        before the transaction."""
        wanted = dict(products_of(orders) if wanted is None else wanted)
        if not wanted:
            return
        # asked by barcode (an indexed, nearly unique key), not by SKU: an SKU may have many
        # barcodes, and reading all of them held a first pull's write lock for 100 ms a page
        keys = sorted({key for _sku, key in wanted if key})
        bare = sorted({sku for sku, key in wanted if not key})
        stmt = select(ProductRow.sku, ProductRow.barcode_key).where(
            or_(
                ProductRow.barcode_key.in_(keys),
                (ProductRow.barcode_key == "") & ProductRow.sku.in_(bare),
            )
        )
        for known in self._s.execute(stmt):
            wanted.pop((known[0], known[1]), None)
        if wanted:
            self._s.execute(insert(ProductRow), list(wanted.values()))

    def product(self, code: str) -> ProductRow | None:
        """The product with this barcode or SKU (case-insensitive), or None."""
        key = product_key(code)
        stmt = select(ProductRow).where(
            or_(ProductRow.barcode_key == key, func.lower(ProductRow.sku) == code.strip().lower())
        )
        return self._s.scalars(stmt.limit(1)).first()

    def describe(self, code: str) -> str | None:
        """Title of the product with this barcode or SKU (case-insensitive), or None."""
        product = self.product(code)
        if product is None:
            return None
        return (
            f"{product.title} ({product.variant_title})" if product.variant_title else product.title
        )


class PackSessionRepository:
    """Pack sessions and their scan events."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def active_for_station(self, station: str) -> PackSessionRow | None:
        """The station's unfinished session, newest first."""
        stmt = (
            select(PackSessionRow)
            .where(PackSessionRow.station == station, PackSessionRow.state == "active")
            .order_by(PackSessionRow.started_at.desc())
        )
        return self._s.scalars(stmt.limit(1)).first()

    def active_for_order(self, fulfillment_order_id: str, station: str) -> PackSessionRow | None:
        """This station's unfinished session on an order."""
        stmt = select(PackSessionRow).where(
            PackSessionRow.fulfillment_order_id == fulfillment_order_id,
            PackSessionRow.station == station,
            PackSessionRow.state == "active",
        )
        return self._s.scalars(stmt.limit(1)).first()

    def get(self, session_id: str) -> PackSessionRow | None:
        """A session by id."""
        return self._s.get(PackSessionRow, session_id)

    def add(self, row: PackSessionRow) -> None:
        """Start a session."""
        self._s.add(row)

    def add_event(self, event: ScanEventRow) -> None:
        """Record a scan event."""
        self._s.add(event)

    def events(self, session_id: str) -> list[ScanEventRow]:
        """A session's events, oldest first."""
        stmt = (
            select(ScanEventRow)
            .where(ScanEventRow.session_id == session_id)
            .order_by(ScanEventRow.id)
        )
        return list(self._s.scalars(stmt))


class ShipmentRepository:
    """Completed shipments."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, shipment: Shipment, session_id: str, station: str, user: str) -> None:
        """Store a new shipment with its lines and packages."""
        self._s.add(shipment_to_row(shipment, session_id, station, user))

    def get(self, shipment_id: str) -> Shipment | None:
        """A shipment by id."""
        row = self._s.get(ShipmentRow, shipment_id)
        return self._to_domain(row) if row else None

    def row(self, shipment_id: str) -> ShipmentRow | None:
        """A shipment's row, for changes (a void)."""
        return self._s.get(ShipmentRow, shipment_id)

    def latest_for_order(self, order_name: str) -> Shipment | None:
        """The newest shipment of an order that is not void, by order name."""
        name = normalise_order_name(order_name)
        stmt = (
            select(ShipmentRow)
            .where(
                func.lower(ShipmentRow.order_name) == name.lower(),
                ShipmentRow.voided_at.is_(None),
            )
            .order_by(ShipmentRow.created_at.desc())
        )
        row = self._s.scalars(stmt.limit(1)).first()
        return self._to_domain(row) if row else None

    def serial_shipped(self, sku: str, serial: str) -> str | None:
        """The order a product's serial number left in, or None."""
        stmt = (
            select(ShipmentRow.order_name)
            .join(ShipmentSerialRow, ShipmentSerialRow.shipment_id == ShipmentRow.id)
            .where(
                ShipmentSerialRow.sku == sku,
                ShipmentSerialRow.serial == serial,
                ShipmentRow.voided_at.is_(None),
            )
        )
        return self._s.scalars(stmt.limit(1)).first()

    def for_order(self, fulfillment_order_id: str) -> list[ShipmentRow]:
        """Every shipment of a fulfillment order."""
        stmt = select(ShipmentRow).where(ShipmentRow.fulfillment_order_id == fulfillment_order_id)
        return list(self._s.scalars(stmt))

    def between(self, start: datetime, end: datetime, carrier: str = "") -> list[Shipment]:
        """Shipments made in ``[start, end)`` and not void, oldest first (optionally of one
        carrier)."""
        stmt = (
            select(ShipmentRow)
            .where(
                ShipmentRow.created_at >= start,
                ShipmentRow.created_at < end,
                ShipmentRow.voided_at.is_(None),
            )
            .order_by(ShipmentRow.created_at)
        )
        if carrier:
            stmt = stmt.where(ShipmentRow.carrier == carrier)
        return [self._to_domain(row) for row in self._s.scalars(stmt)]

    def _to_domain(self, row: ShipmentRow) -> Shipment:
        order = self._s.get(FulfillmentOrderRow, row.fulfillment_order_id)
        assert order is not None, "a shipment always references its order"
        return shipment_from_row(row, order)


class PrintJobRepository:
    """The durable print queue."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, row: PrintJobRow) -> None:
        """Queue a job."""
        self._s.add(row)

    def get(self, job_id: int) -> PrintJobRow | None:
        """A job by id."""
        return self._s.get(PrintJobRow, job_id)

    def due(self, now: datetime, station: str) -> list[PrintJobRow]:
        """One station's queued jobs whose time has come, oldest first."""
        stmt = (
            select(PrintJobRow)
            .where(
                PrintJobRow.station == station,
                PrintJobRow.state == "queued",
                PrintJobRow.next_attempt_at <= now,
            )
            .order_by(PrintJobRow.id)
        )
        return list(self._s.scalars(stmt))

    def take_for_sending(self, job_id: int, sender: str) -> bool:
        """Mark a job ``sending`` only if it is still queued (one conditional UPDATE);
        whether this caller got it."""
        stmt = (
            update(PrintJobRow)
            .where(PrintJobRow.id == job_id, PrintJobRow.state == "queued")
            .values(state="sending", sender=sender, attempts=PrintJobRow.attempts + 1)
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(self._s.execute(stmt), "rowcount", 0))

    def in_state(self, *states: str, station: str | None = None) -> list[PrintJobRow]:
        """Jobs in any of these states (optionally of one station), oldest first."""
        stmt = select(PrintJobRow).where(PrintJobRow.state.in_(states)).order_by(PrintJobRow.id)
        if station is not None:
            stmt = stmt.where(PrintJobRow.station == station)
        return list(self._s.scalars(stmt))

    def recent(self, limit: int = 100, station: str | None = None) -> list[PrintJobRow]:
        """The newest jobs (optionally of one station), newest first."""
        stmt = select(PrintJobRow).order_by(PrintJobRow.id.desc()).limit(limit)
        if station is not None:
            stmt = stmt.where(PrintJobRow.station == station)
        return list(self._s.scalars(stmt))

    def for_shipment(self, shipment_id: str) -> list[PrintJobRow]:
        """Every job of a shipment, oldest first."""
        stmt = (
            select(PrintJobRow)
            .where(PrintJobRow.shipment_id == shipment_id)
            .order_by(PrintJobRow.id)
        )
        return list(self._s.scalars(stmt))


# Session.info keys: the station's audit secret, and the entry written in this transaction.
AUDIT_KEY_INFO = "packstation_audit_key"
AUDIT_WRITTEN_INFO = "packstation_audit_written"


class AuditRepository:
    """The append-only audit log."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def record(
        self,
        *,
        at: datetime,
        station: str,
        user: str,
        action: str,
        subject: str = "",
        detail: dict[str, Any] | None = None,
    ) -> None:
        """Append an entry, chained to the one before it."""
        text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)
        station, user, subject = station[:64], user[:64], subject[:128]
        prev_hash = self._last_hash()
        hash_ = entry_hash(prev_hash, at, station, user, action, subject, text)
        key: bytes = self._s.info.get(AUDIT_KEY_INFO, b"")
        row = AuditRow(
            at=at,
            station=station,
            user=user,
            action=action,
            subject=subject,
            detail=text,
            prev_hash=prev_hash,
            hash=hash_,
            mac=entry_mac(key, hash_) if key else "",
        )
        self._s.add(row)
        self._s.flush()  # the next entry in this transaction chains to this one
        if key:  # the station's anchor moves on once this transaction commits
            self._s.info[AUDIT_WRITTEN_INFO] = (row.id, hash_)

    def head(self) -> tuple[int, int, str]:
        """How many entries there are, and the newest one's id and hash (0, 0, "" if none)."""
        count = self._s.scalar(select(func.count()).select_from(AuditRow)) or 0
        last = self._s.execute(
            select(AuditRow.id, AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)
        ).first()
        return (count, last[0], last[1]) if last else (count, 0, "")

    def _last_hash(self) -> str:
        if self._s.get_bind().dialect.name == "postgresql":
            # Stations share the log: one writer at a time extends the chain.
            self._s.execute(text_sql("SELECT pg_advisory_xact_lock(7302001)"))
        last = self._s.scalars(select(AuditRow.hash).order_by(AuditRow.id.desc()).limit(1))
        return last.first() or ""

    def get(self, entry_id: int) -> AuditRow | None:
        """One entry."""
        return self._s.get(AuditRow, entry_id)

    def chain(self) -> Iterator[AuditEntry]:
        """Every entry, oldest first, as the hash chain sees it (streamed)."""
        stmt = select(AuditRow).order_by(AuditRow.id).execution_options(yield_per=1000)
        for row in self._s.scalars(stmt):
            yield AuditEntry(
                row.id,
                row.at,
                row.station,
                row.user,
                row.action,
                row.subject,
                row.detail,
                row.prev_hash,
                row.hash,
                row.mac,
            )

    def entries(self, actions: Iterable[str] | None = None) -> list[AuditRow]:
        """Entries, oldest first, optionally of some actions only."""
        stmt = select(AuditRow).order_by(AuditRow.id)
        if actions is not None:
            stmt = stmt.where(AuditRow.action.in_(list(actions)))
        return list(self._s.scalars(stmt))


class SyncStateRepository:
    """Key/value facts of the sync worker."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, key: str) -> str | None:
        """A value, or None."""
        row = self._s.get(SyncStateRow, key)
        return row.value if row else None

    def set(self, key: str, value: str) -> None:
        """Set a value: one upsert, so stations writing the same key at once never collide."""
        dialect = self._s.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        stmt = insert(SyncStateRow).values(key=key, value=value)
        self._s.execute(
            stmt.on_conflict_do_update(index_elements=[SyncStateRow.key], set_={"value": value}),
            execution_options={"synchronize_session": False},
        )
        row = self._s.identity_map.get(self._s.identity_key(SyncStateRow, key))
        if row is not None:  # keep an already loaded row in step
            self._s.expire(row)


class UserRepository:
    """People who sign in at the stations."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, row: UserRow) -> None:
        """Add a person."""
        self._s.add(row)
        self._s.flush()

    def by_name(self, name: str) -> UserRow | None:
        """An active person by name."""
        stmt = select(UserRow).where(UserRow.name == name, UserRow.active.is_(True))
        return self._s.scalars(stmt).first()

    def by_badge(self, badge: str) -> UserRow | None:
        """An active person by the barcode on their badge."""
        stmt = select(UserRow).where(UserRow.badge == badge, UserRow.active.is_(True))
        return self._s.scalars(stmt).first()

    def with_roles(self, *roles: str) -> list[UserRow]:
        """Active people with one of these roles, by name."""
        stmt = (
            select(UserRow)
            .where(UserRow.role.in_(roles), UserRow.active.is_(True))
            .order_by(UserRow.name)
        )
        return list(self._s.scalars(stmt))


# Each of these is its own event (two overrides on one order are two exceptions).
REPEATABLE_EXCEPTIONS = frozenset({"override", "short_pick"})


class ExceptionRepository:
    """The shift lead's exceptions queue."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, row: ExceptionRow) -> None:
        """Raise an exception."""
        self._s.add(row)
        self._s.flush()

    def raise_exception(
        self,
        kind: str,
        *,
        fulfillment_order_id: str,
        order_name: str,
        detail: dict[str, object],
        station: str,
        raised_by: str,
        at: datetime,
    ) -> ExceptionRow:
        """Raise an open exception (once: an open one of the same kind and order is reused)."""
        existing = self.open_for(fulfillment_order_id, kind)
        if existing is not None and kind not in REPEATABLE_EXCEPTIONS:
            return existing
        row = ExceptionRow(
            kind=kind,
            fulfillment_order_id=fulfillment_order_id,
            order_name=order_name,
            detail=json.dumps(detail, ensure_ascii=False),
            station=station,
            raised_by=raised_by,
            raised_at=at,
            state="open",
            resolved_by="",
            resolution="",
        )
        self.add(row)
        return row

    def open_for(self, fulfillment_order_id: str, kind: str) -> ExceptionRow | None:
        """The open exception of one kind for one order, if any."""
        stmt = select(ExceptionRow).where(
            ExceptionRow.fulfillment_order_id == fulfillment_order_id,
            ExceptionRow.kind == kind,
            ExceptionRow.state == "open",
        )
        return self._s.scalars(stmt).first()

    def get(self, exception_id: int) -> ExceptionRow | None:
        """One exception."""
        return self._s.get(ExceptionRow, exception_id)

    def open(self) -> list[ExceptionRow]:
        """Unresolved exceptions, oldest first."""
        stmt = select(ExceptionRow).where(ExceptionRow.state == "open").order_by(ExceptionRow.id)
        return list(self._s.scalars(stmt))


class BatchRepository:
    """Batches (waves) and their orders."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, row: BatchRow) -> None:
        """Store a new batch with its orders."""
        self._s.add(row)
        self._s.flush()

    def get(self, batch_id: int) -> BatchRow | None:
        """One batch."""
        return self._s.get(BatchRow, batch_id)

    def open(self) -> list[BatchRow]:
        """Batches still being worked on, oldest first, with their orders."""
        stmt = (
            select(BatchRow)
            .where(BatchRow.state == "open")
            .order_by(BatchRow.id)
            .options(selectinload(BatchRow.orders))
        )
        return list(self._s.scalars(stmt))

    def open_batch_labels(self) -> dict[str, str]:
        """Each order in an open batch → the batch's label ("#3 Batch 1")."""
        stmt = (
            select(BatchOrderRow.fulfillment_order_id, BatchRow.id, BatchRow.name)
            .join(BatchRow, BatchRow.id == BatchOrderRow.batch_id)
            .where(BatchRow.state == "open")
        )
        return {
            fo_id: batch_label(batch_id, name) for fo_id, batch_id, name in self._s.execute(stmt)
        }

    def members(self, fulfillment_order_ids: Iterable[str]) -> dict[str, FulfillmentOrderRow]:
        """The orders of batches, with their lines, in one query."""
        stmt = (
            select(FulfillmentOrderRow)
            .where(FulfillmentOrderRow.id.in_(list(fulfillment_order_ids)))
            .options(selectinload(FulfillmentOrderRow.lines))
        )
        return {row.id: row for row in self._s.scalars(stmt)}

    def live_shipments(self, fulfillment_order_ids: Iterable[str]) -> dict[str, str]:
        """Each order's newest shipment that is not void."""
        stmt = (
            select(ShipmentRow.fulfillment_order_id, ShipmentRow.id)
            .where(
                ShipmentRow.fulfillment_order_id.in_(list(fulfillment_order_ids)),
                ShipmentRow.voided_at.is_(None),
            )
            .order_by(ShipmentRow.created_at)
        )
        return {fo_id: shipment_id for fo_id, shipment_id in self._s.execute(stmt)}

    def labelled(self, shipment_ids: Iterable[str]) -> set[str]:
        """The shipments whose label has printed."""
        stmt = select(PrintJobRow.shipment_id).where(
            PrintJobRow.shipment_id.in_(list(shipment_ids)),
            PrintJobRow.kind == "label",
            PrintJobRow.state == "done",
        )
        return set(self._s.scalars(stmt))

    def batched_order_ids(self) -> set[str]:
        """Orders already in an open batch (a new batch never takes them twice)."""
        stmt = (
            select(BatchOrderRow.fulfillment_order_id)
            .join(BatchRow, BatchRow.id == BatchOrderRow.batch_id)
            .where(BatchRow.state == "open")
        )
        return set(self._s.scalars(stmt))


class ProgressReportRepository:
    """Progress reports waiting for the shop."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, row: ProgressReportRow) -> None:
        """Queue a report (committed with the opening of the order)."""
        self._s.add(row)

    def pending(self, limit: int = 50) -> list[ProgressReportRow]:
        """Reports not yet sent, oldest first."""
        stmt = (
            select(ProgressReportRow)
            .where(ProgressReportRow.state == "pending")
            .order_by(ProgressReportRow.id)
            .limit(limit)
        )
        return list(self._s.scalars(stmt))

    def get(self, report_id: int) -> ProgressReportRow | None:
        """One report."""
        return self._s.get(ProgressReportRow, report_id)

    def move(self, report_id: int, from_state: str, to_state: str) -> bool:
        """Change a report's state only if it is still ``from_state`` (one conditional UPDATE,
        so two workers never both send one report)."""
        stmt = (
            update(ProgressReportRow)
            .where(ProgressReportRow.id == report_id, ProgressReportRow.state == from_state)
            .values(state=to_state)
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(self._s.execute(stmt), "rowcount", 0))


def _table(entity: type[Base]) -> Table:
    """An ORM class's table, for Core statements."""
    table = entity.__table__
    assert isinstance(table, Table)
    return table
