"""The pull writes page by page and, stopped half-way (kill -9, the shop gone), goes on from
the last page written instead of starting the first load again (issue 18)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from packstation.app import build_station
from packstation.shop.base import OrderPage
from packstation.shop.demo.catalogue import build_catalogue
from packstation.shop.demo.generator import generate_orders
from packstation.shop.shopify import documents as shopify_documents
from packstation.storage.uow import UnitOfWork
from packstation.sync import puller as puller_module
from packstation.sync.puller import CURSOR_KEY, LAST_PULL_KEY, QueuePuller
from tests.helpers import stored, sync_state


class Stopped(Exception):
    """The station stopping in the middle of a pull."""


class PagedShop:
    """A shop handing out its open orders 30 at a time, cursors being page numbers."""

    name = "paged"

    def __init__(self, count: int) -> None:
        self.orders = generate_orders(
            build_catalogue(3), seed=3, count=count, epoch=datetime.now(UTC), holds=0
        )
        self.asked_after: list[str | None] = []

    def fetch_fulfillment_order_pages(self, updated_since, after):
        self.asked_after.append(after)
        start = int(after) if after else 0
        for at in range(start, len(self.orders), 30):
            more = at + 30 < len(self.orders)
            yield OrderPage(self.orders[at : at + 30], str(at + 30) if more else "")

    def fetch_fulfillment_orders(self, updated_since, on_page=None):
        return [
            o
            for page in self.fetch_fulfillment_order_pages(updated_since, None)
            for o in page.orders
        ]


def stop_after(writes: int):
    calls = []

    def on_page(received: int) -> None:
        calls.append(received)
        if len(calls) == writes:
            raise Stopped

    return on_page


@pytest.fixture
def paged_station(settings):
    shop = PagedShop(250)
    built = build_station(settings, connector=shop)
    yield built, shop
    built.close()


def puller_for(station, shop) -> QueuePuller:
    """A new puller on the same database, as after a restart."""
    return QueuePuller(station.session_factory, shop, station="Bench 1")


def test_a_stopped_first_load_goes_on_from_the_last_page_written(paged_station):
    station, shop = paged_station
    with pytest.raises(Stopped):
        station.puller.pull(stop_after(2))  # 100 and 20: the first 4 pages of 30
    assert stored(station) == 120
    assert sync_state(station, LAST_PULL_KEY) in (None, "")  # the first load is not done
    assert sync_state(station, CURSOR_KEY)

    report = puller_for(station, shop).pull()
    assert shop.asked_after == [None, "120"]  # the second pull went on where the first stopped
    assert stored(station) == 250
    assert report.received == 250 and report.new == 130  # the rest were written before
    assert sync_state(station, CURSOR_KEY) == ""
    assert sync_state(station, LAST_PULL_KEY)


def test_pages_are_written_in_short_transactions(paged_station, monkeypatch):
    station, _shop = paged_station
    monkeypatch.setattr(puller_module, "WRITE_PAGE", 50)
    written = []
    station.puller.pull(lambda received: written.append((received, stored(station))))
    # each write of at most 50 orders was committed on its own
    assert written == [
        (50, 50),
        (60, 60),
        (110, 110),
        (120, 120),
        (170, 170),
        (180, 180),
        (230, 230),
        (240, 240),
        (250, 250),
    ]


def test_a_pull_of_nothing_new_takes_no_page_writes(paged_station):
    station, shop = paged_station
    station.puller.pull()
    again = puller_for(station, shop).pull()
    assert again.new == 0 and again.updated == 0 and again.received == 250


def test_the_shopify_connector_goes_on_from_its_cursor(shopify_station, shopify, monkeypatch):
    station = shopify_station  # pulled once: 60 orders
    with UnitOfWork(station.session_factory) as uow:
        uow.sync_state.set(LAST_PULL_KEY, "")  # as if the first load had never finished
        uow.commit()
    # the first write takes exactly two of the shop's pages
    monkeypatch.setattr(puller_module, "WRITE_PAGE", 2 * shopify_documents.PAGE_SIZE)
    afters = []
    execute = station.connector.client.execute

    def spy(document, variables=None, **kwargs):
        if variables and "after" in variables and "query" in variables:
            afters.append(variables["after"])
        return execute(document, variables, **kwargs)

    monkeypatch.setattr(station.connector.client, "execute", spy)
    with pytest.raises(Stopped):
        station.puller.pull(stop_after(1))
    assert afters[0] is None and len(afters) == 2  # two pages for the first write
    afters.clear()
    report = station.puller.pull()
    assert afters[0] is not None  # it went on after the orders written
    assert report.received == 60
    assert sync_state(station, CURSOR_KEY) == ""


def test_orders_written_in_bulk_read_back_as_the_shop_sent_them(paged_station):
    station, shop = paged_station
    station.puller.pull()
    with UnitOfWork(station.session_factory) as uow:
        for order in shop.orders[::25]:
            assert uow.orders.get(order.fulfillment_order_id) == order
        assert uow.catalogue.describe(shop.orders[0].lines[0].barcode)


def test_updates_are_written_in_smaller_transactions_than_new_orders():
    from packstation.sync.puller import UPDATE_WEIGHT, WRITE_PAGE, _parts

    orders = PagedShop(200).orders
    new_only = _parts(orders[:100], {})
    assert [len(p) for p in new_only] == [100]
    marks = {o.fulfillment_order_id: (o.updated_at, "OPEN") for o in orders[:100]}
    updates = _parts(orders[:100], marks)
    assert all(len(p) * UPDATE_WEIGHT <= WRITE_PAGE for p in updates)
    assert sum(len(p) for p in updates) == 100
    assert _parts([], {}) == [[]]  # the cursor is still stored
