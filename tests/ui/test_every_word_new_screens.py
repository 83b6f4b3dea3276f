"""The screens merged after the first word check speak the station's language too (da, sv, nb, nl).

Same check as ``test_every_word_translated``: Settings → Boxes and → Carrier with its rules,
the pack screen's box strip with a live weight and a weight stop, the unit weights dialog, the
gift box and tags, teaching a barcode, the parcel-shop line, the labels to print on the queue,
the re-book "Carrier product…" dialog and Dashboard → "Book carrier pickup…".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QWidget

from packstation.app import build_station
from packstation.domain.shipping_rules import MethodType
from packstation.services.demo_people import seed_demo_people
from packstation.services.pending_labels import LabelToPrint
from packstation.storage.uow import UnitOfWork
from packstation.ui.lead.rebook import CarrierChoiceDialog
from packstation.ui.shell.main import install_translations
from tests.helpers import pack_every_unit
from tests.services.test_boxes_and_weights import BOXES, order_with_units
from tests.ui import wedge
from tests.ui.test_boxes_screen import FakeScale
from tests.ui.test_every_word_translated import (
    LANGUAGES,
    english_in,
    english_words,
    shop_data,
    visible_texts,
)
from tests.ui.window import show_window

pytestmark = pytest.mark.gui

# What the carrier said, as it said it: the carrier's words, not ours.
CARRIER_WORDS = "GLS 4012"
# Bin locations (A-08-1), box barcodes (BOX-S) and rule codes (PICKUP_POINT, EMAIL_NT): codes.
CODE = re.compile(r"\b[A-Z0-9]+(?:[-_][A-Z0-9]+)+\b")


@pytest.fixture(params=LANGUAGES)
def bench(request, qtbot, qapp, settings, demo_shop, tmp_path):
    language = request.param
    translators = install_translations(qapp, language)
    boxes = tmp_path / "boxes.toml"
    boxes.write_text(BOXES, encoding="utf-8")
    scale = FakeScale()
    station = build_station(
        replace(settings, language=language, boxes_file=str(boxes)),
        connector=demo_shop,
        scale=scale,
    )
    station.puller.pull()
    seed_demo_people(station.auth)
    app = show_window(qtbot, qapp, station)
    yield language, app, scale
    app.shutdown()
    for translator in translators:
        qapp.removeTranslator(translator)


def _orders(station):
    """(order name, order) of every queued open order, in queue order."""
    with UnitOfWork(station.session_factory) as uow:
        rows = [r for r in uow.orders.queue() if r.status == "OPEN" and r.local_state == "queued"]
        return [(r.order_name, uow.orders.get(r.id)) for r in rows]


def _order_data(order) -> set[str]:
    """The shop's words on one order: gift message, attributes, tags, parcel shop."""
    texts = {order.gift_message, *order.tags, *(v for pair in order.attributes for v in pair)}
    method = order.delivery_method
    if method is not None:
        texts |= {method.presented_name, method.pickup_point_name, method.pickup_point_id}
    address = order.shipping_address
    texts |= {address.address1, address.zip, address.city}
    return {t for t in texts if t}


