"""What each serial scale protocol sends and how its answers read; pure, no port."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import serial

from packstation.devices.scale.base import ScaleReading, ScaleState, UnknownUnit, to_grams

STX, ETX, CR, LF = b"\x02", b"\x03", b"\r", b"\n"


class BadAnswer(ValueError):
    """An answer the protocol does not define (noise, a wrong baud rate or protocol)."""


@dataclass(frozen=True)
class SerialProtocol:
    """One protocol: the request, how an answer ends, and the port's framing."""

    key: str
    title: str
    request: bytes
    terminator: bytes
    bytesize: int
    parity: str

    def parse(self, frame: bytes, unit: str) -> ScaleReading:
        """One whole answer as a reading; ``unit`` is used where the answer has none."""
        try:
            return _PARSERS[self.key](frame, unit)
        except (UnicodeDecodeError, InvalidOperation, UnknownUnit, IndexError) as exc:
            raise BadAnswer(f"{self.title}: cannot read {frame!r} ({exc})") from exc


def _grams(number: str, unit: str) -> int:
    return to_grams(Decimal(number), unit)


def parse_mtsics(frame: bytes, unit: str) -> ScaleReading:
    """MT-SICS: ``S S 100.00 g`` stable, ``S D …`` moving, ``S I`` busy, ``S +``/``S -``."""
    parts = frame.decode("ascii").split()
    if parts and parts[0] in ("ES", "ET", "EL"):
        return ScaleReading(0, ScaleState.FAULT, f"the scale answered {parts[0]}")
    if len(parts) < 2 or parts[0] not in ("S", "SI"):
        raise BadAnswer(f"MT-SICS: unexpected answer {frame!r}")
    flag = parts[1]
    if flag == "+":
        return ScaleReading(0, ScaleState.OVERLOAD)
    if flag == "-":
        return ScaleReading(0, ScaleState.UNDERLOAD)
    if flag == "I":
        return ScaleReading(0, ScaleState.MOTION, "busy")
    if flag in ("S", "D") and len(parts) >= 3:
        grams = _grams(parts[2], parts[3] if len(parts) > 3 else unit)
        return ScaleReading(grams, ScaleState.STABLE if flag == "S" else ScaleState.MOTION)
    raise BadAnswer(f"MT-SICS: unexpected answer {frame!r}")


# Toledo 8217 status byte: bit 0 motion, bit 1 over capacity, bit 2 under zero.
T8217_MOTION, T8217_OVER, T8217_UNDER = 0x01, 0x02, 0x04


def parse_toledo8217(frame: bytes, unit: str) -> ScaleReading:
    """Toledo 8217: ``STX weight CR`` when stable, ``STX ? status CR`` otherwise."""
    body = frame.strip(STX + CR + LF + b" ")
    if body.startswith(b"?"):
        status = body[1] if len(body) > 1 else 0
        if status & T8217_OVER:
            return ScaleReading(0, ScaleState.OVERLOAD)
        if status & T8217_UNDER:
            return ScaleReading(0, ScaleState.UNDERLOAD)
        if status & T8217_MOTION:
            return ScaleReading(0, ScaleState.MOTION)
        raise BadAnswer(f"Toledo 8217: status {status:#04x} says nothing known")
    number = body.decode("ascii").rstrip("N").strip()  # some scales append N (net)
    return ScaleReading(_grams(number, unit), ScaleState.STABLE)


# NCI status byte 1: bit 0 motion, bit 1 at zero; byte 2: bit 0 under, bit 1 over capacity.
NCI_MOTION, NCI_ZERO, NCI_UNDER, NCI_OVER = 0x01, 0x02, 0x01, 0x02
NCI_UNITS = ("kg", "lb", "oz", "g")


def parse_nci(frame: bytes, unit: str) -> ScaleReading:
    """NCI/Brecknell: ``LF weight unit CR LF status1 status2 CR ETX``."""
    lines = [line for line in frame.strip(ETX).split(CR + LF) if line.strip(CR + LF)]
    status = lines[-1].strip(CR + LF)
    if len(status) != 2:
        raise BadAnswer(f"NCI: no status bytes in {frame!r}")
    if status[1] & NCI_OVER:
        return ScaleReading(0, ScaleState.OVERLOAD)
    if status[1] & NCI_UNDER:
        return ScaleReading(0, ScaleState.UNDERLOAD)
    if status[0] & NCI_MOTION:
        return ScaleReading(0, ScaleState.MOTION)
    if len(lines) < 2:
        raise BadAnswer(f"NCI: a stable answer without a weight: {frame!r}")
    text = lines[0].decode("ascii").strip(" \r\n")
    shown = next((u for u in NCI_UNITS if text.lower().endswith(u)), "")
    number = text[: len(text) - len(shown)].strip() if shown else text
    return ScaleReading(_grams(number, shown or unit), ScaleState.STABLE)


_PARSERS = {
    "mtsics": parse_mtsics,
    "toledo8217": parse_toledo8217,
    "nci": parse_nci,
}

PROTOCOLS: dict[str, SerialProtocol] = {
    "mtsics": SerialProtocol(
        "mtsics", "Mettler Toledo MT-SICS", b"SI\r\n", CR + LF, serial.EIGHTBITS, "N"
    ),
    # The 8217 takes a bare W (no CR) and ends its answer with CR.
    "toledo8217": SerialProtocol(
        "toledo8217", "Toledo 8217", b"W", CR, serial.SEVENBITS, serial.PARITY_EVEN
    ),
    "nci": SerialProtocol(
        "nci", "NCI/Brecknell", b"W\r", ETX, serial.SEVENBITS, serial.PARITY_EVEN
    ),
}
