"""Labels printed by an independent ZPL renderer and by poppler decode exactly (zxing-cpp)."""

from __future__ import annotations

import pytest

from packstation.labels.pdf import shipping_label_pdf
from packstation.labels.slip import packing_slip_pdf
from packstation.labels.zpl import shipping_label_zpl
from tests.labels.render import render_pdf, render_zpl
from tests.labels.test_labels import LABEL_CODES, SENDER, shipment

zxingcpp = pytest.importorskip("zxingcpp")


def codes(image) -> list[tuple[str, str]]:
    return sorted((r.format.name, r.text) for r in zxingcpp.read_barcodes(image))


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("name", ["Åse Ørsted", "^XA^FDpwned^FS^XZ ~JR", "Zoë Brontë_~^"])
def test_zpl_label_barcodes_decode_exactly(tmp_path, dpi, name):
    images = render_zpl(shipping_label_zpl(shipment(name), SENDER, dpi), tmp_path, dpi)
    assert len(images) == 1  # an injected ^XZ^XA must not start a second label
    assert codes(images[0]) == LABEL_CODES


def test_pdf_label_barcodes_decode(tmp_path):
    (page,) = render_pdf(shipping_label_pdf(shipment(), SENDER), tmp_path)
    assert codes(page) == LABEL_CODES


def test_packing_slip_order_barcode_decodes(tmp_path):
    pages = render_pdf(packing_slip_pdf(shipment(), SENDER), tmp_path)
    assert codes(pages[0]) == [("Code128", "#1001")]


def test_thermal_packing_slip_spans_labels_and_its_barcode_decodes(tmp_path):
    from packstation.labels.slip_zpl import packing_slip_zpl

    zpl = packing_slip_zpl(shipment(lines=20), SENDER)
    assert zpl.decode().count("^XA") == 2  # 14 lines per label
    images = render_zpl(zpl, tmp_path)
    assert len(images) == 2
    for image in images:
        assert codes(image) == [("Code128", "#1001")]
    assert "SKU-019" in zpl.decode() and "Gavepapir, tak!" in zpl.decode()


def test_the_shop_logo_prints_on_both_slips_without_hiding_the_barcode(tmp_path):
    from packstation.labels.slip_zpl import packing_slip_zpl
    from packstation.resources import resources_dir

    logo = resources_dir() / "demo-logo.png"
    zpl = packing_slip_zpl(shipment(), SENDER, logo=logo)
    assert "^GFA," in zpl.decode()
    (image,) = render_zpl(zpl, tmp_path)
    assert codes(image) == [("Code128", "#1001")]
    assert image.convert("L").crop((560, 140, 800, 230)).getextrema()[0] < 128  # logo ink
    pages = render_pdf(packing_slip_pdf(shipment(), SENDER, logo=logo), tmp_path)
    assert codes(pages[0]) == [("Code128", "#1001")]


@pytest.mark.parametrize("dpi", [203, 300])
def test_the_printer_check_label_renders_and_decodes(tmp_path, dpi):
    from datetime import UTC, datetime

    from packstation.labels.printer_check import TEST_CODE, check_label_zpl

    zpl = check_label_zpl("Bench 1", "ZD421", datetime(2026, 11, 23, tzinfo=UTC), dpi)
    (image,) = render_zpl(zpl, tmp_path, dpi)
    assert codes(image) == [("Code128", TEST_CODE)]
