"""Two benches on one SQLite file: the window of Bench 1, and Bench 2 as a second Station.

Claimed orders in the queue, the refusal in words, a claim lost under the packer, a lead's
take-over, and the database going away during a scan.
"""

from __future__ import annotations

import json
import threading
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from packstation.app import build_station
from packstation.domain.users import Role
from packstation.services.auth import Authorisation
from packstation.storage.db import StorageUnavailable
from packstation.storage.models import OrderClaimRow
from packstation.storage.uow import UnitOfWork
from packstation.ui.shared.feedback import Tone
from tests.templates import prepare_pulled
from tests.ui.test_screen_wiring import double_click_order
from tests.ui.wedge import scan
from tests.ui.window import show_window

pytestmark = pytest.mark.gui

LEAD = Authorisation(lead="Kari Lead", action="pack.take_over", reason="Bench 1 is stuck")


@pytest.fixture
def running(qtbot, qapp, settings, demo_shop):
    prepare_pulled(settings, demo_shop)
    app = show_window(qtbot, qapp, build_station(settings, connector=demo_shop))
    app.window.queue_view.search.setFocus()
    yield app
    app.shutdown()


@pytest.fixture
def bench_two(running, settings, demo_shop, tmp_path):
    two = build_station(
        replace(settings, station_name="Bench 2", user="Kari", spool_dir=tmp_path / "spool2"),
        connector=demo_shop,
    )
    yield two
    two.close()


def row_of(app, order_name):
    model = app.controller.queue_model
    return next(r for r in range(model.rowCount()) if model.entry(r).order_name == order_name)


def status_cell(app, order_name):
    model = app.controller.queue_model
    return model.index(row_of(app, order_name), 7)


def banner(app):
    window = app.window
    return window.pack_view.banner if window.on_pack_screen else window.queue_view.banner


def test_an_order_claimed_at_another_bench_is_shown_and_refused(qtbot, running, bench_two):
    bench_two.packing.open_order("#1001")
    running.controller.refresh_queue()
    cell = status_cell(running, "#1001")
    assert cell.data() == "Being packed at Bench 2 by Kari"
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#dfe6f3"
    assert status_cell(running, "#1002").data() == "Open"

    double_click_order(running, "#1001")
    assert not running.window.on_pack_screen and running.controller.open is None
    assert running.window.queue_view.banner.tone is Tone.WRONG
    assert running.window.queue_view.banner.message == "#1001 is being packed at Bench 2 by Kari"

    scan("#1002")  # another order first: the slip scan of #1001 is refused on the pack screen
    assert running.controller.open.order.order_name == "#1002"
    scan("#1001")
    assert running.controller.open.order.order_name == "#1002"
    assert banner(running).tone is Tone.WRONG
    assert banner(running).message == "#1001 is being packed at Bench 2 by Kari"


def test_an_expired_claim_is_amber_and_the_refusal_names_the_lead(qtbot, running, bench_two):
    opened = bench_two.packing.open_order("#1001")
    with UnitOfWork(bench_two.session_factory) as uow:
        claim = uow.session.get(OrderClaimRow, opened.order.fulfillment_order_id)
        claim.beat_at = datetime.now(UTC) - timedelta(hours=1)
        uow.commit()
    running.controller.refresh_queue()
    cell = status_cell(running, "#1001")
    assert cell.data().startswith("Claim expired: Bench 2 silent since")
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fbe3a6"
    double_click_order(running, "#1001")
    message = running.window.queue_view.banner.message
    assert message.startswith("#1001 was being packed at Bench 2 by Kari")
    assert message.endswith("a shift lead can take it over")
    claims = running.controller.lead.show_claims()
    qtbot.waitUntil(lambda: claims.view.table.rowCount() == 1, timeout=5000)
    assert "1 at benches that stopped answering" in claims.view.summary.text()
    assert claims.view.table.item(0, 4).text().startswith("Expired: no answer since")
    claims.view.close()


