"""scripts/i18n.py: texts found in the code, catalogues updated without losing work, gaps named."""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def tool(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "scripts" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_tool"] = module
    spec.loader.exec_module(module)
    source = tmp_path / "src" / "packstation"
    source.mkdir(parents=True)
    (source / "screen.py").write_text(
        textwrap.dedent(
            """
            class PackPanel:
                def texts(self, n):
                    return self.tr("Complete"), self.tr("%n units left", "", n)

            def slip(tr):
                return tr("Slip", "Packing slip"), QT_TRANSLATE_NOOP("Table", "Order")
            """
        ),
        encoding="utf-8",
    )
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    monkeypatch.setattr(module, "ROOT", tmp_path)
    monkeypatch.setattr(module, "SOURCE", source)
    monkeypatch.setattr(module, "I18N", tmp_path / "resources" / "i18n")
    yield module
    sys.modules.pop("i18n_tool", None)


def test_extract_finds_each_kind_of_call(tool):
    found = {(f.context, f.source, f.plural) for f in tool.extract()}
    assert found == {
        ("PackPanel", "Complete", False),
        ("PackPanel", "%n units left", True),
        ("Slip", "Packing slip", False),
        ("Table", "Order", False),
    }


def test_update_keeps_translations_and_follows_a_text_to_its_new_context(tool, capsys):
    assert tool.main(["update"]) == 0
    assert tool.main(["check"]) == 1
    assert "is not translated" in capsys.readouterr().out
    path = tool.I18N / "packstation_da.ts"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        '<source>Complete</source>\n            <translation type="unfinished" />',
        "<source>Complete</source>\n            <translation>Færdig</translation>",
    )
    path.write_text(text, encoding="utf-8")
    (tool.SOURCE / "screen.py").write_text(
        (tool.SOURCE / "screen.py").read_text().replace("class PackPanel", "class ShortPanel"),
        encoding="utf-8",
    )
    tool.main(["update"])
    assert "<name>ShortPanel</name>" in path.read_text(encoding="utf-8")
    assert "<translation>Færdig</translation>" in path.read_text(encoding="utf-8")


def test_check_names_a_lost_placeholder(tool, capsys):
    tool.main(["update"])
    for language in tool.LANGUAGES:
        path = tool.I18N / f"packstation_{language}.ts"
        text = path.read_text(encoding="utf-8")
        text = text.replace('<translation type="unfinished" />', "<translation>x</translation>")
        text = text.replace(
            '<translation type="unfinished">\n                <numerusform />\n'
            "                <numerusform />\n            </translation>",
            "<translation><numerusform>%n a</numerusform><numerusform>b</numerusform>"
            "</translation>",
        )
        path.write_text(text, encoding="utf-8")
    assert tool.main(["check"]) == 1
    out = capsys.readouterr().out
    assert "does not keep the placeholders" in out
    assert out.count("translation problems") == 1


def test_english_gets_a_catalogue_of_its_plural_forms_only(tool, capsys):
    tool.main(["update"])
    english = (tool.I18N / "packstation_en.ts").read_text(encoding="utf-8")
    assert "%n units left" in english and "<source>Complete</source>" not in english
    tool.main(["check"])
    assert "packstation_en.ts: PackPanel: '%n units left' is not translated" in (
        capsys.readouterr().out
    )


def test_the_real_english_catalogue_has_every_plural_so_no_document_says_1_units():
    spec = importlib.util.spec_from_file_location("i18n_real", ROOT / "scripts" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_real"] = module  # dataclasses look their module up
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop("i18n_real", None)
    plurals = {(f.context, f.source) for f in module.extract() if f.plural}
    assert plurals, "the documents use plural forms"
    assert module.check("en") == []
    from packstation.i18n import translator_for

    english = translator_for("en")
    for context, source in plurals:
        assert english(context, source, 2) == source.replace("%n", "2")
        assert len(english.catalogue.messages[(context, source)].plural_forms) == 2
    assert english("PackingSlip", "%n units", 1) == "1 unit"
