"""F9 and F3 by keyboard only, a lead's yes by badge or PIN, and focus after each dialog
(findings 5 and 7)."""

from __future__ import annotations

from tests.acceptance.helpers import LEAD, PACKER, Orders, sign_in, tab_to
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


def scan_units(app: RunningStation, name: str, sku: str, units: int) -> None:
    """Scan ``units`` units of ``sku`` and wait until they are stored."""
    start = len(app.scans(name))
    for n in range(1, units + 1):
        app.keys.scan(sku)
        app.wait_scans(name, start + n)


def lead_dialog(app: RunningStation, timeout: float = 10.0) -> dict:
    """Wait for the lead's dialog to be the window with the keyboard focus."""
    app.server.wait_active(LEAD_DIALOG, timeout)
    return app.wait_focus(LEAD_DIALOG, timeout)


def back_on_the_bench(app: RunningStation) -> None:
    """The dialog is gone and the keyboard is the main window's again."""
    app.wait_view("the lead dialog closed", lambda v: LEAD_DIALOG not in v["windows"])
    app.server.wait_active("Packstation")
    app.wait_view("the main window active", lambda v: v["active"] == "Packstation")


def in_reason(view: dict) -> bool:
    """The F9 reason (an editable list) has the keyboard focus."""
    return "partialReason" in view["focus"] or view["focus"] == "QLineEdit#"


def shipped(app: RunningStation, name: str) -> tuple:
    """Wait for the order's shipment: ``(user, partial_reason)``."""
    return app.wait_view(
        f"{name} shipped",
        lambda _v: next(
            iter(
                app.query("SELECT user, partial_reason FROM shipments WHERE order_name = ?", name)
            ),
            None,
        ),
        timeout=30,
    )


def test_f3_on_a_one_line_order_and_a_lead_badge_confirms_a_unit(
    app: RunningStation, orders: Orders
):
    sign_in(app, PACKER)
    name, _lines = orders.take(lines=1, max_units=3)
    open_order(app, name)
    mark = app.last_audit_id()
    app.keys.press("F3")
    lead_dialog(app)
    tab_to(app, "QLineEdit#reason")
    app.keys.type("Label torn")
    app.keys.scan(LEAD)
    assert '"lead": "Mette Hansen"' in app.wait_audit("auth.granted", mark)[2]
    rows = app.wait_scans(name, 1)
    assert rows[0][2] in ("matched", "complete"), rows
    back_on_the_bench(app)
    app.wait_banner("Mette Hansen")


def test_the_lead_dialog_opens_on_the_pin(app: RunningStation, orders: Orders):
    sign_in(app, PACKER)
    name, _lines = orders.take(lines=1, max_units=3)
    open_order(app, name)
    app.keys.press("F3")
    view = lead_dialog(app)
    assert view["focus"] == "QLineEdit#pin", f"focus is on {view['focus']}"
    app.keys.type("1234\t")  # the PIN, then on to the reason
    app.wait_focus(LEAD_DIALOG)
    app.keys.type("Label torn\r")
    app.wait_scans(name, 1, timeout=10)
    back_on_the_bench(app)


def test_f3_on_a_multi_line_order_selects_a_line_with_the_arrow_keys(
    app: RunningStation, orders: Orders
):
    sign_in(app, PACKER)
    name, _lines = orders.take(lines=2, max_units=4)
    open_order(app, name)
    app.keys.press("Down")
    app.keys.press("F3")
    lead_dialog(app, timeout=5)


def test_f9_by_keyboard_with_tab_and_a_lead_badge_ships_short(app: RunningStation, orders: Orders):
    sign_in(app, PACKER)
    name, lines = orders.take(lines=2, max_units=4)
    open_order(app, name)
    scan_units(app, name, lines[0][0], 1)
    app.keys.press("F9")
    app.wait_view("the reason field", in_reason)
    app.keys.type("Out of stock")
    app.keys.press("Tab")  # to "Ship partial"
    app.keys.press("space")
    lead_dialog(app)
    app.keys.scan(LEAD)
    user, reason = shipped(app, name)
    assert user == "Åse Ørsted"
    # the packer's reason, then what is missing (for the slip, the audit and the lead)
    assert reason.startswith("Out of stock; missing: "), reason
    back_on_the_bench(app)


def test_enter_in_the_f9_reason_asks_the_lead(app: RunningStation, orders: Orders):
    sign_in(app, PACKER)
    name, lines = orders.take(lines=2, max_units=4)
    open_order(app, name)
    scan_units(app, name, lines[0][0], 1)
    app.keys.press("F9")
    app.wait_view("the reason field", in_reason)
    app.keys.type("Damaged item\r")
    lead_dialog(app, timeout=5)
    app.keys.scan(LEAD)
    shipped(app, name)
    back_on_the_bench(app)


def test_the_f9_reason_starts_empty_on_the_next_order(app: RunningStation, orders: Orders):
    sign_in(app, PACKER)
    name, lines = orders.take(lines=2, max_units=4)
    open_order(app, name)
    scan_units(app, name, lines[0][0], 1)
    app.keys.press("F9")
    view = app.wait_view("the reason field", lambda v: v if in_reason(v) else None)
    assert view["focus_text"] == "", f"reason pre-filled: {view['focus_text']!r}"


def override_by_lead(app: RunningStation, orders: Orders) -> str:
    """F3 on a one-line order by the lead signed in at the bench (the dialog asks only the
    reason): raises an "override" exception."""
    name, _lines = orders.take(lines=1, max_units=3)
    open_order(app, name)
    app.keys.press("F3")
    lead_dialog(app)
    app.keys.type("Label torn\r")
    app.wait_scans(name, 1)
    back_on_the_bench(app)
    return name


def test_focus_stays_in_the_exceptions_window_after_resolving(app: RunningStation, orders: Orders):
    sign_in(app, LEAD)
    name = override_by_lead(app, orders)
    sql = "SELECT count(*) FROM exceptions WHERE order_name = ? AND state = 'open'"
    app.wait_view("the exception", lambda _v: app.value(sql, name))
    open_ones = "SELECT count(*) FROM exceptions WHERE state = 'open'"
    before = app.value(open_ones)
    app.keys.press("F2")
    app.server.wait_active("Exceptions (F2)")
    app.wait_focus("Exceptions (F2)")
    app.keys.press("Tab")  # out of the table: Tab leaves it for the buttons
    app.wait_view("focus out of the table", lambda v: "QTableWidget" not in v["focus"], 5)
    tab_to(app, "QPushButton#", most=12, text="Resolve…")
    app.keys.press("space")
    app.wait_view("the resolve dialog", lambda v: v["focus_window"] not in ("Exceptions (F2)", ""))
    app.keys.type("Checked the label\r")
    # the first in the list is resolved (the window starts on it): one fewer is open
    app.wait_view("resolved", lambda _v: app.value(open_ones) == before - 1)
    app.wait_focus("Exceptions (F2)", timeout=5)
