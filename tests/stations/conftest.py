"""Fixtures of the multi-station tests: a fresh PostgreSQL database and station processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.storage.test_postgres import pg_url  # noqa: F401  (the fixture, shared)

ROOT = Path(__file__).resolve().parents[2]


class Stations:
    """Starts station processes (tests/stations/worker.py) and reads what they report."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.env = {
            **os.environ,
            "PACKSTATION_CONFIG": str(tmp_path / "no-config.toml"),
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")]),
        }

    def data_dir(self, station: str) -> Path:
        """A station's own data folder (its spool folder is ``spool`` inside)."""
        return self.tmp / station.replace(" ", "-")

    def spawn(self, mode: str, db: str, station: str, *extra: str) -> subprocess.Popen[str]:
        """Start one station process."""
        command = [
            sys.executable,
            "-m",
            "tests.stations.worker",
            mode,
            "--db",
            db,
            "--station",
            station,
            "--data-dir",
            str(self.data_dir(station)),
            *extra,
        ]
        return subprocess.Popen(
            command,
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    @staticmethod
    def report(process: subprocess.Popen[str], timeout: float = 120) -> dict[str, object]:
        """Wait for a process and return its JSON report; a crash fails the test in words."""
        out, err = process.communicate(timeout=timeout)
        lines = [line for line in out.splitlines() if line.startswith("{")]
        assert process.returncode == 0 and lines, f"station failed:\n{out}\n{err}"
        return json.loads(lines[-1])


@pytest.fixture
def stations(tmp_path: Path) -> Stations:
    """Launcher of station processes in this test's temp folder."""
    return Stations(tmp_path)
