"""English says "1 order": in the window of the tests, and without a built ``.qm`` too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from packstation.ui.shell.english import EnglishPlurals

CONTEXT, SOURCE = "DashboardController", "%n orders packed"


def test_the_catalogue_translator_gives_english_plural_forms(qapp):
    english = EnglishPlurals()
    assert english.translate(CONTEXT, SOURCE, None, 1) == "%n order packed"
    assert english.translate(CONTEXT, SOURCE, None, 3) == "%n orders packed"
    assert english.translate("Words", "Ready") == ""  # not a plural: no answer, the source shows


def test_the_tests_window_says_one_in_the_singular(qapp):
    one = QCoreApplication.translate(CONTEXT, SOURCE, "", 1)
    many = QCoreApplication.translate(CONTEXT, SOURCE, "", 2)
    assert (one, many) == ("1 order packed", "2 orders packed")
