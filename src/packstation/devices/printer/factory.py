"""Printers from their settings strings: ``spool``, ``tcp://host:9100``, ``cups:QUEUE`` …"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from packstation.devices.printer.base import Printer
from packstation.devices.printer.cups import CupsPrinter
from packstation.devices.printer.device import DeviceFilePrinter, SerialPrinter
from packstation.devices.printer.null import NullPrinter
from packstation.devices.printer.spool import SpoolFolderPrinter
from packstation.devices.printer.tcp import TcpPrinter
from packstation.devices.printer.windows import WindowsSpoolerPrinter

FORMS = (
    "spool (the default folder) | spool:/path | tcp://host[:9100] | cups:QUEUE | "
    "device:/dev/usb/lp0 | serial:/dev/ttyUSB0[@baud] | windows:QUEUE | none"
)


class PrinterSettingError(ValueError):
    """A printer setting that names no known kind of printer."""


def make_printer(target: str, *, default_spool: Path, zpl: bool = True) -> Printer:
    """The printer a setting names; ``zpl`` says whether ``~HS`` status may be asked."""
    kind, _, rest = target.strip().partition(":")
    kind = kind.lower()
    if kind == "spool":
        return SpoolFolderPrinter(Path(rest) if rest else default_spool)
    if kind == "tcp":
        parts = urlsplit(target.strip())
        if not parts.hostname:
            raise PrinterSettingError(f"No host in printer setting {target!r}")
        return TcpPrinter(parts.hostname, parts.port or 9100, zpl=zpl)
    if kind == "cups" and rest:
        return CupsPrinter(rest)
    if kind == "device" and rest:
        return DeviceFilePrinter(Path(rest))
    if kind == "serial" and rest:
        port, _, baud = rest.partition("@")
        return SerialPrinter(port, int(baud) if baud.isdigit() else 9600)
    if kind == "windows" and rest:
        return WindowsSpoolerPrinter(rest)
    if kind == "none":
        return NullPrinter()
    raise PrinterSettingError(f"Unknown printer setting {target!r}; use one of: {FORMS}")
