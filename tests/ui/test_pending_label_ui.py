"""The queue lists labels to print; a LABEL PENDING slip scanned at this bench prints here."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from packstation.storage.models import BookingRow, PrintJobRow
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order
from tests.ui.wedge import scan
from tests.ui.window import show_window

pytestmark = pytest.mark.gui
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def _booked_elsewhere(station, order_name: str) -> str:
    """A box packed at Bench 7 with a LABEL PENDING slip, booked since, its label queued there."""
    shipment = station.packing.complete(pack_order(station, order_name)).shipment
    with UnitOfWork(station.session_factory) as uow:
        for job in uow.print_jobs.for_shipment(shipment.shipment_id):
            job.state = "done"  # the slip (and, without a carrier, the station's own label)
        uow.bookings.enqueue(
            BookingRow(
                shipment_id=shipment.shipment_id,
                fulfillment_order_id=shipment.fulfillment_order_id,
                order_name=order_name,
                station="Bench 7",
                reference=shipment.shipment_id,
                payload="{}",
                state="done",
                attempts=1,
                next_attempt_at=NOW,
                last_error="",
                tracking_numbers='["00370712345"]',
                tracking_urls="[]",
                label=b"^XA^FDcarrier^FS^XZ",
                label_format="zpl",
                pending_slip=True,
                created_at=NOW,
            )
        )
        uow.print_jobs.add(
            PrintJobRow(
                shipment_id=shipment.shipment_id,
                order_name=order_name,
                kind="label",
                content_type="zpl",
                name=f"{order_name.lstrip('#')}-label",
                data=b"^XA^FDcarrier^FS^XZ",
                printer="",
                state="queued",
                attempts=0,
                next_attempt_at=NOW,
                last_error="",
                reason="",
                station="Bench 7",
                user="sync",
                created_at=NOW,
            )
        )
        uow.commit()
    return shipment.shipment_id


def test_the_slip_scanned_here_prints_the_label_here_once(qtbot, qapp, station):
    shipment_id = _booked_elsewhere(station, "#1001")
    app = show_window(qtbot, qapp, station)
    try:
        _scan_twice(qtbot, app, station, shipment_id)
    finally:
        app.shutdown()


def _scan_twice(qtbot, app, station, shipment_id):
    window = app.window
    panel = app.controller.queue.labels
    window.queue_view.search.setFocus()
    panel.refresh()
    assert panel.box.isVisibleTo(window) and panel.model.rowCount() == 1
    assert "1 label" in panel.box.title() or "(1)" in panel.box.title()

    def said(words):
        banners = (window.queue_view.banner, window.pack_view.banner)
        return any(words in b.message for b in banners)

    scan("#1001", target=window)
    qtbot.waitUntil(lambda: said("Printing the carrier label of #1001 here"), timeout=5000)

    def label_job():
        with UnitOfWork(station.session_factory) as uow:
            [job] = [j for j in uow.print_jobs.for_shipment(shipment_id) if j.name == "1001-label"]
            return job.station, job.state

    qtbot.waitUntil(lambda: label_job() == (station.context.station, "done"), timeout=5000)
    scan("#1001", target=window)
    qtbot.waitUntil(lambda: said("already printed at"), timeout=5000)
    panel.refresh()  # as after the next sync pass
    assert panel.model.rowCount() == 0 and not panel.box.isVisibleTo(window)


def test_paused_and_refused_bookings_are_said_at_the_bench(qtbot, qapp, station):
    from packstation.sync.bookings import BookingReport
    from packstation.sync.worker import SyncStatus
    from packstation.ui.pack.booking_watch import BookingWatch
    from packstation.ui.shared.state import StationState

    state = StationState(station)
    said = []
    state.said.connect(lambda tone, words: said.append(words))
    watch = BookingWatch(state)
    key = "The carrier account refused the key"
    paused = SyncStatus(True, 0, None, booked=BookingReport(paused=True, last_error=key))
    watch.on_status(paused)
    watch.on_status(paused)  # said once, not every pass
    watch.on_status(SyncStatus(True, 0, None, booked=BookingReport(booked=1, refused=2)))
    assert len(said) == 3
    assert key in said[0] and "work again" in said[1] and "refused 2 bookings" in said[2]
    state.shutdown()
