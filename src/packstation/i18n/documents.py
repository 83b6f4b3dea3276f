"""Which language each printed document speaks: the customer's slip, the warehouse's papers."""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field

from packstation.i18n.catalogue import (
    SUPPORTED_LANGUAGES,
    Translator,
    normalise_language,
    translator_for,
)

# The language a customer in a country reads; other countries get the station's language.
COUNTRY_LANGUAGES = {"DK": "da", "SE": "sv", "NO": "nb", "NL": "nl", "BE": "nl"}
SLIP_LANGUAGE_CHOICES = ("order", "station")
RETURN_TEXT_FIELDS = ("order", "shop")


def customer_language(locale: str) -> str:
    """``da-DK`` → ``da``, ``no`` → ``nb``; empty for a language Packstation does not speak."""
    if not locale.strip():
        return ""
    spoken = normalise_language(locale)
    base = locale.strip().replace("-", "_").split("_")[0].lower()
    return spoken if spoken != "en" or base == "en" else ""


def slip_language_problem(value: str) -> str:
    """Why a ``slip_language`` setting cannot be used, in words; empty when it can."""
    if value.strip().lower() in (*SLIP_LANGUAGE_CHOICES, *SUPPORTED_LANGUAGES):
        return ""
    choices = ", ".join((*SLIP_LANGUAGE_CHOICES, *SUPPORTED_LANGUAGES))
    return f"slip_language {value!r} is not one of {choices}"


def return_text_problem(name: str, value: str) -> str:
    """Why a return text cannot be printed (an unknown ``{field}``), in words; empty if it can."""
    try:
        names = [part[1] for part in string.Formatter().parse(value) if part[1] is not None]
    except ValueError:
        return f"{name} has an unmatched {{ or }}; write {{{{ or }}}} for a brace"
    unknown = sorted({n for n in names if n not in RETURN_TEXT_FIELDS})
    if unknown:
        allowed = ", ".join(f"{{{n}}}" for n in RETURN_TEXT_FIELDS)
        return f"{name} uses {{{unknown[0]}}}; it may only use {allowed}"
    return ""


def fill(text: str, **values: object) -> str:
    """``text`` with its ``{name}`` fields replaced; values are inserted, never parsed.

    A translation with a broken brace prints as written rather than failing the document.
    """
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return text
    parts = []
    for literal, name, _spec, _conversion in parsed:
        parts.append(literal)
        if name is not None:
            parts.append(str(values.get(name, "")))
    return "".join(parts)


@dataclass(frozen=True)
class SlipLanguage:
    """The words of one customer's slip: its translator and its return text (may be empty)."""

    tr: Translator = field(default_factory=lambda: translator_for("en"))
    return_text: str = ""

    def returns(self, order_name: str, shop: str) -> str:
        """The return text for one order, or empty when the shop prints none."""
        return fill(self.return_text, order=order_name, shop=shop).strip()


@dataclass(frozen=True)
class DocumentLanguages:
    """The station's language rules: the slip follows the order, the warehouse the station."""

    station_language: str = "en"
    slip_language: str = "order"  # "order", "station" or a language code
    return_texts: Mapping[str, str] = field(default_factory=dict)  # by language code

    @property
    def warehouse(self) -> Translator:
        """The translator of pick lists, reports, the manifest, the command sheet and labels."""
        return translator_for(self.station_language)

    def slip_language_for(self, country_code: str, customer_locale: str = "") -> str:
        """The language of a slip going to ``country_code``.

        With ``slip_language = "order"``: the language the customer bought in (Shopify's
        ``customerLocale``, "da-DK") when Packstation speaks it, else the shipping country's.
        """
        choice = self.slip_language.strip().lower()
        if choice == "station" or not choice:
            return self.warehouse.language
        if choice != "order":
            return translator_for(choice).language
        spoken = customer_language(customer_locale)
        if spoken:
            return spoken
        return COUNTRY_LANGUAGES.get(country_code.strip().upper(), self.warehouse.language)

    def slip(self, country_code: str, customer_locale: str = "") -> SlipLanguage:
        """The translator and return text of a slip going to ``country_code``."""
        tr = translator_for(self.slip_language_for(country_code, customer_locale))
        return SlipLanguage(tr, self.return_texts.get(tr.language, ""))
