"""A lead manages people from Settings: add by scanning a badge, new PIN, deactivate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from packstation.domain.users import Role
from packstation.services.auth import SignInRefused
from tests.ui.test_lead_gates import approve_by_badge
from tests.ui.test_pack_flow import running  # noqa: F401 (the window fixture)
from tests.ui.wedge import scan

pytestmark = pytest.mark.gui


def test_a_lead_adds_and_removes_a_packer(qtbot, running):  # noqa: F811
    station, controller = running.station, running.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    settings = controller.open_settings()
    qtbot.mouseClick(settings.view.people_button, Qt.MouseButton.LeftButton)
    approve_by_badge(qtbot, controller, "New seasonal packer")
    people = controller.people_dialog
    view = people.view
    assert [p.name for p in people.people] == ["Maja Lind"]

    view.name.setText("Noor Bakker")
    scan("PACKER-0042", target=view.name)  # the badge is enrolled by scanning it
    assert view.badge.text() == "PACKER-0042" and view.name.text() == "Noor Bakker"
    with qtbot.waitSignal(people.changed, timeout=5000) as changed:
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert changed.args == [True, "Noor Bakker added as packer"]
    assert station.auth.sign_in(badge="PACKER-0042").name == "Noor Bakker"

    view.name.setText("Noor Bakker")  # twice: refused in words
    with qtbot.waitSignal(people.changed, timeout=5000) as changed:
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert changed.args == [False, "Noor Bakker is already set up"]

    row = [p.name for p in people.people].index("Noor Bakker")
    view.table.selectRow(row)
    view.pin.setText("12")
    with qtbot.waitSignal(people.changed, timeout=5000) as changed:
        qtbot.mouseClick(view.new_pin_button, Qt.MouseButton.LeftButton)
    assert changed.args == [False, "A PIN needs at least 4 digits"]
    with qtbot.waitSignal(people.changed, timeout=5000) as changed:
        qtbot.mouseClick(view.deactivate_button, Qt.MouseButton.LeftButton)
    assert changed.args[0]
    with pytest.raises(SignInRefused):
        station.auth.sign_in(badge="PACKER-0042")
    view.close()
    assert running.scanners.capture == settings.show_scan  # the scanner test page has it back