def test_a_claim_lost_under_the_packer_drops_the_order(qtbot, running, bench_two):
    scan("#1001")
    opened = running.controller.open
    scan(opened.order.lines[0].barcode)
    qtbot.waitUntil(lambda: running.controller.poster.pending == 0, timeout=5000)
    bench_two.packing.take_over("#1001", LEAD)
    running.controller.presence.beat_now()
    qtbot.waitUntil(lambda: running.controller.open is None, timeout=10000)
    assert not running.window.on_pack_screen
    assert running.window.queue_view.banner.tone is Tone.WRONG
    assert running.window.queue_view.banner.message == (
        "Kari Lead took #1001 over: it is now being packed at Bench 2 by Kari. Put its items aside."
    )
    # the queue is read again off the GUI thread
    qtbot.waitUntil(lambda: running.controller.poster.pending == 0, timeout=10000)
    assert status_cell(running, "#1001").data() == "Being packed at Bench 2 by Kari"


@contextmanager
def claim_held(running, monkeypatch):
    """The claim of the next slip scan reaches the database only when the block ends (what
    the packer does meanwhile waits behind it on the window's database writer)."""
    release = threading.Event()
    packing = running.station.packing
    write_claim = packing.write_claim

    def late(pending):
        release.wait(10)
        write_claim(pending)

    monkeypatch.setattr(packing, "write_claim", late)
    try:
        yield
    finally:
        release.set()


def test_a_bench_that_claims_first_takes_the_shown_order_back(
    qtbot, running, bench_two, monkeypatch
):
    """The slip scan shows the order at once; its claim is written after. Bench 2 claiming
    it in between wins: Bench 1 takes it off the screen, and its scan is not counted."""
    controller = running.controller
    with claim_held(running, monkeypatch):
        scan("#1001")
        opened = controller.open
        assert opened is not None and opened.order.order_name == "#1001"
        assert running.window.on_pack_screen
        scan(opened.order.lines[0].barcode)
        bench_two.packing.open_order("#1001")
    qtbot.waitUntil(lambda: controller.open is None, timeout=10000)
    qtbot.waitUntil(lambda: controller.poster.pending == 0, timeout=10000)
    assert not running.window.on_pack_screen
    assert banner(running).tone is Tone.WRONG
    assert banner(running).message == (
        "Order #1001 was not opened: #1001 is being packed at Bench 2 by Kari"
    )
    with UnitOfWork(running.station.session_factory) as uow:
        claim = uow.claims.get(opened.order.fulfillment_order_id)
        assert claim is not None and claim.station == "Bench 2"
        assert uow.sessions.get(opened.session_id) is None
        assert uow.sessions.events(opened.session_id) == []
        assert [e.subject for e in uow.audit.entries(["pack.opened"])] == ["#1001"]


def test_the_database_going_away_before_the_claim_is_written(qtbot, running, monkeypatch):
    controller = running.controller
    with claim_held(running, monkeypatch):
        scan("#1001")
        shown = controller.open
        assert shown is not None

        def unreachable(self):
            raise StorageUnavailable("connection refused (the test's stopped proxy)")

        monkeypatch.setattr(UnitOfWork, "commit", unreachable)
    qtbot.waitUntil(lambda: controller.open is None, timeout=10000)
    assert banner(running).tone is Tone.WRONG
    assert banner(running).message == (
        "Order #1001 was not opened: database unreachable - scans are not being saved"
    )
    assert controller.database_alert.down
    monkeypatch.undo()
    with UnitOfWork(running.station.session_factory) as uow:
        assert uow.claims.get(shown.order.fulfillment_order_id) is None
        assert uow.sessions.get(shown.session_id) is None
    scan("#1001")  # the database is back: the slip opens it, claimed this time
    qtbot.waitUntil(lambda: controller.poster.pending == 0, timeout=5000)
    assert controller.open is not None and controller.open.order.order_name == "#1001"
    with UnitOfWork(running.station.session_factory) as uow:
        claim = uow.claims.get(controller.open.order.fulfillment_order_id)
        assert claim is not None and claim.session_id == controller.open.session_id


