from datetime import UTC, datetime

import pytest

from packstation.domain.orders import Address, FulfillmentLine, FulfillmentOrder, ShopStatus
from packstation.domain.packing import Count, PackSession, ScanOutcome
from packstation.domain.shipments import CannotComplete, build_shipment

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


class Catalogue:
    def __init__(self, known: dict[str, str]) -> None:
        self.known = known

    def describe(self, code: str) -> str | None:
        return self.known.get(code)

    def serial_shipped(self, sku: str, serial: str) -> str | None:
        return None


def order() -> FulfillmentOrder:
    return FulfillmentOrder(
        fulfillment_order_id="fo-1",
        order_name="#1001",
        status=ShopStatus.OPEN,
        created_at=NOW,
        updated_at=NOW,
        shipping_address=Address("Åse Ørsted", "Søndre gate 12", "Oslo", "0154", "NO"),
        shipping_method="Posten",
        express=False,
        lines=(
            FulfillmentLine("l1", "MUG-01", "5701234567892", "Mug", "Blue", 2, "A-01", 400),
            FulfillmentLine("l2", "TEA-01", "036000291452", "Tea", "Earl Grey", 1, "B-02", 100),
        ),
    )


def session(**known: str) -> PackSession:
    return PackSession(order(), Catalogue(known))


def test_a_matching_barcode_counts_one_unit():
    s = session()
    result = s.scan("5701234567892")
    assert result.outcome is ScanOutcome.MATCHED
    assert (result.line_scanned, result.units_scanned, result.units_total) == (1, 1, 3)


def test_sku_matches_case_insensitively_and_trimmed():
    s = session()
    assert s.scan("  mug-01 ").outcome is ScanOutcome.MATCHED
    assert s.scanned("l1") == 1


def test_upc_a_matches_its_ean13_form():
    s = session()
    assert s.scan("0036000291452").outcome is ScanOutcome.MATCHED
    assert s.scanned("l2") == 1


def test_last_unit_completes_the_session():
    s = session()
    s.scan("5701234567892")
    s.scan("5701234567892")
    result = s.scan("036000291452")
    assert result.outcome is ScanOutcome.COMPLETE
    assert s.is_complete


def test_over_scan_is_refused_without_changing_counts():
    s = session()
    s.scan("5701234567892", quantity=2)
    result = s.scan("5701234567892")
    assert result.outcome is ScanOutcome.OVER_SCAN
    assert s.scanned("l1") == 2 and s.units_scanned == 2


def test_quantity_above_what_remains_is_an_over_scan():
    s = session()
    assert s.scan("5701234567892", quantity=3).outcome is ScanOutcome.OVER_SCAN
    assert s.units_scanned == 0


def test_known_product_outside_the_order_is_a_wrong_item():
    s = session(**{"5709999999993": "Oak bowl"})
    result = s.scan("5709999999993")
    assert result.outcome is ScanOutcome.WRONG_ITEM
    assert result.product_title == "Oak bowl"
    assert s.units_scanned == 0


def test_unknown_code_is_unknown():
    s = session()
    assert s.scan("garbage-42").outcome is ScanOutcome.UNKNOWN
    assert s.units_scanned == 0


def test_undo_takes_back_the_last_counted_scan_only():
    s = session()
    s.scan("5701234567892")
    s.scan("036000291452")
    s.scan("nonsense")
    undone = s.undo()
    assert undone is not None and undone.line_id == "l2"
    assert (s.scanned("l1"), s.scanned("l2")) == (1, 0)
    s.undo()
    assert s.undo() is None


def test_complete_shipment_carries_every_unit_and_weight():
    s = session()
    s.scan("5701234567892", quantity=2)
    s.scan("036000291452")
    shipment = build_shipment(
        s, shipment_id="s1", tracking_number="PS1", carrier="Demo", created_at=NOW
    )
    assert shipment.units == 3
    assert shipment.weight_grams == 900
    assert shipment.partial_reason == ""


def test_partial_needs_a_reason_and_ships_only_verified_units():
    s = session()
    s.scan("5701234567892")
    with pytest.raises(CannotComplete):
        build_shipment(s, shipment_id="s1", tracking_number="PS1", carrier="D", created_at=NOW)
    shipment = build_shipment(
        s,
        shipment_id="s1",
        tracking_number="PS1",
        carrier="D",
        created_at=NOW,
        partial_reason="Out of stock",
    )
    assert [(ln.line_id, ln.quantity) for ln in shipment.lines] == [("l1", 1)]
    assert shipment.partial_reason == "Out of stock"


