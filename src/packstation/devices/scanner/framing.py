"""Cutting a serial byte stream into scans (pure): terminators, idle time-outs, garbage limits."""

from __future__ import annotations

from dataclasses import dataclass, field

from packstation.domain.barcodes import MAX_SCAN_LENGTH, InvalidScan
from packstation.i18n.said import said

TERMINATORS: dict[str, bytes] = {
    "CR": b"\r",
    "LF": b"\n",
    "CRLF": b"\r\n",
    "TAB": b"\t",
    "NONE": b"",
}
MAX_BUFFER = 4096


def decode_scan(data: bytes) -> str:
    """Bytes of one scan as text; invalid UTF-8 or an endless burst is an InvalidScan."""
    if len(data) > MAX_SCAN_LENGTH * 4:
        raise InvalidScan(said("Scanning", "too long"))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidScan(
            said("Scanning", "not valid text (wrong baud rate or scanner setting?)")
        ) from exc


@dataclass
class Framer:
    """Collects bytes; ``feed`` returns complete scans, ``idle`` ends a scan with no terminator."""

    terminator: str = "CR"
    _buffer: bytearray = field(default_factory=bytearray)
    _discarding: bool = False  # after an overflow: drop bytes until a terminator or a pause

    def feed(self, data: bytes) -> list[bytes]:
        """Add bytes; returns every scan completed by them. An overflow raises InvalidScan."""
        end = TERMINATORS[self.terminator]
        if self._discarding:
            cut = data.find(end[:1]) if end else -1
            if cut == -1:
                return []
            self._discarding = False
            data = data[cut + 1 :]
        self._buffer.extend(data)
        scans: list[bytes] = []
        if end:
            if self.terminator == "CRLF":  # scanners set to CR LF sometimes send just CR
                self._buffer[:] = self._buffer.replace(b"\r\n", b"\r")
                end = b"\r"
            while (index := self._buffer.find(end)) != -1:
                chunk = bytes(self._buffer[:index])
                del self._buffer[: index + len(end)]
                if chunk.strip(b"\n"):
                    scans.append(chunk.strip(b"\n"))
        if len(self._buffer) > MAX_BUFFER:
            self._buffer.clear()
            self._discarding = bool(end)
            raise InvalidScan(said("Scanning", "too long"))
        return scans

    def idle(self) -> bytes | None:
        """No bytes came for a while: with no terminator, what was collected is one scan."""
        self._discarding = False
        if self.terminator != "NONE" or not self._buffer:
            return None
        scan = bytes(self._buffer)
        self._buffer.clear()
        return scan

    def discard(self) -> None:
        """Forget a partial scan (the scanner was unplugged mid-scan)."""
        self._buffer.clear()
