"""The pack session: every scan is matched against the order's lines before the box closes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Protocol

from packstation.domain.barcodes import product_key
from packstation.domain.orders import FulfillmentLine, FulfillmentOrder
from packstation.i18n.said import said

MAX_SERIAL_LENGTH = 40  # the width of the serial columns in the database


class ScanOutcome(StrEnum):
    """What a scan did to the session."""

    MATCHED = "matched"
    COMPLETE = "complete"
    WRONG_ITEM = "wrong_item"
    UNKNOWN = "unknown"
    OVER_SCAN = "over_scan"
    SERIAL_SAVED = "serial_saved"
    SERIAL_REFUSED = "serial_refused"

    @property
    def counted(self) -> bool:
        """Whether the scan changed the counts."""
        return self in (ScanOutcome.MATCHED, ScanOutcome.COMPLETE)


class ProductLookup(Protocol):
    """The station's catalogue: tells a product that is not in this order from an unknown code."""

    def describe(self, code: str) -> str | None:
        """The product's title for a barcode or SKU, or None when no product has it."""

    def serial_shipped(self, sku: str, serial: str) -> str | None:
        """The order a serial number already left in, or None when it is unused."""


@dataclass(frozen=True)
class ScanResult:
    """The outcome of one scan, with what the packer needs to see."""

    outcome: ScanOutcome
    code: str
    quantity: int
    line: FulfillmentLine | None = None
    line_scanned: int = 0
    units_scanned: int = 0
    units_total: int = 0
    product_title: str | None = None
    needs_serial: bool = False
    serial: str = ""
    problem: str = ""


@dataclass(frozen=True)
class Count:
    """Units counted on a line by one scan (the unit that Undo takes back)."""

    line_id: str
    quantity: int


