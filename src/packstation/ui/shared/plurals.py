"""English plural forms for the window's ``%n`` messages (the other languages' catalogues
carry their own): "1 unit", never "1 units"."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTranslator

# The nouns counted with %n in the window, plural to singular.
_SINGULAR = {
    "units": "unit",
    "orders": "order",
    "batches": "batch",
    "jobs": "job",
    "items": "item",
    "labels": "label",
}
_COUNTED = re.compile(r"%n (\w+)")


def english_singular(source: str) -> str:
    """``source`` with the noun after ``%n`` in the singular."""
    return _COUNTED.sub(lambda m: f"%n {_SINGULAR.get(m.group(1), m.group(1))}", source)


class EnglishPlurals(QTranslator):
    """Installed first: the singular for a count of one; every other text is left alone."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The singular form of a ``%n`` message for n == 1; None (untranslated) otherwise."""
        if n == 1 and "%n" in source:
            return english_singular(source)
        return None

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        """Never empty: Qt asks it."""
        return False
