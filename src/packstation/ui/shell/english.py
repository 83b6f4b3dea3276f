"""English plural forms for the window, read from ``packstation_en.ts`` when no ``.qm`` is built.

The source texts say "%n units"; English needs "%n unit" for one. The built
``packstation_en.qm`` carries those forms; a checkout or an install without it would show
"1 units", so this translator reads the same forms from the catalogue instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from packstation.i18n.catalogue import load_catalogue, plural_index
from packstation.resources import resources_dir


class EnglishPlurals(QTranslator):
    """Answers only plural messages, with English's form for the count; Qt fills in %n."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._messages = load_catalogue("en").messages

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """Qt API: the English form for ``n``, or "" (no translation) for anything else."""
        message = self._messages.get((context, source))
        if message is None or not message.plural_forms or n < 0:
            return ""
        forms = message.plural_forms
        return forms[min(plural_index("en", n), len(forms) - 1)]

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        """Qt API."""
        return not self._messages


def install_english_plurals(app: QCoreApplication) -> QTranslator:
    """Install English's plural forms (the built ``.qm``, else the catalogue); returns it.

    Install it before the station's language: a translator installed later is asked first.
    """
    built = QTranslator(app)
    english = (
        built
        if built.load(str(resources_dir() / "i18n" / "packstation_en.qm"))
        else EnglishPlurals(app)
    )
    app.installTranslator(english)
    return english
