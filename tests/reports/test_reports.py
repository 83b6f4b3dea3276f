"""End-of-shift CSV/PDF and the carrier manifest: formula-safe, readable, scannable."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pypdf
import zxingcpp

from packstation.domain.orders import Address
from packstation.domain.shipments import Package, Shipment, ShipmentLine
from packstation.reports.csv_safe import neutralise
from packstation.reports.manifest import manifest_pdf
from packstation.reports.shift_report import shift_csv
from tests.helpers import pack_order
from tests.labels.render import render_pdf


def shipment(n: int, name: str, carrier: str = "PostNord") -> Shipment:
    return Shipment(
        shipment_id=f"s{n}",
        fulfillment_order_id=f"fo{n}",
        order_name=f"#{1000 + n}",
        carrier=carrier,
        shipping_method="Pakke",
        recipient=Address(name, "Søndre gate 12", "Oslo", "0154", "NO"),
        lines=(ShipmentLine("l", "SKU", "Sock", "", "A-01", 2),),
        packages=(Package("box", 500, f"00370730{n:010d}"),),
        created_at=datetime(2026, 11, 23, 9, n, tzinfo=UTC),
    )


def test_formula_characters_are_neutralised():
    for hostile in ('=HYPERLINK("http://x")', "+1+1", "-2", "@SUM(A1)", "\t=1"):
        assert neutralise(hostile).startswith("'")
    assert neutralise("Åse Ørsted") == "Åse Ørsted"
    assert neutralise(42) == "42"


def test_the_shift_csv_keeps_nordic_names_and_disarms_customer_formulas():
    data = shift_csv([shipment(1, "Åse Ørsted"), shipment(2, "=cmd|' /C calc'!A0")])
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:3] == ["shipped_at", "order", "recipient"]
    assert rows[1][2] == "Åse Ørsted"
    assert rows[2][2] == "'=cmd|' /C calc'!A0"
    assert rows[1][6] == "003707300000000001"


def test_the_manifest_lists_each_carriers_shipments_with_scannable_tracking(tmp_path):
    shipments = [
        shipment(1, "Åse Ørsted"),
        shipment(2, "Bo Ek"),
        shipment(3, "Jan de Vries", "DHL"),
    ]
    pdf = manifest_pdf(shipments, datetime(2026, 11, 23).date(), "Nordlys Design ApS")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2  # one page per carrier
    dhl, postnord = (page.extract_text() for page in reader.pages)
    assert "Carrier manifest · DHL · 2026-11-23" in dhl and "Jan de Vries" in dhl
    assert "PostNord" in postnord and "Åse Ørsted" in postnord and "2 shipments" in postnord
    images = render_pdf(pdf, tmp_path)
    found = {r.text for image in images for r in zxingcpp.read_barcodes(image)}
    assert {p.tracking_number for s in shipments for p in s.packages} <= found


def test_report_and_manifest_from_the_command_line(station, settings, tmp_path):
    import os
    import subprocess
    import sys

    packed = station.packing.complete(pack_order(station, "#1001")).shipment
    env = {**os.environ, "PACKSTATION_DATA_DIR": str(settings.data_dir)}
    for args, out in (
        (["report", "--out"], tmp_path / "shift.csv"),
        (["manifest", "--out"], tmp_path / "manifest.pdf"),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "packstation", *args, str(out), "--demo"],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO((tmp_path / "shift.csv").read_text("utf-8-sig"))))
    assert [r[1] for r in rows[1:]] == ["#1001"] and rows[1][6] == packed.tracking_number
    text = pypdf.PdfReader(tmp_path / "manifest.pdf").pages[0].extract_text()
    assert packed.tracking_number in text and "Åse Ørsted" in text