def test_nothing_scanned_cannot_ship_even_with_a_reason():
    with pytest.raises(CannotComplete):
        build_shipment(
            session(),
            shipment_id="s",
            tracking_number="P",
            carrier="D",
            created_at=NOW,
            partial_reason="x",
        )


def test_a_case_barcode_counts_its_pack_size():
    from dataclasses import replace

    base = order()
    case_gtin = "15701234567899"
    lines = (replace(base.lines[0], quantity=6, pack_barcodes=((case_gtin, 6),)), base.lines[1])
    s = PackSession(replace(base, lines=lines), Catalogue({}))
    result = s.scan(case_gtin)
    assert result.outcome is ScanOutcome.MATCHED and result.quantity == 6
    assert s.scanned("l1") == 6
    assert s.scan(case_gtin).outcome is ScanOutcome.OVER_SCAN
    assert s.scanned("l1") == 6
    assert s.undo() == Count("l1", 6)


def serial_session(shipped=None):
    from dataclasses import replace

    base = order()
    lines = (replace(base.lines[0], requires_serial=True), base.lines[1])

    class WithSerials(Catalogue):
        def serial_shipped(self, sku, serial):
            return (shipped or {}).get((sku, serial))

    return PackSession(replace(base, lines=lines), WithSerials({}))


def test_a_serial_item_asks_for_its_serial_which_is_then_saved():
    s = serial_session()
    first = s.scan("5701234567892")
    assert first.outcome is ScanOutcome.MATCHED and first.needs_serial
    assert not s.is_complete
    saved = s.scan("SN-0001")
    assert saved.outcome is ScanOutcome.SERIAL_SAVED and saved.serial == "SN-0001"
    assert s.serials("l1") == ("SN-0001",)


def test_a_product_barcode_or_a_repeated_serial_is_not_a_serial():
    s = serial_session()
    s.scan("5701234567892")
    refused = s.scan("036000291452")
    assert refused.outcome is ScanOutcome.SERIAL_REFUSED and "product barcode" in refused.problem
    s.scan("SN-1")
    s.scan("5701234567892")
    again = s.scan("SN-1")
    assert again.outcome is ScanOutcome.SERIAL_REFUSED and "already scanned" in again.problem
    assert s.awaiting_serial is not None


def test_a_serial_that_already_shipped_is_refused():
    s = serial_session(shipped={("MUG-01", "SN-9"): "#0999"})
    s.scan("5701234567892")
    refused = s.scan("SN-9")
    assert "#0999" in refused.problem and s.serials("l1") == ()


def test_serial_items_cannot_be_counted_in_bulk_and_undo_takes_the_serial_back():
    s = serial_session()
    assert s.scan("5701234567892", quantity=2).outcome is ScanOutcome.SERIAL_REFUSED
    s.scan("5701234567892")
    s.scan("SN-1")
    s.undo()
    assert s.serials("l1") == () and s.scanned("l1") == 0
    s.scan("5701234567892")
    s.undo()  # while the serial is awaited
    assert s.awaiting_serial is None and s.scanned("l1") == 0


def test_a_gs1_serial_is_taken_with_the_item_and_printed_on_the_shipment():
    s = serial_session()
    result = s.scan("5701234567892", serial="SN-A")
    assert result.outcome is ScanOutcome.MATCHED and result.serial == "SN-A"
    s.scan("5701234567892", serial="SN-B")
    s.scan("036000291452")
    assert s.is_complete
    shipment = build_shipment(s, shipment_id="s", tracking_number="P", carrier="D", created_at=NOW)
    assert shipment.lines[0].serials == ("SN-A", "SN-B")


def test_completion_waits_for_the_awaited_serial():
    s = serial_session()
    s.scan("5701234567892", quantity=1)
    with pytest.raises(CannotComplete, match="serial number"):
        build_shipment(
            s,
            shipment_id="s",
            tracking_number="P",
            carrier="D",
            created_at=NOW,
            partial_reason="short",
        )
