"""A US-layout scanner on a computer with another keyboard layout, in a real X server."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from tests.acceptance.helpers import PACKER, Orders, sign_in
from tests.acceptance.station import RunningStation


@contextmanager
def layout(app: RunningStation, name: str) -> Iterator[None]:
    """The X server's keyboard layout is ``name`` inside the block, US again after it."""
    app.server.set_layout(name)
    try:
        yield
    finally:
        app.server.set_layout("us")


def open_order(app: RunningStation, orders: Orders) -> tuple[str, str, str]:
    """Sign in, open a one-line order: its name, the line's SKU and barcode."""
    sign_in(app, PACKER)
    name, lines = orders.take(lines=1, max_units=4, min_units=2)
    app.keys.scan(name)
    app.wait_view(f"{name} open", lambda v: name in [text for _, text, _ in v["labels"]])
    return name, lines[0][0], lines[0][1]


def test_on_azerty_the_bench_explains_the_mangled_digits(app: RunningStation, orders: Orders):
    name, _sku, barcode = open_order(app, orders)
    with layout(app, "fr"):
        app.keys.scan(barcode)
        banner = app.wait_banner("keyboard layout")
    assert barcode in banner
    assert app.scans(name) == [] or all(row[2] != "matched" for row in app.scans(name))


def test_on_a_danish_layout_the_bench_explains_the_mangled_dash(
    app: RunningStation, orders: Orders
):
    _name, sku, _barcode = open_order(app, orders)
    with layout(app, "dk"):
        app.keys.scan(sku)  # BOWL-02 arrives as BOWL+02
        banner = app.wait_banner(sku, "Danish")
    assert "keyboard" in banner, banner
