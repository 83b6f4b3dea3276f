"""Numbers, weights and dates written the way each language writes them."""

from __future__ import annotations

from datetime import date, datetime

_NBSP = "\u00a0"
# (thousands separator, decimal separator) per language.
_SEPARATORS = {
    "en": (",", "."),
    "da": (".", ","),
    "nb": (_NBSP, ","),
    "sv": (_NBSP, ","),
    "nl": (".", ","),
}
_DATE_FORMATS = {
    "en": "%Y-%m-%d",
    "da": "%d.%m.%Y",
    "nb": "%d.%m.%Y",
    "sv": "%Y-%m-%d",
    "nl": "%d-%m-%Y",
}


def format_number(value: float, language: str, decimals: int = 0) -> str:
    """``1234.5`` → ``1.234,5`` (da), ``1 234,5`` (sv, nb), ``1,234.5`` (en)."""
    thousands, decimal = _SEPARATORS.get(language, _SEPARATORS["en"])
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)


def format_weight(grams: int, language: str) -> str:
    """``850 g`` below a kilogram, else ``1,25 kg`` (two decimals at most)."""
    if abs(grams) < 1000:
        return f"{format_number(grams, language)} g"
    kilograms = format_number(grams / 1000, language, 2)
    _, decimal = _SEPARATORS.get(language, _SEPARATORS["en"])
    kilograms = kilograms.rstrip("0").rstrip(decimal)
    return f"{kilograms} kg"


def format_date(value: date, language: str) -> str:
    """A date in the language's usual numeric form (``26.11.2026`` in Danish)."""
    return value.strftime(_DATE_FORMATS.get(language, _DATE_FORMATS["en"]))


def format_datetime(value: datetime, language: str) -> str:
    """A date and a 24-hour time (``26.11.2026 14:05``)."""
    return f"{format_date(value, language)} {value.strftime('%H:%M')}"


def format_percent(fraction: float, language: str, decimals: int = 1) -> str:
    """``0.125`` → ``12.5%`` (en) or ``12,5 %`` (da, sv, nb, nl)."""
    number = format_number(fraction * 100, language, decimals)
    spaced = language in _SEPARATORS and language != "en"
    return f"{number}{_NBSP}%" if spaced else f"{number}%"