class PackSession:
    """Verification state of one fulfillment order being packed."""

    def __init__(self, order: FulfillmentOrder, catalogue: ProductLookup) -> None:
        self.order = order
        self._catalogue = catalogue
        self._counts: dict[str, int] = {line.line_id: 0 for line in order.lines}
        self._ordered: dict[str, int] = {line.line_id: line.quantity for line in order.lines}
        self._history: list[Count] = []
        # Kept up to date by apply/undo, so a scan costs the same for 3 lines or 10,000.
        self._units_scanned = 0
        self._lines_open = sum(1 for line in order.lines if line.quantity > 0)
        self._units_total = order.units
        self._serials: dict[str, list[str]] = {}
        self.awaiting_serial: FulfillmentLine | None = None
        self._lines = {line.line_id: line for line in order.lines}
        self._keys: dict[str, list[tuple[FulfillmentLine, int]]] = {}
        for line in order.lines:
            for key in {product_key(line.barcode) if line.barcode else "", line.sku.casefold()}:
                if key:
                    self._keys.setdefault(key, []).append((line, 1))
            for barcode, pack_size in line.pack_barcodes:
                self._keys.setdefault(product_key(barcode), []).append((line, pack_size))
            for barcode in line.alt_barcodes:
                self.learn(line.line_id, barcode)

    def learn(self, line_id: str, barcode: str) -> None:
        """One more barcode for one unit of a line (an alternate or a taught code)."""
        line = self._lines[line_id]
        matches = self._keys.setdefault(product_key(barcode), [])
        if all(known is not line or units != 1 for known, units in matches):
            matches.append((line, 1))

    @property
    def units_total(self) -> int:
        """Units the order asks for."""
        return self._units_total

    @property
    def units_scanned(self) -> int:
        """Units verified so far."""
        return self._units_scanned

    @property
    def is_complete(self) -> bool:
        """Whether every unit has been verified (with its serial number where one is needed)."""
        return self._lines_open == 0 and self.awaiting_serial is None

    @property
    def history(self) -> tuple[Count, ...]:
        """Counted scans, oldest first."""
        return tuple(self._history)

    def scanned(self, line_id: str) -> int:
        """Units verified on one line."""
        return self._counts[line_id]

    def missing(self) -> list[tuple[FulfillmentLine, int]]:
        """Lines that still lack units, with how many."""
        return [
            (line, line.quantity - self._counts[line.line_id])
            for line in self.order.lines
            if self._counts[line.line_id] < line.quantity
        ]

    def verified_quantities(self) -> dict[str, int]:
        """Units verified per line, for lines with at least one."""
        return {line_id: n for line_id, n in self._counts.items() if n > 0}

    def knows(self, code: str) -> bool:
        """Whether a code matches a line of this order."""
        return bool(self._keys.get(product_key(code)) or self._keys.get(code.strip().casefold()))

    def serials(self, line_id: str) -> tuple[str, ...]:
        """Serial numbers captured for a line."""
        return tuple(self._serials.get(line_id, ()))

    def scan(self, code: str, quantity: int = 1, *, serial: str = "") -> ScanResult:
        """Match a scanned code (barcode or SKU) against the order; only a match changes counts.

        While a serial number is awaited, the scan is taken as that serial. ``serial`` comes
        with a GS1 code that carries one (AI 21).
        """
        if quantity < 1:
            raise ValueError("quantity must be at least 1")
        if self.awaiting_serial is not None:
            return self._take_serial(code.strip())
        candidates = self._keys.get(product_key(code)) or self._keys.get(code.strip().casefold())
        if not candidates:
            title = self._catalogue.describe(code)
            outcome = ScanOutcome.WRONG_ITEM if title else ScanOutcome.UNKNOWN
            return self._result(outcome, code, quantity, None, title)
        chosen = next(
            (
                (line, quantity * per_scan)
                for line, per_scan in candidates
                if self._counts[line.line_id] + quantity * per_scan <= line.quantity
            ),
            None,
        )
        if chosen is None:
            line, per_scan = candidates[0]
            return self._result(ScanOutcome.OVER_SCAN, code, quantity * per_scan, line, None)
        line, units = chosen
        if line.requires_serial and units != 1:
            return replace(
                self._result(ScanOutcome.SERIAL_REFUSED, code, units, line, None),
                problem=said("Scanning", "serial-numbered items are scanned one at a time"),
            )
        if line.requires_serial and serial:  # a GS1 code with AI 21: the serial comes with it
            problem = self._serial_problem(line, serial)
            if problem:
                refused = self._result(ScanOutcome.SERIAL_REFUSED, code, 0, line, None)
                return replace(refused, problem=problem)
            self.apply(Count(line.line_id, units))
            self.apply_serial(line.line_id, serial)
            outcome = ScanOutcome.COMPLETE if self.is_complete else ScanOutcome.MATCHED
            return replace(self._result(outcome, code, units, line, None), serial=serial)
        self.apply(Count(line.line_id, units))
        outcome = ScanOutcome.COMPLETE if self.is_complete else ScanOutcome.MATCHED
        return self._result(
            outcome, code, units, line, None, needs_serial=self.awaiting_serial is not None
        )

    def _serial_problem(self, line: FulfillmentLine, serial: str) -> str:
        if not serial:
            return said("Scanning", "empty serial number")
        if len(serial) > MAX_SERIAL_LENGTH:
            return said(
                "Scanning",
                "a serial number is at most {most} characters long; this one has {length}",
                most=MAX_SERIAL_LENGTH,
                length=len(serial),
            )
        if self.knows(serial):
            return said(
                "Scanning",
                "that is a product barcode: scan the serial number of {item}",
                item=line.title,
            )
        if any(serial in taken for taken in self._serials.values()):
            return said(
                "Scanning",
                "serial number {serial} was already scanned in this order",
                serial=serial,
            )
        if order_name := self._catalogue.serial_shipped(line.sku, serial):
            return said(
                "Scanning",
                "serial number {serial} already left in order {order}",
                serial=serial,
                order=order_name,
            )
        return ""

    def _take_serial(self, serial: str) -> ScanResult:
        line = self.awaiting_serial
        assert line is not None
        problem = self._serial_problem(line, serial)
        if problem:
            refused = self._result(ScanOutcome.SERIAL_REFUSED, serial, 0, line, None)
            return replace(refused, needs_serial=True, problem=problem)
        self.apply_serial(line.line_id, serial)
        outcome = ScanOutcome.COMPLETE if self.is_complete else ScanOutcome.SERIAL_SAVED
        return replace(self._result(outcome, serial, 0, line, None), serial=serial)

    def confirm(self, line_id: str) -> ScanResult:
        """One unit confirmed by hand (its barcode will not scan); refused past the quantity."""
        line = self._lines[line_id]
        code = line.barcode or line.sku
        if self._counts[line_id] >= self._ordered[line_id]:
            return self._result(ScanOutcome.OVER_SCAN, code, 0, line, None)
        self.apply(Count(line_id, 1))
        outcome = ScanOutcome.COMPLETE if self.is_complete else ScanOutcome.MATCHED
        return self._result(outcome, code, 1, line, None, needs_serial=line.requires_serial)

    def apply_serial(self, line_id: str, serial: str) -> None:
        """Record a serial number for the unit just counted (also when replaying)."""
        self._serials.setdefault(line_id, []).append(serial)
        self.awaiting_serial = None

    def apply(self, count: Count) -> None:
        """Record counted units (used by scan and when replaying stored scans)."""
        self._change(count.line_id, count.quantity)
        self._history.append(count)
        line = self._lines[count.line_id]
        if line.requires_serial:
            self.awaiting_serial = line

    def _change(self, line_id: str, delta: int) -> None:
        before = self._counts[line_id]
        after = before + delta
        self._counts[line_id] = after
        self._units_scanned += delta
        ordered = self._ordered[line_id]
        self._lines_open += (before >= ordered) - (after >= ordered)

    def undo(self) -> Count | None:
        """Take back the last counted scan; None when there is nothing to undo."""
        if not self._history:
            return None
        count = self._history.pop()
        self._change(count.line_id, -count.quantity)
        if self.awaiting_serial is not None:
            self.awaiting_serial = None  # the unit whose serial was awaited is taken back
        elif self._lines[count.line_id].requires_serial and self._serials.get(count.line_id):
            self._serials[count.line_id].pop()
        return count

    def _result(
        self,
        outcome: ScanOutcome,
        code: str,
        quantity: int,
        line: FulfillmentLine | None,
        title: str | None,
        *,
        needs_serial: bool = False,
    ) -> ScanResult:
        return ScanResult(
            outcome=outcome,
            code=code,
            quantity=quantity,
            line=line,
            line_scanned=self._counts[line.line_id] if line else 0,
            units_scanned=self.units_scanned,
            units_total=self.units_total,
            product_title=title,
            needs_serial=needs_serial,
        )
