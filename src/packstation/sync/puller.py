"""Pull the queue: upsert the shop's fulfillment orders and reconcile local state.

The orders arrive and are written page by page: each page is one short write transaction, so
a scan or a completion on the bench never waits long for the write lock, memory holds one page,
and a pull stopped half-way (the station killed, the shop gone) goes on from the last page
written (a cursor kept in ``sync_state``) instead of starting again.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from packstation import gc_pause
from packstation.domain.orders import FulfillmentOrder, ShopStatus
from packstation.shop.base import OrderPage, PagedConnector, ShopConnector, ShopRejected
from packstation.storage.db import checkpoint_wal, make_unsynced_session_factory
from packstation.storage.pull_rows import PreparedPage, prepare_page
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow

LAST_PULL_KEY = "last_pull_high_water"
CURSOR_KEY = "pull_cursor"  # the pull under way: where it goes on after a stop
# Overlap incremental windows so an edit landing during a pull is not missed.
PULL_OVERLAP = timedelta(minutes=2)
WRITE_PAGE = 100  # orders per write transaction: about 15 ms of write lock (new orders)
UPDATE_WEIGHT = 10  # a changed order (through the ORM) holds the write lock about as long as
# ten new ones (batched INSERTs): ten changed orders a transaction, about 20 ms
# Seconds the pull leaves the database to other writers after each page (at most as long as
# the page held it): a waiting writer asks for the lock every 2 ms (storage/db.py), so one
# waiting behind a page gets it within this time.
MAX_PAUSE = 0.01


@dataclass(frozen=True)
class PullReport:
    """What one pull changed."""

    received: int
    new: int
    updated: int
    dropped: int


@dataclass
class _Progress:
    """The pull under way, as stored after each page."""

    since: str | None  # the window asked for (None: the first load)
    after: str | None  # the shop's cursor after the last page written
    high_water: str | None
    received: int = 0

    def dumps(self) -> str:
        return json.dumps(self.__dict__)

    @classmethod
    def loads(cls, text: str | None) -> _Progress | None:
        if not text:
            return None
        try:
            data = json.loads(text)
            return cls(data["since"], data["after"], data["high_water"], int(data["received"]))
        except (ValueError, KeyError, TypeError):
            return None  # unreadable: the pull starts again


class QueuePuller:
    """Fills the local queue from the shop; full load first, then only what changed."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        connector: ShopConnector,
        *,
        station: str,
        clock: Clock = utcnow,
        read_factory: sessionmaker[Session] | None = None,
    ) -> None:
        self._factory = session_factory
        # a page's commit does not wait for the disk: the write lock is free again sooner
        self._page_factory = make_unsynced_session_factory(session_factory)
        self._engine = session_factory.kw["bind"]
        self._reads = read_factory or session_factory
        self._connector = connector
        self._station = station
        self._clock = clock
        self._pause: Callable[[float], None] = time.sleep

    def use_connector(self, connector: ShopConnector) -> None:
        """Talk to another shop from now on."""
        self._connector = connector

    def pull(self, on_page: Callable[[int], None] | None = None) -> PullReport:
        """One pull; raises ShopUnavailable when the shop cannot be reached.

        ``on_page`` hears how many orders have arrived so far (a large shop's first load).
        Pages already written stay written when the pull stops half-way.
        """
        with UnitOfWork(self._reads) as uow:
            mark = uow.sync_state.get(LAST_PULL_KEY)
            stored = _Progress.loads(uow.sync_state.get(CURSOR_KEY))
        if stored is None or not isinstance(self._connector, PagedConnector):
            since = datetime.fromisoformat(mark) - PULL_OVERLAP if mark else None
            stored = _Progress(since.isoformat() if since else None, None, mark)
        progress = stored
        counts = [0, 0, 0]  # new, updated, dropped
        resumable = isinstance(self._connector, PagedConnector)
        try:
            held = 0.0
            for page in self._pages(progress):
                # Leave the write lock free a moment: back-to-back page writes would starve
                # a scan waiting to be saved.
                if held:
                    self._pause(min(MAX_PAUSE, held))
                began = time.monotonic()
                self._write(page.orders, counts, progress, page.cursor, resumable)
                held = time.monotonic() - began
                checkpoint_wal(self._engine)  # not in a scan's commit (see checkpoint_wal)
                if on_page is not None:
                    on_page(progress.received)
        except ShopRejected:
            if progress.after:  # a cursor the shop no longer takes: the next pull starts over
                with UnitOfWork(self._factory) as uow:
                    uow.sync_state.set(CURSOR_KEY, "")
                    uow.commit()
            raise
        with UnitOfWork(self._factory) as uow:
            if progress.high_water is not None:
                uow.sync_state.set(LAST_PULL_KEY, progress.high_water)
            uow.sync_state.set(CURSOR_KEY, "")
            uow.sync_state.set("last_pull_at", self._clock().isoformat())
            new, updated, dropped = counts
            if new or updated:
                uow.audit.record(
                    at=self._clock(),
                    station=self._station,
                    user="sync",
                    action="sync.pull",
                    detail={"received": progress.received, "new": new, "updated": updated},
                )
            uow.commit()
        return PullReport(received=progress.received, new=new, updated=updated, dropped=dropped)

    def _pages(self, progress: _Progress) -> Iterator[OrderPage]:
        """Pages of at most WRITE_PAGE orders; the cursor only where the shop can go on."""
        since = datetime.fromisoformat(progress.since) if progress.since else None
        if isinstance(self._connector, PagedConnector):
            pending: list[FulfillmentOrder] = []
            for page in self._connector.fetch_fulfillment_order_pages(since, progress.after):
                pending.extend(page.orders)
                if len(pending) < WRITE_PAGE and page.cursor:
                    continue
                for start in range(0, len(pending), WRITE_PAGE):
                    last = start + WRITE_PAGE >= len(pending)
                    # only the last part moves the cursor: everything before it is written then
                    yield OrderPage(
                        pending[start : start + WRITE_PAGE],
                        page.cursor if last else (progress.after or ""),
                    )
                pending = []
            return
        orders = self._connector.fetch_fulfillment_orders(since)
        for start in range(0, len(orders), WRITE_PAGE):
            yield OrderPage(orders[start : start + WRITE_PAGE], "")

    def _write(
        self,
        orders: Sequence[FulfillmentOrder],
        counts: list[int],
        progress: _Progress,
        cursor: str,
        resumable: bool,
    ) -> None:
        """One page in one short write transaction, with the cursor to go on from."""
        ids = [o.fulfillment_order_id for o in orders]
        with UnitOfWork(self._reads) as uow:  # no write lock while finding what changed
            marks = uow.orders.pull_marks(ids)
        changed = [o for o in orders if marks.get(o.fulfillment_order_id) != _mark(o)]
        high_water = datetime.fromisoformat(progress.high_water) if progress.high_water else None
        for order in orders:
            high_water = max(high_water or order.updated_at, order.updated_at)
        progress.after = cursor or progress.after
        progress.received += len(orders)
        progress.high_water = high_water.isoformat() if high_water else None
        held = 0.0
        parts = _parts(changed, marks)
        for number, part in enumerate(parts):
            if number:
                self._pause(min(MAX_PAUSE, held))
            prepared = prepare_page(part)  # before BEGIN: the lock is held for the INSERTs only
            began = time.monotonic()
            with gc_pause.paused(), UnitOfWork(self._page_factory) as uow:
                if part:
                    self._upsert(uow, part, counts, prepared)
                if number == len(parts) - 1:
                    # the whole pull's progress: a stopped one goes on after this page (the
                    # last page's cursor is kept until the pull is done, so a stop just before
                    # reads it once more)
                    uow.sync_state.set(CURSOR_KEY, progress.dumps() if resumable else "")
                uow.commit()
            held = time.monotonic() - began

    def _upsert(
        self,
        uow: UnitOfWork,
        orders: Sequence[FulfillmentOrder],
        counts: list[int],
        prepared: PreparedPage | None = None,
    ) -> None:
        rows = uow.orders.load([o.fulfillment_order_id for o in orders])
        fresh = [o for o in orders if o.fulfillment_order_id not in rows]
        if fresh:
            uow.orders.add_new(fresh, prepared)
            counts[0] += len(fresh)
            counts[2] += sum(
                1 for o in fresh if not o.status.packable and o.status is not ShopStatus.ON_HOLD
            )
        for order in orders:
            row = rows.get(order.fulfillment_order_id)
            if row is None:
                continue  # added above
            if row.updated_at == order.updated_at and row.status == order.status.value:
                continue  # another station wrote it meanwhile
            counts[1] += 1
            was_packed = row.local_state == "packed"
            was_packing = row.local_state == "packing"
            row = uow.orders.upsert(order)
            if was_packing and not order.status.packable:
                self._raise_changed_while_packing(uow, order)
            if not order.status.packable and order.status is not ShopStatus.ON_HOLD:
                counts[2] += 1
            elif (
                was_packed
                and not uow.outbox.open_for_order(order.fulfillment_order_id)
                # a collect-in-store order stays open in the shop until the customer
                # comes for it: packed and ready is not "still wanted"
                and not uow.outbox.ready_for_pickup(order.fulfillment_order_id)
            ):
                # The shop still wants units after our shipment arrived: back to the queue.
                row.local_state = "queued"
        uow.catalogue.add_from_orders(orders, prepared.products if prepared else None)

    def _raise_changed_while_packing(self, uow: UnitOfWork, order: FulfillmentOrder) -> None:
        """A packer had begun this order when the shop cancelled, held or closed it."""
        word = order.status.value.lower().replace("_", " ")
        uow.exceptions.raise_exception(
            "shop_changed",
            fulfillment_order_id=order.fulfillment_order_id,
            order_name=order.order_name,
            detail={"reason": f"Order {order.order_name} became {word} in the shop while packing"},
            station=self._station,
            raised_by="sync",
            at=self._clock(),
        )


def _parts(
    changed: list[FulfillmentOrder], marks: dict[str, tuple[datetime, str]]
) -> list[list[FulfillmentOrder]]:
    """A page's changed orders in parts of one transaction each (at least one part, maybe
    empty): an update goes through the ORM and weighs UPDATE_WEIGHT new orders."""
    parts: list[list[FulfillmentOrder]] = [[]]
    weight = 0
    for order in changed:
        cost = UPDATE_WEIGHT if order.fulfillment_order_id in marks else 1
        if parts[-1] and weight + cost > WRITE_PAGE:
            parts.append([])
            weight = 0
        parts[-1].append(order)
        weight += cost
    return parts


def _mark(order: FulfillmentOrder) -> tuple[datetime, str]:
    return (order.updated_at, order.status.value)
