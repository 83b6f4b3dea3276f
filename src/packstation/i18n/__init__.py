"""Translations outside the window: documents, service messages and the command line.

The window uses Qt's translators; everything else reads the same ``resources/i18n/*.ts`` catalogues
through this pure-Python package, so one set of files holds every word a person reads.
"""

from packstation.i18n.catalogue import (
    SUPPORTED_LANGUAGES,
    Catalogue,
    Translator,
    load_catalogue,
    normalise_language,
    translator_for,
)
from packstation.i18n.documents import DocumentLanguages, SlipLanguage, fill
from packstation.i18n.formats import (
    format_date,
    format_datetime,
    format_number,
    format_percent,
    format_weight,
)

__all__ = [
    "SUPPORTED_LANGUAGES",
    "Catalogue",
    "DocumentLanguages",
    "SlipLanguage",
    "Translator",
    "fill",
    "format_date",
    "format_datetime",
    "format_number",
    "format_percent",
    "format_weight",
    "load_catalogue",
    "normalise_language",
    "translator_for",
]
