"""Labels render with the address intact and barcodes that decode (zxing-cpp, pypdf)."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from PIL import Image
from pypdf import PdfReader

from packstation.domain.orders import Address
from packstation.domain.shipments import Package, Shipment, ShipmentLine
from packstation.labels.pdf import shipping_label_pdf
from packstation.labels.png import shipping_label_png
from packstation.labels.slip import packing_slip_pdf
from packstation.labels.zpl import escape_field, shipping_label_zpl

zxingcpp = pytest.importorskip("zxingcpp")
SENDER = Address("Nordlys Design ApS", "Vesterbrogade 10", "København V", "1620", "DK")


def shipment(name: str = "Åse Ørsted", lines: int = 2) -> Shipment:
    return Shipment(
        shipment_id="s-1",
        fulfillment_order_id="fo-1",
        order_name="#1001",
        carrier="Demo Post",
        shipping_method="Posten Ekspress",
        recipient=Address(name, "Søndre gate 12", "Oslo", "0154", "NO"),
        lines=tuple(
            ShipmentLine(f"l{i}", f"SKU-{i:03d}", f"Item {i}", "Blå", f"A-{i:02d}", 1)
            for i in range(lines)
        ),
        packages=(Package("standard", 1250, "PS000123456789"),),
        created_at=datetime(2026, 11, 23, tzinfo=UTC),
        customer_note="Gavepapir, tak!",
    )


LABEL_CODES = [("Code128", "#1001"), ("Code128", "PS000123456789"), ("QRCode", "PS000123456789")]


def decoded(png: bytes) -> list[tuple[str, str]]:
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    return sorted((r.format.name, r.text) for r in found)


def test_zpl_is_utf8_with_the_nordic_address():
    zpl = shipping_label_zpl(shipment(), SENDER).decode("utf-8")
    assert "^CI28" in zpl
    assert "Åse Ørsted" in zpl and "Søndre gate 12" in zpl and "0154 Oslo" in zpl
    assert "^FD#1001^FS" in zpl and "^FDPS000123456789^FS" in zpl


def test_customer_text_cannot_become_zpl_commands():
    zpl = shipping_label_zpl(shipment("^XA^FDpwned^FS^XZ ~JR"), SENDER).decode()
    assert zpl.count("^XA") == 1 and zpl.count("^XZ") == 1
    assert "~JR" not in zpl
    assert escape_field("a^b~c_d") == "a_5Eb_7Ec_5Fd"


def test_zpl_at_300_dpi_scales_the_label():
    zpl = shipping_label_zpl(shipment(), SENDER, dpi=300).decode()
    assert "^PW1200" in zpl and "^LL1800" in zpl


def test_png_preview_barcodes_decode():
    assert decoded(shipping_label_png(shipment(), SENDER)) == LABEL_CODES


def test_long_names_are_shortened_not_run_off():
    png = shipping_label_png(shipment("Ø" * 200), SENDER)
    assert decoded(png) == LABEL_CODES
    zpl = shipping_label_zpl(shipment("Ø" * 200), SENDER).decode()
    assert "Ø" * 200 not in zpl and "…" in zpl


def test_label_pdf_has_the_address_text():
    text = PdfReader(io.BytesIO(shipping_label_pdf(shipment(), SENDER))).pages[0].extract_text()
    assert "Åse Ørsted" in text and "Søndre gate 12" in text and "PS000123456789" in text


def test_packing_slip_lists_lines_and_note_over_pages():
    pdf = PdfReader(io.BytesIO(packing_slip_pdf(shipment(lines=60), SENDER, "Letter")))
    assert len(pdf.pages) >= 2
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Packing slip #1001" in text
    assert "SKU-000" in text and "SKU-059" in text
    assert "Gavepapir, tak!" in text


def test_a_shop_template_changes_the_label_without_code(tmp_path):
    from packstation.labels.layout import LabelTemplate

    custom = tmp_path / "label.toml"
    custom.write_text(
        '[[element]]\ntype = "text"\nx = 30\ny = 30\nsize = 40\nvalue = "Til: {recipient_lines}"\n'
        '[[element]]\ntype = "barcode"\nx = 30\ny = 200\nheight = 120\nmodule = 3\n'
        'value = "{tracking_number}"\n',
        encoding="utf-8",
    )
    template = LabelTemplate.load(custom)
    zpl = shipping_label_zpl(shipment(), SENDER, template=template).decode()
    assert "Til: Åse Ørsted, Søndre gate 12" in zpl
    assert "SHIP TO" not in zpl
    assert decoded(shipping_label_png(shipment(), SENDER, template=template)) == [
        ("Code128", "PS000123456789")
    ]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[element]]\ntype = "circle"\nx = 1\ny = 1\n', "unknown type"),
        ('[[element]]\ntype = "text"\nx = "left"\ny = 1\nsize = 20\nvalue = "x"\n', "x must be"),
        ("title = 1\n", r"no \[\[element\]\]"),
    ],
)
def test_broken_templates_are_explained(tmp_path, body, message):
    from packstation.labels.layout import LabelTemplate, TemplateError

    path = tmp_path / "bad.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(TemplateError, match=message):
        LabelTemplate.load(path)


def test_an_unknown_field_in_a_template_is_explained(tmp_path):
    from packstation.labels.layout import LabelTemplate, TemplateError

    path = tmp_path / "bad.toml"
    path.write_text('[[element]]\ntype = "text"\nx = 1\ny = 1\nsize = 20\nvalue = "{nope}"\n')
    with pytest.raises(TemplateError, match="nope"):
        shipping_label_zpl(shipment(), SENDER, template=LabelTemplate.load(path))
