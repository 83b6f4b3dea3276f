"""Options given before the command are kept, not overwritten by the command's defaults."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from packstation import __version__
from packstation.cli import build_parser

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("command", ["sync", "doctor", "label", "gui", "backup"])
def test_the_common_options_work_before_and_after_every_command(command):
    extra = {"label": ["1001", "--out", "x"], "backup": ["--out", "x"]}.get(command, [])
    parser = build_parser()
    common = ["--demo", "--db", "sqlite:///x.db", "--data-dir", "/d"]
    for argv in ([*common, command, *extra], [command, *extra, *common]):
        args = parser.parse_args(argv)
        assert (args.demo, args.db, args.data_dir) == (True, "sqlite:///x.db", Path("/d")), argv


def test_without_the_options_the_defaults_remain():
    args = build_parser().parse_args(["doctor"])
    assert (args.demo, args.db, args.data_dir) == (False, None, None)


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PACKSTATION_CONFIG": str(tmp_path / "config.toml"),
        "PACKSTATION_DATA_DIR": str(tmp_path / "default-data"),
    }
    env.pop("PACKSTATION_DB_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "packstation", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_data_dir_and_demo_before_doctor_reach_the_right_database(tmp_path):
    chosen = tmp_path / "chosen"
    result = run(tmp_path, "--data-dir", str(chosen), "--demo", "doctor")
    assert result.returncode == 0, result.stdout + result.stderr
    assert str(chosen) in result.stdout and "[ok] shop: demo" in result.stdout.lower()
    assert not (tmp_path / "default-data").exists()


def test_db_before_sync_syncs_that_database(tmp_path):
    url = f"sqlite+pysqlite:///{tmp_path / 'shared.sqlite3'}"
    result = run(tmp_path, "--db", url, "--demo", "sync", "--once")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "pulled 200 (200 new)" in result.stdout
    assert (tmp_path / "shared.sqlite3").exists()


def test_version_answers_at_once_without_loading_the_application(tmp_path):
    result = run(tmp_path, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Packstation {__version__}"
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from packstation.cli import build_parser; build_parser(); "
            "print(sorted(m for m in ('packstation.app', 'sqlalchemy', 'PySide6', "
            "'reportlab') if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert probe.stdout.strip() == "[]"


def test_the_log_starts_with_the_version(tmp_path):
    run(tmp_path, "--demo", "doctor")
    log = (tmp_path / "default-data" / "logs" / "packstation.log").read_text(encoding="utf-8")
    assert f"Packstation {__version__} starting" in log.splitlines()[0]


def test_demo_pack_packs_an_order_whose_label_then_prints(tmp_path):
    packed = run(tmp_path, "--demo", "demo-pack", "1001")
    assert packed.returncode == 0, packed.stderr
    assert "Packed #1001" in packed.stdout
    again = run(tmp_path, "--demo", "demo-pack", "1001")
    assert again.returncode == 1 and "already been packed" in again.stderr
    label = run(tmp_path, "--demo", "label", "1001", "--out", str(tmp_path / "l.zpl"))
    assert label.returncode == 0, label.stderr
    assert (tmp_path / "l.zpl").read_text(encoding="utf-8").startswith("^XA")
