"""A first pull's page writes hold the write lock briefly (issue 18): their rows are built before
the transaction, they commit without waiting for the disk, no garbage collection runs inside
them, and a writer waiting behind one asks SQLite for the lock again every few milliseconds."""

from __future__ import annotations

import gc
import threading
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import text

from packstation import gc_pause
from packstation.shop.demo.catalogue import build_catalogue
from packstation.shop.demo.generator import generate_orders
from packstation.storage import db as db_module
from packstation.storage.db import make_unsynced_session_factory
from packstation.storage.pull_rows import prepare_page
from packstation.storage.uow import UnitOfWork


def synchronous(factory) -> int:
    """SQLite's ``synchronous`` level inside a write transaction of this factory (2 = FULL)."""
    with UnitOfWork(factory) as uow:
        uow.sync_state.set("probe", "x")  # a write: the transaction has begun
        return int(uow.session.execute(text("PRAGMA synchronous")).scalar_one())


def test_page_writes_commit_without_waiting_for_the_disk_and_others_still_do(station):
    unsynced = make_unsynced_session_factory(station.session_factory)
    assert synchronous(unsynced) == 1  # NORMAL
    assert synchronous(station.session_factory) == 2  # FULL again on the same connection
    assert synchronous(unsynced) == 1
    with UnitOfWork(station.session_factory) as uow:
        uow.sync_state.set("after", "y")
        uow.commit()
    with UnitOfWork(unsynced) as uow:
        assert uow.sync_state.get("after") == "y"


def new_orders(count: int, first: int):
    made = generate_orders(build_catalogue(3), seed=3, count=count, epoch=datetime.now(UTC))
    return [
        replace(
            o,
            fulfillment_order_id=f"gid://shopify/FulfillmentOrder/{n}",
            order_name=f"#{n}",
            lines=tuple(
                replace(line, line_id=f"page-test-line-{n}-{i}") for i, line in enumerate(o.lines)
            ),
        )
        for n, o in zip(range(first, first + count), made, strict=True)
    ]


def test_rows_built_before_the_transaction_are_stored_as_the_shop_sent_them(station):
    orders = new_orders(6, 90_001)
    prepared = prepare_page(orders)
    with UnitOfWork(station.session_factory) as uow:
        # another station stored the second one meanwhile: only the others are inserted
        uow.orders.add_new(orders[1:2])
        uow.commit()
    with UnitOfWork(station.session_factory) as uow:
        present = uow.orders.load([o.fulfillment_order_id for o in orders])
        fresh = [o for o in orders if o.fulfillment_order_id not in present]
        assert len(fresh) == 5
        uow.orders.add_new(fresh, prepared)
        uow.catalogue.add_from_orders(orders, prepared.products)
        uow.commit()
    with UnitOfWork(station.session_factory) as uow:
        for order in orders:
            stored = uow.orders.get(order.fulfillment_order_id)
            assert stored is not None
            assert stored.lines == order.lines and stored.shipping_address == order.shipping_address
            assert (stored.order_name, stored.status, stored.created_at) == (
                order.order_name,
                order.status,
                order.created_at,
            )
            for line in order.lines:
                assert uow.catalogue.product(line.barcode) is not None


def test_a_writer_behind_a_long_transaction_gets_the_lock_once_it_commits(station, monkeypatch):
    monkeypatch.setattr(db_module, "LOCK_POLL_SECONDS", 0.05)  # then SQLite's own waiting
    holding, release, written = threading.Event(), threading.Event(), []

    def long_writer() -> None:
        with UnitOfWork(station.session_factory) as uow:
            uow.sync_state.set("holder", "1")
            holding.set()
            release.wait(10)
            uow.commit()

    def waiting_writer() -> None:
        with UnitOfWork(station.session_factory) as uow:
            uow.sync_state.set("waiter", "2")
            uow.commit()
        written.append(1)

    holder = threading.Thread(target=long_writer)
    holder.start()
    assert holding.wait(10)
    waiter = threading.Thread(target=waiting_writer)
    waiter.start()
    waiter.join(0.3)
    assert waiter.is_alive() and not written  # waiting for the lock, not failed
    release.set()
    holder.join(10)
    waiter.join(10)
    assert written == [1]
    with UnitOfWork(station.session_factory) as uow:
        assert (uow.sync_state.get("holder"), uow.sync_state.get("waiter")) == ("1", "2")


def test_garbage_collection_waits_until_every_thread_has_left_its_pause():
    assert gc.isenabled()
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with gc_pause.paused():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    try:
        with gc_pause.paused():
            assert not gc.isenabled()
            thread.start()
            assert inside.wait(10)
        assert not gc.isenabled()  # the other thread is still inside
        leave.set()
        thread.join(10)
        assert gc.isenabled()
    finally:
        leave.set()
        gc.enable()


def test_products_already_known_are_not_stored_again(station):
    orders = new_orders(4, 91_001)
    bare = replace(orders[0], lines=(replace(orders[0].lines[0], barcode=""),))  # SKU only
    with UnitOfWork(station.session_factory) as uow:
        before = uow.session.execute(text("SELECT count(*) FROM products")).scalar_one()
        uow.catalogue.add_from_orders([*orders, bare])
        uow.commit()
    with UnitOfWork(station.session_factory) as uow:
        once = uow.session.execute(text("SELECT count(*) FROM products")).scalar_one()
        uow.catalogue.add_from_orders([*orders, bare], prepare_page([*orders, bare]).products)
        uow.commit()
    with UnitOfWork(station.session_factory) as uow:
        twice = uow.session.execute(text("SELECT count(*) FROM products")).scalar_one()
    assert once > before and twice == once
