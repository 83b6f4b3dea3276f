"""A LABEL PENDING slip scanned at any bench prints that box's label there, once."""

from __future__ import annotations

from sqlalchemy import select

from packstation.services.context import StationContext
from packstation.services.pending_labels import PendingLabels
from packstation.storage.models import AuditRow
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order
from tests.wiring.conftest import names_in, sync_until_settled


def _offline_box(station, shipmondo):
    [name] = names_in(station, ("DK",), 1)
    shipmondo.stop()
    completion = station.packing.complete(pack_order(station, name))
    assert completion.booking == "pending"
    return completion.shipment


def _book_now(station, shipmondo):
    shipmondo.start()
    with UnitOfWork(station.session_factory) as uow:  # the back-off is over
        for row in uow.bookings.all():
            row.next_attempt_at = row.created_at
        uow.commit()
    sync_until_settled(station)


def _label_jobs(station, shipment_id):
    with UnitOfWork(station.session_factory) as uow:
        return [
            (j.station, j.state)
            for j in uow.print_jobs.for_shipment(shipment_id)
            if j.name.endswith("-label")
        ]


def _bench(station, name="Bench 9"):
    return PendingLabels(station.session_factory, StationContext(name, "Åse"))


def test_the_queue_lists_the_box_until_its_label_prints(station, shipmondo):
    shipment = _offline_box(station, shipmondo)
    [waiting] = station.labels.labels_to_print()
    assert (waiting.order_name, waiting.booked) == (shipment.order_name, False)
    assert waiting.packed_at == station.context.station
    _book_now(station, shipmondo)
    [booked] = station.labels.labels_to_print()
    assert booked.booked
    station.printing.process_due()  # the bench that packed it prints it
    assert station.labels.labels_to_print() == []


def test_a_scan_at_another_bench_moves_the_label_there_and_it_prints_once(station, shipmondo):
    shipment = _offline_box(station, shipmondo)
    other = _bench(station)
    assert other.print_here(shipment.order_name).state == "waiting"  # not booked yet
    _book_now(station, shipmondo)
    assert other.is_pending_slip(shipment.order_name)
    scan = other.print_here(shipment.order_name)
    assert (scan.state, scan.station) == ("printing", "Bench 9")
    assert _label_jobs(station, shipment.shipment_id) == [("Bench 9", "queued")]
    station.printing.process_due()  # the packing bench no longer prints it
    assert _label_jobs(station, shipment.shipment_id) == [("Bench 9", "queued")]
    with UnitOfWork(station.session_factory) as uow:  # Bench 9's printer sends it
        [job] = [
            j for j in uow.print_jobs.for_shipment(shipment.shipment_id) if j.station == "Bench 9"
        ]
        job.state = "done"
        uow.commit()
        actions = uow.session.scalars(
            select(AuditRow.action).where(AuditRow.action == "print.pending_label")
        ).all()
    assert actions == ["print.pending_label"]
    again = other.print_here(shipment.order_name)
    assert (again.state, again.station) == ("printed", "Bench 9")
    assert station.labels.print_here(shipment.order_name).state == "printed"
    assert len(_label_jobs(station, shipment.shipment_id)) == 1


def test_an_ordinary_order_number_is_no_pending_slip(station):
    [name] = names_in(station, ("DK",), 1)
    assert not station.labels.is_pending_slip(name)
