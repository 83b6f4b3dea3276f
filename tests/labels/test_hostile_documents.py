"""Every document prints right with hostile names, in all five languages (issue 17).

Labels are rendered by an independent ZPL renderer (zpl-renderer-js) and by our PNG preview;
PDFs are read back with pypdf (text and where each run lies, measured with the font's
metrics) and rendered with poppler; barcodes are decoded with zxing-cpp.
"""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from packstation.domain.picking import PickRow
from packstation.i18n import SlipLanguage, translator_for
from packstation.labels.layout import (
    LABEL_WIDTH_DOTS,
    MARGIN,
    Barcode,
    Text,
    shipping_label,
)
from packstation.labels.pdf import DOT, shipping_label_pdf
from packstation.labels.pick_list import pick_list_pdf
from packstation.labels.png import shipping_label_png
from packstation.labels.slip import packing_slip_pdf
from packstation.labels.slip_zpl import packing_slip_zpl
from packstation.labels.text import shown
from packstation.labels.zpl import shipping_label_zpl
from tests.labels.hostile import ARABIC, HEBREW, SENDER, hostile_shipment, recipients
from tests.labels.pdf_runs import overlaps, runs
from tests.labels.render import render_pdf, render_zpl

zxingcpp = pytest.importorskip("zxingcpp")
LANGUAGES = ("en", "da", "sv", "nb", "nl")
COUNTRIES = {"seven": "UNITED KINGDOM"}
CODES = [("Code128", "#2002"), ("Code128", "PS000123456789"), ("QRCode", "PS000123456789")]


def codes(image: Image.Image) -> list[tuple[str, str]]:
    return sorted((r.format.name, r.text) for r in zxingcpp.read_barcodes(image))


