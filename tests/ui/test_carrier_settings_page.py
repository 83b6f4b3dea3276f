"""Settings → Carrier: Test connection lists the account's products (off the GUI thread);
Save puts the key in the keyring, the settings in the config file and the rules in force."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtWidgets import QComboBox

from packstation.carriers.credentials import load_carrier_credentials
from packstation.config import config_file, shipping_rules_path
from packstation.testing.shipmondo.server import ShipmondoEmulator
from packstation.ui.settings.carrier_controller import CarrierController
from packstation.ui.settings.carrier_view import CarrierView
from tests.ui.test_pack_flow import running  # noqa: F401 (the window fixture)

pytestmark = pytest.mark.gui


@pytest.fixture
def shipmondo() -> Iterator[ShipmondoEmulator]:
    with ShipmondoEmulator() as emulator:
        yield emulator
    assert emulator.invalid_requests() == []


@pytest.fixture
def file_keyring(tmp_path):
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _page(qtbot, station):
    view = CarrierView()
    qtbot.addWidget(view)
    return CarrierController(station, view), view


def _fill_account(view, shipmondo):
    view.kind.setCurrentIndex(view.kind.findData("shipmondo"))
    view.base_url.setText(shipmondo.url)
    view.api_user.setText(shipmondo.api_user)
    view.api_key.setText(shipmondo.api_key)


def test_test_connection_lists_the_products(qtbot, station, shipmondo):
    controller, view = _page(qtbot, station)
    _fill_account(view, shipmondo)
    with qtbot.waitSignal(controller.tested, timeout=10000):
        view.test_button.click()
    assert "GLSDK_HD" in view.outcome.text() and "GLS Denmark" in view.outcome.text()
    view.api_key.setText("wrong")
    with qtbot.waitSignal(controller.tested, timeout=10000) as tested:
        view.test_button.click()
    assert tested.args == [False]
    assert "refused the key" in view.outcome.text()


def test_save_keeps_the_key_in_the_keyring_and_the_rules_apply(
    qtbot, station, shipmondo, file_keyring
):
    controller, view = _page(qtbot, station)
    _fill_account(view, shipmondo)
    view.voec.setText("VOEC 2041234")
    view.add_rule.click()
    for column, text in {0: "Denmark home", 4: "DK", 7: "GLSDK_HD", 8: "EMAIL_NT"}.items():
        view.rules.item(0, column).setText(text)
    view.add_rule.click()
    view.rules.item(1, 0).setText("Parcel shops")
    combo = view.rules.cellWidget(1, 1)
    assert isinstance(combo, QComboBox)
    combo.setCurrentText("PICKUP_POINT")
    view.rules.item(1, 7).setText("GLSDK_SD")
    view.rule_up.click()  # the parcel-shop rule first
    with qtbot.waitSignal(controller.saved, timeout=10000):
        view.buttons.accepted.emit()
    saved = tomllib.loads(config_file().read_text(encoding="utf-8"))["station"]
    assert saved["carrier_kind"] == "shipmondo" and saved["carrier_voec_number"] == "VOEC 2041234"
    assert "key" not in config_file().read_text(encoding="utf-8").lower().replace("_kind", "")
    credentials = load_carrier_credentials("shipmondo", shipmondo.url, environ={})
    assert credentials is not None and credentials.api_key == shipmondo.api_key
    rules = shipping_rules_path(station.settings).read_text(encoding="utf-8")
    assert rules.index("Parcel shops") < rules.index("Denmark home")
    assert station.rebooking.products == ("GLSDK_HD", "GLSDK_SD")


def test_a_wrong_rule_is_said_in_words_and_nothing_is_saved(qtbot, station):
    _controller, view = _page(qtbot, station)
    view.add_rule.click()
    view.rules.item(0, 0).setText("Nowhere")
    view.buttons.accepted.emit()
    assert "product_code is missing" in view.message.text()
    assert not shipping_rules_path(station.settings).exists()


def test_settings_has_a_carrier_button_and_saving_needs_a_lead(qtbot, running):  # noqa: F811
    from PySide6.QtWidgets import QPushButton

    from packstation.domain.users import Role
    from tests.ui.test_lead_gates import approve_by_badge

    station, controller = running.station, running.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    settings = controller.open_settings()
    button = settings.view.findChild(QPushButton, "carrierSettings")
    assert button is not None
    button.click()
    page = controller.settings.carrier_dialog
    assert page is not None
    page.view.voec.setText("VOEC 2041234")
    page.view.buttons.accepted.emit()
    assert controller.auth_dialog is not None  # a lead first
    with qtbot.waitSignal(page.saved, timeout=5000):
        approve_by_badge(qtbot, controller, "VOEC number from the accountant")
    saved = tomllib.loads(config_file().read_text(encoding="utf-8"))["station"]
    assert saved["carrier_voec_number"] == "VOEC 2041234"
