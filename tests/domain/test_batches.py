"""Batch rules on realistic demo data, and each batch's pick list in bin order."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import timedelta

import pypdf
import pytest

from packstation.domain.batches import BatchRules, build_batches
from packstation.domain.orders import ShopStatus
from packstation.domain.picking import bin_sort_key


@pytest.fixture
def orders(demo_shop):
    return list(demo_shop.fetch_fulfillment_orders(None))


def packable(orders):
    return [o for o in orders if o.status.packable and o.status is not ShopStatus.ON_HOLD]


def test_single_item_orders_only(orders):
    [batch] = build_batches(orders, BatchRules(single_item_only=True, max_orders=500))
    expected = {o.fulfillment_order_id for o in packable(orders) if o.units == 1}
    assert {o.fulfillment_order_id for o in batch.orders} == expected
    assert len(expected) > 5


def test_by_shipping_method_with_a_cap_and_express_first(orders):
    batches = build_batches(orders, BatchRules(by_shipping_method=True, max_orders=7))
    assert all(1 <= len(b.orders) <= 7 for b in batches)
    for batch in batches:
        assert len({o.shipping_method for o in batch.orders}) == 1
        flags = [o.express for o in batch.orders]
        assert flags == sorted(flags, reverse=True)  # express orders come first
    every = [o.fulfillment_order_id for b in batches for o in b.orders]
    assert sorted(every) == sorted(o.fulfillment_order_id for o in packable(orders))
    assert len(every) == len(set(every))


def test_by_sku_and_cut_off(orders):
    sku = packable(orders)[0].lines[0].sku
    cutoff = sorted(o.created_at for o in orders)[len(orders) // 2]
    batches = build_batches(orders, BatchRules(sku=sku, placed_before=cutoff, max_orders=100))
    chosen = [o for b in batches for o in b.orders]
    assert chosen and all(any(ln.sku == sku for ln in o.lines) for o in chosen)
    assert all(o.created_at < cutoff for o in chosen)
    held = [o for o in orders if o.status is ShopStatus.ON_HOLD]
    assert held and not {o.fulfillment_order_id for o in held} & {
        o.fulfillment_order_id for o in chosen
    }
    assert build_batches(orders, BatchRules(placed_before=cutoff - timedelta(days=30))) == []


def test_batches_command_writes_pick_lists_in_bin_order(station, settings, tmp_path):
    env = {**os.environ, "PACKSTATION_DATA_DIR": str(settings.data_dir)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "packstation",
            "batches",
            "--by-method",
            "--max-orders",
            "10",
            "--out-dir",
            str(tmp_path / "batches"),
            "--demo",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    files = sorted((tmp_path / "batches").glob("batch-*.pdf"))
    assert len(files) >= 5
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(files[0]).pages)
    bins = re.findall(r"\b[A-Z]-\d{2}-\d\b", text)
    assert len(bins) >= 2
    assert bins == sorted(bins, key=bin_sort_key)
