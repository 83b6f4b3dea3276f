"""The box strip says in words that the station suggested the box by weight (issue 19)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from packstation.domain.boxes import ItemSize, suggestion_basis
from packstation.i18n import translator_for
from tests.services.test_boxes_and_weights import order_with_units
from tests.ui.test_boxes_screen import bench, scale  # noqa: F401  (fixtures)
from tests.ui.wedge import scan

pytestmark = pytest.mark.gui


def test_a_suggestion_rests_on_sizes_only_when_an_item_has_one():
    assert suggestion_basis([ItemSize(2, 300), ItemSize(1, 80)]) == "weight"
    assert suggestion_basis([ItemSize(2, 300), ItemSize(1, 80, (200, 100, 50))]) == "size"


def test_the_strip_says_suggested_by_weight_until_a_box_is_scanned(qtbot, bench):  # noqa: F811
    station, window, controller = bench.station, bench.window, bench.controller
    boxes = controller.pack.boxes
    name = order_with_units(station, 2)
    scan(name)
    assert window.on_pack_screen and boxes.strip.isVisible()
    box = controller.open.boxes.open_box
    assert box.suggested_by == "weight"  # Shopify gives no item sizes
    label = boxes.strip.box_label
    assert f"{box.name} (suggested by weight)" in label.text()
    assert "Shopify has no item sizes" in label.toolTip()
    assert "Scan a box barcode" in label.toolTip()

    qtbot.keyClick(window, Qt.Key.Key_Escape)  # parked, and back: suggested again, in words
    scan(name)
    assert f"{box.name} (suggested by weight)" in label.text()

    scan("BOX-L")  # the packer's own choice needs no explaining
    assert controller.open.boxes.open_box.suggested_by == ""
    assert "Large" in label.text() and "suggested" not in label.text()
    assert label.toolTip() == ""
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    scan(name)  # the scanned box is kept over a park
    assert "Large" in label.text() and "suggested" not in label.text()


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("da", "(foreslået ud fra vægt)"),
        ("sv", "(föreslagen efter vikt)"),
        ("nb", "(foreslått etter vekt)"),
        ("nl", "(voorgesteld op gewicht)"),
    ],
)
def test_the_words_are_translated(language, words):
    tr = translator_for(language)
    assert tr("BoxController", "{0} (suggested by weight)") == "{0} " + words
    tip = tr(
        "BoxController",
        "Shopify has no item sizes, so this box was suggested by the items' weight alone. "
        "Scan a box barcode to choose another.",
    )
    assert "Shopify" in tip and "suggested" not in tip
