"""Where exceptions come from (short picks, shop changes while packing, refusals) and what a
lead does about them (retry, notes), on a real SQLite station and the demo shop."""

from __future__ import annotations

import json

import pytest

from packstation.services.auth import Authorisation
from packstation.services.exceptions import ExceptionActionRefused
from packstation.services.packing import PackingRefused
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order

LEAD = Authorisation(lead="Maja Lind", action="x", reason="checked with the customer")


def make_due(station):
    with UnitOfWork(station.session_factory) as uow:
        for row in uow.outbox.all():
            row.next_attempt_at = row.created_at
        uow.commit()


def test_a_short_shipment_needs_a_lead_and_becomes_an_exception(station):
    opened = station.packing.open_order("#1001")
    first = opened.order.lines[0]
    station.packing.scan(opened, first.barcode)
    with pytest.raises(PackingRefused, match="shift lead"):
        station.packing.complete(opened, "Out of stock")
    station.packing.complete(opened, "Out of stock", LEAD)
    [short] = station.exceptions.open()
    assert short.kind == "short_pick"
    assert short.what.startswith("Shipped without ")
    assert short.what.endswith("allowed by Maja Lind: checked with the customer")
    for line, count in opened.session.missing():
        assert f"{count} × {line.title} ({line.sku})" in short.what
    with UnitOfWork(station.session_factory) as uow:
        [done] = uow.audit.entries(["pack.completed"])
        assert json.loads(done.detail)["lead"] == "Maja Lind"


def test_a_cancel_in_the_shop_while_packing_is_raised_once(station, demo_shop):
    opened = pack_order(station, "#1002")
    demo_shop.cancel(opened.order.fulfillment_order_id)
    station.puller.pull()
    with pytest.raises(PackingRefused, match="cancelled in the shop"):
        station.packing.complete(opened)
    [changed] = station.exceptions.open()  # the pull and the refusal: one exception
    assert (changed.kind, changed.order_name) == ("shop_changed", "#1002")
    assert "cancelled in the shop while packing" in changed.what


def test_a_refused_shipment_is_retried_after_the_shop_is_fixed(station, demo_shop):
    opened = pack_order(station, "#1003")
    fo_id = opened.order.fulfillment_order_id
    demo_shop.online = False
    shipment = station.packing.complete(opened).shipment
    demo_shop.online = True
    demo_shop.hold(fo_id, "fraud check", handle="merchant")
    make_due(station)
    station.sync.run_once()
    [refused] = station.exceptions.open()
    assert refused.kind == "sync_refused" and refused.can("retry")

    demo_shop.release_hold(fo_id)
    station.exceptions.retry_sync(refused.exception_id, LEAD)
    with pytest.raises(ExceptionActionRefused, match="no longer waiting"):
        station.exceptions.retry_sync(refused.exception_id, LEAD)
    make_due(station)
    station.sync.run_once()
    [sent] = demo_shop.fulfillments(fo_id)
    assert sent["tracking_number"] == shipment.tracking_number
    assert [e.kind for e in station.exceptions.open()] == ["sync_refused"]  # a lead closes it


def test_a_note_about_contacting_the_customer_is_kept_and_audited(station):
    opened = station.packing.open_order("#1004")
    station.packing.scan(opened, opened.order.lines[0].barcode)
    station.packing.complete(opened, "Damaged", LEAD)
    [short] = station.exceptions.open()
    with pytest.raises(ExceptionActionRefused):
        station.exceptions.add_note(short.exception_id, "   ")
    station.exceptions.add_note(short.exception_id, "Called: rest ships on Friday")
    [noted] = station.exceptions.open()
    assert noted.notes.endswith("Åse: Called: rest ships on Friday")
    with UnitOfWork(station.session_factory) as uow:
        [entry] = uow.audit.entries(["exception.note"])
        assert json.loads(entry.detail)["note"] == "Called: rest ships on Friday"
