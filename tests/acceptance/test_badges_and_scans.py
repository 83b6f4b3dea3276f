"""Badges, letter SKUs and command barcodes as a USB wedge scanner types them (finding 1)."""

from __future__ import annotations

from tests.acceptance.helpers import LEAD, PACKER, Orders, sign_in
from tests.acceptance.station import RunningStation


def test_a_packer_signs_in_by_badge(app: RunningStation):
    sign_in(app, PACKER)
    assert "Åse Ørsted" in app.banner()
    assert not any(value for _, value, _ in app.view()["fields"]), "no letter leaked to a field"


def test_letter_skus_count_and_a_command_barcode_completes(app: RunningStation, orders: Orders):
    name, lines = orders.take(lines=2, max_units=4)
    app.keys.scan(name)
    app.wait_view(f"{name} open", lambda _v: app.open_session(name))
    app.wait_banner(name)
    expected = 0
    for sku, _barcode, quantity, _title in lines:
        for _ in range(quantity):
            app.keys.scan(sku)  # letters and a dash: BOWL-02 style
            expected += 1
            app.wait_scans(name, expected)
    outcomes = [(kind, outcome) for kind, _, outcome, _, _ in app.scans(name)]
    assert outcomes == [("scan", "matched")] * (expected - 1) + [("scan", "complete")]
    app.wait_banner("F10")
    app.keys.scan("PS-CMD-COMPLETE")
    app.wait_view(
        f"{name} shipped",
        lambda _v: app.value("SELECT count(*) FROM shipments WHERE order_name = ?", name),
        timeout=30,
    )


def test_the_undo_command_barcode_takes_back_the_last_scan(app: RunningStation, orders: Orders):
    name, lines = orders.take(lines=1, max_units=3)
    app.keys.scan(name)
    app.wait_view(f"{name} open", lambda _v: app.open_session(name))
    app.keys.scan(lines[0][0])
    app.wait_scans(name, 1)
    app.keys.scan("PS-CMD-UNDO")
    kinds = [kind for kind, *_ in app.wait_scans(name, 2)]
    assert kinds[1] == "undo", kinds
    app.keys.scan("PS-CMD-CANCEL")  # back to the queue
    app.wait_view("the queue", lambda v: "Queue (Esc)" not in str(v["buttons"]))


def test_a_lead_signs_in_by_badge(app: RunningStation):
    sign_in(app, LEAD)
    assert "Mette Hansen" in app.banner()
