"""The command line works headless, with exit codes and messages (real subprocesses)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from packstation.app import build_station
from packstation.config import load_settings
from packstation.domain.users import MAX_WRONG_PINS
from packstation.services.auth import AuthorisationRefused, SignInRefused
from packstation.testing.shopify.seed import seed_demo_orders
from packstation.testing.shopify.server import ShopifyEmulator

pytestmark = pytest.mark.slow


def run(tmp_path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
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
        timeout=timeout,
        check=False,
    )


def test_help_lists_every_command(tmp_path):
    result = run(tmp_path, "--help")
    assert result.returncode == 0
    for command in ("sync", "label", "doctor", "gui"):
        assert command in result.stdout


def test_sync_once_pulls_the_demo_queue(tmp_path):
    result = run(tmp_path, "sync", "--once", "--demo")
    assert result.returncode == 0, result.stderr
    assert "pulled 200 (200 new)" in result.stdout


def test_doctor_reports_each_part(tmp_path):
    result = run(tmp_path, "doctor", "--demo")
    assert result.returncode == 0, result.stdout + result.stderr
    for part in ("database", "shop", "label printer", "slip printer", "scanner", "sync"):
        assert f"[ok] {part}" in result.stdout


def test_doctor_fails_with_a_message_when_the_printer_folder_is_unusable(tmp_path):
    (tmp_path / "config.toml").write_text(
        f'[station]\nspool_dir = "{tmp_path / "file-not-folder"}"\n', encoding="utf-8"
    )
    (tmp_path / "file-not-folder").write_text("x")
    result = run(tmp_path, "doctor", "--demo")
    assert result.returncode == 1
    assert "[FAIL] label printer" in result.stdout and "[FAIL] slip printer" in result.stdout


def pulled(tmp_path, monkeypatch) -> None:
    """The demo queue pulled into ``tmp_path/data`` in this process, as ``sync --once --demo``
    leaves it (that command has its own test above): a start of Python fewer."""
    monkeypatch.setenv("PACKSTATION_CONFIG", str(tmp_path / "config.toml"))
    station = build_station(load_settings(demo=True, data_dir=tmp_path / "data"))
    try:
        station.puller.pull()
    finally:
        station.close()


def test_label_for_an_unpacked_order_fails_clearly(tmp_path, monkeypatch):
    pulled(tmp_path, monkeypatch)
    result = run(tmp_path, "label", "1001", "--out", str(tmp_path / "x.zpl"), "--demo")
    assert result.returncode == 1
    assert "no shipment yet" in result.stderr


def test_label_reprints_a_packed_order_in_each_format(tmp_path, monkeypatch):
    monkeypatch.setenv("PACKSTATION_CONFIG", str(tmp_path / "config.toml"))
    from packstation.app import build_station
    from packstation.config import load_settings

    settings = load_settings(demo=True, data_dir=tmp_path / "data")
    station = build_station(settings)
    try:
        station.puller.pull()
        opened = station.packing.open_order("1001")
        for line in opened.order.lines:
            station.packing.scan(opened, line.barcode, line.quantity)
        station.packing.complete(opened)
    finally:
        station.close()
    for fmt in ("zpl", "pdf", "png"):
        out = tmp_path / f"label.{fmt}"
        result = run(tmp_path, "label", "#1001", "--format", fmt, "--out", str(out), "--demo")
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 500
    assert "Åse Ørsted" in (tmp_path / "label.zpl").read_text(encoding="utf-8")


def test_a_broken_config_file_is_a_usage_error(tmp_path):
    (tmp_path / "config.toml").write_text("[station]\nno_such_setting = 1\n", encoding="utf-8")
    result = run(tmp_path, "doctor", "--demo")
    assert result.returncode == 2
    assert "no_such_setting" in result.stderr


def test_picklist_is_in_bin_order(tmp_path, monkeypatch):
    import io
    import re

    from pypdf import PdfReader

    from packstation.domain.picking import bin_sort_key

    pulled(tmp_path, monkeypatch)
    out = tmp_path / "picks.pdf"
    result = run(tmp_path, "picklist", "1001", "1002", "1003", "--out", str(out), "--demo")
    assert result.returncode == 0, result.stderr
    assert "3 orders" in result.stdout
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    bins = [m.group(0) for m in re.finditer(r"(?m)^[A-G]-\d{2}-\d\b", text)]
    assert len(bins) >= 3
    assert bins == sorted(bins, key=bin_sort_key)
    assert "#1001" in text and "#1003" in text


def shopify_env(emulator, **extra: str) -> dict[str, str]:
    return {
        "PACKSTATION_SHOP": "shopify",
        "PACKSTATION_SHOPIFY_URL": emulator.url,
        "PACKSTATION_SHOPIFY_LOCATIONS": "1",
        **extra,
    }


def run_with(tmp_path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        return run(tmp_path, *args)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def test_sync_once_and_doctor_work_headless_against_any_shop_url(tmp_path):
    emulator = ShopifyEmulator()
    seed_demo_orders(emulator.store, 25)
    with emulator:
        env = shopify_env(
            emulator,
            PACKSTATION_SHOPIFY_CLIENT_ID=emulator.client_id,
            PACKSTATION_SHOPIFY_CLIENT_SECRET=emulator.client_secret,
        )
        synced = run_with(tmp_path, env, "sync", "--once")
        doctor = run_with(tmp_path, env, "doctor")
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert "online: pushed 0, refused 0, pulled 25 (25 new)" in synced.stdout
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert "[ok] shop: Nordlys Design" in doctor.stdout
    assert "[ok] access: all scopes granted" in doctor.stdout
    assert "[ok] locations: Warehouse Aarhus" in doctor.stdout
    logs = "".join(p.read_text() for p in (tmp_path / "data" / "logs").glob("*.log*"))
    assert "token renewed" in logs
    assert emulator.client_secret not in logs + synced.stdout + doctor.stdout
    assert not any(token in logs for token in emulator.issued_tokens)


def test_doctor_names_a_missing_scope_and_an_unknown_location(tmp_path):
    emulator = ShopifyEmulator(scopes={"read_locations", "read_orders", "read_products"})
    with emulator:
        env = shopify_env(
            emulator,
            PACKSTATION_SHOPIFY_TOKEN=emulator.access_token,
            PACKSTATION_SHOPIFY_LOCATIONS="1,77",
        )
        doctor = run_with(tmp_path, env, "doctor")
    assert doctor.returncode == 1
    assert "[FAIL] access: read_merchant_managed_fulfillment_orders: needed to read the orders" in (
        doctor.stdout
    )
    assert "[FAIL] locations: Warehouse Aarhus, unknown location 77" in doctor.stdout


def test_without_credentials_sync_says_where_to_put_them(tmp_path):
    emulator = ShopifyEmulator()
    with emulator:
        synced = run_with(tmp_path, shopify_env(emulator), "sync", "--once")
    assert synced.returncode == 1
    assert "No shop credentials yet" in synced.stdout
    assert "PACKSTATION_SHOPIFY_TOKEN" in synced.stdout


def test_users_add_stores_a_hashed_pin_and_lists(tmp_path):
    env = {"PACKSTATION_DATA_DIR": str(tmp_path / "data")}
    added = subprocess.run(
        [
            sys.executable,
            "-m",
            "packstation",
            "users",
            "add",
            "Maja Lind",
            "--role",
            "lead",
            "--pin-stdin",
            "--demo",
        ],
        input="4711\n",
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **env, "PACKSTATION_CONFIG": str(tmp_path / "c.toml")},
        check=False,
    )
    assert added.returncode == 0, added.stderr
    listed = run(tmp_path, "users", "list", "--demo")
    assert "Maja Lind\tlead" in listed.stdout
    db = (tmp_path / "data" / "packstation.sqlite3").read_bytes()
    assert b"$argon2" in db and b"4711" not in db


def test_users_set_pin_lifts_the_lock_and_deactivate_stops_sign_in(tmp_path, monkeypatch):
    monkeypatch.setenv("PACKSTATION_CONFIG", str(tmp_path / "c.toml"))
    env = {
        **os.environ,
        "PACKSTATION_DATA_DIR": str(tmp_path / "data"),
        "PACKSTATION_CONFIG": str(tmp_path / "c.toml"),
    }

    def users(*args, pin=""):
        return subprocess.run(
            [sys.executable, "-m", "packstation", "users", *args, "--demo"],
            input=pin,
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=False,
        )

    assert users("add", "Maja Lind", "--role", "lead", "--pin-stdin", pin="4711\n").returncode == 0
    station = build_station(load_settings(demo=True, data_dir=tmp_path / "data"))
    try:
        for _ in range(MAX_WRONG_PINS):
            with pytest.raises(AuthorisationRefused, match="Wrong PIN"):
                station.auth.authorise("x", "#1001", "why", lead="Maja Lind", pin="0000")
        with pytest.raises(AuthorisationRefused, match="Too many wrong PINs"):
            station.auth.authorise("x", "#1001", "why", lead="Maja Lind", pin="4711")

        changed = users("set-pin", "Maja Lind", "--pin-stdin", pin="8642\n")
        assert changed.returncode == 0, changed.stderr
        assert station.auth.authorise("x", "#1001", "why", lead="Maja Lind", pin="8642").lead

        assert users("set-pin", "Nobody", "--pin-stdin", pin="1234\n").returncode == 1
        assert users("deactivate", "Maja Lind").returncode == 0
        assert "Maja Lind" not in users("list").stdout
        with pytest.raises(SignInRefused):
            station.auth.sign_in(name="Maja Lind", pin="8642")
    finally:
        station.close()
