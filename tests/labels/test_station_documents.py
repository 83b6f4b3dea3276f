"""A wired station prints each document in its reader's language: the slip in the customer's,
the label, pick list, reports, manifest and command sheet in the station's."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace

import pytest
from pypdf import PdfReader

from packstation.app import Station, build_station
from packstation.config import Settings
from packstation.domain.batches import BatchRules
from packstation.shop.demo.shop import DemoShop
from packstation.storage.mapping import order_from_row
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order
from tests.templates import prepare_pulled


def pdf_text(data: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split()
    )


@pytest.fixture
def swedish_station(settings: Settings, demo_shop: DemoShop) -> Iterator[Station]:
    """A Swedish bench whose shop wrote a Danish return text."""
    swedish = replace(
        settings, language="sv", return_text_da="Retur til {shop} inden 30 dage, mærk {order}."
    )
    prepare_pulled(swedish, demo_shop)
    built = build_station(swedish, connector=demo_shop)
    built.puller.pull()
    yield built
    built.close()


def order_to(station: Station, country: str) -> str:
    with UnitOfWork(station.session_factory) as uow:
        for row in uow.orders.queue():
            order = order_from_row(row)
            if order.shipping_address.country_code == country:
                return order.order_name
    raise AssertionError(f"the demo shop has no order to {country}")


def test_a_danish_customers_slip_is_danish_and_the_label_swedish(swedish_station):
    station = swedish_station
    shipment = station.packing.complete(pack_order(station, order_to(station, "DK"))).shipment
    label, slip = station.printing.documents(shipment)
    slip_text = pdf_text(slip.data)
    assert f"Pakkeseddel {shipment.order_name}" in slip_text
    assert f"Retur til Nordlys Design ApS inden 30 dage, mærk {shipment.order_name}." in slip_text
    zpl = label.data.decode("utf-8")
    assert "AVSÄNDARE" in zpl and "MOTTAGARE" in zpl


def test_a_swedish_stations_batch_pick_list_reports_and_manifest_are_swedish(swedish_station):
    station = swedish_station
    [batch_id] = station.batches.create(BatchRules(max_orders=3, express_first=False))[:1]
    text = pdf_text(station.batches.pick_list(batch_id).data)
    assert "3 ordrar" in text and "Plats" in text and "Artikelnr" in text and "sida 1" in text
    station.packing.complete(pack_order(station, order_to(station, "SE")))
    data, count = station.reports.shift_report(8, "csv")
    assert count == 1
    assert data.decode("utf-8-sig").startswith("skickad,order,mottagare,ort,land")
    report, _ = station.reports.shift_report(8, "pdf")
    assert "Skiftrapport · Bench 1" in pdf_text(report) and "1 order packad" in pdf_text(report)
    manifest, _ = station.reports.manifest()
    assert "Överlämningslista" in pdf_text(manifest) and "1 sändning, 1 kolli" in pdf_text(manifest)


def test_the_command_line_prints_in_the_stations_language(station, settings, tmp_path):
    env = {
        **os.environ,
        "PACKSTATION_DATA_DIR": str(settings.data_dir),
        "PACKSTATION_LANGUAGE": "nb",
    }
    for args, out in (
        (["picklist", "--out"], tmp_path / "picklist.pdf"),
        (["commands", "--out"], tmp_path / "commands.pdf"),
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
    picklist = pdf_text((tmp_path / "picklist.pdf").read_bytes())
    assert picklist.startswith("Plukkliste · ") and " ordrer · " in picklist
    assert "Fullfør ordren (F10)" in pdf_text((tmp_path / "commands.pdf").read_bytes())


def test_a_wrong_slip_language_stops_the_command_line_with_a_calm_message(settings, tmp_path):
    env = {
        **os.environ,
        "PACKSTATION_DATA_DIR": str(settings.data_dir),
        "PACKSTATION_SLIP_LANGUAGE": "klingon",
    }
    done = subprocess.run(
        [sys.executable, "-m", "packstation", "commands", "--out", str(tmp_path / "c.pdf")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    assert "slip_language 'klingon' is not one of order, station" in done.stderr
    assert "Traceback" not in done.stderr
