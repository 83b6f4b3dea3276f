"""Parking an order with Esc, resuming it by its slip, and the next packer (findings 2 and 3)."""

from __future__ import annotations

from tests.acceptance.helpers import PACKER, PACKER_2, Orders, sign_in
from tests.acceptance.station import RunningStation


def on_queue(view: dict) -> bool:
    """The queue screen shows (the pack screen's buttons are gone)."""
    return "Complete (F10)" not in str(view.get("buttons"))


def on_pack_screen(app: RunningStation, name: str) -> bool:
    """The pack screen shows order ``name``."""
    view = app.view()
    texts = [text for _, text, _ in view.get("labels", [])]
    return "Complete (F10)" in str(view.get("buttons")) and name in texts


def open_and_scan_one(app: RunningStation, name: str, sku: str) -> None:
    """Scan the slip, then one unit."""
    app.keys.scan(name)
    app.wait_view(f"{name} on the pack screen", lambda _v: on_pack_screen(app, name))
    before = len(app.scans(name))
    app.keys.scan(sku)
    app.wait_scans(name, before + 1)


def park(app: RunningStation) -> None:
    """Esc, typed by a person, back to the queue."""
    app.keys.press("Escape")
    app.wait_view("the queue", on_queue)


def test_a_mistyped_order_number_does_not_stay_on_the_queue(app: RunningStation, orders: Orders):
    """First in the module: no parked order yet to swallow the scan."""
    sign_in(app, PACKER)
    app.keys.scan("#9999")
    app.wait_banner("9999")
    name, lines = orders.take(lines=1, max_units=3)
    open_and_scan_one(app, name, lines[0][0])
    park(app)
    assert "9999" not in app.banner()


def test_esc_parks_the_order_and_the_queue_says_so(app: RunningStation, orders: Orders):
    sign_in(app, PACKER)
    name, lines = orders.take(lines=1, max_units=3)
    open_and_scan_one(app, name, lines[0][0])
    park(app)
    assert app.open_session(name) is not None, "a parked order keeps its session and scans"
    app.wait_banner("Parked", name, timeout=5)


def test_an_item_scan_on_the_queue_never_counts_into_a_parked_order(
    app: RunningStation, orders: Orders
):
    sign_in(app, PACKER)
    name, lines = orders.take(lines=1, max_units=3)
    open_and_scan_one(app, name, lines[0][0])
    park(app)
    counted = len(app.scans(name))
    app.keys.scan(lines[0][0])  # on the queue: not an order number, counts nowhere
    other, _ = orders.take(lines=1, max_units=3)
    app.keys.scan(other)  # a later scan, to know the stray one was handled
    app.wait_view(f"{other} open", lambda _v: on_pack_screen(app, other))
    assert len(app.scans(name)) == counted
    park(app)


def test_a_parked_order_resumes_by_scanning_its_slip(app: RunningStation, orders: Orders):
    sign_in(app, PACKER)
    name, lines = orders.take(lines=1, max_units=3)
    open_and_scan_one(app, name, lines[0][0])
    park(app)
    app.keys.scan(name)
    app.wait_view(f"{name} back on the pack screen", lambda _v: on_pack_screen(app, name), 5)
    park(app)


def test_the_next_packers_scans_never_reach_the_parked_order(app: RunningStation, orders: Orders):
    sign_in(app, PACKER)
    name, lines = orders.take(lines=1, max_units=3)
    open_and_scan_one(app, name, lines[0][0])
    park(app)
    sign_in(app, PACKER_2)
    app.keys.scan(lines[0][0])  # Jan scans an item on the queue before any slip
    other, _ = orders.take(lines=1, max_units=3)
    app.keys.scan(other)
    app.wait_view(f"{other} open", lambda _v: on_pack_screen(app, other))
    assert [user for *_, user, _ in app.scans(name)] == ["Åse Ørsted"]
    park(app)
