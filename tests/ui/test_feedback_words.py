"""What the banner says: the variant of each item, a short shipment in amber, F8's reprint,
an unknown order number and a misread barcode, each in words."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from packstation.domain.barcodes import gtin_check_digit
from packstation.domain.users import Role
from packstation.ui.pack.words import expired_on
from packstation.ui.shared.feedback import Tone
from tests.helpers import pack_every_unit
from tests.ui.test_lead_gates import approve_by_badge
from tests.ui.test_pack_flow import running  # noqa: F401 (the window fixture)
from tests.ui.wedge import scan

pytestmark = pytest.mark.gui


def test_a_matched_scan_names_the_variant(qtbot, running):  # noqa: F811
    scan("#1001")
    line = next(ln for ln in running.controller.open.order.lines if ln.variant_title)
    scan(line.barcode)
    banner = running.window.pack_view.banner
    assert banner.tone in (Tone.GOOD, Tone.WARNING)
    assert f"{line.title} · {line.variant_title}" in banner.message


def test_an_unknown_order_number_and_a_misread_are_said_in_words(qtbot, running):  # noqa: F811
    banner = running.window.queue_view.banner
    scan("#9999")
    assert banner.tone is Tone.WRONG and banner.message == "No order #9999 in the queue"
    scan("9999")
    assert banner.message == "No order #9999 in the queue"
    good = "570000000001"
    good += str(gtin_check_digit(good))
    misread = good[:-1] + str((int(good[-1]) + 1) % 10)
    scan(misread)
    assert banner.message == "Misread (the check digit is wrong): scan again"
    scan("#1001")
    scan(misread)
    pack_banner = running.window.pack_view.banner
    assert pack_banner.tone is Tone.WRONG
    assert pack_banner.message == "Misread (the check digit is wrong): scan again"
    assert running.controller.open.session.units_scanned == 0


def test_f8_confirms_the_reprint(qtbot, running):  # noqa: F811
    station, window, controller = running.station, running.window, running.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    scan("#1001")
    pack_every_unit(controller.open, scan)
    with qtbot.waitSignal(controller.packed, timeout=15000):
        qtbot.keyClick(window, Qt.Key.Key_F10)
    assert window.pack_view.banner.tone is Tone.GOOD
    assert "#1001 packed: label and slip printed" in window.pack_view.banner.message
    qtbot.keyClick(window, Qt.Key.Key_F8)
    with qtbot.waitSignal(controller.packed, timeout=15000):
        approve_by_badge(qtbot, controller, "Label smudged")
    assert window.pack_view.banner.tone is Tone.GOOD
    assert window.pack_view.banner.message == "#1001: label and slip reprinted, marked REPRINT"


def test_an_expired_gs1_item_is_counted_in_amber_with_its_date(qtbot, running):  # noqa: F811
    scan("#1001")
    line = running.controller.open.order.lines[0]
    gtin = line.barcode.zfill(14)
    scan(f"]d201{gtin}17200131")  # a GS1 DataMatrix that expired on 31 January 2020
    banner = running.window.pack_view.banner
    assert banner.tone is Tone.WARNING
    assert "2020-01-31" in banner.message and line.title in banner.message
    assert running.controller.open.session.scanned(line.line_id) == 1
    in_two_years = f"]d201{gtin}17{date.today().year + 2 - 2000:02d}0131"
    assert expired_on(in_two_years) is None
    assert expired_on(f"]d201{gtin}17200131") is not None
