"""Taught barcodes: stored once per code, audited, refused when they name something else."""

from __future__ import annotations

import json

import pytest

from packstation.domain.packing import ScanOutcome
from packstation.services.auth import Authorisation
from packstation.services.teach_barcode import TeachRefused, with_taught_barcodes
from packstation.storage.uow import UnitOfWork

LEAD = Authorisation(lead="Maja Lind", action="barcode.teach", reason="Supplier's label")


def test_a_taught_barcode_counts_in_every_order_with_that_sku(station):
    teaching = station.teaching
    opened = station.packing.open_order("#1002")
    line = opened.order.lines[0]
    taught = teaching.teach("SUP-777", line, LEAD, "#1002")
    assert taught.new and taught.sku == line.sku
    assert not teaching.teach("SUP-777", line, LEAD, "#1002").new  # taught already: no change
    with UnitOfWork(station.session_factory) as uow:
        again = with_taught_barcodes(uow, uow.orders.get(opened.order.fulfillment_order_id))
        [entry] = uow.audit.entries(["barcode.taught"])
        assert json.loads(entry.detail)["lead"] == "Maja Lind" and entry.subject == "#1002"
        assert uow.catalogue.describe("SUP-777").startswith(line.title)
    assert "SUP-777" in again.lines[0].alt_barcodes
    reopened = station.packing.reload(opened)
    assert reopened.session.scan("SUP-777").outcome in (ScanOutcome.MATCHED, ScanOutcome.COMPLETE)


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("PS-CMD-COMPLETE", "command"),
        ("#1003", "order_number"),
        ("bad\x01code", "invalid"),
    ],
)
def test_codes_that_name_something_else_are_refused(station, code, kind):
    line = station.packing.open_order("#1002").order.lines[0]
    with pytest.raises(TeachRefused) as refused:
        station.teaching.teach(code, line, LEAD)
    assert refused.value.kind == kind


def test_another_products_barcode_or_another_skus_code_is_refused(station):
    opened = station.packing.open_order("#1002")
    first, second = opened.order.lines[0], opened.order.lines[1]
    with pytest.raises(TeachRefused) as refused:
        station.teaching.teach(second.barcode, first, LEAD)
    assert refused.value.kind == "other_product" and second.sku in refused.value.other
    station.teaching.teach("SUP-1", first, LEAD)
    with pytest.raises(TeachRefused) as again:
        station.teaching.teach("sup-1", second, LEAD)  # the same code in other letters
    assert (again.value.kind, again.value.other) == ("taught_for", first.sku)
