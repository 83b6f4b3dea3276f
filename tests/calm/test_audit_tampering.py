"""Finding 7: the audit check finds deletions from the end, blanked hashes and rewrites."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from packstation.domain.audit_chain import entry_hash
from packstation.services.audit_anchor import ANCHOR_FILE, KEY_FILE, verify_audit
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order
from tests.storage.test_audit_chain import audit_ids, remove_guards


def verify(station):
    return verify_audit(station.session_factory, station.audit_anchor, station.context.station)


def packed(station):
    for name in ("#1001", "#1002"):
        station.packing.complete(pack_order(station, name))
    station.pusher.push_due()
    return station


def execute(station, statement: str, **params: object) -> None:
    with station.engine.begin() as connection:
        connection.execute(text(statement), params)


def rechain(station, *, keep_mac: bool) -> None:
    """Recompute every hash in order, as someone with the database but not the secret would."""
    with UnitOfWork(station.session_factory) as uow:
        entries = list(uow.audit.chain())
    previous = ""
    with station.engine.begin() as connection:
        for e in entries:
            new = entry_hash(previous, e.at, e.station, e.user, e.action, e.subject, e.detail)
            connection.execute(
                text("UPDATE audit_log SET prev_hash = :p, hash = :h, mac = :m WHERE id = :i"),
                {"p": previous, "h": new, "m": e.mac if keep_mac else "", "i": e.entry_id},
            )
            previous = new


def test_an_untouched_log_with_its_anchor_verifies(station):
    packed(station)
    checked, broken = verify(station)
    assert broken is None and checked == len(audit_ids(station))


def test_deleting_the_last_five_entries_is_found(station):
    ids = audit_ids(packed(station))
    remove_guards(station)
    execute(station, "DELETE FROM audit_log WHERE id > :i", i=ids[-6])
    _, broken = verify(station)
    assert broken is not None and broken.entry_id == ids[-1]
    assert "entries were deleted" in broken.reason


def test_deleting_every_entry_is_found(station):
    ids = audit_ids(packed(station))
    remove_guards(station)
    execute(station, "DELETE FROM audit_log")
    checked, broken = verify(station)
    assert checked == 0 and broken is not None and broken.entry_id == ids[-1]
    assert "the log is empty" in broken.reason


def test_blanking_every_hash_is_found(station):
    packed(station)
    remove_guards(station)
    execute(station, "UPDATE audit_log SET hash = '', prev_hash = ''")
    _, broken = verify(station)
    assert broken is not None and "hash was removed" in broken.reason


def test_blanking_every_hash_is_found_even_without_an_anchor(station):
    packed(station)
    remove_guards(station)
    execute(station, "UPDATE audit_log SET hash = '', prev_hash = '', mac = ''")
    (station.settings.data_dir / ANCHOR_FILE).unlink()
    station.audit_anchor = None
    _, broken = verify(station)
    assert broken is not None and "no entry carries a hash" in broken.reason


def test_an_edit_with_every_hash_recomputed_is_found_by_the_keyed_hash(station):
    ids = audit_ids(packed(station))
    remove_guards(station)
    execute(station, "UPDATE audit_log SET subject = 'nothing here' WHERE id = :i", i=ids[3])
    rechain(station, keep_mac=True)
    _, broken = verify(station)
    assert broken is not None and broken.entry_id == ids[3]
    assert "without the station's secret" in broken.reason


def test_an_edit_with_hashes_recomputed_and_keyed_hashes_blanked_is_found(station):
    ids = audit_ids(packed(station))
    remove_guards(station)
    execute(station, "UPDATE audit_log SET subject = 'nothing here' WHERE id = :i", i=ids[3])
    rechain(station, keep_mac=False)
    _, broken = verify(station)
    assert broken is not None and broken.entry_id == ids[0]
    assert "keyed hash was removed" in broken.reason


def test_an_edited_anchor_file_is_found(station):
    packed(station)
    path = station.settings.data_dir / ANCHOR_FILE
    anchor = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**anchor, "entry_id": anchor["entry_id"] - 3}), encoding="utf-8")
    _, broken = verify(station)
    assert broken is not None and "anchor file was changed" in broken.reason


def test_the_secret_file_is_for_the_station_user_only(station):
    key = station.settings.data_dir / KEY_FILE
    assert key.stat().st_mode & 0o777 == 0o600
    assert len(key.read_text(encoding="ascii").strip()) == 64


def test_the_head_is_in_the_log_and_on_the_shift_report(station, caplog):
    packed(station)
    with caplog.at_level(logging.INFO, logger="packstation.audit"):
        pdf, _ = station.reports.shift_report(8, "pdf")
    count = len(audit_ids(station))
    assert f"audit log at shift report: {count} entries" in caplog.text
    words = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert f"Audit log: {count} entries, newest" in words


@pytest.mark.slow
def test_audit_verify_command_finds_a_deleted_tail(station, settings):
    ids = audit_ids(packed(station))
    remove_guards(station)
    execute(station, "DELETE FROM audit_log WHERE id > :i", i=ids[-6])
    env = {
        **os.environ,
        "PACKSTATION_DATA_DIR": str(settings.data_dir),
        "PACKSTATION_CONFIG": str(settings.data_dir / "none.toml"),
        "PACKSTATION_STATION_NAME": settings.station_name,
    }
    result = subprocess.run(
        [sys.executable, "-m", "packstation", "audit", "verify", "--demo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "entries were deleted" in result.stderr


@pytest.mark.slow
def test_after_a_restore_the_log_verifies_and_the_old_anchor_is_kept(tmp_path):
    from tests.storage.test_backup import run

    assert run(tmp_path, "--demo", "sync", "--once").returncode == 0
    out = tmp_path / "station.bak"
    assert run(tmp_path, "--demo", "backup", "--out", str(out)).returncode == 0
    assert run(tmp_path, "--demo", "demo-pack", "1001").returncode == 0  # entries after it
    restored = run(tmp_path, "--demo", "restore", str(out))
    assert restored.returncode == 0, restored.stderr
    assert "audit anchor" in restored.stdout
    assert (tmp_path / "data" / f"{ANCHOR_FILE}.before-restore").exists()
    verified = run(tmp_path, "--demo", "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
