"""Printers' and scanners' names and states as the devices word them, in the station's language.

The words and states are listed in :mod:`packstation.i18n.device_words`; the window says them
with Qt's translators.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from packstation.i18n import device_words
from packstation.i18n.device_words import DEVICE_STATES as DEVICE_STATES
from packstation.i18n.device_words import DEVICE_WORDS as DEVICE_WORDS
from packstation.i18n.device_words import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def device_state(text: str) -> str:
    """A printer's or scanner's name or state in the station's language (else as written)."""
    return device_words.device_state(text, _translate)
