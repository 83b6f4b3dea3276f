"""Finding 1: a full or read-only disk at start gives words, not a traceback."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from packstation.app import build_station
from packstation.config import load_settings
from packstation.logs import setup_logging
from packstation.shop.demo.shop import DemoShop
from packstation.storage.db import StorageError
from tests.calm.disk import fill, read_only, small_disk

pytestmark = pytest.mark.slow


def doctor(tmp_path: Path, data: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PACKSTATION_DATA_DIR": str(data),
        "PACKSTATION_CONFIG": str(tmp_path / "config.toml"),
    }
    return subprocess.run(
        [sys.executable, "-m", "packstation", "doctor", "--demo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def first_start(data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACKSTATION_CONFIG", str(tmp_path / "config.toml"))
    settings = load_settings(demo=True, data_dir=data)
    build_station(settings, connector=DemoShop(settings.demo_shop_state)).close()


def assert_calm(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert any(w in result.stderr for w in words), result.stderr


def test_doctor_on_a_full_disk_says_so(tmp_path, monkeypatch):
    with small_disk(tmp_path / "disk") as disk:
        first_start(disk / "data", tmp_path, monkeypatch)
        (disk / "data" / "packstation.sqlite3-wal").unlink(missing_ok=True)
        fill(disk)
        result = doctor(tmp_path, disk / "data")
    assert_calm(result, "disk is full", "input/output error", "cannot be opened")


def test_doctor_on_a_full_disk_before_the_first_start_says_so(tmp_path):
    with small_disk(tmp_path / "disk") as disk:
        fill(disk)
        result = doctor(tmp_path, disk / "data")
    assert_calm(result, "disk is full", "cannot be created", "input/output error")


def test_doctor_on_a_read_only_data_folder_says_so(tmp_path, monkeypatch):
    with small_disk(tmp_path / "disk") as disk:
        first_start(disk / "data", tmp_path, monkeypatch)
        read_only(disk)
        result = doctor(tmp_path, disk / "data")
    assert_calm(result, "read-only", "cannot be opened", "cannot be created")
    assert "logging to stderr" in result.stderr


def test_the_station_refuses_a_read_only_folder_with_a_storage_error(tmp_path, monkeypatch):
    with small_disk(tmp_path / "disk") as disk:
        read_only(disk)
        monkeypatch.setenv("PACKSTATION_CONFIG", str(tmp_path / "config.toml"))
        settings = load_settings(demo=True, data_dir=disk / "data")
        with pytest.raises(StorageError):
            build_station(settings, connector=DemoShop(tmp_path / "shop.json"))


def test_logging_falls_back_to_stderr_when_the_folder_is_read_only(tmp_path, capsys):
    root = logging.getLogger("packstation")
    before = list(root.handlers)
    try:
        for handler in before:
            root.removeHandler(handler)
        with small_disk(tmp_path / "disk") as disk:
            read_only(disk)
            setup_logging(disk / "logs")
            root.info("still heard")
        err = capsys.readouterr().err
        assert "logging to stderr" in err
        assert "still heard" in err
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in before:
            root.addHandler(handler)


@pytest.mark.gui
def test_the_window_on_a_read_only_disk_says_so_in_a_message_box(tmp_path, monkeypatch, qapp):
    from PySide6.QtCore import QTimer, QTranslator
    from PySide6.QtWidgets import QApplication, QMessageBox

    from packstation.ui.shell.main import run_gui

    seen: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its crash hook
    translators = set(qapp.findChildren(QTranslator))

    def close_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.done(0)
        else:
            QTimer.singleShot(100, close_the_box)

    with small_disk(tmp_path / "disk") as disk:
        read_only(disk)
        monkeypatch.setenv("PACKSTATION_CONFIG", str(tmp_path / "config.toml"))
        settings = load_settings(demo=True, data_dir=disk / "data")
        QTimer.singleShot(100, close_the_box)
        try:
            assert run_gui(settings) == 1
        finally:
            for added in set(qapp.findChildren(QTranslator)) - translators:
                qapp.removeTranslator(added)
    assert seen and "bug" not in seen[0].lower()
    assert any(w in seen[0] for w in ("read-only", "cannot be created", "cannot be opened"))
