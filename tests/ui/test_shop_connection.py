"""First run against a Shopify store: the dialog asks, tests, lists locations and saves safely."""

from __future__ import annotations

import tomllib
from dataclasses import replace

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import Qt

from packstation.app import build_station
from packstation.config import config_file
from packstation.shop.shopify.credentials import KEYRING_SERVICE, load_credentials
from packstation.storage.uow import UnitOfWork
from packstation.testing.shopify.seed import seed_demo_orders
from packstation.testing.shopify.server import ShopifyEmulator
from packstation.ui.shell.main import start

pytestmark = pytest.mark.gui


@pytest.fixture
def file_keyring(tmp_path):
    """A real keyring backend writing to a temp file (this machine has no desktop keyring)."""
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_first_run_asks_for_credentials_tests_them_and_saves_to_the_keyring(
    qtbot, qapp, settings, file_keyring, tmp_path
):
    emulator = ShopifyEmulator(
        scopes={
            "read_merchant_managed_fulfillment_orders",
            "read_locations",
            "read_orders",
            "read_products",
        }
    )
    emulator.store.locations["gid://shopify/Location/2"] = "Shop floor Malmö"
    seed_demo_orders(emulator.store, 12)
    with emulator:
        fresh = replace(settings, shop="shopify", shopify_url=emulator.url)
        running = start(build_station(fresh), qapp, start_sync=False)
        try:
            dialog = running.controller.shop_dialog
            assert dialog is not None and dialog.view.isVisible()  # opened by itself
            view = dialog.view
            qtbot.addWidget(view)
            assert view.url.text() == emulator.url
            qtbot.keyClicks(view.token, "shpat_wrong")
            qtbot.waitUntil(lambda: view.token.text() == "shpat_wrong", timeout=3000)
            with qtbot.waitSignal(dialog.tested, timeout=10000) as result:
                qtbot.mouseClick(view.test_button, Qt.MouseButton.LeftButton)
            assert result.args == [False]
            assert "refused the access token" in view.outcome.text()

            view.token.clear()
            qtbot.keyClicks(view.token, emulator.access_token)
            qtbot.waitUntil(lambda: view.token.text() == emulator.access_token, timeout=3000)
            with qtbot.waitSignal(dialog.tested, timeout=10000) as result:
                qtbot.mouseClick(view.test_button, Qt.MouseButton.LeftButton)
            assert result.args == [True]
            assert "Connected to Nordlys Design" in view.outcome.text()
            # read-only scopes: shipping would fail, and the dialog says so before it does
            assert "mark orders as shipped" in view.outcome.text()
            names = [view.locations.item(i).text() for i in range(view.locations.count())]
            assert names == ["Warehouse Aarhus", "Shop floor Malmö"]
            view.locations.item(0).setCheckState(Qt.CheckState.Checked)
            with qtbot.waitSignal(dialog.saved, timeout=5000):
                view.buttons.accepted.emit()

            saved = tomllib.loads(config_file().read_text(encoding="utf-8"))["station"]
            assert saved["shop"] == "shopify"
            assert saved["shopify_locations"] == "gid://shopify/Location/1"
            assert emulator.access_token not in config_file().read_text(encoding="utf-8")
            stored = load_credentials(emulator.url, environ={})
            assert stored is not None and stored.access_token == emulator.access_token
            assert keyring.get_password(KEYRING_SERVICE, f"{emulator.url}#token")
            # the running station now packs for the shop
            assert running.station.sync.run_once().online
            with UnitOfWork(running.station.session_factory) as uow:
                assert uow.orders.count() == 12
                db_text = " ".join(str(r.detail) for r in uow.audit.entries())
            assert emulator.access_token not in db_text
        finally:
            running.shutdown()
            running.window.close()
