"""SQLAlchemy 2.0 table models (row shapes only; conversion to domain objects is in mapping.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Store as UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Read back as aware UTC."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base of all Packstation tables."""


class ProductRow(Base):
    """A catalogue product, so that a known item outside the order is told from garbage."""

    __tablename__ = "products"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(100), index=True)
    barcode: Mapped[str] = mapped_column(String(64), default="")
    barcode_key: Mapped[str] = mapped_column(String(64), index=True, default="")
    title: Mapped[str] = mapped_column(String(255))
    variant_title: Mapped[str] = mapped_column(String(255), default="")


class TaughtBarcodeRow(Base):
    """A barcode a lead taught the station for an SKU (a supplier's code the shop lacks)."""

    __tablename__ = "taught_barcodes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    barcode: Mapped[str] = mapped_column(String(200))
    barcode_key: Mapped[str] = mapped_column(String(200), unique=True)
    sku: Mapped[str] = mapped_column(String(100), index=True)
    taught_by: Mapped[str] = mapped_column(String(64))
    station: Mapped[str] = mapped_column(String(64))
    taught_at: Mapped[datetime] = mapped_column(UTCDateTime)


def _order_key_default(context: Any) -> str:
    """A row inserted without its key gets it from its name."""
    return str(context.get_current_parameters().get("order_name") or "").lower()


class FulfillmentOrderRow(Base):
    """A fulfillment order pulled from the shop, with its local packing state."""

    __tablename__ = "fulfillment_orders"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    order_name: Mapped[str] = mapped_column(String(64), index=True)
    # lower(order_name), indexed: a scanned slip is found by it (``find_by_name``)
    order_key: Mapped[str] = mapped_column(
        String(64), index=True, default=_order_key_default, server_default=""
    )
    status: Mapped[str] = mapped_column(String(20))
    local_state: Mapped[str] = mapped_column(String(20), default="queued")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ship_name: Mapped[str] = mapped_column(String(255))
    ship_company: Mapped[str] = mapped_column(String(255), default="")
    ship_address1: Mapped[str] = mapped_column(String(255))
    ship_address2: Mapped[str] = mapped_column(String(255), default="")
    ship_zip: Mapped[str] = mapped_column(String(32))
    ship_city: Mapped[str] = mapped_column(String(128))
    ship_province: Mapped[str] = mapped_column(String(128), default="")
    ship_country_code: Mapped[str] = mapped_column(String(2))
    ship_phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(255), default="")
    shipping_method: Mapped[str] = mapped_column(String(128))
    # Shopify's deliveryMethod ("" type: not given, shipped as SHIPPING)
    delivery_type: Mapped[str] = mapped_column(String(20), default="", server_default="")
    delivery_service_code: Mapped[str] = mapped_column(String(128), default="", server_default="")
    delivery_presented_name: Mapped[str] = mapped_column(String(255), default="", server_default="")
    # The parcel shop the customer chose (PICKUP_POINT; "": the carrier picks the nearest)
    delivery_point_id: Mapped[str] = mapped_column(String(64), default="", server_default="")
    delivery_point_name: Mapped[str] = mapped_column(String(255), default="", server_default="")
    express: Mapped[bool] = mapped_column(Boolean, default=False)
    customer_note: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")
    hold_reason: Mapped[str] = mapped_column(Text, default="")
    gift_message: Mapped[str] = mapped_column(Text, default="", server_default="")
    attributes: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")  # JSON pairs
    # The shop's customs facts (OrderCustoms as JSON; "" when it gave none)
    customs: Mapped[str] = mapped_column(Text, default="", server_default="")
    # A lead's carrier product and services for this order (JSON; "" : the rules decide)
    carrier_choice: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Shopify's Order.customerLocale ("da-DK"): the slip's language (migration 0017)
    customer_locale: Mapped[str] = mapped_column(String(35), default="", server_default="")
    lines: Mapped[list[FulfillmentLineRow]] = relationship(
        back_populates="order", order_by="FulfillmentLineRow.position", cascade="all, delete-orphan"
    )


