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

    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.env = {
            **os.environ,
            "PACKSTATION_CONFIG": str(tmp_path / "no-config.toml"),
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")]),
        }
        self._forks: ForkServer | None = None

    def data_dir(self, station: str) -> Path:
        """A station's own data folder (its spool folder is ``spool`` inside)."""
        return self.tmp / station.replace(" ", "-")

    def _arguments(self, mode: str, db: str, station: str, *extra: str) -> list[str]:
        data_dir = str(self.data_dir(station))
        return [mode, "--db", db, "--station", station, "--data-dir", data_dir, *extra]

    def fork(self, mode: str, db: str, station: str, *extra: str) -> ForkedProcess:
        """Start one station process as a fork of a process that imported Packstation once
        (tests/forkserver.py): the same ``python -m tests.stations.worker``, a start cheaper."""
        if self._forks is None:
            self._forks = ForkServer(self.env, PRELOADED, self.tmp / "forks")
        return self._forks.start(
            "tests.stations.worker", *self._arguments(mode, db, station, *extra), output=True
        )

    def close(self) -> None:
        """Stop the fork server and any station process it still runs."""
        if self._forks is not None:
            self._forks.close()

    @staticmethod
    def report(
        process: subprocess.Popen[str] | ForkedProcess, timeout: float = 120
    ) -> dict[str, object]:
        """Wait for a process and return its JSON report; a crash fails the test in words."""
        out, err = process.communicate(timeout=timeout)
        lines = [line for line in out.splitlines() if line.startswith("{")]
        assert process.returncode == 0 and lines, f"station failed:\n{out}\n{err}"
        return json.loads(lines[-1])


@pytest.fixture
def stations(tmp_path: Path) -> Iterator[Stations]:
    """Launcher of station processes in this test's temp folder."""
    launcher = Stations(tmp_path)
    yield launcher
    launcher.close()
