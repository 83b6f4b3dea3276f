"""A virtual USB postal scale made through the kernel's UHID, read back through /dev/hidraw*.

Event layouts from <linux/uhid.h>: every event is a u32 type followed by a packed union;
writing the whole event size is always accepted.
"""

from __future__ import annotations

import os
import struct
import time
from pathlib import Path

UHID_DESTROY, UHID_CREATE2, UHID_INPUT2 = 1, 11, 12
BUS_USB = 0x03
EVENT_SIZE = 4 + 128 + 64 + 64 + 2 + 2 + 4 * 4 + 4096  # type + the largest member (create2)

# A postal scale: usage page 0x8D, application collection, report 3 of status, unit,
# exponent (one byte each) and a 16-bit weight: six bytes with the report id.
SCALE_DESCRIPTOR = bytes.fromhex(
    "058d"  # Usage Page (Scale)
    "0920"  # Usage (Scale Device)
    "a101"  # Collection (Application)
    "8503"  # Report ID (3)
    "1500"  # Logical Minimum (0)
    "26ff00"  # Logical Maximum (255)
    "7508"  # Report Size (8)
    "9503"  # Report Count (3)
    "0970"  # Usage (status)
    "0950"  # Usage (unit)
    "0941"  # Usage (scaling)
    "8102"  # Input (Data, Variable, Absolute)
    "1500"  # Logical Minimum (0)
    "27ffff0000"  # Logical Maximum (65535)
    "7510"  # Report Size (16)
    "9501"  # Report Count (1)
    "0940"  # Usage (weight)
    "8102"  # Input (Data, Variable, Absolute)
    "c0"  # End Collection
)


class VirtualScale:
    """A HID scale the kernel believes is plugged in, until ``close``."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.fd = os.open("/dev/uhid", os.O_RDWR | os.O_CLOEXEC)
        create = struct.pack(
            "<I128s64s64sHHIIII4096s",
            UHID_CREATE2,
            name.encode(),
            b"packstation-test",
            b"",
            len(SCALE_DESCRIPTOR),
            BUS_USB,
            0x0922,  # Dymo's vendor id
            0x8003,
            1,
            0,
            SCALE_DESCRIPTOR,
        )
        os.write(self.fd, create.ljust(EVENT_SIZE, b"\0"))

    def send(self, report: bytes) -> None:
        """One input report, as the scale would send it."""
        event = struct.pack("<IH", UHID_INPUT2, len(report)) + report
        os.write(self.fd, event.ljust(EVENT_SIZE, b"\0"))

    def hidraw_node(self, into: Path, timeout: float = 5.0) -> Path:
        """A device node for its hidraw (made here: containers often have no udev)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for entry in Path("/sys/class/hidraw").glob("hidraw*"):
                uevent = (entry / "device" / "uevent").read_text(errors="replace")
                if f"HID_NAME={self.name}" in uevent:
                    major, minor = (entry / "dev").read_text().strip().split(":")
                    node = into / entry.name
                    os.mknod(node, 0o600 | 0o020000, os.makedev(int(major), int(minor)))
                    return node
            time.sleep(0.05)
        raise AssertionError(f"no hidraw device appeared for {self.name}")

    def close(self) -> None:
        """Unplug it."""
        os.write(self.fd, struct.pack("<I", UHID_DESTROY).ljust(EVENT_SIZE, b"\0"))
        os.close(self.fd)
