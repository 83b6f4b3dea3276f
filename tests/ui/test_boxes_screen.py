"""The pack screen with boxes and a scale: suggestion, box barcode, New box, park, weight stop."""

from __future__ import annotations

import json
import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from packstation.app import build_station
from packstation.devices.scale.base import DISCONNECTED, ScaleReading, ScaleState
from packstation.domain.users import Role
from packstation.storage.uow import UnitOfWork
from packstation.ui.shared.feedback import Tone
from tests.helpers import pack_every_unit
from tests.services.test_boxes_and_weights import BOXES, order_with_units
from tests.ui.test_lead_override import type_into
from tests.ui.wedge import scan
from tests.ui.window import show_window

pytestmark = pytest.mark.gui


class FakeScale:
    """A scale behind the Protocol whose reading the test sets (from any thread)."""

    name = "Fake scale"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._reading = DISCONNECTED
        self.started = False

    def start(self) -> None:
        self.started = True

    def stop(self, timeout: float = 5.0) -> None:
        self.started = False

    def latest(self) -> ScaleReading:
        with self._lock:
            return self._reading

    def put(self, grams: int, state: ScaleState = ScaleState.STABLE) -> None:
        with self._lock:
            self._reading = ScaleReading(grams, state)

    def describe(self) -> str:
        return "fake"


@pytest.fixture
def scale() -> FakeScale:
    return FakeScale()


@pytest.fixture
def bench(qtbot, qapp, settings, demo_shop, tmp_path, scale):
    path = tmp_path / "boxes.toml"
    path.write_text(BOXES, encoding="utf-8")
    built = build_station(replace(settings, boxes_file=str(path)), connector=demo_shop, scale=scale)
    app = show_window(qtbot, qapp, built)
    yield app
    app.shutdown()


def weigh(qtbot, boxes, scale, grams):
    """Put a weight on the scale and wait until the screen holds it as the parcel's."""
    scale.put(grams)
    qtbot.waitUntil(lambda: boxes.weigher.weight == grams, timeout=10000)


def empty_scale(qtbot, boxes, scale):
    scale.put(0)
    qtbot.waitUntil(lambda: not boxes.weigher.needs_zero, timeout=10000)


def test_boxes_new_box_park_and_a_weight_stop_a_lead_overrides(qtbot, bench, scale):
    station, window, controller = bench.station, bench.window, bench.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711")
    boxes = controller.pack.boxes
    banner = window.pack_view.banner
    assert scale.started
    name = order_with_units(station, 2)
    scan(name)
    assert window.on_pack_screen and boxes.strip.isVisible()
    suggested = controller.open.boxes.open_box.name
    assert suggested and suggested in boxes.strip.box_label.text()

    scan("BOX-L")  # the packer takes another box
    assert controller.open.boxes.open_box.name == "Large"
    assert banner.tone is Tone.GOOD and "Large" in banner.message

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert banner.tone is Tone.WRONG and "empty" in banner.message  # nothing in box 1 yet
    first = controller.open.order.lines[0]
    scan(first.barcode)
    scale.put(0)
    expected = station.packing.weights.expected(controller.open, controller.open.boxes.open_box)
    weigh(qtbot, boxes, scale, expected + 3)  # within the tolerance
    scan("PS-CMD-NEW-BOX")
    assert controller.open.boxes.open_number == 2
    assert controller.open.boxes.boxes[0].weight_g == expected + 3
    assert "Box 2" in banner.message
    boxes.refresh()
    assert "Box 2 of 2" in boxes.strip.box_label.text()
    empty_scale(qtbot, boxes, scale)

    pack_every_unit(controller.open, scan)
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # parked
    assert not window.on_pack_screen and controller.open is None
    scan(name)  # back: its boxes are kept
    plan = controller.open.boxes
    assert len(plan.boxes) == 2 and plan.boxes[0].contents() == {first.line_id: 1}
    assert plan.boxes[0].weight_g == expected + 3

    box_two = station.packing.weights.expected(controller.open, plan.open_box)
    weigh(qtbot, boxes, scale, box_two + 600)
    qtbot.keyClick(window, Qt.Key.Key_F10)
    assert boxes.strip.stop_panel.isVisible(), banner.message
    assert banner.tone is Tone.WARNING
    assert "expected: check for a missing or extra item" in banner.message
    assert controller.open is not None  # stopped before the label

    boxes.strip.override_button.click()
    dialog = controller.auth_dialog
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.reason, "Gift wrap weighs more")
    type_into(qtbot, dialog.pin, "4711")
    with qtbot.waitSignal(controller.packed, timeout=30000) as packed:
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    shipment = packed.args[0].shipment
    assert [p.weight_grams for p in shipment.packages] == [expected + 3, box_two + 600]
    assert [p.box for p in shipment.packages] == ["Large", "Large"]
    assert all(p.weighed for p in shipment.packages)
    with UnitOfWork(station.session_factory) as uow:
        stops = uow.audit.entries(["pack.weight_stop", "pack.weight_override"])
        assert [e.action for e in stops] == ["pack.weight_stop", "pack.weight_override"]
        assert json.loads(stops[1].detail)["reason"] == "Gift wrap weighs more"
    [packer] = [p for p in station.figures.shift().packers if p.weight_stops]
    assert packer.weight_stops == 1


