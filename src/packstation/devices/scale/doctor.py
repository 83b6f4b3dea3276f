"""The scale line of ``packstation doctor``, in words."""

from __future__ import annotations

import time

from packstation.devices.scale.base import WAITING, ScaleState
from packstation.devices.scale.factory import ScaleSettingError, make_scale, parse_scale_setting
from packstation.i18n.said import said, words_of

Line = tuple[bool, str, str]  # (ok, what, detail)


def scale_line(setting: str, wait_seconds: float = 3.0) -> Line:
    """Open the configured scale briefly and say what it reads."""
    try:
        if parse_scale_setting(setting).kind == "none":
            return (
                True,
                said("Doctor", "scale"),
                said("Doctor", "none configured: labels use the expected weight"),
            )
        scale = make_scale(setting)
    except ScaleSettingError as exc:
        return (False, said("Doctor", "scale"), words_of(exc))
    scale.start()
    try:
        deadline = time.monotonic() + wait_seconds
        while time.monotonic() < deadline:
            reading = scale.latest()
            if reading.connected and reading != WAITING:
                break
            time.sleep(0.1)
        reading = scale.latest()
        return (
            reading.connected and reading.state is not ScaleState.FAULT,
            said("Doctor", "scale"),
            scale.describe(),
        )
    finally:
        scale.stop()