def test_a_lead_takes_an_order_over_from_the_queue(qtbot, running, bench_two):
    station = running.station
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711")
    opened_there = bench_two.packing.open_order("#1001")
    running.controller.refresh_queue()
    table = running.window.queue_view.table
    proxy, model = running.controller.queue_proxy, running.controller.queue_model
    table.setCurrentIndex(proxy.mapFromSource(model.index(row_of(running, "#1001"), 0)))
    qtbot.mouseClick(running.window.queue_view.take_over_button, Qt.MouseButton.LeftButton)
    dialog = running.controller.auth_dialog
    assert dialog is not None
    question = dialog.findChild(QLabel).text()
    assert question.startswith("Take #1001 over to this bench? It is being packed at Bench 2")
    dialog.reason.setText("Kari went home ill")
    dialog.pin.setText("4711")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.try_pin()
    qtbot.waitUntil(lambda: running.controller.open is not None, timeout=10000)
    assert running.controller.open.order.order_name == "#1001"
    assert running.window.on_pack_screen
    assert running.window.pack_view.banner.tone is Tone.WARNING
    assert "Maja Lind took #1001 over" in running.window.pack_view.banner.message
    with UnitOfWork(station.session_factory) as uow:
        (entry,) = uow.audit.entries(["pack.taken_over"])
        detail = json.loads(entry.detail)
    assert (detail["lead"], detail["from_station"]) == ("Maja Lind", "Bench 2")
    assert bench_two.packing.claim_lost(opened_there) is not None


def test_the_database_going_away_during_a_scan(qtbot, running, monkeypatch):
    controller, window = running.controller, running.window
    scan("#1001")
    opened = controller.open
    qtbot.waitUntil(lambda: controller.poster.pending == 0, timeout=5000)  # claimed
    code = opened.order.lines[0].barcode
    commit = UnitOfWork.commit

    def unreachable(self):
        raise StorageUnavailable("connection refused (the test's stopped proxy)")

    monkeypatch.setattr(UnitOfWork, "commit", unreachable)
    scan(code)
    qtbot.waitUntil(lambda: controller.database_alert.down, timeout=5000)
    # the alert can come first from the heartbeat: wait for the scan's own answer
    qtbot.waitUntil(lambda: "NOT saved" in window.pack_view.banner.message, timeout=5000)
    qtbot.waitUntil(lambda: opened.session.units_scanned == 0, timeout=5000)
    assert window.pack_view.progress.value() == 0
    assert window.pack_view.banner.tone is Tone.WRONG
    assert window.pack_view.banner.message == (
        "Last scan NOT saved: database unreachable - scans are not being saved"
    )
    assert controller.database_alert.bar.isVisible()
    assert "database unreachable - scans are not being saved" in controller.database_alert.message
    assert window.shop_status.text() == "✗ Database unreachable: scans are not saved"
    controller.presence.beat_now()  # the heartbeat fails too: still red
    qtbot.wait(300)
    assert controller.database_alert.down

    monkeypatch.setattr(UnitOfWork, "commit", commit)
    controller.presence.beat_now()
    qtbot.waitUntil(lambda: not controller.database_alert.down, timeout=10000)
    assert not controller.database_alert.bar.isVisible()
    assert "Database unreachable" not in window.shop_status.text()
    scan(code)
    qtbot.waitUntil(lambda: running.controller.poster.pending == 0, timeout=5000)
    assert opened.session.units_scanned == 1
    with UnitOfWork(running.station.session_factory) as uow:
        assert len(uow.sessions.events(opened.session_id)) == 1


def test_a_restarted_bench_tells_why_its_order_is_not_back(qtbot, qapp, settings, running):
    scan("#1001")
    opened = running.controller.open
    removed = opened.order.lines[0]
    scan(removed.barcode)
    qtbot.waitUntil(lambda: running.controller.poster.pending == 0, timeout=5000)
    running.shutdown()  # Bench 1 stops with #1001 on it (the fixture's shutdown runs again)
    edited = replace(opened.order, lines=opened.order.lines[1:])  # the shop removed the line
    with UnitOfWork(running.station.session_factory) as uow:
        uow.orders.upsert(edited)
        uow.commit()
    again = show_window(qtbot, qapp, build_station(settings, connector=running.station.connector))
    try:
        assert again.controller.open is None
        assert not again.window.on_pack_screen
        assert again.window.queue_view.banner.tone is Tone.WARNING
        message = again.window.queue_view.banner.message
        assert message.startswith("Order #1001 was changed in the shop")
        assert f"{removed.sku} (1 counted) is no longer wanted" in message
    finally:
        again.shutdown()


