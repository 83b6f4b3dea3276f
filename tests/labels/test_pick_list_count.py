"""The pick list's header counts every order of the batch (issue 17, finding 5)."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from packstation.domain.batches import BatchRules
from packstation.storage.uow import UnitOfWork


def header_count(pdf: bytes) -> int:
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    found = re.search(r"· (\d+) orders ·", text)
    assert found, text
    return int(found.group(1))


def test_an_order_with_nothing_to_pick_still_counts(station):
    [batch_id] = station.batches.create(BatchRules(max_orders=4, express_first=False))[:1]
    orders = station.batches.progress(batch_id).orders
    assert len(orders) == 4
    with UnitOfWork(station.session_factory) as uow:  # its lines picked in another wave
        row = uow.orders.row(orders[0].fulfillment_order_id)
        assert row is not None
        row.lines.clear()
        uow.commit()
    document = station.batches.pick_list(batch_id)
    assert header_count(document.data) == 4
