"""Documents in the reader's language, with plural forms, and names that survive every one."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from packstation.domain.figures import PackerFigures, ShiftFigures
from packstation.domain.orders import Address
from packstation.domain.picking import PickRow
from packstation.domain.shipments import Package, Shipment, ShipmentLine
from packstation.i18n import DocumentLanguages, SlipLanguage, translator_for
from packstation.labels.command_sheet import command_sheet_pdf
from packstation.labels.pdf import shipping_label_pdf
from packstation.labels.pick_list import pick_list_pdf
from packstation.labels.slip import packing_slip_pdf, packing_slips_pdf
from packstation.labels.slip_zpl import packing_slip_zpl
from packstation.labels.zpl import shipping_label_zpl
from packstation.reports.manifest import manifest_pdf
from packstation.reports.shift_report import SHIPMENT_HEADER, shift_csv, shift_header, shift_pdf

SENDER = Address("Nordlys Design ApS", "Søren Kierkegaards Plads 1", "København K", "1221", "DK")
NAMES = ("Åse Ørsted", "Ærøskøbing", "Malmö", "IJsselstein", "Søren Kierkegaards Plads")
DANISH = SlipLanguage(translator_for("da"), "Retur inden 14 dage til {shop}, mærket {order}.")


def shipment(
    country: str = "DK", units: tuple[int, ...] = (1, 2), city: str = "Ærøskøbing"
) -> Shipment:
    return Shipment(
        shipment_id="s-1",
        fulfillment_order_id="fo-1",
        order_name="#1001",
        carrier="PostNord",
        shipping_method="Pakke til døren",
        recipient=Address("Åse Ørsted", "Søren Kierkegaards Plads 3", city, "5970", country),
        lines=tuple(
            ShipmentLine(f"l{i}", f"SKU-{i}", f"Malmö-tröja {i}", "IJsselstein", f"A-{i}", n)
            for i, n in enumerate(units)
        ),
        packages=(Package("box", 1250, "00370730000000001", weighed=True),),
        created_at=datetime(2026, 11, 23, 9, 5, tzinfo=UTC),
        customer_note="Stil den ved Ærøskøbing-skuret",
    )


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    """The text poppler's pdftotext reads (pypdf's when poppler is missing), spaces joined."""
    if shutil.which("pdftotext"):
        source = tmp_path / "document.pdf"
        source.write_bytes(pdf)
        done = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(source), "-"],
            capture_output=True,
            check=True,
            timeout=60,
        )
        text = done.stdout.decode("utf-8")
    else:
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.split())


def test_a_danish_slip_says_pakkeseddel_with_danish_words_dates_and_return_text(tmp_path):
    text = pdf_text(packing_slip_pdf(shipment(), SENDER, language=DANISH), tmp_path)
    assert "Pakkeseddel #1001" in text
    for word in ("Leveres til", "Antal", "Placering", "Besked fra kunden", "Returnering"):
        assert word in text
    assert "Dato: 23.11.2026" in text and "3 varer" in text
    assert "Retur inden 14 dage til Nordlys Design ApS, mærket #1001." in text
    assert "Packing slip" not in text and "Return within" not in text


def test_the_zpl_slip_speaks_the_customers_language_too():
    zpl = packing_slip_zpl(shipment(units=(1,)), SENDER, language=DANISH).decode("utf-8")
    assert "^CI28" in zpl and "Nordlys Design ApS · Pakkeseddel" in zpl
    assert "1 vare" in zpl and "1 varer" not in zpl
    assert "Retur inden 14 dage" in zpl


@pytest.mark.parametrize(("units", "words"), [((1,), "1 unit"), ((2, 3), "5 units")])
def test_english_slips_use_plural_forms(tmp_path, units, words):
    text = pdf_text(packing_slip_pdf(shipment(units=units), SENDER), tmp_path)
    assert f" {words} " in f" {text} "
    assert "1 units" not in text


def test_no_return_text_is_printed_unless_the_shop_set_one(tmp_path):
    text = pdf_text(packing_slip_pdf(shipment(), SENDER), tmp_path)
    assert "Returns" not in text and "30 days" not in text
    zpl = packing_slip_zpl(shipment(), SENDER).decode("utf-8")
    assert "Return" not in zpl


def test_a_batch_of_slips_gives_each_customer_their_language(tmp_path):
    languages = DocumentLanguages("en", return_texts={"sv": "Returnera till {shop} ({order})"})
    orders = [shipment("DK"), shipment("SE", city="Malmö"), shipment("NL", city="IJsselstein")]
    pdf = packing_slips_pdf(
        orders,
        SENDER,
        languages=lambda s: languages.slip(s.recipient.country_code),
    )
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]
    assert "Pakkeseddel #1001" in pages[0]
    assert (
        "Följesedel #1001" in pages[1] and "Returnera till Nordlys Design ApS (#1001)" in pages[1]
    )
    assert "Pakbon #1001" in pages[2] and "IJsselstein" in pages[2]


def test_a_swedish_stations_pick_list_is_swedish(tmp_path):
    rows = [
        PickRow("A-01", "SKU-1", "Malmö-tröja", "IJsselstein", 1, ("#1001",)),
        PickRow("B-02", "SKU-2", "Ærøskøbing-kop", "", 2, ("#1001", "#1002")),
    ]
    pdf = pick_list_pdf(
        rows,
        title="Plocklista · Bänk 1",
        created=datetime(2026, 11, 23, 14, 5),
        tr=translator_for("sv"),
    )
    text = pdf_text(pdf, tmp_path)
    assert "Plocklista · Bänk 1" in text
    assert "2026-11-23 14:05 · 2 ordrar · 3 artiklar · sida 1" in text
    for word in ("Plats", "Artikelnr", "Antal", "Artikel", "Ordrar"):
        assert word in text
    assert "Malmö-tröja" in text and "Ærøskøbing-kop" in text and "IJsselstein" in text


def test_an_unknown_language_falls_back_to_english(tmp_path):
    rows = [PickRow("A-01", "SKU-1", "Sock", "", 1, ("#1001",))]
    pdf = pick_list_pdf(rows, title="x", created=datetime(2026, 11, 23), tr=translator_for("fr"))
    assert "1 order · 1 unit · page 1" in pdf_text(pdf, tmp_path)


def test_the_label_words_follow_the_station(tmp_path):
    danish = shipping_label_zpl(shipment(), SENDER, tr=translator_for("da")).decode("utf-8")
    assert "AFSENDER" in danish and "MODTAGER" in danish and "PostNord sporing" in danish
    assert "Ordre #1001 1,25 kg Kolli 1/1" in danish
    english = shipping_label_zpl(shipment(), SENDER).decode("utf-8")
    assert "SHIP TO" in english and "Order #1001 1.25 kg Package 1/1" in english
    reprint = shipping_label_zpl(shipment(), SENDER, reprint=True, tr=translator_for("nl"))
    assert "HERDRUK" in reprint.decode("utf-8")


def test_the_command_sheet_speaks_the_stations_language(tmp_path):
    text = pdf_text(command_sheet_pdf("Bænk 1", tr=translator_for("nb")), tmp_path)
    assert "Stasjon Bænk 1. Virker på pakkeskjermen." in text
    assert "Fullfør ordren (F10)" in text


def figures() -> ShiftFigures:
    packer = PackerFigures("Åse Ørsted", 1234, 2500, 2600, 26, 3, 1234 * 150.0)
    return ShiftFigures(
        start=datetime(2026, 11, 23, 6, tzinfo=UTC),
        end=datetime(2026, 11, 23, 14, tzinfo=UTC),
        packers=(packer,),
        orders_per_hour=(),
        open_orders=1,
        sync_backlog=0,
        exceptions_open=2,
    )


def test_the_shift_report_in_dutch_with_local_numbers(tmp_path):
    tr = translator_for("nl")
    text = pdf_text(shift_pdf(figures(), [shipment("NL", (1,))], "Bank 1", tr=tr), tmp_path)
    assert "Dienstrapport · Bank 1 · 23-11-2026" in text
    assert "1.234 orders ingepakt · 1 nog open · 0 wachten op synchronisatie" in text
    assert "2 open uitzonderingen" in text
    assert "Inpakker" in text and "1.234" in text and "2,5 min" in text and "1,0 %" in text
    assert "1 artikel" in text and "Åse Ørsted" in text


def test_the_shift_csv_headers_follow_the_station():
    data = shift_csv([shipment()], tr=translator_for("da")).decode("utf-8-sig")
    assert data.splitlines()[0].startswith("afsendt,ordre,modtager,by,land,fragtfirma")
    assert "Åse Ørsted,Ærøskøbing,DK" in data
    assert shift_header(translator_for("en")) == SHIPMENT_HEADER  # scripts keep their columns
    english = shift_csv([shipment()]).decode("utf-8-sig")
    assert english.splitlines()[0].startswith("shipped_at,order,recipient")


def test_the_manifest_in_norwegian():
    pdf = manifest_pdf(
        [shipment("NO")], datetime(2026, 11, 23).date(), "Nordlys", tr=translator_for("nb")
    )
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Overleveringsliste · PostNord · 23.11.2026" in text
    assert "1 sending, 1 kolli" in text and "Sjåførens signatur" in text


@pytest.mark.parametrize("language", ["en", "da", "sv", "nb", "nl"])
def test_nordic_and_dutch_names_survive_every_document(tmp_path, language):
    tr = translator_for(language)
    words = SlipLanguage(tr)
    name_rows = [PickRow("A-01", "SKU-1", name, "", 1, ("#1001",)) for name in NAMES]
    pdfs = {
        "slip": packing_slip_pdf(shipment(), SENDER, language=words),
        "label": shipping_label_pdf(shipment(), SENDER, tr=tr),
        "pick list": pick_list_pdf(name_rows, title="Åse", created=datetime(2026, 11, 23), tr=tr),
        "manifest": manifest_pdf([shipment()], datetime(2026, 11, 23).date(), "Malmö AB", tr=tr),
        "shift report": shift_pdf(figures(), [shipment()], "IJsselstein", tr=tr),
    }
    expected = {
        "slip": ["Åse Ørsted", "Ærøskøbing", "Søren Kierkegaards Plads", "Malmö", "IJsselstein"],
        "label": ["Åse Ørsted", "Ærøskøbing", "Søren Kierkegaards Plads"],
        "pick list": list(NAMES),
        "manifest": ["Åse Ørsted", "Ærøskøbing", "Malmö AB"],
        "shift report": ["Åse Ørsted", "IJsselstein"],
    }
    for document, pdf in pdfs.items():
        text = pdf_text(pdf, tmp_path)
        for name in expected[document]:
            assert name in text, f"{name!r} lost on the {language} {document}"
    zpl = packing_slip_zpl(shipment(), SENDER, language=words).decode("utf-8")
    label = shipping_label_zpl(shipment(), SENDER, tr=tr).decode("utf-8")
    for source in (zpl, label):
        assert "^CI28" in source and "Åse Ørsted" in source and "Ærøskøbing" in source
    assert "Malmö-tröja 0" in zpl and "IJsselstein" in zpl
    csv = shift_csv([shipment()], tr=tr).decode("utf-8-sig")
    assert "Åse Ørsted" in csv and "Ærøskøbing" in csv
