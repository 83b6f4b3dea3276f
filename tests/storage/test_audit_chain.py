"""The audit log is hash-chained: any edit, deletion or insertion is found and named."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from packstation.domain.audit_chain import entry_hash, verify_chain
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order


def verify(station):
    with UnitOfWork(station.session_factory) as uow:
        return verify_chain(uow.audit.chain())


def audit_ids(station):
    with UnitOfWork(station.session_factory) as uow:
        return [entry.id for entry in uow.audit.entries()]


def remove_guards(station):
    """What someone with write access to the database file can do: drop the triggers that
    make the log append-only. The hash chain is there for exactly this case."""
    with station.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER audit_log_no_update"))
        connection.execute(text("DROP TRIGGER audit_log_no_delete"))


def packed(station):
    for name in ("#1001", "#1002"):
        station.packing.complete(pack_order(station, name))
    station.pusher.push_due()
    return station


def test_an_untouched_log_verifies(station):
    packed(station)
    checked, broken = verify(station)
    assert broken is None and checked == len(audit_ids(station)) >= 5


def test_the_database_refuses_to_change_or_delete_an_entry(station):
    ids = audit_ids(packed(station))
    for statement in (
        "UPDATE audit_log SET detail = '{}' WHERE id = :i",
        "DELETE FROM audit_log WHERE id = :i",
    ):
        with (
            pytest.raises(DBAPIError, match="append-only"),
            station.engine.begin() as connection,
        ):
            connection.execute(text(statement), {"i": ids[1]})
    assert verify(station) == (len(ids), None)


def test_editing_one_entry_is_found_and_named(station):
    ids = audit_ids(packed(station))
    remove_guards(station)
    target = ids[len(ids) // 2]
    with station.engine.begin() as connection:
        connection.execute(
            text("UPDATE audit_log SET detail = :d WHERE id = :i"), {"d": "{}", "i": target}
        )
    checked, broken = verify(station)
    assert broken is not None and broken.entry_id == target
    assert "content was changed" in broken.reason
    assert checked == ids.index(target)


def test_deleting_an_entry_breaks_the_chain_at_the_next(station):
    ids = audit_ids(packed(station))
    remove_guards(station)
    with station.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log WHERE id = :i"), {"i": ids[2]})
    _, broken = verify(station)
    assert broken is not None and broken.entry_id == ids[3]
    assert "deleted or inserted" in broken.reason


def test_rehashing_an_edited_entry_still_breaks_at_its_successor(station):
    ids = audit_ids(packed(station))
    remove_guards(station)
    target = ids[1]
    with UnitOfWork(station.session_factory) as uow:
        row = uow.audit.get(target)
        row.user = "someone else"
        row.hash = entry_hash(
            row.prev_hash, row.at, row.station, row.user, row.action, row.subject, row.detail
        )
        uow.commit()
    _, broken = verify(station)
    assert broken is not None and broken.entry_id == ids[2]


def test_audit_verify_command_says_which_entry(station, settings):
    ids = audit_ids(packed(station))
    remove_guards(station)
    with station.engine.begin() as connection:
        connection.execute(text("UPDATE audit_log SET user = 'x' WHERE id = :i"), {"i": ids[4]})
    env = {**os.environ, "PACKSTATION_DATA_DIR": str(settings.data_dir)}
    result = subprocess.run(
        [sys.executable, "-m", "packstation", "audit", "verify", "--demo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"entry {ids[4]} (" in result.stderr and "content was changed" in result.stderr
