"""Steps the acceptance tests share: signing in by badge, picking demo orders."""

from __future__ import annotations

from packstation.shop.demo.generator import FO_GID
from packstation.shop.demo.shop import CANCELLED_ORDER_INDEX
from tests.acceptance.station import RunningStation
from tests.acceptance.xserver import wait_for

PACKER, PACKER_2, LEAD = "PACKER-0001", "PACKER-0002", "LEAD-0001"
NAMES = {PACKER: "Åse Ørsted", PACKER_2: "Jan de Vries", LEAD: "Mette Hansen"}
Line = tuple[str, str, int, str]  # sku, barcode, quantity, title


def sign_in(app: RunningStation, badge: str) -> None:
    """Lock the station if someone is signed in (Ctrl+L), then scan ``badge``."""
    mark = app.last_audit_id()
    if (
        app.value(
            "SELECT action FROM audit_log WHERE action IN ('station.signed_in', 'station.locked') "
            "ORDER BY id DESC LIMIT 1"
        )
        == "station.signed_in"
    ):
        app.keys.press("Control_L", "l")
        app.wait_audit("station.locked", mark)
        mark = app.last_audit_id()
    app.keys.scan(badge)
    assert app.signed_in(mark) == NAMES[badge]
    status = f"Station Bench 1 · {NAMES[badge]}"
    app.wait_view("the status bar to name the person", lambda v: status in str(v["labels"]))


class Orders:
    """Hands out demo orders not used yet in this module, by shape."""

    def __init__(self, app: RunningStation) -> None:
        self._app = app
        self._used: set[str] = set()
        # The demo shop cancels this one a minute after start: never mid-test.
        self._cancelled = FO_GID.format(6_000_000 + CANCELLED_ORDER_INDEX)

    def take(
        self, lines: int = 1, max_units: int = 4, min_units: int = 1
    ) -> tuple[str, list[Line]]:
        """An order with ``lines`` lines and ``min_units``–``max_units`` units: name, lines."""
        for name, order_id, count, units in self._app.queued_orders():
            fits = count == lines and min_units <= units <= max_units
            fits = fits and order_id != self._cancelled
            if name not in self._used and fits:
                order_lines = self._app.lines(order_id)
                skus = [sku for sku, _, _, _ in order_lines]
                if len(set(skus)) == len(skus):
                    self._used.add(name)
                    return name, order_lines
        raise AssertionError(f"no unused demo order: {lines} lines, {min_units}–{max_units} units")


def settle(app: RunningStation) -> None:
    """Close dialogs and panels with Esc (a test that failed midway may leave them)."""
    for _ in range(6):
        view = app.view()
        if view.get("windows") == ["Packstation"] and "Complete (F10)" not in str(
            view.get("buttons")
        ):
            return
        app.keys.press("Escape")
        try:
            wait_for("the window to settle", lambda v=view: app.view() != v or None, timeout=2.0)
        except AssertionError:
            continue  # Esc did nothing visible: try again, then leave it to the next test


def tab_to(app: RunningStation, focus: str, most: int = 6, *, text: str = "") -> None:
    """Press Tab until the widget ``focus`` (``Class#name``) has the keyboard focus (and, for a
    button, shows ``text``)."""

    def there() -> bool:
        view = app.view()
        return view.get("focus") == focus and (not text or view.get("focus_text") == text)

    for _ in range(most):
        if there():
            return
        before = (app.view().get("focus"), app.view().get("focus_text"))
        app.keys.press("Tab")
        app.wait_view(
            "focus to move",
            lambda v, b=before: (v.get("focus"), v.get("focus_text")) != b,
            timeout=5,
        )
    assert there(), f"Tab never reached {focus} {text}"
