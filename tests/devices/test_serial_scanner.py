"""Serial scanners over a real pty: framing, garbage, and unplug/replug without losing scans."""

from __future__ import annotations

import contextlib
import os
import queue
import time
from pathlib import Path

import pytest

from packstation.devices.scanner.framing import Framer, decode_scan
from packstation.devices.scanner.serial_scanner import (
    SerialScanner,
    SerialScannerSettings,
    list_serial_ports,
)
from packstation.domain.barcodes import InvalidScan


class Pty:
    """The scanner's end of a pty pair; the app opens ``link`` (like /dev/serial/by-id/…)."""

    def __init__(self, link: Path) -> None:
        self.link = link
        self.plug()

    def plug(self) -> None:
        self.master, self.slave = os.openpty()
        self.link.unlink(missing_ok=True)
        self.link.symlink_to(os.ttyname(self.slave))

    def unplug(self) -> None:
        os.close(self.master)
        os.close(self.slave)

    def type(self, data: bytes, gap: float = 0.001) -> None:
        for byte in data:  # scanner speed: a byte at a time
            os.write(self.master, bytes([byte]))
            time.sleep(gap)


@pytest.fixture
def scanner(tmp_path):
    events: queue.Queue[tuple[str, ...]] = queue.Queue()
    pty = Pty(tmp_path / "scanner0")
    created: list[SerialScanner] = []

    def make(terminator: str = "CR") -> SerialScanner:
        reader = SerialScanner(
            SerialScannerSettings("handheld", str(pty.link), 9600, terminator),
            on_scan=lambda name, text: events.put(("scan", name, text)),
            on_state=lambda name, up, why: events.put(("state", name, str(up))),
            on_garbage=lambda name, why: events.put(("garbage", name, why)),
            retry_seconds=0.1,
        )
        reader.start()
        created.append(reader)
        assert next_event(events) == ("state", "handheld", "True")
        return reader

    yield make, pty, events
    for reader in created:
        reader.stop()
    with contextlib.suppress(OSError):  # already unplugged by the test
        pty.unplug()


def next_event(events: queue.Queue, timeout: float = 5.0) -> tuple[str, ...]:
    return events.get(timeout=timeout)


def test_scans_arrive_at_scanner_speed(scanner):
    make, pty, events = scanner
    make("CR")
    pty.type(b"]E05701234567892\r4006381333931\r")
    assert next_event(events) == ("scan", "handheld", "]E05701234567892")
    assert next_event(events) == ("scan", "handheld", "4006381333931")


@pytest.mark.parametrize(
    ("terminator", "suffix"), [("CRLF", b"\r\n"), ("LF", b"\n"), ("TAB", b"\t")]
)
def test_each_terminator(scanner, terminator, suffix):
    make, pty, events = scanner
    make(terminator)
    pty.type(b"MUG-01" + suffix)
    assert next_event(events) == ("scan", "handheld", "MUG-01")


def test_no_terminator_ends_a_scan_after_a_pause(scanner):
    make, pty, events = scanner
    make("NONE")
    pty.type(b"TEA-02")
    assert next_event(events) == ("scan", "handheld", "TEA-02")


def test_invalid_utf8_and_an_endless_burst_are_garbage_not_crashes(scanner):
    make, pty, events = scanner
    make("CR")
    pty.type(b"\xff\xfe\xfd\r", gap=0)
    assert next_event(events)[0] == "garbage"
    os.write(pty.master, b"7" * 4500)
    assert next_event(events) == ("garbage", "handheld", "too long")
    time.sleep(0.4)  # the rest of the burst is dropped; after a pause the next scan is clean
    pty.type(b"5701234567892\r")
    assert next_event(events) == ("scan", "handheld", "5701234567892")


def test_unplug_and_replug_reconnects_by_itself_and_keeps_whole_scans(scanner):
    make, pty, events = scanner
    make("CR")
    pty.type(b"5701234567892\r")
    assert next_event(events) == ("scan", "handheld", "5701234567892")  # fully received
    pty.type(b"40063813")  # the cable is pulled half-way through the next scan
    pty.unplug()
    assert next_event(events) == ("state", "handheld", "False")
    pty.plug()
    assert next_event(events) == ("state", "handheld", "True")
    pty.type(b"4006381333931\r")
    assert next_event(events) == ("scan", "handheld", "4006381333931")


def test_after_an_overflow_the_rest_of_the_burst_is_dropped_up_to_its_terminator():
    framer = Framer("CR")
    with pytest.raises(InvalidScan):
        framer.feed(b"x" * 5000)
    assert framer.feed(b"xxxx") == []
    assert framer.feed(b"xx\rMUG-01\r") == [b"MUG-01"]


def test_framer_and_decoder_rules():
    framer = Framer("CRLF")
    assert framer.feed(b"A1\r\nB2\rC") == [b"A1", b"B2"]
    assert framer.feed(b"3\r\n") == [b"C3"]
    with pytest.raises(InvalidScan):
        decode_scan(b"\xc3\x28")
    assert decode_scan("Åse".encode()) == "Åse"


def test_ports_are_labelled_with_usb_names():
    from packstation.devices.scanner.serial_scanner import PortInfo

    port = PortInfo("/dev/ttyACM0", "USB ACM", 0x0C2E, 0x0B61, "Honeywell", "Xenon 1900", "X1")
    assert port.label == "/dev/ttyACM0 — Honeywell Xenon 1900 (0C2E:0B61)"
    assert isinstance(list_serial_ports(), list)
