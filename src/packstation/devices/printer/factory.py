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


def tcp_address(target: str) -> tuple[str, int]:
    """The host and port of ``tcp://host[:port]``; a missing host or a bad port is refused."""
    parts = urlsplit(target.strip())
    if not parts.hostname:
        raise PrinterSettingError(f"No host in printer setting {target!r}")
    try:
        port = parts.port
    except ValueError:
        port = -1
    if port is not None and not 1 <= port <= 65535:
        raise PrinterSettingError(
            f"The port in printer setting {target!r} must be a number from 1 to 65535"
        )
    return parts.hostname, port or 9100


def printer_setting_problem(target: str) -> str:
    """Why a printer setting names no usable printer, in words; empty when it does."""
    kind, _, rest = target.strip().partition(":")
    kind = kind.lower()
    try:
        if kind == "tcp":
            tcp_address(target)
        elif kind == "serial" and rest:
            baud = rest.partition("@")[2]
            if baud and not baud.isdigit():
                return f"The baud rate in printer setting {target!r} is not a number"
        elif kind not in ("spool", "none") and not (
            kind in ("cups", "device", "windows", "serial") and rest
        ):
            return f"Unknown printer setting {target!r}; use one of: {FORMS}"
    except PrinterSettingError as exc:
        return str(exc)
    return ""


def make_printer(target: str, *, default_spool: Path, zpl: bool = True) -> Printer:
    """The printer a setting names; ``zpl`` says whether ``~HS`` status may be asked."""
    kind, _, rest = target.strip().partition(":")
    kind = kind.lower()
    if kind == "spool":
        return SpoolFolderPrinter(Path(rest) if rest else default_spool)
    if kind == "tcp":
        host, port = tcp_address(target)
        return TcpPrinter(host, port, zpl=zpl)
    if kind == "cups" and rest:
        return CupsPrinter(rest)
    if kind == "device" and rest:
        return DeviceFilePrinter(Path(rest))
    if kind == "serial" and rest:
        device, _, baud = rest.partition("@")
        return SerialPrinter(device, int(baud) if baud.isdigit() else 9600)
    if kind == "windows" and rest:
        return WindowsSpoolerPrinter(rest)
    if kind == "none":
        return NullPrinter()
    raise PrinterSettingError(f"Unknown printer setting {target!r}; use one of: {FORMS}")
