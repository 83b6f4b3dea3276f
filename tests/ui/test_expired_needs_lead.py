"""expired_needs_lead: an item past its GS1 expiry date counts only after a lead's yes."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from packstation.domain.users import Role
from packstation.storage.uow import UnitOfWork
from packstation.ui.shared.feedback import Tone
from tests.ui.test_lead_gates import approve_by_badge
from tests.ui.test_pack_flow import running  # noqa: F401 (the window fixture)
from tests.ui.wedge import scan

pytestmark = pytest.mark.gui

EXPIRED = "17200131"  # AI 17: expired on 31 January 2020
FRESH = f"17{date.today().year + 2 - 2000:02d}1231"  # two years ahead


@pytest.fixture
def settings(settings):
    """The station's setting on: a lead must approve an expired item."""
    return replace(settings, expired_needs_lead=True)


def gs1(line, expiry: str) -> str:
    """A GS1 DataMatrix of the line's product with an expiry date."""
    return f"]d201{line.barcode.zfill(14)}{expiry}"


def first_plain_line(app):
    """A line of the open order that needs no serial number."""
    return next(ln for ln in app.controller.open.order.lines if not ln.requires_serial)


def saved_codes(station, session_id):
    with UnitOfWork(station.session_factory) as uow:
        return [e.code for e in uow.sessions.events(session_id)]


def granted(station):
    with UnitOfWork(station.session_factory) as uow:
        return [json.loads(e.detail) for e in uow.audit.entries(["auth.granted"])]


def test_an_expired_item_counts_only_after_a_lead_approves_it(qtbot, running):  # noqa: F811
    station, controller = running.station, running.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    scan("#1001")
    line = first_plain_line(running)
    opened = controller.open
    scan(gs1(line, EXPIRED))
    banner = running.window.pack_view.banner
    assert banner.tone is Tone.WARNING
    assert "2020-01-31" in banner.message and "shift lead must approve" in banner.message
    assert opened.session.scanned(line.line_id) == 0  # not counted while the lead is asked
    dialog = controller.auth_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.reason.text() == "Expired on 2020-01-31"

    approve_by_badge(qtbot, controller, "Customer asked for it, date checked")
    assert opened.session.scanned(line.line_id) == 1
    assert banner.message.startswith("Approved by Maja Lind: ")
    assert "2020-01-31" in banner.message
    qtbot.waitUntil(lambda: len(saved_codes(station, opened.session_id)) == 1, timeout=5000)
    assert saved_codes(station, opened.session_id)[0].endswith(EXPIRED)
    assert [g["action"] for g in granted(station)] == ["pack.expired"]
    assert granted(station)[0]["lead"] == "Maja Lind"


def test_a_refused_expired_item_is_not_counted(qtbot, running):  # noqa: F811
    station, controller = running.station, running.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    scan("#1001")
    line = first_plain_line(running)
    opened = controller.open
    scan(gs1(line, EXPIRED))
    controller.auth_dialog.reject()
    banner = running.window.pack_view.banner
    assert banner.tone is Tone.WRONG and banner.message.startswith("Not counted: ")
    assert opened.session.scanned(line.line_id) == 0
    scan(line.barcode)  # a fresh unit from the shelf counts at once
    assert opened.session.scanned(line.line_id) == 1
    qtbot.waitUntil(lambda: len(saved_codes(station, opened.session_id)) == 1, timeout=5000)
    assert saved_codes(station, opened.session_id) == [line.barcode]
    assert granted(station) == []


def test_without_a_lead_set_up_the_expired_item_waits_and_the_packer_is_told(
    qtbot,
    running,  # noqa: F811
):
    scan("#1001")
    line = first_plain_line(running)
    scan(gs1(line, EXPIRED))
    banner = running.window.pack_view.banner
    assert banner.tone is Tone.WRONG and "none is set up" in banner.message
    assert running.controller.auth_dialog is None
    assert running.controller.open.session.scanned(line.line_id) == 0


def test_a_fresh_item_or_a_mistake_never_asks_a_lead(qtbot, running):  # noqa: F811
    running.station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    scan("#1001")
    line = first_plain_line(running)
    opened = running.controller.open
    banner = running.window.pack_view.banner
    for _ in range(line.quantity):
        scan(gs1(line, FRESH))
    assert opened.session.scanned(line.line_id) == line.quantity
    assert running.controller.auth_dialog is None
    scan(gs1(line, EXPIRED))  # one too many: said at once, no lead asked
    assert running.controller.auth_dialog is None
    assert banner.tone is Tone.WRONG and "Too many" in banner.message


def test_with_the_setting_off_an_expired_item_counts_in_amber(qtbot, running):  # noqa: F811
    station = running.station
    station.settings = replace(station.settings, expired_needs_lead=False)
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    scan("#1001")
    line = first_plain_line(running)
    scan(gs1(line, EXPIRED))
    assert running.controller.auth_dialog is None
    assert running.controller.open.session.scanned(line.line_id) == 1
    assert running.window.pack_view.banner.tone is Tone.WARNING
