"""The window stops cleanly on SIGTERM: exit code 0, the database closed (no WAL left)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is a Unix signal"),
]


def test_sigterm_closes_the_window_and_the_database(tmp_path: Path):
    data = tmp_path / "data"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PACKSTATION_CONFIG": str(tmp_path / "config.toml"),
        "PACKSTATION_DATA_DIR": str(data),
    }
    env.pop("PACKSTATION_DB_URL", None)
    window = subprocess.Popen(
        [sys.executable, "-m", "packstation", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    log = data / "logs" / "packstation.log"
    database = data / "packstation.sqlite3"
    try:
        deadline = time.monotonic() + 60
        # Wait until the window runs: the database is open and the demo queue is in it.
        while time.monotonic() < deadline and not Path(f"{database}-wal").exists():
            assert window.poll() is None, window.communicate()[0]
            time.sleep(0.2)
        time.sleep(2)
        window.send_signal(signal.SIGTERM)
        output, _ = window.communicate(timeout=60)
    finally:
        if window.poll() is None:
            window.kill()
            window.wait(timeout=30)
    assert window.returncode == 0, output
    assert "Traceback" not in output + log.read_text(encoding="utf-8")
    assert not Path(f"{database}-wal").exists(), "the database was not closed"
