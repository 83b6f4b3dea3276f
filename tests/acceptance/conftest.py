"""The real-window suite: the real application in Xvfb, keys typed through XTest.

One X server for the session; one application per test module (started signed out, on its own
data folder). Every test leaves a screenshot of its last state in its temporary folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.acceptance.helpers import Orders, settle
from tests.acceptance.station import RunningStation
from tests.acceptance.xserver import XServer, x_server


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything here needs the X server and spawns the application."""
    for item in items:
        if "tests/acceptance/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.xserver)
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def xserver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XServer]:
    """Xvfb with openbox, for the whole session."""
    with x_server(tmp_path_factory.mktemp("xserver")) as server:
        yield server


@pytest.fixture(scope="module")
def app(xserver: XServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStation]:
    """The demo station for one test module, on its own data folder."""
    station = RunningStation(xserver, tmp_path_factory.mktemp("station") / "data")
    yield station
    station.stop()


@pytest.fixture(autouse=True)
def screenshot(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[None]:
    """Save the screen as the test left it, in the test's temporary folder."""
    yield
    if "app" in request.fixturenames:
        server: XServer = request.getfixturevalue("xserver")
        server.screenshot(tmp_path / "last-state.png")
        settle(request.getfixturevalue("app"))  # the next test starts on the queue


@pytest.fixture(scope="module")
def orders(app: RunningStation) -> Orders:
    """Unused demo orders for this module."""
    return Orders(app)
