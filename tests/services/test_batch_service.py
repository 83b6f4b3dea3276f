"""Stored batches on a real SQLite station: rules, live progress, slips and labels in bulk."""

from __future__ import annotations

import io

from pypdf import PdfReader

from packstation.domain.batches import BatchRules
from packstation.services.batches import LABELLED, PACKING, VERIFIED, WAITING
from packstation.storage.mapping import order_from_row
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order


def test_batches_are_stored_followed_and_never_take_an_order_twice(station):
    built = station.batches.preview(BatchRules(max_orders=5))
    assert built and all(len(b.orders) <= 5 for b in built)
    ids = station.batches.create(BatchRules(max_orders=5))
    assert len(ids) == len(built)
    assert station.batches.preview(BatchRules(max_orders=5)) == []  # all taken

    [first, *_] = station.batches.open_batches()
    assert {o.state for o in first.orders} == {WAITING}
    one, two = first.orders[0], first.orders[1]
    completed = station.packing.complete(pack_order(station, one.order_name)).shipment
    station.packing.open_order(two.order_name)
    progress = station.batches.progress(first.batch_id)
    states = {o.order_name: o.state for o in progress.orders}
    assert (states[one.order_name], states[two.order_name]) == (VERIFIED, PACKING)
    assert (progress.packed, progress.total) == (1, len(first.orders))

    station.printing.process_due()  # the completion's label and slip print
    assert {o.order_name: o.state for o in station.batches.progress(first.batch_id).orders}[
        one.order_name
    ] == LABELLED
    assert completed.order_name == one.order_name

    station.batches.close(first.batch_id)
    assert first.batch_id not in [b.batch_id for b in station.batches.open_batches()]
    # its orders nobody has started can be batched again
    again = station.batches.preview(BatchRules(max_orders=100))
    assert {o.order_name for b in again for o in b.orders} >= {
        o.order_name for o in first.orders if o.order_name not in (one.order_name, two.order_name)
    }


def test_batch_slips_are_one_document_with_a_page_per_order(station):
    [batch_id] = station.batches.create(BatchRules(max_orders=4, express_first=False))[:1]
    progress = station.batches.progress(batch_id)
    packed = station.packing.complete(pack_order(station, progress.orders[0].order_name)).shipment
    document = station.batches.slips(batch_id)
    reader = PdfReader(io.BytesIO(document.data))
    assert len(reader.pages) >= len(progress.orders)
    text = "\n".join(page.extract_text() for page in reader.pages)
    languages = station.printing.languages  # each slip speaks its customer's language
    with UnitOfWork(station.session_factory) as uow:
        countries = {
            o.order_name: order_from_row(
                uow.orders.find_by_name(o.order_name)[0]
            ).shipping_address.country_code
            for o in progress.orders
        }
    for order in progress.orders:
        heading = languages.slip(countries[order.order_name]).tr(
            "PackingSlip", "Packing slip {order}"
        )
        assert heading.replace("{order}", order.order_name) in text
    tr = languages.slip(packed.recipient.country_code).tr
    tracking = tr("PackingSlip", "Tracking: {tracking}").replace("{tracking}", "")
    assert f"{tracking}{packed.tracking_number}" in text  # the packed one shows its tracking
    assert text.count(tracking) == 1  # the others are not packed yet


def test_labels_for_verified_orders_are_queued_once(station):
    [batch_id] = station.batches.create(BatchRules(max_orders=3))[:1]
    orders = station.batches.progress(batch_id).orders
    shipment = station.packing.complete(pack_order(station, orders[0].order_name)).shipment
    run, not_verified = station.batches.queue_labels(batch_id)
    assert (run.queued, run.already_printed, not_verified) == (1, 0, len(orders) - 1)
    station.printing.process_due()
    run, _ = station.batches.queue_labels(batch_id)
    assert (run.queued, run.already_printed) == (0, 1)
    labels = [j for j in station.printing.shipment_jobs(shipment.shipment_id) if j.kind == "label"]
    assert [j.state for j in labels] == ["done"]  # never a second label for the same box
