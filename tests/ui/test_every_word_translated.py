"""Every word on every screen and dialog speaks the station's language (da, sv, nb, nl).

The window is started on the demo shop in each language; each main screen and dialog is opened,
every text a person can see is collected (labels, buttons, headers, cells, tooltips, titles,
placeholders) and any English word in it fails the test, unless it is a name, an SKU or a code.

An "English word" is a word of the English source texts in the catalogues that the language's
own translations never use ("Status" is Danish too, "the" is not). Shop data (products,
customers, shipping methods, names of people and benches) is taken out first: it is the shop's,
not ours to translate.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from packstation.app import build_station
from packstation.resources import resources_dir
from packstation.services.demo_people import seed_demo_people
from packstation.shop.demo.generator import _HOLD_REASONS as HOLD_REASONS
from packstation.shop.demo.people import COUNTRIES
from packstation.storage.uow import UnitOfWork
from packstation.ui.shell.about import about_text
from packstation.ui.shell.main import install_translations
from tests.helpers import pack_every_unit
from tests.ui import wedge
from tests.ui.window import show_window

pytestmark = pytest.mark.gui

LANGUAGES = ("da", "sv", "nb", "nl")
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Addresses, paths, country codes and a serial port's "n/a" (pyserial's): codes, not words.
CODES = re.compile(r"\S+://\S+|(?<![\w.])/[\w./-]+|\b[A-Z]{2,3}\b|\bn/a\b")
# Names, codes and product terms that are the same in every language (glossary: never translated).
ALLOWED = {
    "packstation",
    "shopify",
    "pin",
    "sku",
    "gs1",
    "zpl",
    "pdf",
    "csv",
    "api",
    "id",
    "ctrl",
    "esc",
    "enter",
    "tab",
    "f",
    "ok",
    "qr",
    "ean",
    "gtin",
    "cups",
    "tcp",
    "python",
    "linux",
    "windows",
    "darwin",
    "x86",
    "min",
    "h",
    "d",
    "kg",
    "g",
    "cm",
    "sek",
    "dkk",
    "nok",
    "eur",
    "https",
    "myshopify",
    "com",
    "dev",
    "usb",
    "lp",
    "ttyusb",
    "spool",
    "none",
    "serial",
    "device",
}


def _catalogue_words(language: str) -> tuple[set[str], set[str]]:
    """Words of the English sources, and words of this language's translations."""
    root = ET.parse(resources_dir() / "i18n" / f"packstation_{language}.ts").getroot()
    sources: set[str] = set()
    translations: set[str] = set()
    for message in root.iter("message"):
        sources |= {w.casefold() for w in WORD.findall(message.findtext("source") or "")}
        translation = message.find("translation")
        if translation is not None:
            text = " ".join([translation.text or ""] + [f.text or "" for f in translation])
            translations |= {w.casefold() for w in WORD.findall(text)}
    return sources, translations


def english_words(language: str) -> set[str]:
    """Words that, seen on a screen in ``language``, can only be English."""
    sources, translations = _catalogue_words(language)
    # Placeholders' names ({order}) and Qt's own (%n) are not words on a screen.
    return sources - translations - ALLOWED


