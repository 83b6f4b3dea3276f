"""Boxes through the services: suggestion, New box, undo and restart, packages, learned weights."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from packstation.app import Station, build_station
from packstation.domain.boxes import Box, parse_boxes
from packstation.domain.shipments import Package, Shipment, ShipmentLine
from packstation.services.auth import Authorisation
from packstation.storage.models import PackSessionRow
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_every_unit

BOXES = """
[[box]]
name = "Small"
barcode = "BOX-S"
length_mm = 200
width_mm = 150
height_mm = 100
tare_g = 90
max_weight_g = 400

[[box]]
name = "Medium"
barcode = "BOX-M"
length_mm = 300
width_mm = 200
height_mm = 150
tare_g = 180
max_weight_g = 5000

[[box]]
name = "Large"
barcode = "BOX-L"
length_mm = 500
width_mm = 400
height_mm = 300
tare_g = 400
max_weight_g = 20000
"""


@pytest.fixture
def boxed(settings, demo_shop, tmp_path) -> Iterator[Station]:
    """A station with three boxes in its catalogue."""
    path = tmp_path / "boxes.toml"
    path.write_text(BOXES, encoding="utf-8")
    built = build_station(replace(settings, boxes_file=str(path)), connector=demo_shop)
    built.puller.pull()
    yield built
    built.close()


def order_with_units(station: Station, at_least: int) -> str:
    """A queued order of at least this many units, whose lines all have a weight."""
    with UnitOfWork(station.session_factory) as uow:
        for row in uow.orders.queue():
            order = uow.orders.get(row.id)
            if (
                order is not None
                and row.local_state == "queued"
                and row.status in ("OPEN", "IN_PROGRESS")
                and order.units >= at_least
                and len(order.lines) >= 2
                and not any(line.requires_serial for line in order.lines)
            ):
                return order.order_name
    raise AssertionError(f"no order of {at_least} units")


def test_the_smallest_box_that_takes_the_weight_is_suggested(boxed):
    opened = boxed.packing.open_order(order_with_units(boxed, 2))
    weight = sum(line.unit_weight_grams * line.quantity for line in opened.order.lines)
    expected = "Small" if weight + 90 <= 400 else "Medium" if weight + 180 <= 5000 else "Large"
    assert opened.boxes.open_box.name == expected
    assert boxed.packing.boxes.for_barcode("BOX-L").name == "Large"


def test_new_box_keeps_contents_and_weights_through_undo_and_a_restart(boxed, settings):
    packing = boxed.packing
    name = order_with_units(boxed, 2)
    opened = packing.open_order(name)
    first = opened.order.lines[0]
    packing.scan(opened, first.barcode)
    packing.boxes.save(packing.boxes.choose(opened, packing.boxes.for_barcode("BOX-M")))
    packing.boxes.save(packing.boxes.new_box(opened, 777, weighed=True))
    second = opened.order.lines[1]
    packing.scan(opened, second.barcode)
    assert packing.undo(opened) is not None  # the unit leaves box 2; box 2 stays open
    assert opened.boxes.open_number == 2 and opened.boxes.open_box.units == 0
    assert opened.boxes.boxes[0].contents() == {first.line_id: 1}
    packing.scan(opened, second.barcode)
    opened.boxes.sync(opened.session.history)
    assert opened.boxes.open_box.contents() == {second.line_id: 1}

    # a restart: the session is read back from its events
    reopened = packing.reload(opened)
    boxes = reopened.boxes.boxes
    assert len(boxes) == 2
    assert boxes[0].name == "Medium" and boxes[0].weight_g == 777 and boxes[0].weighed
    assert boxes[0].contents() == {first.line_id: 1}
    assert boxes[1].contents() == {second.line_id: 1}
    assert boxes[1].name == "Medium"  # a new box is of the same type until another is scanned

    pack_every_unit(reopened, lambda code: packing.scan(reopened, code))
    shipment = packing.complete(reopened).shipment
    assert len(shipment.packages) == 2
    one, two = shipment.packages
    assert one.weight_grams == 777 and one.box == "Medium" and one.weighed
    assert one.contents == ((first.line_id, 1),)
    assert sum(units for _, units in one.contents + two.contents) == shipment.units
    assert not two.weighed  # no scale: the expected weight
    assert two.weight_grams == packing.weights.expected(reopened, reopened.boxes.boxes[1])
    assert len({one.tracking_number, two.tracking_number}) == 2
    with UnitOfWork(boxed.session_factory) as uow:
        stored = uow.shipments.get(shipment.shipment_id)
        actions = [e.action for e in uow.audit.entries(["pack.new_box", "pack.box_chosen"])]
    assert stored is not None and stored.packages == shipment.packages
    assert actions == ["pack.box_chosen", "pack.new_box"]


def _weighed_shipment(station: Station, sku: str, units: int, grams: int, tare: int) -> None:
    """A past one-SKU box of this station, weighed on the scale."""
    with UnitOfWork(station.session_factory) as uow:
        row = next(iter(uow.orders.queue()))
        session_id = str(uuid.uuid4())
        now = datetime.now(UTC)
        uow.sessions.add(
            PackSessionRow(
                id=session_id,
                fulfillment_order_id=row.id,
                station="Bench 1",
                user="Åse",
                state="completed",
                started_at=now,
                ended_at=now,
            )
        )
        uow.flush()
        order = uow.orders.get(row.id)
        assert order is not None
        shipment_id = str(uuid.uuid4())
        uow.shipments.add(
            Shipment(
                shipment_id=shipment_id,
                fulfillment_order_id=row.id,
                order_name=row.order_name,
                carrier="Demo Post",
                shipping_method="Standard",
                recipient=order.shipping_address,
                lines=(ShipmentLine("L-" + shipment_id, sku, "Mug", "", "", units),),
                packages=(Package("Medium", grams, "T" + shipment_id[:12], (), tare, True),),
                created_at=now,
            ),
            session_id,
            "Bench 1",
            "Åse",
        )
        uow.commit()


def test_a_missing_weight_is_learned_from_single_sku_boxes_and_a_lead_confirms_it(boxed):
    name = order_with_units(boxed, 2)
    opened = boxed.packing.open_order(name)
    line = opened.order.lines[0]
    base = line.unit_weight_grams * 3 + 100  # the shop's weight is far off (or missing)
    for units, unit_g in ((1, base), (2, base - 10), (1, base + 5)):
        _weighed_shipment(boxed, line.sku, units, units * unit_g + 80, 80)
    learned = boxed.packing.reload(opened).unit_weights[line.line_id]
    assert (learned.grams, learned.source) == (base, "learned")
    [row] = [w for w in boxed.packing.weights.sku_weights(opened.order) if w.sku == line.sku]
    assert row.learned_g == base and row.shop_g == line.unit_weight_grams
    lead = Authorisation("Maja Lind", "weight.confirm", "weighed on the scale")
    boxed.packing.weights.confirm(line.sku, 455, lead)
    confirmed = boxed.packing.reload(opened).unit_weights[line.line_id]
    assert (confirmed.grams, confirmed.source) == (455, "confirmed")
    with UnitOfWork(boxed.session_factory) as uow:
        [entry] = uow.audit.entries(["weight.confirmed"])
        assert json.loads(entry.detail)["lead"] == "Maja Lind"


def test_a_weight_stop_and_its_override_are_audited_and_counted(boxed):
    packing = boxed.packing
    opened = packing.open_order(order_with_units(boxed, 2))
    pack_every_unit(opened, lambda code: packing.scan(opened, code))
    expected = packing.weights.check(opened, None).expected_g
    check = packing.weights.check(opened, expected + 400)
    assert not check.ok
    assert "expected: check for a missing or extra item" in check.message
    packing.weights.save(packing.weights.event(opened, "stop", check))
    lead = Authorisation("Maja Lind", "pack.weight_override", "heavy gift wrap")
    packing.weights.save(packing.weights.event(opened, "override", check, lead))
    figures = boxed.figures.shift()
    [packer] = [p for p in figures.packers if p.user == "Åse"]
    assert packer.weight_stops == 1
    with UnitOfWork(boxed.session_factory) as uow:
        [entry] = uow.audit.entries(["pack.weight_override"])
        detail = json.loads(entry.detail)
    assert detail["reason"] == "heavy gift wrap" and detail["measured_g"] == expected + 400


def test_the_catalogue_is_saved_as_toml_and_read_back(boxed, tmp_path):
    boxes = (*boxed.packing.boxes.boxes, Box('Tube "XL"', "BOX-T", 800, 100, 100, 150, 3000))
    boxed.packing.boxes.use_boxes(boxes)
    import tomllib

    path = boxed.packing.boxes.path
    assert path is not None
    assert parse_boxes(tomllib.loads(path.read_text("utf-8"))["box"]) == boxes
