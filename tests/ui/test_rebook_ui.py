"""Exceptions → Carrier product…: a lead's PIN, then the order's carrier choice is saved."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from packstation.domain.users import Role
from packstation.services.rebook import CarrierChoice
from packstation.storage.uow import UnitOfWork
from packstation.ui.lead.rebook import RebookAction
from tests.ui.test_lead_gates import approve_by_badge
from tests.ui.test_pack_flow import running  # noqa: F401 (the window fixture)
from tests.ui.wedge import scan

pytestmark = pytest.mark.gui


def test_a_lead_chooses_the_carrier_product_of_a_stopped_order(qtbot, running):  # noqa: F811
    station, window, controller = running.station, running.window, running.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    with UnitOfWork(station.session_factory) as uow:
        order = uow.orders.find_by_name("#1002")[0]
        fo_id = order.id
        uow.exceptions.raise_exception(
            "no_label",
            fulfillment_order_id=fo_id,
            order_name="#1002",
            detail={"reason": "No shipping rule matches this order: delivery 'Home' to GB"},
            station=station.context.station,
            raised_by="Åse",
            at=datetime.now(UTC),
        )
        uow.commit()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    with qtbot.waitSignal(controller.auth_dialog.finished, timeout=5000):
        scan("LEAD-0007", target=controller.auth_dialog.pin)
    queue = controller.exceptions_dialog
    [rebook] = queue.findChildren(RebookAction)
    assert [e.kind_words for e in queue.entries] == ["No carrier label"]
    queue.view.table.selectRow(0)
    assert rebook.button.isEnabled() and not queue.view.void_button.isEnabled()
    assert "No shipping rule" in queue.view.table.item(0, 3).text()

    with qtbot.waitSignal(queue.acted, timeout=10000) as acted:
        rebook.apply(queue.entries[0], "dhlex_ww", "email_nt, sms_nt")
        approve_by_badge(qtbot, controller, "GB parcels go with DHL")
    assert acted.args[:2] == ["booking.product", True]
    assert queue.entries == []
    with UnitOfWork(station.session_factory) as uow:
        row = uow.orders.row(fo_id)
        assert row is not None
        choice = CarrierChoice.from_json(row.carrier_choice)
        [entry] = uow.audit.entries(["booking.product_chosen"])
        assert "Maja Lind" in entry.detail
    assert choice == CarrierChoice("DHLEX_WW", ("EMAIL_NT", "SMS_NT"))
