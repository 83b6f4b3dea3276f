"""Parsing a Zebra printer's ``~HS`` host status into plain words (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

STX, ETX = "\x02", "\x03"


class PrinterState(StrEnum):
    """What a printer can tell about itself."""

    READY = "ready"
    PAPER_OUT = "paper_out"
    HEAD_OPEN = "head_open"
    RIBBON_OUT = "ribbon_out"
    PAUSED = "paused"
    BUFFER_FULL = "buffer_full"
    TOO_HOT = "too_hot"
    UNREACHABLE = "unreachable"
    NO_REPLY = "no_reply"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class PrinterStatus:
    """A printer's state and what the packer should do about it."""

    state: PrinterState
    message: str
    formats_in_buffer: int = 0
    labels_remaining: int = 0

    @property
    def ready(self) -> bool:
        """Whether a job may be sent now."""
        return self.state is PrinterState.READY


def parse_host_status(reply: str, name: str) -> PrinterStatus:
    """Interpret the three ``STX…ETX`` strings of a ``~HS`` reply."""
    frames = [part.split(ETX, 1)[0] for part in reply.split(STX)[1:]]
    if len(frames) < 2:
        return PrinterStatus(PrinterState.UNKNOWN, f"{name} gave an unreadable status reply")
    first, second = frames[0].split(","), frames[1].split(",")
    if len(first) < 12 or len(second) < 9:
        return PrinterStatus(PrinterState.UNKNOWN, f"{name} gave an unreadable status reply")
    paper_out, paused = first[1] == "1", first[2] == "1"
    formats, buffer_full = _int(first[4]), first[5] == "1"
    under_temp, over_temp = first[10] == "1", first[11] == "1"
    head_up, ribbon_out = second[2] == "1", second[3] == "1"
    remaining = _int(second[8])
    checks = (
        (
            paper_out,
            PrinterState.PAPER_OUT,
            f"{name} is out of labels: load a roll and press Retry",
        ),
        (head_up, PrinterState.HEAD_OPEN, f"{name}'s print head is open: close it and press Retry"),
        (ribbon_out, PrinterState.RIBBON_OUT, f"{name} is out of ribbon: load one and press Retry"),
        (
            over_temp or under_temp,
            PrinterState.TOO_HOT,
            f"{name}'s print head temperature is out of range: wait a moment and press Retry",
        ),
        (paused, PrinterState.PAUSED, f"{name} is paused: press its pause button, then Retry"),
        (buffer_full, PrinterState.BUFFER_FULL, f"{name} is busy (buffer full): wait and Retry"),
    )
    for flagged, state, message in checks:
        if flagged:
            return PrinterStatus(state, message, formats, remaining)
    return PrinterStatus(PrinterState.READY, f"{name} is ready", formats, remaining)


def _int(text: str) -> int:
    digits = "".join(ch for ch in text if ch.isdigit())
    return int(digits) if digits else 0
