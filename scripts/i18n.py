"""Translation catalogues: update the four .ts files from the code, check them, build the .qm files.

    python scripts/i18n.py update   # new texts in, texts gone out, translations kept
                                    # (packstation_en.ts: the English plural forms only)
    python scripts/i18n.py check    # exit 1 on an unfinished, obsolete or mismatched message
    python scripts/i18n.py build    # .qm files for the window (pyside6-lrelease)

Texts are found in the source by their calls: ``self.tr("…")`` (the class is the context),
``QCoreApplication.translate("Context", "…")``, ``QT_TRANSLATE_NOOP("Context", "…")`` and, outside
the window, ``tr("Context", "…")`` / ``tr("Context", "%n …", n)`` of a :class:`Translator`.
A third argument (the count) makes the message a plural one. A helper that only passes its text
on (``def _tr(text): return QCoreApplication.translate("Queue", text)``) marks its calls' texts too,
and the service layer's ``said("Context", "…")`` messages are found like ``tr``.

``check`` also fails on a text a person sees that no call marks (``i18n_marks.py``: names and codes
carry ``# i18n: not user text``), and on a catalogue out of step with the source: a text missing,
a text the source no longer has, or a text whose plural mark changed — what ``update`` would change,
line numbers apart (they move with every edit and mean nothing to a translator).
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from i18n_marks import CONTEXT_CALLS, call_name, unmarked, wrappers

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "packstation"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("da", "sv", "nb", "nl")
# English needs a catalogue too, for plural forms only: the source says "%n units", and
# packstation_en.ts gives "%n unit" for one, so no document says "1 units".
ENGLISH = "en"
PLURAL_FORMS = {"da": 2, "sv": 2, "nb": 2, "nl": 2, "en": 2}
PLACEHOLDER = re.compile(r"%n|%L?\d|\{[^{}]*\}")
SKIP_DIRS = {"testing"}
NOT_DONE = {"unfinished", "vanished", "obsolete"}


@dataclass(frozen=True)
class Found:
    """One translatable text in the source."""

    context: str
    source: str
    plural: bool
    filename: str
    line: int


class _Finder(ast.NodeVisitor):
    def __init__(self, filename: str, helpers: dict[str, str] | None = None) -> None:
        self.filename = filename
        self.helpers = helpers or {}
        self.classes: list[str] = []
        self.found: list[Found] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = call_name(node)
        texts = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
        is_self_tr = (
            isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and isinstance(func.value, ast.Name)
            and func.value.id == "self"
        )
        if is_self_tr and self.classes and texts and isinstance(texts[0], str):
            self._add(self.classes[-1], texts[0], len(node.args) >= 3, node)
        elif (
            name in CONTEXT_CALLS
            and len(texts) >= 2
            and isinstance(texts[0], str)
            and isinstance(texts[1], str)
        ):
            self._add(texts[0], texts[1], len(node.args) >= 3 and name != "QT_TRANSLATE_NOOP", node)
        elif name in self.helpers and texts and isinstance(texts[0], str):
            self._add(self.helpers[name], texts[0], len(node.args) >= 2, node)
        self.generic_visit(node)

    def _add(self, context: str, source: str, plural: bool, node: ast.Call) -> None:
        plural = plural or "%n" in source
        self.found.append(Found(context, source, plural, self.filename, node.lineno))


def extract() -> list[Found]:
    """Every translatable text in src/packstation, in file order."""
    found: list[Found] = []
    for path in sorted(SOURCE.rglob("*.py")):
        if SKIP_DIRS & set(path.relative_to(SOURCE).parts):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        finder = _Finder(str(path.relative_to(ROOT)), wrappers(tree))
        finder.visit(tree)
        found.extend(finder.found)
    return found


def unmarked_texts() -> list[str]:
    """Texts the window shows (src/packstation/ui) that are not marked for translation."""
    problems: list[str] = []
    for path in sorted((SOURCE / "ui").rglob("*.py")):
        filename = str(path.relative_to(ROOT))
        problems.extend(str(u) for u in unmarked(path.read_text(encoding="utf-8"), filename))
    return problems


def out_of_step(language: str, found: list[Found]) -> list[str]:
    """How one catalogue differs from the source in what ``update`` would change."""
    wanted = {(f.context, f.source): f.plural for f in found}
    path = I18N / f"packstation_{language}.ts"
    if not path.is_file():
        return [f"{path.name} is missing: run update"]
    in_file = {
        (c.findtext("name") or "", m.findtext("source") or ""): m.get("numerus") == "yes"
        for c in ET.parse(path).getroot().iter("context")
        for m in c.iter("message")
    }
    problems = []
    missing = wanted.keys() - in_file.keys()
    gone = in_file.keys() - wanted.keys()
    changed = {k for k in wanted.keys() & in_file.keys() if wanted[k] != in_file[k]}
    if missing:
        problems.append(f"{path.name} lacks {len(missing)} new texts: run update")
    if gone:
        first = sorted(gone)[0]
        problems.append(
            f"{path.name} has {len(gone)} texts the source no longer has "
            f"(first {first[0]}: {first[1][:40]!r}): run update"
        )
    if changed:
        problems.append(f"{path.name} has {len(changed)} texts whose plural changed: run update")
    return problems


def _existing(path: Path) -> tuple[dict[tuple[str, str], ET.Element], dict[str, ET.Element]]:
    """Translations in a file, by (context, source) and by source (to follow moved texts)."""
    by_key: dict[tuple[str, str], ET.Element] = {}
    by_source: dict[str, ET.Element] = {}
    if not path.is_file():
        return by_key, by_source
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            by_key[(name, source)] = translation
            if translation.get("type") not in {"unfinished"} and (
                translation.text or len(translation)
            ):
                by_source.setdefault(source, translation)
    return by_key, by_source


def update(language: str, found: list[Found]) -> tuple[int, int]:
    """Rewrite one .ts file from ``found``; returns (messages, unfinished)."""
    path = I18N / f"packstation_{language}.ts"
    by_key, by_source = _existing(path)
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, ET.Element] = {}
    seen: set[tuple[str, str]] = set()
    unfinished = 0
    for item in found:
        key = (item.context, item.source)
        if key in seen:
            continue
        seen.add(key)
        if item.context not in contexts:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = item.context
            contexts[item.context] = context
        message = ET.SubElement(contexts[item.context], "message")
        if item.plural:
            message.set("numerus", "yes")
        ET.SubElement(message, "location", filename=f"../../{item.filename}", line=str(item.line))
        ET.SubElement(message, "source").text = item.source
        old = by_key.get(key)
        if old is None or old.get("type") == "vanished":
            old = by_source.get(item.source)
        translation = _translation_for(old, item.plural, language)
        message.append(translation)
        unfinished += translation.get("type") == "unfinished"
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return len(seen), unfinished


def _translation_for(old: ET.Element | None, plural: bool, language: str) -> ET.Element:
    translation = ET.Element("translation")
    forms = [f.text or "" for f in old.iter("numerusform")] if old is not None else []
    text = (old.text or "").strip() if old is not None and not forms else ""
    finished = old is not None and old.get("type") not in {"unfinished", "vanished", "obsolete"}
    if plural:
        if not forms and text:
            forms = [text] * PLURAL_FORMS[language]
        forms = (forms + [""] * PLURAL_FORMS[language])[: PLURAL_FORMS[language]]
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
        finished = finished and all(forms)
    else:
        translation.text = text or (forms[0] if forms else "")
        finished = finished and bool(translation.text)
    if not finished:
        translation.set("type", "unfinished")
    return translation


def check(language: str) -> list[str]:
    """Problems of one .ts file, in words; empty when it is complete."""
    path = I18N / f"packstation_{language}.ts"
    problems: list[str] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{path.name}: {name}: {source[:60]!r}"
            if translation is None or translation.get("type") in NOT_DONE:
                problems.append(f"{where} is not translated")
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            if message.get("numerus") == "yes" and len(forms) != PLURAL_FORMS[language]:
                problems.append(f"{where} needs {PLURAL_FORMS[language]} plural forms")
            for text in texts:
                if not text.strip():
                    problems.append(f"{where} has an empty translation")
                elif set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
                    problems.append(f"{where} does not keep the placeholders of the source")
    return problems


def build() -> None:
    """Compile each .ts into the .qm the window loads."""
    beside_python = Path(sys.executable).parent / "pyside6-lrelease"
    lrelease = shutil.which("pyside6-lrelease") or str(beside_python)
    for language in (*LANGUAGES, ENGLISH):
        ts = I18N / f"packstation_{language}.ts"
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    """Run one of update, check or build."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "check", "build"))
    args = parser.parse_args(argv)
    if args.command == "update":
        found = extract()
        for language in LANGUAGES:
            total, unfinished = update(language, found)
            print(f"{language}: {total} messages, {unfinished} to translate")
        total, unfinished = update(ENGLISH, [f for f in found if f.plural])
        print(f"{ENGLISH}: {total} plural messages, {unfinished} to write")
        return 0
    if args.command == "build":
        build()
        return 0
    found = extract()
    problems = unmarked_texts()
    problems += [p for language in (*LANGUAGES, ENGLISH) for p in check(language)]
    for language in LANGUAGES:
        problems += out_of_step(language, found)
    problems += out_of_step(ENGLISH, [f for f in found if f.plural])
    for problem in problems:
        print(problem)
    print(f"{len(problems)} translation problems" if problems else "translations complete")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
