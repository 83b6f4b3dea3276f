"""Fixtures of the multi-station tests: a fresh PostgreSQL database and station processes."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.forkserver import ForkedProcess, ForkServer
from tests.storage.test_postgres import pg_url  # noqa: F401  (the fixture, shared)

ROOT = Path(__file__).resolve().parents[2]
# What a station process imports before it starts: loaded once by the fork server.
PRELOADED = [  # what tests/stations/worker.py imports (runpy runs the worker itself afresh)
    "packstation.app",
    "packstation.config",
    "packstation.services.packing",
    "packstation.shop.demo.shop",
    "packstation.storage.migrate",
    "alembic.command",
    "alembic.runtime.migration",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg",
    # what a station loads when it draws its first label or slip
    "packstation.labels.slip",
    "packstation.labels.png",
    "fontTools.subset",
    "arabic_reshaper",
    "bidi",
    "barcode.charsets.code128",
    "tests.stations.worker:warm",  # the fonts every station reads and cuts alike, once
]


class Stations:
    """Starts station processes (tests/stations/worker.py) and reads what they report."""

    def __init__(self, tmp_path: Path, forks: SharedForks) -> None:
        self.tmp = tmp_path
        self.env = {
            **os.environ,
            "PACKSTATION_CONFIG": str(tmp_path / "no-config.toml"),
            "PYTHONPATH": forks.env["PYTHONPATH"],
        }
        self._forks = forks
        self._started: list[ForkedProcess] = []

    def data_dir(self, station: str) -> Path:
        """A station's own data folder (its spool folder is ``spool`` inside)."""
        return self.tmp / station.replace(" ", "-")

    def _arguments(self, mode: str, db: str, station: str, *extra: str) -> list[str]:
        data_dir = str(self.data_dir(station))
        return [mode, "--db", db, "--station", station, "--data-dir", data_dir, *extra]

    def fork(self, mode: str, db: str, station: str, *extra: str) -> ForkedProcess:
        """Start one station process as a fork of a process that imported Packstation once
        (tests/forkserver.py): the same ``python -m tests.stations.worker``, a start cheaper,
        in this test's environment."""
        process = self._forks.server().start(
            "tests.stations.worker",
            *self._arguments(mode, db, station, *extra),
            output=True,
            env=self.env,
            folder=self.tmp / "forks",
        )
        self._started.append(process)
        return process

    def close(self) -> None:
        """Kill any station process of this test still running (the fork server stays)."""
        if self._started:
            self._forks.server().stop_started(self._started)

    @staticmethod
    def report(
        process: subprocess.Popen[str] | ForkedProcess, timeout: float = 120
    ) -> dict[str, object]:
        """Wait for a process and return its JSON report; a crash fails the test in words."""
        out, err = process.communicate(timeout=timeout)
        lines = [line for line in out.splitlines() if line.startswith("{")]
        assert process.returncode == 0 and lines, f"station failed:\n{out}\n{err}"
        return json.loads(lines[-1])


class SharedForks:
    """One fork server for the station tests of a test process, started when first asked
    for: its imports and warm-up (about 1.5 s of CPU) are paid once, not once a test. Each
    fork runs in the environment of the test that starts it."""

    def __init__(self) -> None:
        self.env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")])}
        self._server: ForkServer | None = None

    def server(self) -> ForkServer:
        """The fork server (started on first use)."""
        if self._server is None:
            self._server = ForkServer(self.env, PRELOADED)
        return self._server

    def close(self) -> None:
        """Stop the server and anything it still runs."""
        if self._server is not None:
            self._server.close()


@pytest.fixture(scope="session")
def station_forks() -> Iterator[SharedForks]:
    """The fork server of station processes, one per test process."""
    forks = SharedForks()
    yield forks
    forks.close()


@pytest.fixture
def stations(tmp_path: Path, station_forks: SharedForks) -> Iterator[Stations]:
    """Launcher of station processes in this test's temp folder."""
    launcher = Stations(tmp_path, station_forks)
    yield launcher
    launcher.close()
