"""A printer that prints nothing, for stations that do not print (documents are still kept)."""

from __future__ import annotations

from packstation.devices.printer.base import PrintDocument, PrintReceipt


class NullPrinter:
    """Accepts every document and discards it."""

    name = "No printer"

    def send(self, document: PrintDocument) -> PrintReceipt:
        """Discard the document."""
        return PrintReceipt(printer=self.name, location="discarded")

    def describe(self) -> str:
        """Always the same."""
        return "No printer configured"
