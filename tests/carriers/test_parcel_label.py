"""The own-delivery / emulator parcel label: measured text, whole addresses, decodable numbers."""

from __future__ import annotations

import io
import re

import pytest

from packstation.carriers.parcel_label import SIZES, ParcelLabel, label_pdf, label_zpl
from packstation.domain.orders import Address
from packstation.labels.text import width
from tests.labels.hostile import ARABIC, LONG_STREET, SENDER, SEVEN_LINES
from tests.labels.render import render_pdf, render_zpl

zxingcpp = pytest.importorskip("zxingcpp")
pypdf = pytest.importorskip("pypdf")

RECEIVER = Address(
    "Åse Ørsted",
    LONG_STREET + " LEILIGHET 7",
    "Oslo",
    "0150",
    "NO",
    company=ARABIC,
    address2="c/o Very Long Company Name International Holding",
)


def _label(receiver: Address) -> ParcelLabel:
    return ParcelLabel("OWN DELIVERY", "Van", "PS000000000123", receiver, SENDER, "#1001", 1, 2)


@pytest.mark.parametrize("receiver", [RECEIVER, SEVEN_LINES], ids=["long-street", "seven-lines"])
def test_the_text_stays_inside_the_label_and_keeps_number_and_country(receiver, tmp_path):
    zpl = label_zpl([_label(receiver)]).decode()
    fields = re.findall(r"\^FO(\d+),\d+\^A@N,(\d+),\d+,[^^]*\^FH_\^FD([^^]*)\^FS", zpl)
    assert fields
    page_width = SIZES["10x19"][0]
    for x, size, text in fields:
        assert int(x) + width(text.replace("_5F", "_"), int(size)) <= page_width - 30, text
    printed = " ".join(text for _, _, text in fields)
    assert "NORWAY" in printed or "UNITED KINGDOM" in printed
    if receiver is RECEIVER:
        assert "LEILIGHET 7" in printed  # the house number is not cut off
    pdf_text = pypdf.PdfReader(io.BytesIO(label_pdf([_label(receiver)]))).pages[0]
    assert "Ref #1001" in pdf_text.extract_text()


def test_the_parcel_number_decodes_from_the_printed_and_the_pdf_label(tmp_path):
    label = _label(RECEIVER)
    for image in render_zpl(label_zpl([label]), tmp_path) + render_pdf(
        label_pdf([label]), tmp_path
    ):
        found = [b.text for b in zxingcpp.read_barcodes(image)]
        assert "PS000000000123" in found