def shop_data(station) -> list[str]:
    """Texts from the shop or the people set up, longest first: removed before checking."""
    texts: set[str] = set()
    for product in station.connector.products:
        texts |= {product.title, product.variant_title, product.sku, product.barcode}
    for country in COUNTRIES:
        texts |= {country.standard_method, country.express_method, *country.first_names}
        texts |= {*country.last_names, *country.streets}
        texts |= {town for _postcode, town in country.towns} | set(country.notes)
    texts |= {"Collect in store", "Local delivery"}
    texts |= {person.name for person in station.auth.people()}
    texts |= {station.settings.station_name, LEAD_REASON, *HOLD_REASONS}
    return sorted((t for t in texts if t), key=len, reverse=True)


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column, no headers
        columns = 1
    else:
        for column in range(columns):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(QModelIndex()), 30)):
        for column in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(row, column, QModelIndex()), role)
                if isinstance(value, str):
                    yield value


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can read on ``root`` and its children."""
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if widget.isWindow():
            yield name, widget.windowTitle()
        yield name, widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QComboBox):
            yield from ((name, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            yield from ((name, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView):
            yield from ((name, text) for text in _model_texts(widget))
        for action in widget.actions():
            yield name, action.text()


def english_in(texts: Iterator[tuple[str, str]], english: set[str], data: list[str]) -> set[str]:
    """The texts that still hold an English word, with the word."""
    found: set[str] = set()
    # Every data value at once, longest first (one pass, not one per value)
    values = (
        re.compile("|".join(map(re.escape, sorted(data, key=len, reverse=True)))) if data else None
    )
    for where, text in texts:
        if not text:
            continue
        plain = re.sub(r"<[^>]+>", " ", text)  # rich text: the tags are not words
        if values is not None:
            plain = values.sub(" ", plain)
        plain = CODES.sub(" ", plain)
        for word in WORD.findall(plain):
            if word.casefold() in english:
                found.add(f"{where}: {word!r} in {text[:80]!r}")
    return found


LEAD_REASON = "Bin 4711"  # what a lead typed: the lead's words, not ours


def raise_exceptions(station) -> None:
    """A hand confirmation and a short shipment for the exceptions screen to show."""
    product = station.connector.products[0]
    with UnitOfWork(station.session_factory) as uow:
        row = uow.orders.queue()[-1]
        where = {
            "fulfillment_order_id": row.id,
            "order_name": row.order_name,
            "station": "Bench 1",
            "raised_by": "Åse",
            "at": datetime.now(UTC),
        }
        line = {"title": product.title, "sku": product.sku, "lead": "Åse", "reason": LEAD_REASON}
        uow.exceptions.raise_exception("override", detail=line, **where)
        missing = {"missing": [{"missing": 1, "title": product.title, "sku": product.sku}]}
        detail = missing | {"lead": "Åse", "reason": LEAD_REASON}
        uow.exceptions.raise_exception("short_pick", detail=detail, **where)
        uow.commit()


@pytest.fixture(params=LANGUAGES)
def in_language(request, qtbot, qapp, settings, demo_shop):
    language = request.param
    translators = install_translations(qapp, language)
    station = build_station(
        replace(settings, language=language, sync_interval_seconds=0.3), connector=demo_shop
    )
    station.puller.pull()
    seed_demo_people(station.auth)
    raise_exceptions(station)
    app = show_window(qtbot, qapp, station)
    yield language, app
    app.shutdown()
    for translator in translators:
        qapp.removeTranslator(translator)


def test_every_screen_and_dialog_speaks_the_language(qtbot, in_language):
    language, app = in_language
    window, controller, station = app.window, app.controller, app.station
    english, data = english_words(language), shop_data(station)
    seen: set[str] = set()

    def look(widget: QWidget) -> None:
        seen.update(english_in(visible_texts(widget), english, data))

    look(window)  # the sign-in screen: people are set up, so the station starts locked
    with qtbot.waitSignal(controller.sign_in.refused, timeout=5000):
        wedge.scan("NOBODY-0000", target=QApplication.activeWindow())
    look(window)  # the sign-in screen says the badge is unknown, in the language
    with qtbot.waitSignal(controller.sign_in.signed_in, timeout=5000):
        wedge.scan("LEAD-0001", target=QApplication.activeWindow())
    qtbot.waitUntil(lambda: controller.queue_model.rowCount(QModelIndex()) > 0, timeout=5000)
    model = controller.queue_model
    entries = [model.entry(row) for row in range(model.rowCount())]
    data = sorted(
        {*data, *(e.shipping_method for e in entries), *(e.customer for e in entries)},
        key=len,
        reverse=True,
    )
    look(window)  # the queue, with its status bar
    held = next(e for e in entries if e.status == "ON_HOLD")
    wedge.scan(held.order_name, target=QApplication.activeWindow())
    assert not window.on_pack_screen
    look(window)  # the banner: the order is on hold
    wedge.scan("#99999", target=QApplication.activeWindow())
    look(window)  # the banner: no such order
    order_name = next(e.order_name for e in entries if e.status == "OPEN")
    wedge.scan(order_name, target=QApplication.activeWindow())
    qtbot.waitUntil(lambda: window.on_pack_screen, timeout=5000)
    wedge.scan("0000000000000", target=QApplication.activeWindow())  # a wrong scan: the banner
    look(window)  # the pack screen with an order and a banner
    pack_every_unit(controller.open, lambda code: wedge.scan(code, target=window))
    look(window)  # every unit scanned
    with qtbot.waitSignal(controller.packed, timeout=15000):
        qtbot.keyClick(window, Qt.Key.Key_F10)
    look(window)  # packed and printed: the banner says so
    controller.print_queue.toggle()
    qtbot.waitUntil(lambda: controller.print_queue.model.rowCount() > 0, timeout=5000)
    look(window)  # the print queue panel, with the order's jobs
    for opened in (
        controller.lead.show_dashboard(),
        controller.lead.show_exceptions(),
        controller.lead.show_batches(),
        controller.lead.show_claims(),
    ):
        assert opened is not None
        if opened is controller.lead.dashboard:  # its figures come from a worker
            table = opened.view.table
            qtbot.waitUntil(lambda t=table: t.rowCount() >= 1, timeout=5000)  # the order packed
        look(opened.view)
        if opened is controller.lead.dashboard:  # figures written as the language writes them
            per_order = table.item(0, 6).text()  # minutes per order, before weight stops
            assert per_order.endswith(" min") and "," in per_order and "." not in per_order
        if opened is controller.lead.exceptions_dialog:  # the kinds, in the language
            shown = " ".join(text for _where, text in visible_texts(opened.view))
            assert QCoreApplication.translate("Exceptions", "Short shipment") in shown
            assert QCoreApplication.translate("Exceptions", "Short shipment") != "Short shipment"
        opened.view.close()
    controller.lead.open_people()
    dialog = controller.auth_dialog
    assert dialog is not None
    look(dialog)  # a lead's yes: the authorise dialog
    dialog.reason.setText("people")
    dialog.try_pin()
    qtbot.waitUntil(lambda: controller.people_dialog is not None, timeout=5000)
    look(controller.people_dialog.view)
    controller.people_dialog.view.close()
    settings = controller.settings.open_settings()
    look(settings.view)
    settings.view.close()
    shop = controller.settings.open_shop_connection()
    look(shop.view)
    shop.view.close()
    seen |= english_in(iter([("About", about_text())]), english, data)
    assert not seen, f"English on the {language} screens:\n" + "\n".join(sorted(seen))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_check_itself_sees_english_and_passes_the_language(language):
    english = english_words(language)
    shown = [("QLabel", "Scan a packing slip to open its order"), ("QLabel", "PIN · SKU 4711")]
    seen = {
        found.split(": ", 1)[1].split(" in ")[0] for found in english_in(iter(shown), english, [])
    }
    assert seen >= {"'packing'", "'slip'", "'its'"}
    assert not seen & {"'PIN'", "'SKU'"}  # codes and product terms pass
    root = ET.parse(resources_dir() / "i18n" / f"packstation_{language}.ts").getroot()
    translated = [
        ("QLabel", message.findtext("translation") or "")
        for message in root.iter("message")
        if message.get("numerus") != "yes"
    ]
    assert english_in(iter(translated), english, []) == set()