def test_the_lead_sees_benches_from_the_exceptions_window(qtbot, running, bench_two):
    bench_two.packing.open_order("#1001")
    exceptions = running.controller.lead.show_exceptions()
    qtbot.mouseClick(exceptions.view.benches_button, Qt.MouseButton.LeftButton)
    claims = running.controller.claims_dialog
    qtbot.waitUntil(lambda: claims.view.table.rowCount() == 1, timeout=5000)
    assert [claims.view.table.item(0, c).text() for c in (0, 1, 2, 4)] == [
        "#1001",
        "Bench 2",
        "Kari",
        "Packing",
    ]
    assert "0 at benches that stopped answering" in claims.view.summary.text()
    claims.view.close()
    exceptions.view.close()


def test_the_queue_keeps_its_rows_while_the_database_is_away(qtbot, running, monkeypatch):
    controller = running.controller
    shown = controller.queue_model.rowCount()

    def unreachable(*_args, **_kwargs):
        raise StorageUnavailable("connection refused (the test's stopped proxy)")

    monkeypatch.setattr(running.station.queue, "entries", unreachable)
    controller.refresh_queue()
    assert controller.queue_model.rowCount() == shown
    assert controller.database_alert.down
    assert running.window.queue_view.banner.tone is Tone.WRONG
    assert running.window.queue_view.banner.message == (
        "Queue not reloaded: database unreachable - scans are not being saved"
    )


def test_a_slip_scanned_again_before_its_claim_is_written_continues_the_same_session(
    qtbot, running, monkeypatch
):
    """A busy database holds the claim's write past the window's wait for the writer: the
    slip scanned again goes on with the order as it is on the screen, not a second session."""
    controller, state = running.controller, running.controller.state
    settle = state.settle_writes
    monkeypatch.setattr(state, "settle_writes", lambda: settle(timeout=0.2))
    with claim_held(running, monkeypatch):
        scan("#1001")
        first = controller.open
        scan(first.order.lines[0].barcode)
        controller.pack.back_to_queue()  # parked, its claim still on the way
        assert controller.open is None
        scan("#1001")
        again = controller.open
        assert again is not None and again.session_id == first.session_id
        assert again.session.units_scanned == 1
    qtbot.waitUntil(lambda: controller.poster.pending == 0, timeout=10000)
    assert controller.open is not None and controller.open.session_id == first.session_id
    assert "not opened" not in banner(running).message
    with UnitOfWork(running.station.session_factory) as uow:
        claim = uow.claims.get(first.order.fulfillment_order_id)
        assert claim is not None and claim.session_id == first.session_id
        assert len(uow.sessions.events(first.session_id)) == 1


def test_a_hand_confirmation_of_an_order_whose_claim_is_refused_is_not_a_crash(
    qtbot, running, bench_two, monkeypatch
):
    station, window, controller = running.station, running.window, running.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711")
    with claim_held(running, monkeypatch):
        scan("#1001")
        table = window.pack_view.table
        table.selectRow(0)
        qtbot.keyClick(window, Qt.Key.Key_F3)
        dialog = controller.auth_dialog
        assert dialog is not None and dialog.isVisible()
        dialog.reason.setText("Barcode label torn off")
        dialog.pin.setText("4711")
        with qtbot.waitSignal(dialog.finished, timeout=5000):
            dialog.try_pin()
        assert controller.open.session.units_scanned == 1  # counted on screen, save queued
        bench_two.packing.open_order("#1001")
    qtbot.waitUntil(lambda: controller.open is None, timeout=10000)
    qtbot.waitUntil(lambda: controller.poster.pending == 0, timeout=10000)
    assert banner(running).message == (
        "Order #1001 was not opened: #1001 is being packed at Bench 2 by Kari"
    )
