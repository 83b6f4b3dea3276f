"""Messages the service layer gives a person, in English now and in the station's language later.

Services stay free of Qt and of the station's language: they raise and return :class:`Said`
texts. A ``Said`` *is* its English text (logs, the command line and tests read it as a plain
``str``), and it remembers its context, source text, count and values, so the window says it
again in the packer's language with Qt's translators (``ui/shared/words.py``), and the command
line with a :class:`~packstation.i18n.catalogue.Translator`.

``scripts/i18n.py`` finds ``said("Context", "…")`` calls like ``tr`` calls.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from packstation.i18n.catalogue import translator_for
from packstation.i18n.documents import fill

# (context, source, count) → the text in some language, with %n already written.
TranslateFn = Callable[[str, str, int | None], str]


class Said(str):
    """An English message that can be said again in another language."""

    context: str
    source: str
    n: int | None
    values: Mapping[str, object]

    def __new__(
        cls,
        context: str,
        source: str,
        n: int | None = None,
        values: Mapping[str, object] | None = None,
    ) -> Said:
        """Prefer :func:`said`; this spells the English text out."""
        values = dict(values or {})
        english = _render(translator_for("en"), context, source, n, values)
        self = super().__new__(cls, english)
        self.context, self.source, self.n, self.values = context, source, n, values
        return self

    def __reduce__(self) -> tuple[object, ...]:
        return (Said, (self.context, self.source, self.n, dict(self.values)))

    def in_language(self, translate: TranslateFn) -> str:
        """This message in the language of ``translate`` (values that are ``Said`` too)."""
        return _render(translate, self.context, self.source, self.n, self.values)


def _render(
    translate: TranslateFn,
    context: str,
    source: str,
    n: int | None,
    values: Mapping[str, object],
) -> str:
    shown = {name: _value(translate, value) for name, value in values.items()}
    return fill(translate(context, source, n), **shown)


def _value(translate: TranslateFn, value: object) -> object:
    """A field's value as shown: a ``Said`` in the language, a tuple of them joined by "; "."""
    if isinstance(value, Said):
        return value.in_language(translate)
    if isinstance(value, tuple):
        return "; ".join(str(_value(translate, part)) for part in value)
    return value


def said(context: str, source: str, n: int | None = None, /, **values: object) -> Said:
    """A message a person reads: ``said("Packing", "{order} is packed", order="#1001")``.

    ``{name}`` fields are filled with ``values`` (never parsed); ``%n`` is the count ``n``. A
    value that is a ``Said`` is said in the same language; a tuple is joined with "; ".
    """
    return Said(context, source, n, values)


def in_language(text: object, translate: TranslateFn) -> str:
    """Any text (or an exception) as ``translate``'s language says it; plain text stays."""
    if isinstance(text, BaseException):
        if len(text.args) == 1 and isinstance(text.args[0], Said):
            return text.args[0].in_language(translate)
        return str(text)
    if isinstance(text, Said):
        return text.in_language(translate)
    return str(text)


def words_of(error: BaseException) -> str:
    """An exception's message, kept as a :class:`Said` when it was raised with one."""
    if error.args and isinstance(error.args[0], Said):
        return error.args[0]  # the message, also when details follow it
    return str(error)


def said_as_data(text: object) -> dict[str, object] | None:
    """A ``Said`` as plain JSON data (to store beside its English), or None for plain text."""
    if not isinstance(text, Said):
        return None
    values = {
        name: said_as_data(value) if isinstance(value, Said) else str(value)
        for name, value in text.values.items()
    }
    return {"context": text.context, "source": text.source, "n": text.n, "values": values}


def said_from_data(data: object, english: str = "") -> str:
    """The ``Said`` that :func:`said_as_data` stored, or ``english`` when there is none."""
    if not isinstance(data, dict):
        return english
    values = {
        name: said_from_data(value) if isinstance(value, dict) else value
        for name, value in dict(data.get("values") or {}).items()
    }
    n = data.get("n")
    return Said(
        str(data.get("context", "")),
        str(data.get("source", "")),
        n if isinstance(n, int) else None,
        values,
    )
