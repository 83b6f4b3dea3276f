"""Items past their GS1 expiry date (AI 17) that a shift lead must approve before they count."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from packstation.domain.barcodes import InvalidScan, clean_scan
from packstation.domain.gs1 import ExpiryWarning, Gs1Error, expiry_warning
from packstation.domain.orders import FulfillmentLine
from packstation.domain.packing import PackSession, ProductLookup
from packstation.domain.scan_input import interpret


@dataclass(frozen=True)
class ExpiredItem:
    """A scan that would count a unit of ``line`` whose expiry date has passed."""

    line: FulfillmentLine
    warning: ExpiryWarning


def expired_item_to_approve(
    session: PackSession, raw: str, quantity: int, today: date, catalogue: ProductLookup
) -> ExpiredItem | None:
    """The line and warning of a scan that would count an expired item; None for any other scan.

    A wrong item, one too many or a serial number is answered as usual, so a lead is asked
    only when the scan would really count. The check runs on a copy: the packer's session
    is untouched until the lead says yes.
    """
    if session.awaiting_serial is not None:
        return None  # the scan is taken as the serial number of the unit before
    try:
        scan = interpret(clean_scan(raw))
    except (InvalidScan, Gs1Error):
        return None
    warning = expiry_warning(scan.gs1, today, lead_must_approve=True)
    if warning is None or scan.gs1 is None:
        return None
    trial = PackSession(session.order, catalogue)
    for count in session.history:
        trial.apply(count)
    for line in session.order.lines:
        for serial in session.serials(line.line_id):
            trial.apply_serial(line.line_id, serial)
    trial.awaiting_serial = None
    result = trial.scan(scan.match_code, quantity, serial=scan.gs1.serial or "")
    if not result.outcome.counted or result.line is None:
        return None
    return ExpiredItem(result.line, warning)
