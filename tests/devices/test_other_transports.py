"""CUPS (through a stand-in `lp` program), device files, serial ports (pty) and settings."""

from __future__ import annotations

import os
import stat
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from packstation.devices.printer.base import PrintDocument, PrinterError
from packstation.devices.printer.cups import CupsPrinter
from packstation.devices.printer.device import DeviceFilePrinter, SerialPrinter
from packstation.devices.printer.factory import PrinterSettingError, make_printer
from packstation.devices.printer.spool import SpoolFolderPrinter
from packstation.devices.printer.tcp import TcpPrinter

JOB = PrintDocument("1001-label", "label", "zpl", "^XA^FDÅse^FS^XZ".encode())


def fake_lp(tmp_path: Path, exit_code: int = 0) -> Path:
    """An `lp` that records its arguments and input, like CUPS answering with a job id."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "lp"
    script.write_text(
        textwrap.dedent(
            f"""\
            #!{sys.executable}
            import sys, pathlib
            out = pathlib.Path({str(tmp_path)!r})
            (out / "argv.txt").write_text(" ".join(sys.argv[1:]))
            (out / "stdin.bin").write_bytes(sys.stdin.buffer.read())
            if {exit_code}:
                print("lp: The printer or class does not exist.", file=sys.stderr)
                sys.exit({exit_code})
            print("request id is Zebra-42 (1 file(s))")
            """
        )
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return bin_dir


def test_cups_sends_zpl_raw_to_the_queue(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", f"{fake_lp(tmp_path)}{os.pathsep}{os.environ['PATH']}")
    receipt = CupsPrinter("Zebra").send(JOB)
    assert (tmp_path / "argv.txt").read_text() == "-d Zebra -o raw -t 1001-label -"
    assert (tmp_path / "stdin.bin").read_bytes() == JOB.data
    assert "Zebra-42" in receipt.location


def test_cups_refusal_is_reported_in_words(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", f"{fake_lp(tmp_path, exit_code=1)}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(PrinterError, match="does not exist"):
        CupsPrinter("Nope").send(JOB)


def test_a_device_file_receives_the_job(tmp_path):
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    DeviceFilePrinter(device).send(JOB)
    assert device.read_bytes() == JOB.data


def test_a_missing_device_says_so(tmp_path):
    with pytest.raises(PrinterError, match="cannot be opened"):
        DeviceFilePrinter(tmp_path / "absent").send(JOB)


def test_a_serial_printer_gets_the_bytes_over_a_pty():
    master, slave = os.openpty()
    received = bytearray()

    def read() -> None:
        while len(received) < len(JOB.data):
            received.extend(os.read(master, 1024))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        SerialPrinter(os.ttyname(slave), 9600, timeout=5).send(JOB)
        reader.join(5)
        assert bytes(received) == JOB.data
    finally:
        os.close(master)
        os.close(slave)


def test_printer_settings_are_parsed(tmp_path):
    assert isinstance(make_printer("spool", default_spool=tmp_path), SpoolFolderPrinter)
    tcp = make_printer("tcp://10.0.0.5", default_spool=tmp_path)
    assert isinstance(tcp, TcpPrinter) and (tcp.host, tcp.port) == ("10.0.0.5", 9100)
    assert isinstance(make_printer("cups:Zebra", default_spool=tmp_path), CupsPrinter)
    serial_printer = make_printer("serial:/dev/ttyUSB0@115200", default_spool=tmp_path)
    assert isinstance(serial_printer, SerialPrinter) and serial_printer.baudrate == 115200
    with pytest.raises(PrinterSettingError, match="Unknown printer setting"):
        make_printer("laser-in-the-corner", default_spool=tmp_path)
