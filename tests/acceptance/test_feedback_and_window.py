"""What the bench says, how large, and who may open what (findings 8–11), in a real window."""

from __future__ import annotations

from packstation.domain.barcodes import gtin_check_digit
from tests.acceptance.helpers import LEAD, PACKER, Orders, sign_in
from tests.acceptance.station import RunningStation

LEAD_DIALOG = "Shift lead needed"


def open_order(app: RunningStation, name: str) -> None:
    """Scan the slip and wait for the pack screen."""
    app.keys.scan(name)
    app.wait_view(
        f"{name} on the pack screen",
        lambda v: (
            "Complete (F10)" in str(v["buttons"]) and name in [text for _, text, _ in v["labels"]]
        ),
    )


def test_the_window_opens_maximised(app: RunningStation):
    main = [
        window for window, title in app.server.windows(app.process.pid) if title == "Packstation"
    ]
    states = app.server.state(main[0])
    assert "_NET_WM_STATE_MAXIMIZED_HORZ" in states and "_NET_WM_STATE_MAXIMIZED_VERT" in states


def test_an_unknown_well_formed_order_number_is_called_unknown(app: RunningStation):
    sign_in(app, PACKER)
    app.keys.scan("#9998")
    banner = app.wait_banner("9998")
    assert "not an order number" not in banner, banner


def test_a_wrong_check_digit_says_misread(app: RunningStation, orders: Orders):
    sign_in(app, PACKER)
    name, lines = orders.take(lines=1, max_units=3)
    open_order(app, name)
    barcode = lines[0][1]
    wrong = barcode[:-1] + str((gtin_check_digit(barcode[:-1]) + 1) % 10)
    app.keys.scan(wrong)
    banner = app.wait_banner("scan again")
    assert "misread" in banner.lower() or "scan again" in banner.lower(), banner


def test_the_success_banner_names_the_variant(app: RunningStation, orders: Orders):
    sign_in(app, PACKER)
    name, lines = orders.take(lines=1, max_units=4, min_units=2)
    open_order(app, name)
    sku = lines[0][0]
    variant = app.value("SELECT variant_title FROM fulfillment_lines WHERE sku = ? LIMIT 1", sku)
    app.keys.scan(sku)
    app.wait_scans(name, 1)
    banner = app.wait_banner(lines[0][3])
    assert variant and variant in banner, banner


def test_a_lead_signed_in_is_not_asked_for_the_pin_again(app: RunningStation, orders: Orders):
    sign_in(app, LEAD)
    name, _lines = orders.take(lines=1, max_units=3)
    open_order(app, name)
    app.keys.press("F3")
    # the lead at the bench gives only the reason: the dialog opens on it, with no PIN to type
    view = app.wait_view(
        "the lead's dialog with the focus",
        lambda v: v if v.get("focus_window") == LEAD_DIALOG else None,
    )
    assert view["focus"] == "QLineEdit#reason", view
    app.keys.type("Label torn\r")
    app.wait_view("the unit confirmed", lambda _v: app.scans(name) or None)


def test_a_packer_cannot_open_the_dashboard_without_a_lead(app: RunningStation):
    sign_in(app, PACKER)
    app.keys.press("Control_L", "d")
    view = app.wait_view(
        "the dashboard or a lead's dialog",
        lambda v: v if {"Shift dashboard", LEAD_DIALOG} & set(v["windows"]) else None,
    )
    assert "Shift dashboard" not in view["windows"]


def test_what_a_packer_reads_is_at_least_18_points(app: RunningStation, orders: Orders):
    sign_in(app, PACKER)
    name, _lines = orders.take(lines=2, max_units=4)
    open_order(app, name)
    app.keys.press("F6")
    app.wait_view("the quantity row", lambda v: v["focus"].startswith("QSpinBox"))
    app.keys.press("Escape")
    app.keys.press("F9")
    app.wait_view("the reason row", lambda v: "partialReason" in v["focus"])
    view = app.view()
    small = [
        (text, pt) for text, pt, window in view["fonts"] if window == "Packstation" and pt < 18
    ]
    banner = [pt for text, pt, _ in view["fonts"] if text == app.banner()]
    assert not small, f"smaller than 18 pt: {small}"
    assert banner and banner[0] >= 40


def test_one_unit_is_not_called_1_units(app: RunningStation, orders: Orders):
    sign_in(app, PACKER)
    name, lines = orders.take(lines=1, max_units=1)
    open_order(app, name)
    app.keys.scan(lines[0][0])
    app.wait_scans(name, 1)
    banner = app.wait_banner("F10")
    assert "1 units" not in banner, banner
