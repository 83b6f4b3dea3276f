"""A distinct sound per outcome: short high beep = good, long low buzz = wrong."""

from __future__ import annotations

import logging
import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

from packstation.ui.shared.feedback import Tone

log = logging.getLogger("packstation.ui")
_RATE = 22050
# (frequency Hz, seconds, square wave?) per cue; square waves sound like a buzzer.
_CUES = {
    Tone.GOOD: [(1760.0, 0.08, False)],
    Tone.WRONG: [(180.0, 0.6, True)],
    Tone.WARNING: [(880.0, 0.12, False), (660.0, 0.12, False)],
}


def write_tone(path: Path, parts: list[tuple[float, float, bool]]) -> None:
    """Write a 16-bit mono WAV of the given tones."""
    frames = bytearray()
    for frequency, seconds, square in parts:
        for i in range(int(_RATE * seconds)):
            value = math.sin(2 * math.pi * frequency * i / _RATE)
            if square:
                value = 1.0 if value >= 0 else -1.0
            frames += struct.pack("<h", int(value * 0.4 * 32767))
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(_RATE)
        handle.writeframes(bytes(frames))


def prepare_cues(folder: Path) -> dict[Tone, Path]:
    """The cue files in ``folder`` (the data folder's), written once; none when it cannot be."""
    paths = {tone: folder / f"{tone.value}.wav" for tone in _CUES}
    try:  # never in the temp folder, where every start used to leave a new copy
        folder.mkdir(parents=True, exist_ok=True)
        for tone, path in paths.items():
            if not path.is_file():
                write_tone(path, _CUES[tone])
    except OSError as exc:  # a full or read-only disk: the system beep still sounds
        log.warning("sound cues not written to %s (%s); using the system beep", folder, exc)
        return {}
    return paths


class SoundCues(QObject):
    """Plays the cue of a tone; falls back to the system beep where Qt Multimedia is missing."""

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.played: list[Tone] = []
        self._effects: dict[Tone, object] = {}
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as exc:  # e.g. no PulseAudio library on a headless machine
            log.info("sound effects unavailable (%s); using the system beep", exc)
            return
        paths = prepare_cues(folder)
        for tone, path in paths.items():
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[tone] = effect

    def play(self, tone: Tone) -> None:
        """Play the cue for ``tone`` (INFO is silent)."""
        if tone is Tone.INFO:
            return
        self.played.append(tone)
        effect = self._effects.get(tone)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
        else:
            QApplication.beep()