def test_a_recount_that_weighs_right_lets_the_box_go(qtbot, bench, scale):
    station, window, controller = bench.station, bench.window, bench.controller
    boxes = controller.pack.boxes
    scan(order_with_units(station, 2))
    pack_every_unit(controller.open, scan)
    expected = station.packing.weights.expected(controller.open, controller.open.boxes.open_box)
    weigh(qtbot, boxes, scale, expected + 900)
    qtbot.keyClick(window, Qt.Key.Key_F10)
    assert boxes.strip.stop_panel.isVisible(), window.pack_view.banner.message
    empty_scale(qtbot, boxes, scale)  # the packer takes the box off and recounts
    weigh(qtbot, boxes, scale, expected)
    with qtbot.waitSignal(controller.packed, timeout=30000):
        qtbot.keyClick(window, Qt.Key.Key_F10)
    assert not boxes.strip.stop_panel.isVisible()
    with UnitOfWork(station.session_factory) as uow:
        actions = [e.action for e in uow.audit.entries(["pack.weight_stop", "pack.weight_recount"])]
    assert actions == ["pack.weight_stop", "pack.weight_recount"]


def test_without_a_scale_the_expected_weight_is_used(qtbot, bench, scale):
    station, window, controller = bench.station, bench.window, bench.controller
    assert not controller.pack.boxes.has_scale  # the fake answers DISCONNECTED, like no scale
    scan(order_with_units(station, 2))
    pack_every_unit(controller.open, scan)
    expected = station.packing.weights.expected(controller.open, controller.open.boxes.open_box)
    with qtbot.waitSignal(controller.packed, timeout=30000) as packed:
        qtbot.keyClick(window, Qt.Key.Key_F10)
    [package] = packed.args[0].shipment.packages
    assert package.weight_grams == expected and not package.weighed


def test_settings_boxes_page_checks_and_saves_the_catalogue(qtbot, bench):
    station, controller = bench.station, bench.controller
    page = controller.settings.open_boxes()
    table = page.view.table
    assert table.rowCount() == 3 and table.item(1, 1).text() == "BOX-M"
    page.view.add_button.click()
    for column, text in enumerate(("Tube", "BOX-T", "800", "100", "100", "150", "heavy")):
        table.item(3, column).setText(text)
    page.save()
    assert "Tube" in page.view.message.text() and "max_weight_g" in page.view.message.text()
    table.item(3, 6).setText("3000")
    with qtbot.waitSignal(page.saved, timeout=10000):
        page.save()
    assert [box.name for box in station.packing.boxes.boxes][-1] == "Tube"
    assert station.packing.boxes.for_barcode("BOX-T").length_mm == 800
    path = station.packing.boxes.path
    assert path is not None and 'name = "Tube"' in path.read_text("utf-8")


def test_a_lead_confirms_a_unit_weight_that_then_counts(qtbot, bench, scale):
    station, controller = bench.station, bench.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711")
    boxes = controller.pack.boxes
    scan(order_with_units(station, 2))
    line = controller.open.order.lines[0]
    weights = boxes.show_weights()
    qtbot.waitUntil(lambda: weights.view.table.rowCount() > 0, timeout=10000)
    row = next(i for i, w in enumerate(weights.rows) if w.sku == line.sku)
    weights.view.table.selectRow(row)
    weights.view.grams.setValue(1234)
    weights.confirm()
    dialog = controller.auth_dialog
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.reason, "Weighed three on the scale")
    type_into(qtbot, dialog.pin, "4711")
    with qtbot.waitSignal(weights.confirmed, timeout=10000):
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert controller.open.unit_weights[line.line_id].grams == 1234
    with UnitOfWork(station.session_factory) as uow:
        assert uow.weights.confirmed({line.sku}) == {line.sku: 1234}


def test_an_empty_last_box_is_not_weighed_or_shipped(qtbot, bench, scale):
    station, window, controller = bench.station, bench.window, bench.controller
    boxes = controller.pack.boxes
    scan(order_with_units(station, 2))
    pack_every_unit(controller.open, scan)
    expected = station.packing.weights.expected(controller.open, controller.open.boxes.open_box)
    weigh(qtbot, boxes, scale, expected)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert controller.open.boxes.open_number == 2
    with qtbot.waitSignal(controller.packed, timeout=30000) as packed:
        qtbot.keyClick(window, Qt.Key.Key_F10)  # box 2 is empty, and the scale still holds box 1
    [package] = packed.args[0].shipment.packages
    assert package.weight_grams == expected and package.weighed
