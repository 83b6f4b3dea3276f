"""Alternate and taught barcodes count one unit of their line, like the line's own barcode."""

from __future__ import annotations

from dataclasses import replace

from packstation.domain.packing import PackSession, ScanOutcome
from tests.domain.test_packing import Catalogue, order


def test_an_alternate_barcode_counts_one_unit_of_its_line():
    base = order()
    mug = replace(base.lines[0], alt_barcodes=("SUP-1", "4006381333931"))
    session = PackSession(replace(base, lines=(mug, base.lines[1])), Catalogue({}))
    assert session.scan("SUP-1").outcome is ScanOutcome.MATCHED
    assert session.scan("04006381333931").line_scanned == 2  # a GTIN in its 14-digit form
    assert session.scan("sup-1").outcome is ScanOutcome.OVER_SCAN


def test_a_barcode_learned_while_packing_counts_from_then_on():
    session = PackSession(order(), Catalogue({}))
    assert session.scan("SUPPLIER-9").outcome is ScanOutcome.UNKNOWN
    session.learn("l2", "SUPPLIER-9")
    session.learn("l2", "SUPPLIER-9")  # twice: still one unit per scan
    result = session.scan("SUPPLIER-9")
    assert result.quantity == 1 and result.line is not None and result.line.line_id == "l2"
    assert session.scanned("l2") == 1