class FulfillmentLineRow(Base):
    """A line of a fulfillment order."""

    __tablename__ = "fulfillment_lines"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    fulfillment_order_id: Mapped[str] = mapped_column(
        ForeignKey("fulfillment_orders.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(100), index=True)
    barcode: Mapped[str] = mapped_column(String(64), default="")
    title: Mapped[str] = mapped_column(String(255))
    variant_title: Mapped[str] = mapped_column(String(255), default="")
    quantity: Mapped[int] = mapped_column(Integer)
    bin_location: Mapped[str] = mapped_column(String(64), default="")
    unit_weight_grams: Mapped[int] = mapped_column(Integer, default=0)
    image_url: Mapped[str] = mapped_column(Text, default="")
    pack_barcodes: Mapped[str] = mapped_column(Text, default="[]")  # JSON [[barcode, units]]
    requires_serial: Mapped[bool] = mapped_column(Boolean, default=False)
    alt_barcodes: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")  # JSON
    properties: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")  # JSON pairs
    order: Mapped[FulfillmentOrderRow] = relationship(back_populates="lines")


class PackSessionRow(Base):
    """One packer's session on one fulfillment order; active until completed or abandoned."""

    __tablename__ = "pack_sessions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    fulfillment_order_id: Mapped[str] = mapped_column(
        ForeignKey("fulfillment_orders.id"), index=True
    )
    station: Mapped[str] = mapped_column(String(64), index=True)
    user: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(20), default="active")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)


