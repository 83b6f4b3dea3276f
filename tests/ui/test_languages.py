"""The window speaks the station's language from the built catalogues."""

from __future__ import annotations

import pytest

from packstation.ui.queue.view import QueueView
from packstation.ui.shell.main import install_translations


@pytest.mark.parametrize(
    ("language", "lock", "hint_word"),
    [
        ("da", "Lås (Ctrl+L)", "pakkeseddel"),
        ("sv", None, "följesedel"),
        ("nb", None, "pakkseddel"),
        ("nl", None, "pakbon"),
    ],
)
def test_the_queue_screen_is_translated(qtbot, qapp, language, lock, hint_word):
    translators = install_translations(qapp, language)
    try:
        assert any(t.language().startswith(language) for t in translators)
        view = QueueView()
        qtbot.addWidget(view)
        assert hint_word in view.hint.text().lower()
        if lock:
            assert view.lock_button.text() == lock
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_english_stays_english(qtbot, qapp):
    translators = install_translations(qapp, "en")
    try:
        view = QueueView()
        qtbot.addWidget(view)
        assert view.hint.text() == "Scan a packing slip to open its order"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
