"""Serial scales over a real pty, through pyserial: each protocol's answers, and hot-plug."""

from __future__ import annotations

import pytest

from packstation.devices.scale.base import ScaleReading, ScaleState
from packstation.devices.scale.serial_protocols import PROTOCOLS, BadAnswer
from packstation.devices.scale.serial_scale import SerialScale, SerialScaleSettings
from tests.devices.scale_fakes import PtyScale, wait_for

S = ScaleState
# protocol -> [(what the scale answers, the reading it means)]
ANSWERS: dict[str, list[tuple[bytes, ScaleReading]]] = {
    "mtsics": [
        (b"S S     1240.0 g\r\n", ScaleReading(1240, S.STABLE)),
        (b"S S      1.240 kg\r\n", ScaleReading(1240, S.STABLE)),
        (b"S D      980.4 g\r\n", ScaleReading(980, S.MOTION)),
        (b"S I\r\n", ScaleReading(0, S.MOTION, "busy")),
        (b"S +\r\n", ScaleReading(0, S.OVERLOAD)),
        (b"S -\r\n", ScaleReading(0, S.UNDERLOAD)),
        (b"EL\r\n", ScaleReading(0, S.FAULT, "the scale answered EL")),
    ],
    "toledo8217": [
        (b"\x0201.240\r", ScaleReading(1240, S.STABLE)),
        (b"\x02?\x21\r", ScaleReading(0, S.MOTION)),
        (b"\x02?\x22\r", ScaleReading(0, S.OVERLOAD)),
        (b"\x02?\x24\r", ScaleReading(0, S.UNDERLOAD)),
    ],
    "nci": [
        (b"\n  1.240kg\r\n00\r\x03", ScaleReading(1240, S.STABLE)),
        (b"\n  2.73lb\r\n00\r\x03", ScaleReading(1238, S.STABLE)),  # 2.73 x 453.59237 g
        (b"\n  0.000kg\r\n20\r\x03", ScaleReading(0, S.STABLE)),  # "2" = 0x32: at zero
        (b"\n  1.180kg\r\n10\r\x03", ScaleReading(0, S.MOTION)),  # '1' = 0x31: motion
        (b"\n^^^^^^kg\r\n02\r\x03", ScaleReading(0, S.OVERLOAD)),
        (b"\n -0.020kg\r\n01\r\x03", ScaleReading(0, S.UNDERLOAD)),
    ],
}


@pytest.fixture
def rig(tmp_path):
    """Start a scale of a protocol on a fresh pty; everything is stopped afterwards."""
    started: list[tuple[SerialScale, PtyScale]] = []

    def make(protocol: str, unit: str = "kg") -> tuple[SerialScale, PtyScale]:
        fake = PtyScale(tmp_path / "scale0", PROTOCOLS[protocol].request)
        scale = SerialScale(
            SerialScaleSettings(str(fake.link), 9600, protocol, unit, poll_seconds=0.02),
            retry_seconds=0.1,
        )
        scale.start()
        started.append((scale, fake))
        return scale, fake

    yield make
    for scale, fake in started:
        scale.stop()
        fake.unplug()


@pytest.mark.parametrize("protocol", sorted(ANSWERS))
def test_every_answer_of_each_protocol_reads_through_pyserial(rig, protocol):
    scale, fake = rig(protocol)
    for answer, reading in ANSWERS[protocol]:
        fake.answer = answer
        assert wait_for(scale.latest, lambda r, want=reading: r == want) == reading
    assert scale.latest().connected


def test_toledo_weight_in_pounds_is_converted(rig):
    scale, fake = rig("toledo8217", unit="lb")
    fake.answer = b"\x0202.734\r"
    assert wait_for(scale.latest, lambda r: r.stable).grams == 1240  # 2.734 lb


def test_unplug_and_replug_reconnects_without_blocking_the_caller(rig):
    scale, fake = rig("mtsics")
    fake.answer = b"S S 500 g\r\n"
    wait_for(scale.latest, lambda r: r == ScaleReading(500, S.STABLE))
    fake.unplug()
    assert not wait_for(scale.latest, lambda r: not r.connected).stable
    assert "disconnected" in scale.describe()
    fake.plug()
    fake.answer = b"S S 750 g\r\n"
    assert wait_for(scale.latest, lambda r: r.stable).grams == 750
    assert scale.describe().endswith("750 g")


def test_a_silent_scale_is_a_fault_in_words(tmp_path):
    fake = PtyScale(tmp_path / "scale0", PROTOCOLS["nci"].request)
    scale = SerialScale(
        SerialScaleSettings(str(fake.link), 9600, "nci", answer_seconds=0.1), retry_seconds=0.1
    )
    scale.start()
    try:
        reading = wait_for(scale.latest, lambda r: r.state is S.FAULT)
        assert "protocol, baud rate and cable" in reading.detail
        assert fake.requests >= 3
    finally:
        scale.stop()
        fake.unplug()


def test_a_missing_port_is_disconnected_and_retried(tmp_path):
    scale = SerialScale(SerialScaleSettings(str(tmp_path / "nothing")), retry_seconds=0.05)
    scale.start()
    try:
        reading = wait_for(scale.latest, lambda r: bool(r.detail))
        assert reading.state is S.DISCONNECTED
    finally:
        scale.stop()


@pytest.mark.parametrize(
    ("protocol", "frame"),
    [
        ("mtsics", b"XX 12\r\n"),
        ("mtsics", b"S S abc g\r\n"),
        ("nci", b"\n1.0kg\r\n\x03"),
        ("toledo8217", b"\x02?\x20\r"),
        ("mtsics", b"S S 12 stone\r\n"),
    ],
)
def test_noise_is_a_bad_answer_not_a_weight(protocol, frame):
    with pytest.raises(BadAnswer):
        PROTOCOLS[protocol].parse(frame, "kg")


def test_a_garbled_answer_is_skipped_and_the_next_one_counts(rig):
    scale, fake = rig("mtsics")
    fake.answer = b"\xff\xfeS S\r\n"
    wait_for(scale.latest, lambda r: fake.requests >= 3)
    assert not scale.latest().stable
    fake.answer = b"S S 321 g\r\n"
    assert wait_for(scale.latest, lambda r: r.stable).grams == 321
