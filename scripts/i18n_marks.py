"""Which calls mark a text for translation, and which texts a person sees without a mark.

Used by ``scripts/i18n.py``: the extractor reads the marks; ``check`` lists the unmarked texts.

A text is *unmarked* when a string literal with letters reaches a place a person reads — a
widget's text, title, tooltip or placeholder, a table's headers, a message box, a banner
(``say``) — without passing through a translate call. Names and codes that must stay as written
carry ``# i18n: not user text`` on their line.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

# Call names that carry (context, text[, disambiguation|count]) as literals; ``said`` is the
# service layer's message (packstation.i18n.said), translated when the window shows it.
CONTEXT_CALLS = {"translate", "QT_TRANSLATE_NOOP", "tr", "said"}
NOT_USER_TEXT = "# i18n: not user text"
# Methods whose text arguments a person reads.
SINK_METHODS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setTitle",
    "setLabelText",
    "setInformativeText",
    "setDetailedText",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setHeaderLabels",
    "setTabText",
    "setTabToolTip",
    "setItemText",
    "setItemToolTip",
    "setAccessibleName",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "addAction",
    "addTab",
    "insertTab",
    "addItem",
    "addItems",
    "insertItem",
    "addRow",
    "showMessage",
    "say",
}
# QMessageBox's static functions: their title and text are read (the receiver must be QMessageBox,
# so a logger's ``warning`` is not taken for one).
MESSAGE_BOX_CALLS = {"information", "warning", "critical", "question", "about"}
# Widgets and items built with a text a person reads.
SINK_CONSTRUCTORS = {
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QMessageBox",
    "QCommandLinkButton",
    "QTableWidgetItem",
    "QListWidgetItem",
    "QTreeWidgetItem",
}
# Class or module constants of column titles and the like, translated where they are shown.
SINK_NAMES = re.compile(r"(HEADERS|HEADINGS|TITLES|LABELS)$")
WORDS = re.compile(r"[A-Za-z]{2,}")


@dataclass(frozen=True)
class Unmarked:
    """A text a person reads that no translate call marks."""

    filename: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.filename}:{self.line}: {self.text!r} is shown but not marked for translation"


def call_name(node: ast.Call) -> str:
    """The called function's or method's own name (``translate`` for ``X.translate``)."""
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def wrappers(tree: ast.AST) -> dict[str, str]:
    """Helpers like ``def _tr(text): return QCoreApplication.translate("Queue", text)``.

    Returns each helper's name and its context, so ``_tr("Open")`` counts as a marked text.
    """
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        first = node.args.args[0].arg
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and call_name(inner) in CONTEXT_CALLS
                and len(inner.args) >= 2
                and isinstance(inner.args[0], ast.Constant)
                and isinstance(inner.args[0].value, str)
                and isinstance(inner.args[1], ast.Name)
                and inner.args[1].id == first
            ):
                found[node.name] = inner.args[0].value
    return found


def _is_marked_call(node: ast.AST, helper_names: set[str]) -> bool:
    if not isinstance(node, ast.Call):
        return False
    return call_name(node) in CONTEXT_CALLS or call_name(node) in helper_names


def _shown_literals(node: ast.AST, helper_names: set[str]) -> list[ast.Constant]:
    """String literals of an argument that reach the screen as they are.

    Follows concatenation, f-strings, ``a if c else b``, ``a or b`` and tuples/lists; stops at a
    translate call and at any other call (its arguments are not what is shown).
    """
    if isinstance(node, ast.Constant):
        return [node] if isinstance(node.value, str) and WORDS.search(node.value) else []
    if isinstance(node, ast.JoinedStr):
        return [
            part
            for value in node.values
            if not isinstance(value, ast.FormattedValue)
            for part in _shown_literals(value, helper_names)
        ] + [
            part
            for value in node.values
            if isinstance(value, ast.FormattedValue)
            for part in _shown_literals(value.value, helper_names)
        ]
    if isinstance(node, ast.BinOp):
        return _shown_literals(node.left, helper_names) + _shown_literals(node.right, helper_names)
    if isinstance(node, ast.IfExp):
        return _shown_literals(node.body, helper_names) + _shown_literals(node.orelse, helper_names)
    if isinstance(node, ast.BoolOp):
        return [c for value in node.values for c in _shown_literals(value, helper_names)]
    if isinstance(node, ast.Tuple | ast.List):
        return [c for element in node.elts for c in _shown_literals(element, helper_names)]
    if isinstance(node, ast.Call) and not _is_marked_call(node, helper_names):
        # "…".format(x) and "…".join(x): the literal before the dot is what shows.
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in {"format", "join"}:
            return _shown_literals(func.value, helper_names)
    return []


def _sink_arguments(node: ast.AST) -> list[ast.expr]:
    """The arguments of ``node`` that a person reads, if ``node`` shows text."""
    if isinstance(node, ast.Call):
        name = call_name(node)
        func = node.func
        if name in SINK_METHODS and isinstance(func, ast.Attribute):
            return [*node.args, *(k.value for k in node.keywords)]
        if (
            name in MESSAGE_BOX_CALLS
            and isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == "QMessageBox"
        ):
            return node.args[1:]
        if name in SINK_CONSTRUCTORS:
            return [*node.args, *(k.value for k in node.keywords if k.arg in {"text", "title"})]
    if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        names = [t.id if isinstance(t, ast.Name) else getattr(t, "attr", "") for t in targets]
        if any(SINK_NAMES.search(name) for name in names):
            return [node.value]
    return []


def unmarked(source: str, filename: str) -> list[Unmarked]:
    """Every unmarked text a person reads in one module's source."""
    tree = ast.parse(source, filename)
    lines = source.splitlines()
    helper_names = set(wrappers(tree))
    found: list[Unmarked] = []
    for node in ast.walk(tree):
        for argument in _sink_arguments(node):
            for literal in _shown_literals(argument, helper_names):
                line_text = lines[literal.lineno - 1] if literal.lineno <= len(lines) else ""
                call_line = lines[node.lineno - 1] if node.lineno <= len(lines) else ""  # type: ignore[attr-defined]
                if NOT_USER_TEXT in line_text or NOT_USER_TEXT in call_line:
                    continue
                found.append(Unmarked(filename, literal.lineno, str(literal.value)))
    return sorted(set(found), key=lambda u: (u.filename, u.line, u.text))
