"""Shared fixtures: a real SQLite station on a temp folder, filled by the demo shop."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from packstation.app import Station, build_station
from packstation.config import Settings, load_settings
from packstation.shop.demo.shop import DemoShop


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
