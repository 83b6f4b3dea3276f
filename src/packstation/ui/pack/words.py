"""What the pack screen says about a scan: the banner's words for each scan outcome."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QObject

from packstation.devices.scanner.keyboard_layout import (
    AZERTY,
    LayoutMismatch,
    describe_keys,
    layout_mismatch,
)
from packstation.domain.barcodes import is_valid_gtin
from packstation.domain.gs1 import ExpiryWarning, Gs1Error, expiry_warning
from packstation.domain.orders import FulfillmentLine
from packstation.domain.packing import ScanOutcome, ScanResult
from packstation.domain.scan_input import interpret
from packstation.ui.shared import words
from packstation.ui.shared.feedback import Tone

# "#1042" or "1042": an order number as slips print it (8 digits and more are GTINs)
_ORDER_NUMBER = re.compile(r"#?\d{1,7}")


def looks_like_order_number(code: str) -> bool:
    """Whether a scan has the form of an order number (known or not)."""
    return _ORDER_NUMBER.fullmatch(code.strip()) is not None


def misread_gtin(code: str) -> bool:
    """Whether a scan has a GTIN's length and digits but a wrong check digit: a misread."""
    code = code.strip()
    return code.isdigit() and len(code) in (8, 12, 13, 14) and not is_valid_gtin(code)


def expired_on(code: str) -> ExpiryWarning | None:
    """The GS1 expiry warning of a scanned code whose AI 17 date has passed, if any."""
    try:
        return expiry_warning(interpret(code).gs1, date.today())
    except Gs1Error:
        return None


class ScanWords(QObject):
    """Turns a scan result into a tone and a sentence for the packer."""

    def item(self, line: FulfillmentLine) -> str:
        """A line as the packer tells it apart: the title and its variant."""
        return f"{line.title} · {line.variant_title}" if line.variant_title else line.title

    def describe(self, result: ScanResult, scanned: str = "") -> tuple[Tone, str]:
        """The tone and message for one verified scan (``scanned``: what the scanner sent)."""
        line = result.line
        if result.outcome is ScanOutcome.SERIAL_REFUSED:
            return Tone.WRONG, self.tr("Not taken: {0}").format(words.said(result.problem))
        if result.needs_serial and line is not None:
            return Tone.WARNING, self.tr("Now scan the serial number of {0}").format(
                self.item(line)
            )
        if result.outcome is ScanOutcome.SERIAL_SAVED and line is not None:
            return Tone.GOOD, self.tr("Serial {0} saved for {1}").format(
                result.serial, self.item(line)
            )
        expired = expired_on(scanned) if scanned and line is not None else None
        counted = (ScanOutcome.MATCHED, ScanOutcome.COMPLETE)
        if expired is not None and line is not None and result.outcome in counted:
            # counted, but a person must look: amber, with the date and how long ago
            return Tone.WARNING, self.tr(
                "{0} counted, but it expired on {1} (%n days ago): check the item",
                "",
                expired.days_past,
            ).format(self.item(line), words.date(expired.expiry))
        if result.outcome is ScanOutcome.COMPLETE:
            return Tone.GOOD, self.tr(
                "All %n units verified: press F10 to complete", "", result.units_total
            )
        if result.outcome is ScanOutcome.MATCHED and line is not None:
            return Tone.GOOD, f"{self.item(line)}  {result.line_scanned} / {line.quantity}"
        if result.outcome is ScanOutcome.OVER_SCAN and line is not None:
            return Tone.WRONG, self.tr("Too many: {0} needs only {1}").format(
                self.item(line), line.quantity
            )
        if result.outcome is ScanOutcome.WRONG_ITEM:
            return Tone.WRONG, self.tr("Wrong item: {0} is not in this order").format(
                result.product_title
            )
        mismatch = layout_mismatch(result.code)
        if mismatch is not None:
            return Tone.WRONG, self.layout_message(mismatch)
        if misread_gtin(result.code):
            return Tone.WRONG, self.misread_message()
        return Tone.WRONG, self.tr("Unknown barcode {0}").format(describe_keys(result.code[:40]))

    def misread_message(self) -> str:
        """A barcode whose check digit is wrong: the scanner misread it."""
        return self.tr("Misread (the check digit is wrong): scan again")

    def layout_name(self, mismatch: LayoutMismatch) -> str:
        """The computer's keyboard layout as a person calls it, in the station's language."""
        if mismatch.layout == AZERTY:
            return self.tr("French AZERTY")
        return self.tr("Danish, Swedish or Norwegian")

    def layout_message(self, mismatch: LayoutMismatch) -> str:
        """The scanner types for another keyboard layout: say what was meant and how to fix it."""
        return self.tr(
            "This looks like “{0}” from a scanner set for a US keyboard, on this computer's "
            "{1} keyboard layout. Set the scanner's keyboard country to {1} (its manual's "
            "barcodes), or make it a serial scanner (Settings, F12)"
        ).format(mismatch.meant, self.layout_name(mismatch))
