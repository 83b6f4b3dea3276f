"""Command barcodes: the scanner is the keyboard (complete, undo, short, reprint, back, new box)."""

from __future__ import annotations

from enum import StrEnum

PREFIX = "PS-CMD-"


class Command(StrEnum):
    """What a command barcode asks for; the value is what the barcode holds after the prefix."""

    COMPLETE = "COMPLETE"
    UNDO = "UNDO"
    SHORT = "SHORT"
    REPRINT = "REPRINT"
    CANCEL = "CANCEL"
    NEW_BOX = "NEW-BOX"

    @property
    def code(self) -> str:
        """The barcode's content."""
        return PREFIX + self.value

    @property
    def caption(self) -> str:
        """What the command sheet prints under the barcode."""
        return _CAPTIONS[self]


_CAPTIONS = {
    Command.COMPLETE: "Complete the order (F10)",
    Command.UNDO: "Undo the last scan (F4)",
    Command.SHORT: "Ship short / partial (F9)",
    Command.REPRINT: "Reprint label and slip (F8)",
    Command.CANCEL: "Back to the queue / close a panel (Esc)",
    Command.NEW_BOX: "Close this box, start a new one (Ctrl+N)",
}


def command_of(scan: str) -> Command | None:
    """The command a scan holds, or None for any other barcode (case and spaces ignored)."""
    text = scan.strip().upper()
    if not text.startswith(PREFIX):
        return None
    try:
        return Command(text[len(PREFIX) :])
    except ValueError:
        return None
