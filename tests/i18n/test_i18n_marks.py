"""scripts/i18n.py check: a shown text left unmarked, or a catalogue behind the source, fails."""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, filename: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / filename)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def marks():
    yield _load("i18n_marks_under_test", "i18n_marks.py")
    sys.modules.pop("i18n_marks_under_test", None)


@pytest.fixture
def tool(tmp_path, monkeypatch):
    module = _load("i18n_tool_marks", "i18n.py")
    source = tmp_path / "src" / "packstation"
    (source / "ui").mkdir(parents=True)
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    monkeypatch.setattr(module, "ROOT", tmp_path)
    monkeypatch.setattr(module, "SOURCE", source)
    monkeypatch.setattr(module, "I18N", tmp_path / "resources" / "i18n")
    yield module
    sys.modules.pop("i18n_tool_marks", None)


def unmarked_texts(marks, source: str) -> list[tuple[int, str]]:
    found = marks.unmarked(textwrap.dedent(source), "screen.py")
    return [(u.line, u.text) for u in found]


def test_texts_a_person_reads_must_be_marked(marks):
    source = """
        class Screen:
            HEADERS = ("Order", "Customer")

            def build(self, n, name):
                self.label.setText("Ready")
                self.button = QPushButton("Save", self)
                self.title.setWindowTitle(f"{n} units left")
                self.tip.setToolTip("Order {0}".format(name))
                self.search.setPlaceholderText(name or "Type to filter")
                self.table.setHorizontalHeaderLabels(["Job", "State"])
                QMessageBox.warning(self, "Careful", "Really?")
                self.state.say(Tone.WRONG, "Not in this order: " + name)
    """
    assert unmarked_texts(marks, source) == [
        (3, "Customer"),
        (3, "Order"),
        (6, "Ready"),
        (7, "Save"),
        (8, " units left"),
        (9, "Order {0}"),
        (10, "Type to filter"),
        (11, "Job"),
        (11, "State"),
        (12, "Careful"),
        (12, "Really?"),
        (13, "Not in this order: "),
    ]


def test_marked_texts_codes_and_logs_pass(marks):
    source = """
        def _tr(text):
            return QCoreApplication.translate("QueueModel", text)

        class Screen:
            HEADERS = (QT_TRANSLATE_NOOP("Screen", "Order"),)

            def build(self, n, name):
                self.label.setText(self.tr("Ready"))
                self.state.setText(_tr("Open"))
                self.count.setText(self.tr("%n units left", "", n))
                self.url.setPlaceholderText("https://shop.example")  # i18n: not user text
                self.name.setText(name)
                self.mark.setText("✓ · 42")
                self.title.setText(QCoreApplication.translate("Screen", "Packing"))
                log.warning("Printer %s is slow", name)
                self.label.setStyleSheet("font-weight: bold")
                self.label.setObjectName("orderLabel")
    """
    assert unmarked_texts(marks, source) == []


def test_a_helper_that_translates_marks_its_calls_texts(tool):
    (tool.SOURCE / "ui" / "model.py").write_text(
        textwrap.dedent(
            """
            def _tr(text):
                return QCoreApplication.translate("QueueModel", text)

            def status(entry):
                return _tr("On hold") if entry.held else _tr("Open")
            """
        ),
        encoding="utf-8",
    )
    found = {(f.context, f.source) for f in tool.extract()}
    assert found == {("QueueModel", "On hold"), ("QueueModel", "Open")}


def test_check_fails_on_an_unmarked_text_and_names_it(tool, capsys):
    (tool.SOURCE / "ui" / "view.py").write_text(
        'def build(label):\n    label.setText("Scan a slip")\n', encoding="utf-8"
    )
    tool.main(["update"])
    assert tool.main(["check"]) == 1
    out = capsys.readouterr().out
    assert "src/packstation/ui/view.py:2: 'Scan a slip' is shown but not marked" in out


def _all_translated(tool) -> None:
    for language in (*tool.LANGUAGES, tool.ENGLISH):
        path = tool.I18N / f"packstation_{language}.ts"
        text = path.read_text(encoding="utf-8")
        text = text.replace('<translation type="unfinished" />', "<translation>x</translation>")
        path.write_text(text, encoding="utf-8")


def test_check_fails_when_a_catalogue_is_behind_the_source(tool, capsys):
    view = tool.SOURCE / "ui" / "view.py"
    view.write_text(
        'class View:\n    def build(self, label):\n        label.setText(self.tr("Scan a slip"))\n',
        encoding="utf-8",
    )
    tool.main(["update"])
    _all_translated(tool)
    assert tool.main(["check"]) == 0
    capsys.readouterr()

    view.write_text(view.read_text().replace("Scan a slip", "Scan a packing slip"))
    assert tool.main(["check"]) == 1
    out = capsys.readouterr().out
    assert "packstation_da.ts lacks 1 new texts: run update" in out
    assert "packstation_da.ts has 1 texts the source no longer has" in out

    tool.main(["update"])
    _all_translated(tool)
    view.write_text("\n\n" + view.read_text())  # lines move: nothing for a translator to do
    assert tool.main(["check"]) == 0


def test_the_window_has_no_unmarked_text():
    module = _load("i18n_real_marks", "i18n.py")
    try:
        assert module.unmarked_texts() == []
    finally:
        sys.modules.pop("i18n_real_marks", None)
