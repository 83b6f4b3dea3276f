"""How soon a new weight reaches ``latest()``, per scale protocol over a pty, and what one
``latest()`` call costs the caller (it must never wait for the scale).

Prints the median and worst milliseconds from the scale's answer changing to the reading
changing, with the default poll interval (0.2 s). ``--quick``: 5 changes per protocol.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from packstation.devices.scale.serial_protocols import PROTOCOLS
from packstation.devices.scale.serial_scale import SerialScale, SerialScaleSettings

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.devices.scale_fakes

ANSWER = {
    "mtsics": lambda g: f"S S {g} g\r\n".encode(),
    "toledo8217": lambda g: f"\x02{g / 1000:.3f}\r".encode(),
    "nci": lambda g: f"\n{g / 1000:8.3f}kg\r\n00\r\x03".encode(),
}


def measure(protocol: str, changes: int, folder: Path) -> list[float]:
    """Milliseconds from each new answer to the reading showing it."""
    from tests.devices.scale_fakes import PtyScale

    fake = PtyScale(folder / f"{protocol}0", PROTOCOLS[protocol].request)
    scale = SerialScale(SerialScaleSettings(str(fake.link), 9600, protocol))
    scale.start()
    delays = []
    try:
        for i in range(changes):
            grams = 1000 + i * 10
            fake.answer = ANSWER[protocol](grams)
            start = time.perf_counter()
            while scale.latest().grams != grams:
                if time.perf_counter() - start > 5:
                    raise SystemExit(f"{protocol}: no reading of {grams} g within 5 s")
                time.sleep(0.001)
            delays.append((time.perf_counter() - start) * 1000)
    finally:
        scale.stop()
        fake.unplug()
    return delays


def latest_cost(scale: SerialScale, calls: int = 100_000) -> float:
    """Microseconds per ``latest()`` call."""
    start = time.perf_counter()
    for _ in range(calls):
        scale.latest()
    return (time.perf_counter() - start) / calls * 1e6


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="5 changes per protocol (CI)")
    changes = 5 if parser.parse_args().quick else 30
    with tempfile.TemporaryDirectory() as folder:
        for protocol in PROTOCOLS:
            delays = measure(protocol, changes, Path(folder))
            print(
                f"{protocol:>11}: new weight to latest() median {statistics.median(delays):6.1f} "
                f"ms, worst {max(delays):6.1f} ms ({changes} changes)"
            )
    idle = SerialScale(SerialScaleSettings("/nonexistent"))
    print(f"latest(): {latest_cost(idle):.2f} µs per call (no lock wait, no I/O)")


if __name__ == "__main__":
    main()
