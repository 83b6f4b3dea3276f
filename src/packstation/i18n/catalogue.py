"""Reading Qt Linguist ``.ts`` catalogues without Qt, and translating with them."""

from __future__ import annotations

import locale
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from packstation.i18n.formats import format_number
from packstation.resources import resources_dir

SUPPORTED_LANGUAGES = ("en", "da", "sv", "nb", "nl")
# Languages people name that we serve with a supported one.
_NOT_DONE = {"unfinished", "obsolete", "vanished"}
_ALIASES = {"no": "nb", "nn": "nb", "dk": "da", "se": "sv"}


def normalise_language(code: str | None) -> str:
    """``da_DK.UTF-8``, ``da-DK``, ``DA`` → ``da``; empty → the system's; unknown → ``en``."""
    if not code:
        code = (locale.getlocale()[0] or "en") if _system_locale_known() else "en"
    base = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    base = _ALIASES.get(base, base)
    return base if base in SUPPORTED_LANGUAGES else "en"


def _system_locale_known() -> bool:
    try:
        return locale.getlocale()[0] is not None
    except ValueError:
        return False


@dataclass(frozen=True)
class Message:
    """One finished translation: a single text, or one text per plural form."""

    text: str = ""
    plural_forms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Catalogue:
    """The finished messages of one language, by (context, source text)."""

    language: str
    messages: dict[tuple[str, str], Message] = field(default_factory=dict)

    @classmethod
    def parse(cls, path: Path, language: str) -> Catalogue:
        """Read a ``.ts`` file; unfinished and obsolete entries are left out (English shows)."""
        root = ET.parse(path).getroot()
        messages: dict[tuple[str, str], Message] = {}
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                if translation is None or translation.get("type") in _NOT_DONE:
                    continue
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if message.get("numerus") == "yes":
                    if forms and all(forms):
                        messages[(name, source)] = Message(plural_forms=forms)
                elif translation.text:
                    messages[(name, source)] = Message(text=translation.text)
        return cls(language, messages)


def plural_index(language: str, n: int) -> int:
    """The plural form for ``n``: da, sv, nb, nl and en all say one thing, then many."""
    return 0 if n == 1 else 1


@cache
def load_catalogue(language: str) -> Catalogue:
    """The catalogue of a supported language (English's holds only its singular forms)."""
    language = normalise_language(language)
    path = resources_dir() / "i18n" / f"packstation_{language}.ts"
    if not path.is_file():
        return Catalogue(language)
    return Catalogue.parse(path, language)


@dataclass(frozen=True)
class Translator:
    """Translates texts into one language; what is not translated stays English."""

    catalogue: Catalogue

    @property
    def language(self) -> str:
        """The two-letter language code."""
        return self.catalogue.language

    def __call__(self, context: str, source: str, n: int | None = None) -> str:
        """``source`` in this language; ``%n`` becomes ``n`` and picks the plural form."""
        message = self.catalogue.messages.get((context, source))
        text = source
        if message is not None:
            if message.plural_forms and n is not None:
                forms = message.plural_forms
                text = forms[min(plural_index(self.language, n), len(forms) - 1)]
            elif message.text:
                text = message.text
        if n is not None:
            text = text.replace("%n", format_number(n, self.language))
        return text


def translator_for(language: str | None) -> Translator:
    """A translator for a language code as people write it (``da``, ``da_DK``, empty)."""
    return Translator(load_catalogue(normalise_language(language)))