def test_the_new_screens_speak_the_language(qtbot, bench):
    language, app, scale = bench
    window, controller, station = app.window, app.controller, app.station
    english = english_words(language)
    orders = _orders(station)
    extra = set().union(*(_order_data(order) for _name, order in orders))
    extra.add(CARRIER_WORDS)
    extra |= {kind.value for kind in MethodType}  # Shopify's delivery kinds, codes in the rules
    data = sorted({*shop_data(station), *extra}, key=len, reverse=True)
    seen: set[str] = set()

    def look(widget: QWidget) -> None:
        texts = ((where, CODE.sub(" ", text)) for where, text in visible_texts(widget))
        seen.update(english_in(texts, english, data))

    def front() -> None:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)

    def scan(code: str) -> None:
        front()
        wedge.scan(code, target=window)

    with qtbot.waitSignal(controller.sign_in.signed_in, timeout=5000):
        wedge.scan("LEAD-0001", target=QApplication.activeWindow())
    qtbot.waitUntil(lambda: controller.queue_model.rowCount(QModelIndex()) > 0, timeout=5000)

    boxes_page = controller.settings.open_boxes()
    look(boxes_page.view)
    boxes_page.view.close()
    carrier = controller.settings.open_carrier()
    carrier.view.add_rule.click()  # the rules editor with a row and its choices
    look(carrier.view)
    carrier.view.close()

    queue = controller.queue
    queue.labels.model.set_rows(
        [
            LabelToPrint("#1001", "s1", "Bench 1", datetime.now(UTC), booked=True, words=""),
            LabelToPrint(
                "#1002", "s2", "Bench 1", datetime.now(UTC), booked=False, words=CARRIER_WORDS
            ),
        ]
    )
    queue.labels.box.setTitle(queue.labels.tr("Labels to print (%n)", "", 2))
    look(queue.labels.box)

    gift = next(name for name, order in orders if order.gift_message)
    scan(gift)
    qtbot.waitUntil(lambda: window.on_pack_screen, timeout=5000)
    scale.put(0)
    scan("4006381333931")  # a barcode no product has: teach it
    look(window)  # the gift box, tags, the teach hint and the box strip with its weight
    front()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    if controller.auth_dialog is not None and controller.auth_dialog.isVisible():
        look(controller.auth_dialog)
        controller.auth_dialog.reject()
    look(window)  # the banner after Ctrl+E
    boxes = controller.pack.boxes
    weights = boxes.show_weights()
    assert weights is not None
    qtbot.waitUntil(lambda: weights.view.table.rowCount() > 0, timeout=10000)
    look(weights.view)
    weights.view.close()
    controller.pack.back_to_queue()  # parked (Esc)
    qtbot.waitUntil(lambda: not window.on_pack_screen, timeout=5000)

    scan(order_with_units(station, 2))
    qtbot.waitUntil(lambda: window.on_pack_screen, timeout=5000)
    qtbot.waitUntil(lambda: not boxes.weigher.needs_zero, timeout=10000)
    pack_every_unit(controller.open, scan)
    expected = station.packing.weights.expected(controller.open, controller.open.boxes.open_box)
    scale.put(expected + 900)
    qtbot.waitUntil(lambda: boxes.weigher.weight == expected + 900, timeout=10000)

    def stopped() -> bool:  # F10 until the scale's steady weight is read and stops the box
        if not boxes.strip.stop_panel.isVisible():
            front()
            qtbot.keyClick(window, Qt.Key.Key_F10)
        return boxes.strip.stop_panel.isVisible()

    qtbot.waitUntil(stopped, timeout=10000)
    look(window)  # the weight stop: its panel and its banner
    controller.pack.back_to_queue()  # parked (Esc)
    qtbot.waitUntil(lambda: not window.on_pack_screen, timeout=5000)

    pickup = next(
        (
            name
            for name, order in orders
            if order.delivery_method is not None
            and order.delivery_method.method_type is MethodType.PICKUP_POINT
        ),
        None,
    )
    assert pickup is not None, "the demo has parcel-shop orders"
    scan(pickup)
    qtbot.waitUntil(lambda: window.on_pack_screen, timeout=5000)
    look(window)  # the parcel-shop line
    controller.pack.back_to_queue()
    qtbot.waitUntil(lambda: not window.on_pack_screen, timeout=5000)

    dialog = CarrierChoiceDialog("#1001", CARRIER_WORDS, station.rebooking.products, None, window)
    look(dialog)
    dialog.close()
    pickup_dialog = controller.lead.show_pickup()
    look(pickup_dialog.view)
    pickup_dialog.view.close()
    assert not seen, f"English on the {language} screens:\n" + "\n".join(sorted(seen))
