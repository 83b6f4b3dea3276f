"""The durable print queue against a real TCP printer emulator and a real SQLite file."""

from __future__ import annotations

import pytest

from packstation.app import build_station
from packstation.devices.printer.spool import SpoolFolderPrinter
from packstation.devices.printer.tcp import TcpPrinter
from packstation.storage.uow import UnitOfWork
from tests.devices.printer_server import EmulatedZplPrinter
from tests.helpers import pack_order
from tests.templates import prepare_pulled


@pytest.fixture
def zebra():
    with EmulatedZplPrinter() as emulated:
        yield emulated


def make_station(settings, demo_shop, zebra, tmp_path):
    printers = {
        "label": TcpPrinter("127.0.0.1", zebra.port, name="ZD421", timeout=1.0),
        "slip": SpoolFolderPrinter(tmp_path / "slips", name="Slip folder"),
    }
    prepare_pulled(settings, demo_shop)
    station = build_station(settings, connector=demo_shop, printers=printers)
    station.puller.pull()
    return station


def complete(station, order_name):
    return station.packing.complete(pack_order(station, order_name)).shipment


def states(station, shipment):
    return {j.kind: j.state for j in station.printing.shipment_jobs(shipment.shipment_id)}


def test_completion_queues_both_documents_and_the_printer_gets_the_label(
    settings, demo_shop, zebra, tmp_path
):
    station = make_station(settings, demo_shop, zebra, tmp_path)
    try:
        shipment = complete(station, "#1001")
        assert states(station, shipment) == {"label": "queued", "slip": "queued"}
        run = station.printing.process_due()
        assert len(run.done) == 2
        assert states(station, shipment) == {"label": "done", "slip": "done"}
        (job,) = zebra.behaviour.jobs
        assert job.startswith(b"^XA") and "Åse Ørsted".encode() in job
        assert list((tmp_path / "slips").glob("1001-*-slip.pdf"))
        assert station.printing.outcome(shipment).ok
    finally:
        station.close()


def test_paper_out_waits_sends_nothing_then_prints_once_after_retry(
    settings, demo_shop, zebra, tmp_path
):
    station = make_station(settings, demo_shop, zebra, tmp_path)
    try:
        zebra.behaviour.paper_out = True
        shipment = complete(station, "#1002")
        run = station.printing.process_due()
        assert [message for _, message in run.waiting] == [
            "ZD421 is out of labels: load a roll and press Retry"
        ]
        assert states(station, shipment)["label"] == "queued"
        assert zebra.behaviour.jobs == []
        assert station.printing.process_due().done == ()  # back-off: not due yet
        # the shift lead's queue holds one exception for the order, not one per attempt
        station.printing.retry_now()
        station.printing.process_due()
        [exception] = station.exceptions.open()
        assert (exception.kind, exception.order_name) == ("print_failed", "#1002")
        assert exception.what == (
            "The label did not print on ZD421: ZD421 is out of labels: load a roll and press Retry"
        )
        zebra.behaviour.paper_out = False
        station.printing.retry_now()
        assert len(station.printing.process_due().done) == 1
        assert len(zebra.behaviour.jobs) == 1
        assert states(station, shipment) == {"label": "done", "slip": "done"}
    finally:
        station.close()


def test_an_uncertain_send_is_never_retried_by_itself(settings, demo_shop, zebra, tmp_path):
    station = make_station(settings, demo_shop, zebra, tmp_path)
    try:
        shipment = complete(station, "#1003")
        zebra.behaviour.close_mid_job_after = 10
        run = station.printing.process_due()
        assert len(run.uncertain) == 1
        zebra.behaviour.close_mid_job_after = None
        station.printing.retry_now()
        assert station.printing.process_due().done == ()
        assert zebra.behaviour.jobs == []
        label_job = next(
            j for j in station.printing.shipment_jobs(shipment.shipment_id) if j.kind == "label"
        )
        station.printing.resolve_uncertain(label_job.job_id, printed=False, reason="blank label")
        assert len(station.printing.process_due().done) == 1
        (reprint,) = zebra.behaviour.jobs
        assert b"REPRINT" in reprint
        with UnitOfWork(station.session_factory) as uow:
            actions = [
                e.action for e in uow.audit.entries(["print.uncertain", "print.not_printed"])
            ]
        assert actions == ["print.uncertain", "print.not_printed"]
    finally:
        station.close()


def test_nothing_is_lost_across_a_restart(settings, demo_shop, zebra, tmp_path):
    station = make_station(settings, demo_shop, zebra, tmp_path)
    zebra.behaviour.paper_out = True
    first = complete(station, "#1004")
    station.printing.process_due()
    second = complete(station, "#1005")
    with UnitOfWork(station.session_factory) as uow:  # as if killed while sending the slip
        slip = next(j for j in uow.print_jobs.for_shipment(second.shipment_id) if j.kind == "slip")
        slip.state = "sending"
        uow.commit()
    station.close()

    zebra.behaviour.paper_out = False
    again = make_station(settings, demo_shop, zebra, tmp_path)
    try:
        assert states(again, second)["slip"] == "uncertain"
        again.printing.retry_now()
        again.printing.process_due()
        assert states(again, first) == {"label": "done", "slip": "done"}
        assert states(again, second) == {"label": "done", "slip": "uncertain"}
        assert len(zebra.behaviour.jobs) == 2
    finally:
        again.close()


def test_a_reprint_needs_a_reason_and_is_marked(settings, demo_shop, zebra, tmp_path):
    from packstation.services.printing import PrintQueueError

    station = make_station(settings, demo_shop, zebra, tmp_path)
    try:
        complete(station, "#1006")
        station.printing.process_due()
        with pytest.raises(PrintQueueError):
            station.printing.queue_reprint("#1006", "  ")
        station.printing.queue_reprint("#1006", "label torn")
        station.printing.process_due()
        assert [b"REPRINT" in job for job in zebra.behaviour.jobs] == [False, True]
        with UnitOfWork(station.session_factory) as uow:
            (entry,) = uow.audit.entries(["print.reprint"])
            assert "label torn" in entry.detail
    finally:
        station.close()
