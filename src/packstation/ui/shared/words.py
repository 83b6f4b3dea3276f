"""Words for values that come from outside the window: roles, states, service messages, numbers.

One place for the words of an enum value or a device state, so every screen says them alike, and
the one way to show a service's message (:class:`~packstation.i18n.said.Said`) or an error in the
station's language.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from packstation.i18n.formats import format_date, format_datetime
from packstation.i18n.said import in_language
from packstation.ui.shared.device_words import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP
from packstation.ui.shared.device_words import device_state as device_state

_CONTEXT = "Words"


ROLES = {
    "packer": QT_TRANSLATE_NOOP("Words", "packer"),
    "lead": QT_TRANSLATE_NOOP("Words", "shift lead"),
    "admin": QT_TRANSLATE_NOOP("Words", "admin"),
}
# Qt's own dialog buttons: Qt ships no Norwegian Bokmål catalogue, so ours carries their words
# (asked before Qt's own, so every language reads them from here alike).
QT_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
)
# Each catalogue translates this with its own language code, so numbers follow the language of
# the translators installed (and English again once they are removed).
_LANGUAGE = QT_TRANSLATE_NOOP("Words", "en")


def language() -> str:
    """The station's language code, as the installed catalogues say (``en`` without one)."""
    return QCoreApplication.translate(_CONTEXT, _LANGUAGE)


def locale() -> QLocale:
    """The locale of the station's language (numbers, decimals)."""
    return QLocale(language())


def _translate(context: str, source: str, n: int | None) -> str:
    return QCoreApplication.translate(context, source, None, -1 if n is None else n)


def said(text: object) -> str:
    """A service's message or an error, in the station's language (plain text as it is)."""
    return in_language(text, _translate)


def role(value: str) -> str:
    """``lead`` → "shift lead" in the station's language."""
    key = str(getattr(value, "value", value))
    return QCoreApplication.translate(_CONTEXT, ROLES[key]) if key in ROLES else key


def number(value: float, decimals: int = 1) -> str:
    """``2.5`` as the station's language writes it (``2,5`` in da, sv, nb, nl)."""
    return locale().toString(float(value), "f", decimals)


def percent(fraction: float, decimals: int = 1) -> str:
    """``0.125`` → ``12.5%`` in English, ``12,5 %`` in da, sv, nb, nl."""
    text = number(fraction * 100, decimals)
    return text + ("%" if locale().language() == QLocale.Language.English else "\u00a0%")


def date(value: datetime.date) -> str:
    """A date as the language writes it (``26.11.2026`` in Danish, ``2026-11-26`` in Swedish)."""
    return format_date(value, language())


def date_time(value: datetime.datetime) -> str:
    """A date and a 24-hour time in local time (``26.11.2026 14:05``)."""
    return format_datetime(value.astimezone(), language())


def minutes(seconds: float) -> str:
    """A duration in minutes with one decimal: ``2.5 min`` / ``2,5 min``."""
    return QCoreApplication.translate("Words", "{0} min").format(number(seconds / 60))
