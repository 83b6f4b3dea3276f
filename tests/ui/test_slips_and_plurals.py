"""A reprinted slip says REPRINT, a short slip says what is missing, and counts of one are
singular in the window ("1 unit")."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication

from packstation.domain.users import Role
from packstation.i18n import translator_for
from packstation.i18n.documents import COUNTRY_LANGUAGES
from packstation.ui.shell.main import install_translations
from tests.ui.test_lead_gates import approve_by_badge
from tests.ui.test_pack_flow import running  # noqa: F401 (the window fixture)
from tests.ui.wedge import scan

pytestmark = pytest.mark.gui


def pdf_text(path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_short_slip_names_what_is_missing_and_a_reprint_says_so(qtbot, running, settings):  # noqa: F811
    station, window, controller = running.station, running.window, running.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    scan("#1001")
    order = controller.open.order
    first, *rest = order.lines
    scan(first.barcode)
    missing = [(line, line.quantity) for line in rest] or [(first, first.quantity - 1)]
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.keyClicks(window.pack_view.reason_edit, "Out of stock")
    qtbot.waitUntil(lambda: window.pack_view.reason_edit.text() == "Out of stock", timeout=3000)
    qtbot.keyClick(window.pack_view.reason_edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(controller.packed, timeout=15000) as packed:
        approve_by_badge(qtbot, controller, "Out of stock")
    reason = packed.args[0].shipment.partial_reason
    line, count = missing[0]
    assert reason.startswith("Out of stock; missing: ")
    assert f"{count} × {line.title}" in reason
    [slip] = settings.spool_folder.glob("1001-*-slip.pdf")
    text = pdf_text(slip)
    # The slip speaks the customer's language (#1001 ships to Norway): the reprint mark too.
    country = order.shipping_address.country_code
    reprint_word = translator_for(COUNTRY_LANGUAGES.get(country, "en"))("PackingSlip", "REPRINT")
    assert "missing" in text and line.title in text and reprint_word not in text

    window.activateWindow()  # the lead's dialog closed: the bench window has the keys again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    with qtbot.waitSignal(controller.packed, timeout=15000):
        approve_by_badge(qtbot, controller, "Slip torn")
    [again] = settings.spool_folder.glob("1001-*-slip-reprint*.pdf")
    assert reprint_word in pdf_text(again)


class PackController(QObject):  # the context of the real message, from the catalogue
    def units(self, n: int) -> str:
        return self.tr("Next scan counts %n units", "", n)


def test_a_count_of_one_is_singular_in_english(qapp):
    translators = install_translations(qapp, "en")
    try:
        assert PackController().units(1) == "Next scan counts 1 unit"
        assert PackController().units(3) == "Next scan counts 3 units"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_plural_forms_come_from_the_language_catalogue(qapp):
    translators = install_translations(qapp, "da")
    try:
        translate = QCoreApplication.translate
        assert translate("QueueController", "%n orders waiting", None, 1) == "1 ordre venter"
        assert translate("QueueController", "%n orders waiting", None, 4) == "4 ordrer venter"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
