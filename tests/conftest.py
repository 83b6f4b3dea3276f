"""Shared fixtures: a real SQLite station on a temp folder, filled by the demo shop."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from packstation.app import Station, build_station
from packstation.config import Settings, load_settings
from packstation.shop.demo.shop import DemoShop
from packstation.testing.shopify.seed import seed_demo_orders
from packstation.testing.shopify.server import ShopifyEmulator
from tests.ci_plugin import pytest_sessionfinish  # noqa: F401  (CI=true: a skip fails)


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Station settings on a temp data folder, independent of the user's config."""
    monkeypatch.setenv("PACKSTATION_CONFIG", str(tmp_path / "no-config.toml"))
    # The scan helpers fire identical scans back to back, faster than a packer can; the bounce
    # window has its own test (tests/ui/test_scanners.py).
    return load_settings(
        demo=True,
        data_dir=tmp_path / "data",
        station_name="Bench 1",
        user="Åse",
        wedge_max_gap_ms=50,
        bounce_ms=0,
    )


@pytest.fixture
def demo_shop(settings: Settings) -> DemoShop:
    """The demo shop, keeping its state beside the station's data."""
    return DemoShop(settings.demo_shop_state, cancel_after=timedelta(hours=1))


@pytest.fixture
def station(settings: Settings, demo_shop: DemoShop) -> Iterator[Station]:
    """A wired station on a real SQLite file, its queue pulled from the demo shop."""
    built = build_station(settings, connector=demo_shop)
    built.puller.pull()
    yield built
    built.close()


@pytest.fixture
def shopify() -> Iterator[ShopifyEmulator]:
    """A Shopify emulator on 127.0.0.1 with 60 demo orders at location 1."""
    emulator = ShopifyEmulator()
    seed_demo_orders(emulator.store, 60)
    emulator.start()
    yield emulator
    emulator.stop()


@pytest.fixture
def shopify_settings(
    settings: Settings, shopify: ShopifyEmulator, monkeypatch: pytest.MonkeyPatch
) -> Settings:
    """Station settings pointing at the emulator, the token given by the environment."""
    monkeypatch.setenv("PACKSTATION_SHOPIFY_TOKEN", shopify.access_token)
    return replace(settings, shop="shopify", shopify_url=shopify.url, shopify_locations="1")


@pytest.fixture
def shopify_station(shopify_settings: Settings) -> Iterator[Station]:
    """A station connected to the emulator, its queue pulled."""
    built = build_station(shopify_settings)
    built.puller.pull()
    yield built
    built.close()


@pytest.fixture(scope="session")
def qapp(qapp):  # pytest-qt's application, with English's plural forms as the real app has
    """The window in tests says "1 unit", not "1 units", as ``run_gui`` does: English's plural
    forms are installed first, so a language a test installs later is asked before them."""
    from packstation.ui.shell.english import install_english_plurals

    install_english_plurals(qapp)
    return qapp
