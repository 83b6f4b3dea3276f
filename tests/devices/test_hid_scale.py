"""USB HID postal scales: the report parser, the hidraw reader with hot-plug, and UHID."""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

import pytest

from packstation.devices.scale.base import ScaleReading, ScaleState
from packstation.devices.scale.hid_report import find_hid_scale, is_scale_descriptor, parse_report
from packstation.devices.scale.hid_scale import HidScale
from tests.devices.scale_fakes import wait_for
from tests.devices.uhid import SCALE_DESCRIPTOR, VirtualScale

S = ScaleState

# Reports in the documented layout (id 3, status, unit, exponent, weight LSB, MSB), as a
# Dymo M10/M25 or Mettler PS60 sends them; see hardware.md §4.
REPORTS = [
    ("03 04 02 00 d0 04", ScaleReading(1232, S.STABLE)),  # 1232 g
    ("03 04 0b ff 34 01", ScaleReading(873, S.STABLE)),  # 30.8 oz
    ("03 04 0b ff 34 19", ScaleReading(18291, S.STABLE)),  # 645.2 oz, the hardware.md example
    ("03 04 0c fe 10 27", ScaleReading(45359, S.STABLE)),  # 100.00 lb (PS60 in pounds)
    ("03 04 03 fd 7a 04", ScaleReading(1146, S.STABLE)),  # 1.146 kg
    ("03 02 0b ff 00 00", ScaleReading(0, S.STABLE)),  # stable at zero
    ("03 03 02 00 10 02", ScaleReading(0, S.MOTION)),
    ("03 05 02 00 0a 00", ScaleReading(0, S.UNDERLOAD)),
    ("03 06 02 00 ff ff", ScaleReading(0, S.OVERLOAD)),
    ("03 01 02 00 00 00", ScaleReading(0, S.FAULT, "the scale reports a fault")),
    ("03 08 02 00 00 00", ScaleReading(0, S.FAULT, "empty the scale and press its zero key")),
    ("03 04 07 00 01 00", ScaleReading(0, S.FAULT, "unknown weight unit code 7")),
]


@pytest.mark.parametrize(("hex_report", "reading"), REPORTS)
def test_recorded_reports_parse_to_grams_and_states(hex_report, reading):
    assert parse_report(bytes.fromhex(hex_report)) == reading


def test_other_reports_are_not_readings():
    assert parse_report(bytes.fromhex("04 01")) is None
    assert parse_report(bytes.fromhex("02 04 02 00 d0 04")) is None


def test_auto_finds_the_hidraw_device_whose_descriptor_is_a_scale(tmp_path):
    sys_class = tmp_path / "sys"
    for name, descriptor in (("hidraw0", b"\x05\x01\x09\x06"), ("hidraw1", SCALE_DESCRIPTOR)):
        (sys_class / name / "device").mkdir(parents=True)
        (sys_class / name / "device" / "report_descriptor").write_bytes(descriptor)
    assert is_scale_descriptor(SCALE_DESCRIPTOR)
    assert find_hid_scale(sys_class, Path("/dev")) == Path("/dev/hidraw1")
    assert find_hid_scale(tmp_path / "absent") is None


class FifoDevice:
    """Stands in for /dev/hidrawN: a FIFO the test writes whole reports into."""

    def __init__(self, path: Path) -> None:
        self.path = path
        os.mkfifo(path)
        self.plug()

    def plug(self) -> None:
        self.fd = os.open(self.path, os.O_RDWR)  # does not wait for the reader

    def send(self, hex_report: str) -> None:
        os.write(self.fd, bytes.fromhex(hex_report))

    def unplug(self) -> None:
        os.close(self.fd)


@pytest.fixture
def fifo_scale(tmp_path):
    device = FifoDevice(tmp_path / "hidraw0")
    scale = HidScale(str(device.path), retry_seconds=0.05)
    scale.start()
    yield scale, device
    scale.stop()
    with contextlib.suppress(OSError):
        device.unplug()


def test_first_report_is_dropped_then_stable_readings_count(fifo_scale):
    scale, device = fifo_scale
    device.send("03 04 02 00 e8 03")  # left over from the previous weighing
    first = wait_for(scale.latest, lambda r: r.connected)
    assert not first.stable
    device.send("03 03 02 00 00 01")
    assert wait_for(scale.latest, lambda r: r.state is S.MOTION and not r.detail)
    device.send("03 04 02 00 d0 04")
    assert wait_for(scale.latest, lambda r: r.stable).grams == 1232
    assert scale.describe().endswith("1,232 g")


def test_unplug_and_replug(fifo_scale):
    scale, device = fifo_scale
    device.send("03 04 02 00 00 00")
    device.send("03 04 02 00 64 00")
    wait_for(scale.latest, lambda r: r == ScaleReading(100, S.STABLE))
    device.unplug()
    wait_for(scale.latest, lambda r: not r.connected)
    device.plug()
    device.send("03 04 02 00 00 00")
    device.send("03 04 02 00 c8 00")
    assert wait_for(scale.latest, lambda r: r.stable).grams == 200


def test_a_missing_device_says_so(tmp_path):
    scale = HidScale("auto", retry_seconds=0.05, sys_class=tmp_path)
    scale.start()
    try:
        reading = wait_for(scale.latest, lambda r: bool(r.detail))
        assert reading.detail == "no USB scale is plugged in"
        assert "disconnected (no USB scale is plugged in)" in scale.describe()
    finally:
        scale.stop()


@pytest.mark.kernel_device
@pytest.mark.skipif(
    not Path("/dev/uhid").exists(),
    reason="this kernel has no /dev/uhid (modprobe uhid), so no virtual HID scale can be made",
)
def test_a_virtual_uhid_scale_reads_through_hidraw(tmp_path):
    virtual = VirtualScale(f"Packstation test scale {uuid.uuid4().hex[:8]}")
    try:
        node = virtual.hidraw_node(tmp_path)
        scale = HidScale(str(node), retry_seconds=0.05)
        scale.start()
        try:
            virtual.send(bytes.fromhex("03 04 02 00 e8 03"))
            wait_for(scale.latest, lambda r: r.connected)
            virtual.send(bytes.fromhex("03 04 0b ff 34 01"))
            assert wait_for(scale.latest, lambda r: r.stable).grams == 873
            virtual.send(bytes.fromhex("03 06 02 00 00 00"))
            wait_for(scale.latest, lambda r: r.state is S.OVERLOAD)
            virtual.close()
            virtual = None
            wait_for(scale.latest, lambda r: not r.connected)
        finally:
            scale.stop()
    finally:
        if virtual is not None:
            virtual.close()


def test_hid_auto_reads_the_device_it_found(tmp_path):
    sys_class, dev = tmp_path / "sys", tmp_path / "dev"
    (sys_class / "hidraw3" / "device").mkdir(parents=True)
    (sys_class / "hidraw3" / "device" / "report_descriptor").write_bytes(SCALE_DESCRIPTOR)
    dev.mkdir()
    device = FifoDevice(dev / "hidraw3")
    scale = HidScale("auto", retry_seconds=0.05, sys_class=sys_class, dev=dev)
    scale.start()
    try:
        device.send("03 04 02 00 00 00")
        device.send("03 04 0b ff 34 01")
        assert wait_for(scale.latest, lambda r: r.stable).grams == 873
    finally:
        scale.stop()
        device.unplug()
