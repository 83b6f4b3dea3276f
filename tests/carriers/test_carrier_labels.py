"""The platform's label bytes reach a real (emulated) thermal printer and their barcodes decode."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace

import pytest
from PIL import Image

from packstation.carriers.base import Parcel
from packstation.devices.printer.base import PrintDocument
from packstation.devices.printer.tcp import TcpPrinter
from tests.carriers.conftest import RECEIVER, request
from tests.devices.printer_server import EmulatedZplPrinter
from tests.labels.render import ZPL_TOOL, render_pdf, render_zpl

zxingcpp = pytest.importorskip("zxingcpp")


def codes(image) -> list[str]:
    return sorted(r.text for r in zxingcpp.read_barcodes(image) if r.format.name == "Code128")


def test_the_emulators_zpl_label_prints_on_the_tcp_printer_and_decodes(emulator, carrier, tmp_path):
    booking = carrier.book(
        request("ps-zpl", parcels=(Parcel(900), Parcel(1400)), label_format="compact_zpl")
    )
    assert booking.label_format == "zpl" and len(booking.tracking_numbers) == 2
    with EmulatedZplPrinter() as printer:
        TcpPrinter("127.0.0.1", printer.port).send(
            PrintDocument("ps-zpl", "label", "zpl", booking.label)
        )
        (job,) = printer.behaviour.jobs
    assert job == booking.label  # the carrier's bytes, untouched
    images = render_zpl(job, tmp_path)
    assert [codes(image) for image in images] == [[n] for n in booking.tracking_numbers]


def test_a_10x19_zpl_label_decodes_at_its_own_size(emulator, carrier, tmp_path):
    booking = carrier.book(request("ps-1019", label_format="10x19_zpl"))
    if shutil.which("node") is None or not (ZPL_TOOL / "node_modules").exists():
        pytest.skip(
            "zpl-renderer-js missing: run `npm ci --prefix tools/zpl-render` (.ci/run does)"
        )
    out = (
        subprocess.run(
            ["node", str(ZPL_TOOL / "render.mjs"), str(tmp_path / "big"), "100", "190", "8"],
            input=booking.label,
            capture_output=True,
            timeout=120,
            check=True,
        )
        .stdout.decode()
        .split()
    )
    (image,) = [Image.open(path) for path in out]
    assert image.size[1] > image.size[0] * 1.8  # tall: 10 × 19 cm
    assert codes(image) == list(booking.tracking_numbers)


def test_the_emulators_pdf_label_decodes(emulator, carrier, tmp_path):
    booking = carrier.book(request("ps-pdf", label_format="10x19_pdf"))
    assert booking.label.startswith(b"%PDF") and booking.label_format == "pdf"
    (page,) = render_pdf(booking.label, tmp_path)
    assert codes(page) == list(booking.tracking_numbers)


def test_customer_text_cannot_become_a_zpl_command(emulator, carrier, tmp_path):
    evil = replace(RECEIVER, name="^XA^FDpwned^FS^XZ ~JR", address2="Zoë_~^")
    booking = carrier.book(request("ps-evil", receiver=evil, label_format="compact_zpl"))
    assert booking.label.count(b"^XA") == 1
    (image,) = render_zpl(booking.label, tmp_path)
    assert codes(image) == list(booking.tracking_numbers)