class ScanEventRow(Base):
    """Every scan, undo and quantity entry, with its outcome: the session replays from these."""

    __tablename__ = "scan_events"
    # Covering index for the lead dashboard's per-packer counts (bench/lead_dashboard.py).
    __table_args__ = (Index("ix_scan_events_figures", "user", "kind", "outcome", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("pack_sessions.id"), index=True)
    fulfillment_order_id: Mapped[str] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(255), default="")
    outcome: Mapped[str] = mapped_column(String(20))
    line_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    symbology: Mapped[str] = mapped_column(String(8), default="")
    lot: Mapped[str] = mapped_column(String(20), default="")
    expiry: Mapped[str] = mapped_column(String(10), default="")
    serial: Mapped[str] = mapped_column(String(40), default="")
    scanner: Mapped[str] = mapped_column(String(64), default="")
    station: Mapped[str] = mapped_column(String(64))
    user: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    # A box event's weight (New box) or a weight check's reading; 0 for item scans.
    weight_grams: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ShipmentRow(Base):
    """A completed shipment."""

    __tablename__ = "shipments"
    __table_args__ = (Index("ix_shipments_figures", "created_at", "user", "id"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    fulfillment_order_id: Mapped[str] = mapped_column(
        ForeignKey("fulfillment_orders.id"), index=True
    )
    session_id: Mapped[str] = mapped_column(ForeignKey("pack_sessions.id"), unique=True)
    order_name: Mapped[str] = mapped_column(String(64), index=True)
    carrier: Mapped[str] = mapped_column(String(64))
    shipping_method: Mapped[str] = mapped_column(String(128))
    partial_reason: Mapped[str] = mapped_column(Text, default="")
    station: Mapped[str] = mapped_column(String(64))
    user: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    void_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    lines: Mapped[list[ShipmentLineRow]] = relationship(cascade="all, delete-orphan")
    packages: Mapped[list[PackageRow]] = relationship(cascade="all, delete-orphan")
    serials: Mapped[list[ShipmentSerialRow]] = relationship(cascade="all, delete-orphan")


class ShipmentLineRow(Base):
    """Units of one order line in a shipment."""

    __tablename__ = "shipment_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    shipment_id: Mapped[str] = mapped_column(ForeignKey("shipments.id"), index=True)
    line_id: Mapped[str] = mapped_column(String(100))
    sku: Mapped[str] = mapped_column(String(100), index=True)  # learned weights look SKUs up
    title: Mapped[str] = mapped_column(String(255))
    variant_title: Mapped[str] = mapped_column(String(255), default="")
    bin_location: Mapped[str] = mapped_column(String(64), default="")
    quantity: Mapped[int] = mapped_column(Integer)


class ShipmentSerialRow(Base):
    """A serial number that left in a shipment; never twice for one product."""

    __tablename__ = "shipment_serials"
    __table_args__ = (UniqueConstraint("sku", "serial", name="uq_serial_per_product"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    shipment_id: Mapped[str] = mapped_column(ForeignKey("shipments.id"), index=True)
    line_id: Mapped[str] = mapped_column(String(100))
    sku: Mapped[str] = mapped_column(String(100))
    serial: Mapped[str] = mapped_column(String(40))


class PackageRow(Base):
    """One box of a shipment."""

    __tablename__ = "packages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    shipment_id: Mapped[str] = mapped_column(ForeignKey("shipments.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=1)
    box: Mapped[str] = mapped_column(String(64))
    weight_grams: Mapped[int] = mapped_column(Integer)
    tracking_number: Mapped[str] = mapped_column(String(64), unique=True)
    contents: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")  # [[line, n]]
    tare_grams: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    weighed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class DeliveryColumns:
    """What a row sent to an outside service without an idempotency key needs (any kind).

    ``lease_owner``/``lease_until``: the one worker that may act on the row now
    (storage/leases.py). ``uncertain_at``: when the last send's outcome became unknown;
    ``looks``: reconcile reads that found nothing since; ``verify_at``: when to look for a late
    duplicate of a resend (sync/delivery.py decides from these).
    """

    lease_owner: Mapped[str] = mapped_column(String(100), default="", server_default="")
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    uncertain_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    looks: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    verify_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class OutboxRow(DeliveryColumns, Base):
    """A durable message to the shop; pushed by the sync worker, exactly once."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    shipment_id: Mapped[str] = mapped_column(ForeignKey("shipments.id"), unique=True)
    fulfillment_order_id: Mapped[str] = mapped_column(String(100), index=True)
    payload: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    shop_reference: Mapped[str] = mapped_column(String(100), default="")
    # A lead voided the shipment after this message may have reached the shop: cancel it there.
    void_requested: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class BookingRow(DeliveryColumns, Base):
    """A carrier booking of one shipment, under the same lease and unknown-outcome rule as
    the outbox; the shipment's fulfillment waits (``held``) until this row has real numbers."""

    __tablename__ = "bookings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    shipment_id: Mapped[str] = mapped_column(ForeignKey("shipments.id"), unique=True)
    fulfillment_order_id: Mapped[str] = mapped_column(String(100), index=True)
    order_name: Mapped[str] = mapped_column(String(64))
    station: Mapped[str] = mapped_column(String(64))  # the bench that packed it prints the label
    reference: Mapped[str] = mapped_column(String(64), index=True)
    payload: Mapped[str] = mapped_column(Text)  # the BookingRequest as JSON
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    since: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    booking_id: Mapped[str] = mapped_column(String(64), default="")
    carrier_code: Mapped[str] = mapped_column(String(64), default="")
    carrier_name: Mapped[str] = mapped_column(String(64), default="")
    product_code: Mapped[str] = mapped_column(String(64), default="")
    tracking_numbers: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    tracking_urls: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    label: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    label_format: Mapped[str] = mapped_column(String(8), default="")
    pending_slip: Mapped[bool] = mapped_column(Boolean, default=False)  # LABEL PENDING printed
    void_requested: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class PrintJobRow(Base):
    """One document for one printer: queued → sending → done, failed or uncertain."""

    __tablename__ = "print_jobs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    shipment_id: Mapped[str] = mapped_column(ForeignKey("shipments.id"), index=True)
    order_name: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    content_type: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(255))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    printer: Mapped[str] = mapped_column(String(255), default="")
    state: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    reprint_of: Mapped[int | None] = mapped_column(ForeignKey("print_jobs.id"), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    station: Mapped[str] = mapped_column(String(64), index=True)
    user: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # The process that took the job for sending (StationProcessRow.token); "" before 0011.
    sender: Mapped[str] = mapped_column(String(120), default="", server_default="")


class AuditRow(Base):
    """Append-only record of who did what, where and when."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    station: Mapped[str] = mapped_column(String(64))
    user: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    subject: Mapped[str] = mapped_column(String(128), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    # The hash chain (domain/audit_chain.py): empty on entries from before schema 0005.
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # HMAC of the hash with the writing station's secret: empty before schema 0013.
    mac: Mapped[str] = mapped_column(String(64), default="", server_default="")


class UserRow(Base):
    """A person who works at the stations: packer, lead or admin."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    badge: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    pin_hash: Mapped[str] = mapped_column(String(200), default="")  # argon2; empty: no PIN
    failed_pins: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ExceptionRow(Base):
    """Something a shift lead must look at; it stays until a lead resolves it."""

    __tablename__ = "exceptions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    fulfillment_order_id: Mapped[str] = mapped_column(String(100), index=True)
    order_name: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text, default="")
    station: Mapped[str] = mapped_column(String(64))
    raised_by: Mapped[str] = mapped_column(String(64))
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(16), default="open", index=True)
    resolved_by: Mapped[str] = mapped_column(String(64), default="")
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolution: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")


class SyncStateRow(Base):
    """Small key/value facts of the sync worker (last pull, last success, last error)."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


Index("ix_outbox_due", OutboxRow.state, OutboxRow.next_attempt_at)
Index("ix_fo_queue", FulfillmentOrderRow.local_state, FulfillmentOrderRow.status)


class BatchRow(Base):
    """A batch (wave) a lead built from the queue; its orders are packed one by one."""

    __tablename__ = "batches"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(128))
    rules: Mapped[str] = mapped_column(Text)  # the BatchRules as JSON
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(16), default="open", index=True)
    orders: Mapped[list[BatchOrderRow]] = relationship(
        cascade="all, delete-orphan", order_by="BatchOrderRow.position"
    )


class BatchOrderRow(Base):
    """One order's place in a batch."""

    __tablename__ = "batch_orders"
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id"), primary_key=True)
    fulfillment_order_id: Mapped[str] = mapped_column(
        ForeignKey("fulfillment_orders.id"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer)


class ProgressReportRow(Base):
    """ "Being packed" news for the shop: written with the opening, sent by the sync worker."""

    __tablename__ = "progress_reports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    fulfillment_order_id: Mapped[str] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)


class OrderClaimRow(Base):
    """One order on one bench: the primary key lets the database refuse a second claim."""

    __tablename__ = "order_claims"
    fulfillment_order_id: Mapped[str] = mapped_column(
        ForeignKey("fulfillment_orders.id"), primary_key=True
    )
    order_name: Mapped[str] = mapped_column(String(64))
    session_id: Mapped[str] = mapped_column(ForeignKey("pack_sessions.id"), unique=True)
    station: Mapped[str] = mapped_column(String(64), index=True)
    user: Mapped[str] = mapped_column(String(64))
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Renewed by the station's heartbeat; a claim not renewed in time has expired.
    beat_at: Mapped[datetime] = mapped_column(UTCDateTime)
    taken_over_by: Mapped[str] = mapped_column(String(64), default="", server_default="")


class StationProcessRow(Base):
    """A running station process, so start-up recovery can tell a dead sender from a live one."""

    __tablename__ = "station_processes"
    token: Mapped[str] = mapped_column(String(120), primary_key=True)
    station: Mapped[str] = mapped_column(String(64), index=True)
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    beat_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SkuWeightRow(Base):
    """A unit weight a lead confirmed for an SKU (it wins over the shop's and a learned one)."""

    __tablename__ = "sku_weights"
    sku: Mapped[str] = mapped_column(String(100), primary_key=True)
    grams: Mapped[int] = mapped_column(Integer)
    confirmed_by: Mapped[str] = mapped_column(String(64))
    confirmed_at: Mapped[datetime] = mapped_column(UTCDateTime)
