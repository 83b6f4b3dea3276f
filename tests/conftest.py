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
from tests.fast_time import FastForwardTime
from tests.templates import TEMPLATES, Templates, seed_demo_epoch


def _name_the_keyring_backend() -> None:
    """Every Python process the tests start would look through all keyring backends again
    (0.1-0.5 s each, macOS's runs a library search): name the one this machine uses, once."""
    if "PYTHON_KEYRING_BACKEND" in os.environ:
        return
    import keyring
    from keyring.backends.chainer import ChainerBackend

    chosen = type(keyring.get_keyring())
    if not issubclass(chosen, ChainerBackend):  # one backend, the same in every process
        os.environ["PYTHON_KEYRING_BACKEND"] = f"{chosen.__module__}.{chosen.__qualname__}"


_name_the_keyring_backend()

# The longest tests (station processes, real-time sync races) first: pytest-xdist hands out
# tests in this order, so they overlap with the rest instead of running alone at the end.
HEAVY_FIRST = ("tests/stations/", "tests/sync/", "tests/wiring/")


def pytest_configure(config: pytest.Config) -> None:
    """pytest-xdist hands each worker a few tests at a time, not a quarter of a quarter of the
    suite at once: its first batches are runs of consecutive tests, so with the heaviest
    first (below) one worker got all of tests/stations and tests/sync and finished half a
    minute after the rest. ``--maxschedchunk`` given on the command line is kept."""
    if getattr(config.option, "maxschedchunk", 0) is None:
        config.option.maxschedchunk = 2


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Order whole modules heaviest first (a module's tests stay together, as do its
    module-scoped fixtures): the directories above, then modules that spawn processes."""

    def module_of(item: pytest.Item) -> str:
        return item.nodeid.split("::", 1)[0]

    spawning = {module_of(item) for item in items if item.get_closest_marker("slow")}

    def weight(item: pytest.Item) -> int:
        module = module_of(item).replace("\\", "/")
        if module.startswith(HEAVY_FIRST):
            return 0
        return 1 if module_of(item) in spawning else 2

    items.sort(key=weight)  # stable: the order within a module is kept


@pytest.fixture(scope="session", autouse=True)
def prepared_databases() -> Iterator[Templates]:
    """Stations built in this process start from prepared databases (tests/templates.py):
    Alembic runs once, not once per test."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("packstation.app.upgrade", TEMPLATES.upgrade)
        yield TEMPLATES


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
    seed_demo_epoch(settings.demo_shop_state)
    return DemoShop(settings.demo_shop_state, cancel_after=timedelta(hours=1))


@pytest.fixture
def station(
    settings: Settings, demo_shop: DemoShop, prepared_databases: Templates
) -> Iterator[Station]:
    """A wired station on a real SQLite file, its queue pulled from the demo shop."""
    prepared_databases.prepare_pulled(settings, demo_shop)  # the first pull, done once
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
def shopify_station(shopify_settings: Settings, shopify: ShopifyEmulator) -> Iterator[Station]:
    """A station connected to the emulator, its queue pulled; the cost bucket's waits take
    no real time (tests/fast_time.py)."""
    built = build_station(shopify_settings)
    FastForwardTime().drive(shopify, built.connector.client)  # type: ignore[attr-defined]
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
