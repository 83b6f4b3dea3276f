"""What the pack screen says about a scan: the banner's words for each scan outcome."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject

from packstation.devices.scanner.keyboard_layout import azerty_digits, describe_keys
from packstation.domain.barcodes import is_valid_gtin
from packstation.domain.orders import FulfillmentLine
from packstation.domain.packing import ScanOutcome, ScanResult
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


class ScanWords(QObject):
    """Turns a scan result into a tone and a sentence for the packer."""

    def item(self, line: FulfillmentLine) -> str:
        """A line as the packer tells it apart: the title and its variant."""
        return f"{line.title} · {line.variant_title}" if line.variant_title else line.title

    def describe(self, result: ScanResult) -> tuple[Tone, str]:
        """The tone and message for one verified scan."""
        line = result.line
        if result.outcome is ScanOutcome.SERIAL_REFUSED:
            return Tone.WRONG, self.tr("Not taken: {0}").format(result.problem)
        if result.needs_serial and line is not None:
            return Tone.WARNING, self.tr("Now scan the serial number of {0}").format(
                self.item(line)
            )
        if result.outcome is ScanOutcome.SERIAL_SAVED and line is not None:
            return Tone.GOOD, self.tr("Serial {0} saved for {1}").format(
                result.serial, self.item(line)
            )
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
        digits = azerty_digits(result.code)
        if digits is not None:
            return Tone.WRONG, self.layout_message(digits)
        if misread_gtin(result.code):
            return Tone.WRONG, self.misread_message()
        return Tone.WRONG, self.tr("Unknown barcode {0}").format(describe_keys(result.code[:40]))

    def misread_message(self) -> str:
        """A barcode whose check digit is wrong: the scanner misread it."""
        return self.tr("Misread (the check digit is wrong): scan again")

    def layout_message(self, digits: str) -> str:
        """The scanner types for another keyboard layout: say how to fix it."""
        return self.tr(
            "The scanner types for another keyboard layout (“{0}” was sent). Set the "
            "scanner's keyboard country to match this computer (Settings, F12)"
        ).format(digits)
