from datetime import UTC, datetime

from packstation.domain.orders import Address, FulfillmentLine, FulfillmentOrder, ShopStatus
from packstation.domain.picking import bin_sort_key, pick_rows

NOW = datetime(2026, 11, 23, tzinfo=UTC)


def order(name, *lines):
    return FulfillmentOrder(
        fulfillment_order_id=name,
        order_name=name,
        status=ShopStatus.OPEN,
        created_at=NOW,
        updated_at=NOW,
        shipping_address=Address("A", "B", "C", "1", "DK"),
        shipping_method="x",
        express=False,
        lines=tuple(
            FulfillmentLine(f"{name}-{sku}", sku, "", f"T {sku}", "", qty, bin_)
            for sku, qty, bin_ in lines
        ),
    )


def test_bins_sort_naturally_and_empty_bins_last():
    bins = ["A-10-1", "", "A-2-1", "B-1-1", "A-2-10", "A-2-2"]
    assert sorted(bins, key=bin_sort_key) == ["A-2-1", "A-2-2", "A-2-10", "A-10-1", "B-1-1", ""]


def test_lines_merge_by_bin_and_sku_with_their_orders():
    rows = pick_rows(
        [
            order("#1", ("MUG", 2, "A-10-1"), ("TEA", 1, "A-2-1")),
            order("#2", ("MUG", 3, "A-10-1")),
        ]
    )
    assert [(r.bin_location, r.sku, r.quantity, r.orders) for r in rows] == [
        ("A-2-1", "TEA", 1, ("#1",)),
        ("A-10-1", "MUG", 5, ("#1", "#2")),
    ]
