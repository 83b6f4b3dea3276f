"""The thermal (ZPL) packing slip says what is in which box, like the PDF slip (issue 19).

The rows are measured with the printing font; the slip is printed by an independent ZPL
renderer (zpl-renderer-js) and its order barcode decoded with zxing-cpp.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from PIL import Image, ImageOps

from packstation.domain.orders import Address
from packstation.domain.shipments import Package, Shipment, ShipmentLine
from packstation.i18n import SlipLanguage, translator_for
from packstation.labels.box_contents import box_contents_lines
from packstation.labels.layout import LABEL_WIDTH_DOTS, MARGIN
from packstation.labels.slip_zpl import packing_slip_zpl
from packstation.labels.text import width
from tests.labels.render import render_zpl

zxingcpp = pytest.importorskip("zxingcpp")
SENDER = Address("Nordlys Design ApS", "Søren Kierkegaards Plads 1", "København K", "1221", "DK")
BOX_WORD = {"en": "Box", "da": "Kasse", "sv": "Kartong", "nb": "Eske", "nl": "Doos"}
FIELD = re.compile(r"\^FO(\d+),(\d+)\^A@N,(\d+),\d+,[^^]*\^FH_\^FD([^^]*)\^FS")


def shipment(lines: int = 3, boxes: int = 2, long_names: bool = False) -> Shipment:
    """``lines`` order lines of two units, spread over ``boxes`` boxes."""
    sku = "SKU-ÆRØSKØBING-UNDERTRØJE-{:02d}" if long_names else "SKU-{:02d}"
    order_lines = tuple(
        ShipmentLine(f"l{i}", sku.format(i), f"Malmö-tröja {i}", "", f"A-{i:02d}", 2)
        for i in range(lines)
    )
    contents = [[(line.line_id, 1) for line in order_lines] for _ in range(boxes)]
    packages = tuple(
        Package(name, 900 + 100 * n, f"0037073000000000{n}", tuple(box), weighed=True)
        for n, (name, box) in enumerate(zip(("M", "L", "XL"), contents, strict=False))
    )
    return Shipment(
        shipment_id="s-1",
        fulfillment_order_id="fo-1",
        order_name="#1001",
        carrier="PostNord",
        shipping_method="Pakke til døren",
        recipient=Address("Åse Ørsted", "Søren Kierkegaards Plads 3", "Ærøskøbing", "5970", "DK"),
        lines=order_lines,
        packages=packages,
        created_at=datetime(2026, 11, 23, 9, 5, tzinfo=UTC),
    )


def fields(zpl: str) -> list[tuple[int, int, int, str]]:
    """(x, y, size, text) of every printed field, the ``^FH`` escapes undone."""
    out = []
    for x, y, size, text in FIELD.findall(zpl):
        text = re.sub("_([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), text)
        out.append((int(x), int(y), int(size), text))
    return out


def codes(image: Image.Image) -> list[tuple[str, str]]:
    return sorted((r.format.name, r.text) for r in zxingcpp.read_barcodes(image))


@pytest.mark.parametrize("language", list(BOX_WORD))
def test_the_thermal_slip_says_what_is_in_which_box_in_the_customers_language(language):
    words = SlipLanguage(translator_for(language))
    zpl = packing_slip_zpl(shipment(), SENDER, language=words).decode("utf-8")
    printed = [text for _x, _y, _size, text in fields(zpl)]
    box = BOX_WORD[language]
    expected = box_contents_lines(shipment(), words.tr)  # the PDF slip's very lines
    assert expected == [
        f"{box} 1/2 (M): 1 × SKU-00, 1 × SKU-01, 1 × SKU-02",
        f"{box} 2/2 (L): 1 × SKU-00, 1 × SKU-01, 1 × SKU-02",
    ]
    assert all(line in printed for line in expected)
    # below the order lines, in box order
    assert printed.index(expected[0]) > printed.index("2 × SKU-02 A-02 Malmö-tröja 2")
    assert printed.index(expected[0]) < printed.index(expected[1])


def test_a_one_box_slip_has_no_box_lines():
    zpl = packing_slip_zpl(shipment(boxes=1), SENDER).decode("utf-8")
    assert not any(text.startswith("Box ") for *_, text in fields(zpl))


def test_a_long_box_line_continues_indented_and_every_row_fits_the_label():
    many = shipment(lines=6, boxes=3, long_names=True)
    zpl = packing_slip_zpl(many, SENDER).decode("utf-8")
    rows = [(x, text) for x, y, size, text in fields(zpl) if y >= 268 and size == 26]
    firsts = [text for x, text in rows if text.startswith("Box ")]
    assert [t[:8] for t in firsts] == ["Box 1/3 ", "Box 2/3 ", "Box 3/3 "]
    continued = [text for x, text in rows if x == 70]
    assert continued  # the contents did not fit one row: they go on, indented
    start = rows.index(next(row for row in rows if row[1] == firsts[0]))
    boxes = [text for _x, text in rows[start:]]
    assert "…" not in "".join(boxes)
    printed = " ".join(boxes)
    for n in range(6):  # every line of every box is there, none cut off or split
        assert printed.count(f"1 × SKU-ÆRØSKØBING-UNDERTRØJE-{n:02d}") == 3
    for x, y, size, text in fields(zpl):
        assert x + width(text, size) <= LABEL_WIDTH_DOTS - MARGIN + 0.5, (x, y, text)


def ink(image: Image.Image, box: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    """The bounding box of the dark pixels inside ``box``, in image coordinates."""
    region = ImageOps.invert(image.convert("L").crop(box)).point(lambda v: 255 if v > 128 else 0)
    found = region.getbbox()
    if found is None:
        return None
    return (found[0] + box[0], found[1] + box[1], found[2] + box[0], found[3] + box[1])


@pytest.mark.parametrize("language", ["da", "nl"])
def test_the_printed_slip_shows_the_box_rows_within_its_margins(tmp_path, language):
    # 14 order lines fill the first label: the boxes go on the second, and both decode
    many = shipment(lines=14, boxes=2)
    words = SlipLanguage(translator_for(language))
    zpl = packing_slip_zpl(many, SENDER, language=words)
    images = render_zpl(zpl, tmp_path)
    assert len(images) == 2
    for image in images:
        assert codes(image) == [("Code128", "#1001")]
        left, _top, right, _bottom = ink(image, (0, 0, image.width, 1218)) or (0, 0, 0, 0)
        assert left >= MARGIN - 2 and right <= LABEL_WIDTH_DOTS - MARGIN + 2
    second = fields(zpl.decode("utf-8").split("^XZ")[1])
    boxes = [(y, size) for x, y, size, text in second if "SKU-" in text]
    assert [t for *_, t in second if t.startswith(BOX_WORD[language])][1].startswith(
        f"{BOX_WORD[language]} 2/2 (L): "
    )
    assert len(boxes) >= 4  # each box's 14 entries take more than one row
    for y, size in boxes:  # each box row prints where it was placed
        assert ink(images[1], (MARGIN, y - 4, LABEL_WIDTH_DOTS - MARGIN, y + size + 4))


def test_a_box_that_fits_one_label_is_not_split_between_labels():
    many = shipment(lines=5, boxes=3, long_names=True)  # 5 order lines, 3 boxes of 5 rows
    zpl = packing_slip_zpl(many, SENDER).decode("utf-8")
    pages = [fields(page) for page in zpl.split("^XZ") if "^XA" in page]
    assert len(pages) == 2
    for page in pages:
        rows = sorted((y, x, text) for x, y, size, text in page if y >= 268 and size == 26)
        assert rows and rows[0][1] == 30  # no label starts in the middle of a box
    heads = [[t[:7] for *_, t in page if t.startswith("Box ")] for page in pages]
    assert heads == [["Box 1/3"], ["Box 2/3", "Box 3/3"]]  # box 2 moved on whole
