"""Steps the acceptance tests share: signing in by badge, picking demo orders."""

from __future__ import annotations

from tests.acceptance.station import RunningStation

PACKER, PACKER_2, LEAD = "PACKER-0001", "PACKER-0002", "LEAD-0001"
NAMES = {PACKER: "Åse Ørsted", PACKER_2: "Jan de Vries", LEAD: "Mette Hansen"}
Line = tuple[str, str, int, str]  # sku, barcode, quantity, title


def sign_in(app: RunningStation, badge: str) -> None:
    """Lock the station if someone is signed in (Ctrl+L), then scan ``badge``."""
    mark = app.last_audit_id()
    if app.value(
        "SELECT action FROM audit_log WHERE action IN ('station.signed_in', 'station.locked') "
        "ORDER BY id DESC LIMIT 1"
    ) == "station.signed_in":
        app.keys.press("Control_L", "l")
        app.wait_audit("station.locked", mark)
        mark = app.last_audit_id()
    app.keys.scan(badge)
    assert app.signed_in(mark) == NAMES[badge]
    app.wait_banner("Welcome")


class Orders:
    """Hands out demo orders not used yet in this module, by shape."""

    def __init__(self, app: RunningStation) -> None:
        self._app = app
        self._used: set[str] = set()

    def take(self, lines: int = 1, max_units: int = 4) -> tuple[str, list[tuple[str, str, int, str]]]:
        """An order with ``lines`` lines and at most ``max_units`` units: name and lines."""
        for name, order_id, count, units in self._app.queued_orders():
            if name not in self._used and count == lines and units <= max_units:
                order_lines = self._app.lines(order_id)
                skus = [sku for sku, _, _, _ in order_lines]
                if len(set(skus)) == len(skus):
                    self._used.add(name)
                    return name, order_lines
        raise AssertionError(f"no unused demo order with {lines} lines and ≤{max_units} units")


