"""Printers' and scanners' fixed words and states, as the devices word them, in any language.

The devices (``devices/printer``, ``devices/scanner``) report in English, and their words are
stored with each print job; the window (``ui/shared/device_words.py``) and the command line say
them again in the station's language. A state not listed shows as the device wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# (context, source) → the text in some language
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name)
    """Marks a text for the catalogues; it is translated where it is shown."""
    return text


# The fixed words devices report (names, ``describe()``).
DEVICE_WORDS = (
    QT_TRANSLATE_NOOP("Words", "Ready"),
    QT_TRANSLATE_NOOP("Words", "Spool folder"),
    QT_TRANSLATE_NOOP("Words", "No printer configured"),
    QT_TRANSLATE_NOOP("Words", "CUPS is not available"),
    QT_TRANSLATE_NOOP("Words", "keyboard"),
    QT_TRANSLATE_NOOP("Words", "keyboard wedge ready"),
    QT_TRANSLATE_NOOP("Words", "starting"),
    QT_TRANSLATE_NOOP("Words", "connected"),
    QT_TRANSLATE_NOOP("Words", "disconnected"),
    QT_TRANSLATE_NOOP("Words", "Packstation stopped while this job was being sent"),
)
# States with a name or a path in them, as the devices word them (devices/printer/*.py), and
# the same in the station's language; a state not listed here shows as the device wrote it.
DEVICE_STATE_WORDS = (
    # A Zebra's own state (devices/printer/zebra_status.py) and what the network printer says
    # about a job (devices/printer/tcp.py); {0} is the printer's name.
    QT_TRANSLATE_NOOP("Words", "{0} is out of labels: load a roll and press Retry"),
    QT_TRANSLATE_NOOP("Words", "{0}'s print head is open: close it and press Retry"),
    QT_TRANSLATE_NOOP("Words", "{0} is out of ribbon: load one and press Retry"),
    QT_TRANSLATE_NOOP(
        "Words",
        "{0}'s print head temperature is out of range: wait a moment and press Retry",
    ),
    QT_TRANSLATE_NOOP("Words", "{0} is paused: press its pause button, then Retry"),
    QT_TRANSLATE_NOOP("Words", "{0} is busy (buffer full): wait and Retry"),
    QT_TRANSLATE_NOOP("Words", "{0} is ready"),
    QT_TRANSLATE_NOOP("Words", "{0} gave an unreadable status reply"),
    QT_TRANSLATE_NOOP("Words", "{0} does not answer: check for an open head or an empty roll"),
    QT_TRANSLATE_NOOP(
        "Words",
        "The connection to {0} broke during the job: the label may or may not have printed."
        " Check the printer before reprinting.",
    ),
    QT_TRANSLATE_NOOP(
        "Words",
        "{0} did not confirm that it took the job: the label may or may not have printed."
        " Check the printer before reprinting.",
    ),
    QT_TRANSLATE_NOOP(
        "Words",
        "{0} took the job, then reported: {1}. Check whether the label printed before reprinting.",
    ),
    QT_TRANSLATE_NOOP(
        "Words",
        "{0} took the job, but its label counter did not move: the label may not have"
        " printed. Check the printer before reprinting.",
    ),
    QT_TRANSLATE_NOOP("Words", "The disk holding {0} is full: free some space and press Reprint"),
    QT_TRANSLATE_NOOP("Words", "{0} cannot be opened: is it plugged in?"),
    QT_TRANSLATE_NOOP("Words", "Ready (spool folder {0})"),
    QT_TRANSLATE_NOOP("Words", "Ready ({0})"),
    QT_TRANSLATE_NOOP("Words", "Cannot write to {0}"),
    QT_TRANSLATE_NOOP("Words", "No permission to write {0}"),
    QT_TRANSLATE_NOOP("Words", "{0} is not connected"),
    QT_TRANSLATE_NOOP("Words", "CUPS queue {0} not found"),
    QT_TRANSLATE_NOOP("Words", "Cannot create the print folder {0}: {1}"),
)


def _pattern(words: str) -> re.Pattern[str]:
    """The state as a device writes it: each ``{n}`` (a name, a path) matches any text."""
    return re.compile(re.sub(r"\\\{\d\\\}", "(.+)", re.escape(words)))


# (how a device writes the state, the same words with their placeholders)
DEVICE_STATES = tuple((_pattern(words), words) for words in DEVICE_STATE_WORDS)


def device_state(text: str, translate: Translate) -> str:
    """A printer's or scanner's name or state in ``translate``'s language (else as written)."""
    if text in DEVICE_WORDS:
        return translate("Words", text)
    for pattern, words in DEVICE_STATES:
        match = pattern.fullmatch(text)
        if match:
            parts = (device_state(part, translate) for part in match.groups())  # names too
            return translate("Words", words).format(*parts)
    return text
