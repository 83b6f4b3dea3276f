"""Finding 5: every setting is checked when it is read; the message names setting, file, line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from packstation.config import ConfigError, load_settings
from packstation.resources import resources_dir

# (the [station] lines after a first comment line, the setting named, the line it is on)
BROKEN: list[tuple[str, str, str, int]] = [
    ("tcp port too big", 'label_printer = "tcp://printer:99999"', "label_printer", 3),
    ("tcp port not a number", 'label_printer = "tcp://printer:abc"', "label_printer", 3),
    ("tcp without host", 'slip_printer = "tcp://:9100"', "slip_printer", 3),
    ("unknown printer", 'label_printer = "pigeon:coop"', "label_printer", 3),
    ("garbage db_url", 'db_url = "not a url at all"', "db_url", 3),
    ("mysql db_url", 'db_url = "mysql://u@db.example/packstation"', "db_url", 3),
    ("paper A3", 'paper = "A3"', "paper", 3),
    ("logo not a picture", 'logo_path = "{text_file}"', "logo_path", 3),
    ("logo missing", 'logo_path = "{missing}"', "logo_path", 3),
    ("logo a folder", 'logo_path = "{folder}"', "logo_path", 3),
    ("logo damaged png", 'logo_path = "{damaged_png}"', "logo_path", 3),
    ("sync interval negative", "sync_interval_seconds = -1", "sync_interval_seconds", 3),
    ("sync interval nan", "sync_interval_seconds = nan", "sync_interval_seconds", 3),
    ("sync interval inf", "sync_interval_seconds = inf", "sync_interval_seconds", 3),
    ("sync interval text", 'sync_interval_seconds = "fast"', "sync_interval_seconds", 3),
    ("sync interval zero", "sync_interval_seconds = 0", "sync_interval_seconds", 3),
    ("dpi zero", "label_dpi = 0", "label_dpi", 3),
    ("dpi negative", "label_dpi = -203", "label_dpi", 3),
    ("dpi huge", "label_dpi = 100000", "label_dpi", 3),
    ("dpi fraction", "label_dpi = 203.5", "label_dpi", 3),
    ("station name too long", f'station_name = "{"B" * 65}"', "station_name", 3),
    ("station name blank", 'station_name = "  "', "station_name", 3),
    ("station name a list", "station_name = [1, 2]", "station_name", 3),
    ("user too long", f'user = "{"u" * 65}"', "user", 3),
    ("slip format", 'slip_format = "html"', "slip_format", 3),
    ("shop kind", 'shop = "woocommerce"', "shop", 3),
    ("bool not a bool", 'count_each_scan = "maybe"', "count_each_scan", 3),
    ("bool a number", "count_each_scan = 3", "count_each_scan", 3),
    ("wedge length zero", "wedge_min_length = 0", "wedge_min_length", 3),
    ("bounce negative", "bounce_ms = -5", "bounce_ms", 3),
    ("lock negative", "lock_after_minutes = -1", "lock_after_minutes", 3),
    ("claim expiry nan", "claim_expiry_seconds = nan", "claim_expiry_seconds", 3),
    ("shop url", 'shopify_url = "my shop"', "shopify_url", 3),
    ("language", 'language = "tlh"', "language", 3),
    ("label template missing", 'label_template = "{missing}"', "label_template", 3),
    ("serial scanner baud", 'serial_scanners = "fixed=/dev/ttyS0@fast"', "serial_scanners", 3),
    ("cut-off time", 'carrier_cutoff = "25:99"', "carrier_cutoff", 3),
    ("carrier kind", 'carrier_kind = "pigeon"', "carrier_kind", 3),
    ("slip language", 'slip_language = "tlh"', "slip_language", 3),
    ("bulk after below never", "shopify_bulk_after_orders = -2", "shopify_bulk_after_orders", 3),
    ("bulk after a fraction", "shopify_bulk_after_orders = 1.5", "shopify_bulk_after_orders", 3),
    ("bulk after text", 'shopify_bulk_after_orders = "soon"', "shopify_bulk_after_orders", 3),
]


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "notes.png").write_text("not a picture", encoding="utf-8")
    damaged = (resources_dir() / "demo-logo.png").read_bytes()[:40]
    (tmp_path / "damaged.png").write_bytes(damaged)
    (tmp_path / "a-folder").mkdir()
    return {
        "text_file": str(tmp_path / "notes.png"),
        "missing": str(tmp_path / "nowhere.png"),
        "folder": str(tmp_path / "a-folder"),
        "damaged_png": str(tmp_path / "damaged.png"),
    }


def load_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: bytes) -> None:
    config = tmp_path / "config.toml"
    config.write_bytes(body)
    monkeypatch.setenv("PACKSTATION_CONFIG", str(config))
    load_settings(data_dir=tmp_path / "data")


@pytest.mark.parametrize(
    ("line", "name", "number"), [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN]
)
def test_a_wrong_setting_is_named_with_its_file_and_line(
    tmp_path, monkeypatch, files, line, name, number
):
    body = f"# the station\n[station]\n{line.format(**files)}\n"
    with pytest.raises(ConfigError) as caught:
        load_from(tmp_path, monkeypatch, body.encode("utf-8"))
    message = str(caught.value)
    assert name in message
    assert f"{tmp_path / 'config.toml'}, line {number}" in message


def test_invalid_utf8_names_the_file_and_line(tmp_path, monkeypatch):
    with pytest.raises(ConfigError, match=r"config.toml, line 3: .*not UTF-8"):
        load_from(tmp_path, monkeypatch, b'[station]\npaper = "A4"\nsender_name = "\xff\xfe"\n')


def test_station_that_is_not_a_table_is_named(tmp_path, monkeypatch):
    with pytest.raises(ConfigError, match=r"config.toml, line 1: station must be a table"):
        load_from(tmp_path, monkeypatch, b'station = "x"\n')


def test_an_environment_value_names_its_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("PACKSTATION_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("PACKSTATION_LABEL_DPI", "100")
    with pytest.raises(ConfigError, match="PACKSTATION_LABEL_DPI: label_dpi 100 is not one of"):
        load_settings(data_dir=tmp_path / "data")


def test_good_values_still_load(tmp_path, monkeypatch):
    logo = resources_dir() / "demo-logo.png"
    body = (
        '[station]\nlabel_printer = "tcp://printer:9100"\nlabel_dpi = 300\npaper = "Letter"\n'
        f'logo_path = "{logo}"\nsync_interval_seconds = 1\nstation_name = "{"B" * 64}"\n'
        'db_url = "postgresql+psycopg://postgres@127.0.0.1/packstation"\ncount_each_scan = "yes"\n'
    )
    config = tmp_path / "config.toml"
    config.write_text(body, encoding="utf-8")
    monkeypatch.setenv("PACKSTATION_CONFIG", str(config))
    settings = load_settings(data_dir=tmp_path / "data")
    assert (settings.label_dpi, settings.paper, settings.count_each_scan) == (300, "Letter", True)


def run_cli(tmp_path: Path, config: bytes, *args: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "config.toml").write_bytes(config)
    env = {
        **os.environ,
        "PACKSTATION_DATA_DIR": str(tmp_path / "data"),
        "PACKSTATION_CONFIG": str(tmp_path / "config.toml"),
    }
    return subprocess.run(
        [sys.executable, "-m", "packstation", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "config",
    [
        b'[station]\nsender_name = "\xff"\n',
        b'station = "x"\n',
        b'[station]\nlabel_printer = "tcp://p:99999"\n',
    ],
    ids=["invalid utf-8", "station not a table", "tcp port"],
)
def test_the_cli_answers_a_broken_file_in_words(tmp_path, config):
    result = run_cli(tmp_path, config, "doctor", "--demo")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "config.toml, line" in result.stderr


@pytest.mark.slow
def test_an_unreachable_database_is_a_calm_failure(tmp_path):
    body = b'[station]\ndb_url = "postgresql+psycopg://postgres@127.0.0.1:1/nothing"\n'
    result = run_cli(tmp_path, body, "doctor", "--demo")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert "[FAIL] database" in result.stdout


@pytest.mark.gui
def test_the_window_says_a_wrong_setting_in_a_message_box(tmp_path, monkeypatch, qapp):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from packstation.cli import main

    seen: list[str] = []

    def close_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.done(0)
        else:
            QTimer.singleShot(100, close_the_box)

    (tmp_path / "config.toml").write_text('[station]\npaper = "A3"\n', encoding="utf-8")
    monkeypatch.setenv("PACKSTATION_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("PACKSTATION_DATA_DIR", str(tmp_path / "data"))
    QTimer.singleShot(100, close_the_box)
    assert main(["gui"]) == 2
    assert seen and "paper" in seen[0] and "line 2" in seen[0]