def ink(image: Image.Image, box: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    """The bounding box of the dark pixels inside ``box``, in image coordinates."""
    region = ImageOps.invert(image.convert("L").crop(box)).point(lambda v: 255 if v > 128 else 0)
    found = region.getbbox()
    if found is None:
        return None
    return (found[0] + box[0], found[1] + box[1], found[2] + box[0], found[3] + box[1])


class PrintedLabels:
    """Each hostile label in each language, printed by the independent renderer when a test
    first asks for it, once per test process (the tests of this module are spread over the
    workers: printing all 35 in each would cost every worker about 20 s)."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._printed: dict[tuple[str, str], Image.Image] = {}

    def __getitem__(self, case: tuple[str, str]) -> Image.Image:
        if case not in self._printed:
            language, name = case
            zpl = shipping_label_zpl(
                hostile_shipment(recipients()[name]), SENDER, tr=translator_for(language)
            )
            folder = self._folder / f"{language}-{name}"
            folder.mkdir()
            (self._printed[case],) = render_zpl(zpl, folder)
        return self._printed[case]


@pytest.fixture(scope="module")
def printed_labels(tmp_path_factory):
    """The hostile labels as printed (each one label, one image)."""
    return PrintedLabels(tmp_path_factory.mktemp("labels"))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(recipients()))
def test_the_printed_label_keeps_within_its_margins_and_decodes(printed_labels, language, name):
    image = printed_labels[(language, name)]
    assert codes(image) == CODES
    left, _top, right, _bottom = ink(image, (0, 0, image.width, 1218)) or (0, 0, 0, 0)
    assert left >= MARGIN - 2
    assert right <= LABEL_WIDTH_DOTS - MARGIN + 2  # the rules end at 782; no text past them


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(recipients()))
def test_the_preview_is_what_prints_within_a_few_dots(printed_labels, language, name):
    shipment = hostile_shipment(recipients()[name])
    tr = translator_for(language)
    preview = Image.open(io.BytesIO(shipping_label_png(shipment, SENDER, tr=tr)))
    printed = printed_labels[(language, name)]
    texts = [el for el in shipping_label(shipment, SENDER, tr=tr) if isinstance(el, Text)]
    assert texts
    for el in texts:
        band = (0, el.y - 6, LABEL_WIDTH_DOTS, el.y + round(el.size * 1.05))
        ours, theirs = ink(preview, band), ink(printed, band)
        assert ours is not None and theirs is not None, el
        assert all(abs(a - b) <= 3 for a, b in zip(ours, theirs, strict=True)), (el, ours, theirs)
    qr = (590, 640, LABEL_WIDTH_DOTS, 870)
    assert ink(preview, qr) == ink(printed, qr)
    # the barcodes: the same bars at the same place, and the same text under them
    for code in [el for el in shipping_label(shipment, SENDER, tr=tr) if isinstance(el, Barcode)]:
        bars = (0, code.y + code.height // 2, 590, code.y + code.height // 2 + 1)
        assert ink(preview, bars) == ink(printed, bars), code
        caption = (0, code.y + code.height + 2, 590, code.caption_baseline + 8)
        ours, theirs = ink(preview, caption), ink(printed, caption)
        assert ours is not None and theirs is not None, code
        assert all(abs(a - b) <= 3 for a, b in zip(ours, theirs, strict=True)), (ours, theirs)


@pytest.mark.parametrize("name", list(recipients()))
def test_the_address_keeps_its_country_and_right_to_left_prints_as_a_picture(name):
    shipment = hostile_shipment(recipients()[name])
    zpl = shipping_label_zpl(shipment, SENDER).decode()
    country = COUNTRIES.get(name, "NORWAY")
    assert f"^FD{country}^FS" in zpl
    if name in ("arabic", "hebrew"):
        assert "^GFA," in zpl
        assert not re.search("[\u0590-\u06ff]", zpl)  # never as printer text, unshaped
    assert "🎁" not in zpl and "👍" not in zpl


def test_a_seven_line_address_shortens_a_line_and_keeps_the_country():
    shipment = hostile_shipment(recipients()["seven"])
    lines = [
        el.fitted
        for el in shipping_label(shipment, SENDER)
        if isinstance(el, Text) and 270 <= el.y < 600
    ]
    assert len(lines) == 6 and lines[-1] == "UNITED KINGDOM"
    assert lines[0] == "Margaret Featherstonehaugh-Cholmondeley"
    assert "Manchester, Greater Manchester M1 2AB" in lines  # two short lines joined


def test_a_long_upper_case_street_keeps_its_house_number():
    shipment = hostile_shipment(recipients()["upper"])
    texts = " ".join(el.fitted for el in shipping_label(shipment, SENDER) if isinstance(el, Text))
    assert "1234" in texts and "…" not in texts


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(recipients()))
def test_the_pdf_label_stays_on_the_page(language, name):
    shipment = hostile_shipment(recipients()[name])
    (page,) = runs(shipping_label_pdf(shipment, SENDER, tr=translator_for(language)))
    limit = (LABEL_WIDTH_DOTS - MARGIN) * DOT
    assert all(run.right <= limit + 0.5 for run in page), [r for r in page if r.right > limit]
    assert not overlaps(page)
    texts = [run.text for run in page]
    if name not in ("arabic", "hebrew"):
        assert COUNTRIES.get(name, "NORWAY") in texts


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(recipients()))
def test_the_slip_wraps_the_address_and_never_overprints(language, name):
    shipment = hostile_shipment(recipients()[name], lines=30, sku_length=24)
    words = SlipLanguage(translator_for(language), "Return within 30 days: {order}")
    pages = runs(packing_slip_pdf(shipment, SENDER, language=words))
    margin, width = 18 * 72 / 25.4, 595.3  # A4
    for page in pages:
        assert not overlaps(page), overlaps(page)
        assert all(r.x >= margin - 1 and r.right <= width - margin + 1 for r in page)
    first = [run.text for run in pages[0]]
    assert COUNTRIES.get(name, "NORWAY") in first
    skus = {run.text for page in pages for run in page if run.text.startswith("SKU-")}
    assert len(skus) == 30 and not any("…" in sku for sku in skus)  # never cut with room left
    assert any("DENMARK" in text for text in first)  # the sender line whole


def test_the_slip_shows_arabic_and_hebrew_shaped_right_to_left():
    shipment = hostile_shipment(recipients()["arabic"])
    pdf = packing_slip_pdf(shipment, SENDER)
    joined = " ".join(run.text for page in runs(pdf) for run in page)
    # drawn as joined letter forms (pypdf reads them back in logical order)
    assert ARABIC in unicodedata.normalize("NFKC", joined)
    assert all(not 0x0600 <= ord(ch) <= 0x06FF for ch in joined)
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in joined)
    assert HEBREW in joined and "🎁" not in joined
    # drawn right to left: the first letter of the name stands rightmost
    name = next(run for run in runs(pdf)[0] if "ﻣﺤﻤﺪ" in run.text)
    assert shown(ARABIC).endswith("ﻣ") and name.x < 60


def test_hostile_slips_and_labels_render_and_decode(tmp_path):
    for name in ("arabic", "seven", "line300"):
        shipment = hostile_shipment(recipients()[name], lines=30)
        (tmp_path / name).mkdir()
        (tmp_path / f"{name}-label").mkdir()
        pages = render_pdf(packing_slip_pdf(shipment, SENDER), tmp_path / name)
        assert codes(pages[0]) == [("Code128", "#2002")]
        (label,) = render_pdf(shipping_label_pdf(shipment, SENDER), tmp_path / f"{name}-label")
        assert codes(label) == CODES


def test_the_thermal_slip_keeps_within_the_label_in_every_language(tmp_path):
    shipment = hostile_shipment(recipients()["arabic"], lines=20, sku_length=30)
    zpl = b"".join(
        packing_slip_zpl(
            shipment,
            SENDER,
            language=SlipLanguage(translator_for(language), "Return: {order}, {shop}"),
            reprint=True,
        )
        for language in LANGUAGES
    )
    images = render_zpl(zpl, tmp_path)
    assert len(images) == 2 * len(LANGUAGES)
    for image in images:
        assert codes(image) == [("Code128", "#2002")]
        box = ink(image, (0, 0, image.width, 1218))
        assert box is not None and box[2] <= LABEL_WIDTH_DOTS - MARGIN + 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pick_list_sizes_its_columns_to_the_content(language):
    rows = [
        PickRow(
            f"A-{i:02d}-{i % 3}-TOP",
            f"SKU-{i:03d}-LONG-VARIANT-XL",
            f"Item {i} {ARABIC}",
            "Blå",
            i + 1,
            tuple(f"#{1000 + j}" for j in range(i * 3 + 1)),
        )
        for i in range(8)
    ]
    pdf = pick_list_pdf(
        rows, title="Batch 3", created=datetime(2026, 11, 23, 10, 0), tr=translator_for(language)
    )
    (page,) = runs(pdf)
    assert not overlaps(page)
    texts = [run.text for run in page]
    for row in rows:
        assert row.sku in texts and row.bin_location in texts
    orders = " ".join(texts)
    assert "#1021" in orders  # the last order of the longest row, wrapped, not cut
