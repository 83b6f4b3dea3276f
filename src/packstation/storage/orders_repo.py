"""Orders and the product catalogue: the queue's rows, pulled pages, barcodes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, insert, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session, selectinload

from packstation.domain.barcodes import product_key
from packstation.domain.orders import FulfillmentOrder, ShopStatus, normalise_order_name
from packstation.storage.mapping import (
    fill_order_row,
    order_from_row,
)
from packstation.storage.models import (
    Base,
    FulfillmentLineRow,
    FulfillmentOrderRow,
    ProductRow,
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


def _table(entity: type[Base]) -> Table:
    """An ORM class's table, for Core statements."""
    table = entity.__table__
    assert isinstance(table, Table)
    return table
